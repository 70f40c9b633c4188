// The MENTIONS of a new case: provably new, so CREATE (see mergeMentions for what they carry). detailsAt is
// the time when there are details, else null: written as a list comprehension because a CASE expression
// here makes the planner add an Eager (every row read before the first CREATE).
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MATCH (e:Entity {id: row.id})
CREATE (c)-[:MENTIONS {caseId: row.caseId, asWritten: row.asWritten, version: row.version, details: row.detailsJson,
  searchText: row.details.searchText,
  detailsAt: [at IN [datetime()] WHERE row.detailsJson IS NOT NULL][0]}]->(e)
