// The holder and entity links whose types mergeHolderLinks.cypher has no static FOREACH for: the types
// declared since (src/model/registry.ts), merged with a dynamic type. Slower per row than a static type,
// which matters only once a type is common; then it gets its FOREACH there. Never from input.
UNWIND $rows AS row
OPTIONAL MATCH (person:Person {id: row.fromId})
OPTIONAL MATCH (org:Entity {id: row.fromId})
WITH row, coalesce(person, org) AS holder
MATCH (e:Entity {id: row.toId})
MERGE (holder)-[r:$(row.type) {caseId: row.caseId}]->(e)
SET r.version = row.version
