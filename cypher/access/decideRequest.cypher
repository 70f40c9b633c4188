// The owner's decision. An approval shares the case with the requesting agency until $until (or for
// good); a refusal, or a new decision, removes what an earlier approval of this request shared.
MATCH (r:AccessRequest {id: $requestId})-[:FOR]->(c:Case)
WHERE r.ownerAgency = $ownerAgency
SET r.status = CASE WHEN $approve THEN 'APPROVED' ELSE 'REFUSED' END,
    r.decidedBy = $analyst, r.decidedAt = datetime(), r.until = CASE WHEN $until IS NULL THEN null ELSE datetime($until) END, r.note = $note
MERGE (a:Agency {code: r.fromAgency})
  ON CREATE SET a.id = 'agency:' + r.fromAgency, a.name = r.fromAgency
WITH r, c, a
OPTIONAL MATCH (c)-[old:SHARED_WITH {requestId: r.id}]->(a)
DELETE old
FOREACH (_ IN CASE WHEN $approve THEN [1] ELSE [] END |
  CREATE (c)-[:SHARED_WITH {requestId: r.id, until: r.until, approvedBy: $analyst, approvedAt: datetime()}]->(a))
RETURN r {.*} AS request
