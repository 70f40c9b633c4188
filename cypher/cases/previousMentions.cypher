// Before stale mentions of re-imported cases are removed: the nodes they point at, whose hot-spot
// counts may drop.
UNWIND $cases AS row
MATCH (:Case {id: row.id})-[m:MENTIONS|INVOLVES]->(x)
WHERE m.version <> row.version
// and the buildings of flats among them, whose counts include their flats' cases
OPTIONAL MATCH (x)-[:IN_BUILDING]->(b)
UNWIND [x, b] AS n
WITH n WHERE n IS NOT NULL
RETURN DISTINCT n.id AS id
