// The confirmed pairs among a set of person records (to regroup an identity after a decision changes).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:CONFIRMED_SAME]->(q:Person)
WHERE q.id IN $ids
RETURN p.id AS a, q.id AS b
