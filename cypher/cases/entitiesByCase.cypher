// DataLoader batch: the shared entities each case mentions.
UNWIND $ids AS id
MATCH (:Case {id: id})-[:MENTIONS]->(e:Entity)
RETURN id, e {.*, labels: labels(e)} AS node
ORDER BY e.id
