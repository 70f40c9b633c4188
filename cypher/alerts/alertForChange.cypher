// An alert the caller receives, locked for a change of status, assignee or a comment.
MATCH (a:Alert {id: $id, agency: $agency})
WHERE a.analyst IS NULL OR a.analyst = $analyst
SET a._lock = true REMOVE a._lock
RETURN a.status AS status, a.caseIds AS caseIds
