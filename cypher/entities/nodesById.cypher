// DataLoader batch: any node by its API id (entities, persons, transfers, cases).
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (p:Person {id: id})
OPTIONAL MATCH (t:MoneyTransfer {id: id})
OPTIONAL MATCH (c:Case {id: id})
OPTIONAL MATCH (i:Identity {id: id})
WITH id, coalesce(e, p, t, c, i) AS n
WHERE n IS NOT NULL
// A transfer comes with its sender and receiver, as in the case's own list.
OPTIONAL MATCH (sender)-[:SENT]->(n:MoneyTransfer)-[:TO]->(receiver)
RETURN id, n {.*, labels: labels(n), fromId: sender.id, toId: receiver.id} AS node
