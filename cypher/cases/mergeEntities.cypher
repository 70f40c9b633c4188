// Shared entities, one node per natural key however many cases mention them, and the case's MENTIONS
// with the spellings that case used. The key properties are the same in every report. Descriptive
// details (a van's make, a flat's street spelling; see detailKeys in src/model/nodes.ts) follow, as a
// whole, the latest report that gives any, whose case is kept in detailsCase: other agencies' analysts
// see them only if they may see that case. The label comes from the normaliser's fixed list, never from input.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MERGE (e:Entity {id: row.id})
SET e += row.props
FOREACH (_ IN CASE WHEN row.hasDetails THEN [1] ELSE [] END | SET e += row.details, e.detailsCase = row.caseId)
SET e:$(row.label)
MERGE (c)-[m:MENTIONS]->(e)
SET m.caseId = row.caseId, m.asWritten = row.asWritten, m.version = row.version
