// An analyst's change to an alert: status, assignee or a comment, recorded with who and when.
MATCH (a:Alert {id: $id})
SET a.status = $toStatus, a.assignee = CASE WHEN $setAssignee THEN $assignee ELSE a.assignee END, a.updatedAt = datetime()
CREATE (a)-[:HAS_EVENT]->(:AlertEvent {
  id: randomUUID(), at: datetime(), by: $by, action: $action, fromStatus: $fromStatus, toStatus: $toStatus,
  assignee: $assignee, note: $note
})
RETURN a {.*, at: toString(a.updatedAt), createdAt: toString(a.createdAt),
  events: COLLECT { MATCH (a)-[:HAS_EVENT]->(e) WITH e ORDER BY e.at, e.id RETURN e {.*, at: toString(e.at)} }} AS alert
