// A confirmed pair joins one Identity. Both records stay as they are; SAME_AS links them to it, and the
// path and link queries traverse it. A new identity takes the random $newId (never derived from a
// record, so it cannot be re-created by accident). When the two already belong to different identities,
// the one with the larger id is folded into the other, so identity ids stay stable.
MATCH (a:Person {id: $a})
MATCH (b:Person {id: $b})
OPTIONAL MATCH (a)-[:SAME_AS]->(ia:Identity)
OPTIONAL MATCH (b)-[:SAME_AS]->(ib:Identity)
WITH a, b, [x IN [ia, ib] WHERE x IS NOT NULL | x.id] AS existing
WITH a, b, existing,
  CASE WHEN size(existing) = 0 THEN $newId
       ELSE reduce(m = existing[0], x IN existing | CASE WHEN x < m THEN x ELSE m END) END AS keepId
MERGE (keep:Identity {id: keepId})
  ON CREATE SET keep.createdAt = datetime()
WITH a, b, keep, [x IN existing WHERE x <> keepId] AS retired
CALL (keep, retired) {
  UNWIND retired AS retiredId
  MATCH (member:Person)-[s:SAME_AS]->(old:Identity {id: retiredId})
  DELETE s
  MERGE (member)-[:SAME_AS]->(keep)
}
CALL (retired) {
  UNWIND retired AS retiredId
  MATCH (old:Identity {id: retiredId})
  DELETE old
}
MERGE (a)-[:SAME_AS]->(keep)
MERGE (b)-[:SAME_AS]->(keep)
RETURN keep.id AS identityId
