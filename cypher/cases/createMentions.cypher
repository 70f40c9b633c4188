// The MENTIONS of a new case: provably new, so CREATE (see mergeMentions for what they carry).
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MATCH (e:Entity {id: row.id})
CREATE (c)-[:MENTIONS {caseId: row.caseId, asWritten: row.asWritten, version: row.version, details: row.detailsJson,
  detailsAt: CASE WHEN row.detailsJson IS NULL THEN null ELSE datetime() END}]->(e)
