// Before stale mentions of re-imported cases are removed: the nodes they point at, whose hot-spot
// counts may drop.
UNWIND $cases AS row
MATCH (:Case {id: row.id})-[m:MENTIONS|INVOLVES]->(x)
WHERE m.version <> row.version
RETURN DISTINCT x.id AS id
