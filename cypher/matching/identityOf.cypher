// DataLoader batch: the identity of each person record, with all its records (itself included: a
// second MATCH, because one pattern never uses the same relationship twice).
UNWIND $ids AS id
MATCH (:Person {id: id})-[:SAME_AS]->(i:Identity)
MATCH (i)<-[:SAME_AS]-(member:Person)
RETURN id, i.id AS identityId, collect(member.id) AS members
