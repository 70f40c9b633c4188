// Who uses, lives at, holds or belongs to what, as reported by one case (one relationship per case).
// The type comes from the normaliser's fixed list, never from input.
UNWIND $rows AS row
OPTIONAL MATCH (person:Person {id: row.fromId})
OPTIONAL MATCH (org:Entity {id: row.fromId})
WITH row, coalesce(person, org) AS holder
MATCH (e:Entity {id: row.toId})
MERGE (holder)-[r:$(row.type) {caseId: row.caseId}]->(e)
SET r.version = row.version
