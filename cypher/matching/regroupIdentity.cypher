// Replaces the membership of identity $oldId by the given groups (connected by confirmed pairs): the
// old identity goes, each group of two or more records gets its identity (the largest keeps the old id).
OPTIONAL MATCH (old:Identity {id: $oldId})
DETACH DELETE old
WITH 1 AS _
UNWIND $groups AS g
MERGE (i:Identity {id: g.identityId})
  ON CREATE SET i.createdAt = datetime()
WITH i, g
UNWIND g.members AS memberId
MATCH (p:Person {id: memberId})
MERGE (p)-[:SAME_AS]->(i)
