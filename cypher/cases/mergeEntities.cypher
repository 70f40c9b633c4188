// Shared entities, one node per natural key however many cases mention them, and the case's MENTIONS
// with the spellings that case used. The key properties are the same in every report. Descriptive
// details (a van's make, a flat's street spelling; see detailKeys in src/model/nodes.ts) belong to the
// report that gives them: each MENTIONS keeps its own as a whole ($row.detailsJson, null when it gives
// none) with when they last changed, so no report erases another's, and callers see those of the newest
// report they may see. The node keeps the latest report's for the search index. The label comes from the
// normaliser's fixed list, never from input.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MERGE (e:Entity {id: row.id})
SET e += row.props
FOREACH (_ IN CASE WHEN row.hasDetails THEN [1] ELSE [] END | SET e += row.details)
SET e:$(row.label)
MERGE (c)-[m:MENTIONS]->(e)
SET m.caseId = row.caseId, m.asWritten = row.asWritten, m.version = row.version,
    m.detailsAt = CASE WHEN row.detailsJson IS NULL THEN null WHEN m.details = row.detailsJson THEN m.detailsAt ELSE datetime() END
SET m.details = row.detailsJson
