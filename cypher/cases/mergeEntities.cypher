// Shared entities, one node per natural key however many cases mention them, and the case's MENTIONS
// with the spellings that case used. Descriptive details (a van's make, a flat's postal code) follow the
// latest report, whose case is kept in detailsCase (others' analysts see them only if they may see that
// case); the key properties are the same in every report. The label comes from the
// normaliser's fixed list, never from input.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MERGE (e:Entity {id: row.id})
SET e += row.props, e.detailsCase = row.caseId
SET e:$(row.label)
MERGE (c)-[m:MENTIONS]->(e)
SET m.caseId = row.caseId, m.asWritten = row.asWritten, m.version = row.version
