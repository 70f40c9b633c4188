// DataLoader batch: the money transfers each case reports, with sender and receiver ids.
UNWIND $ids AS id
MATCH (:Case {id: id})-[:MENTIONS]->(t:MoneyTransfer)
MATCH (sender)-[:SENT]->(t)-[:TO]->(receiver)
RETURN id, t {.*, labels: labels(t)} AS node, sender.id AS fromId, receiver.id AS toId
ORDER BY t.time, t.id
