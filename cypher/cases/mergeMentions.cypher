// The MENTIONS of a changed case (mergeEntities wrote the nodes), with the spellings that case used and
// its own descriptive details as a whole ($row.detailsJson, null when it gives none) with when they last
// changed, so no report erases another's, and callers see those of the newest report they may see; and the
// search text of its own spelling (organisations and addresses), which search matches only for callers who
// may see this report. A
// new case's mentions are created instead (createMentions).
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MATCH (e:Entity {id: row.id})
MERGE (c)-[m:MENTIONS]->(e)
SET m.caseId = row.caseId, m.asWritten = row.asWritten, m.version = row.version,
    m.detailsAt = CASE WHEN row.detailsJson IS NULL THEN null WHEN m.details = row.detailsJson THEN m.detailsAt ELSE datetime() END
SET m.details = row.detailsJson, m.searchText = row.details.searchText
