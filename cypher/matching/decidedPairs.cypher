// The pairs analysts decided (CONFIRMED_SAME: one individual; NOT_SAME: two individuals), with the probability
// the matcher gave them when they were decided and what scoring them now needs: the labels that check the
// model's calibration (match:train, src/matching/train.ts). Most recent first, at most $limit.
MATCH (p:Person)-[d:CONFIRMED_SAME|NOT_SAME]->(q:Person)
WITH p, q, d
ORDER BY d.decidedAt DESC, p.id, q.id
LIMIT toInteger($limit)
RETURN p {.id, .name, .aliases, .birthDate, .nationality, .gender} AS a,
  q {.id, .name, .aliases, .birthDate, .nationality, .gender} AS b,
  type(d) = 'CONFIRMED_SAME' AS same,
  d.probability AS probability,
  [(p)-[:HAS_NAME_KEY]->(k)<-[:HAS_NAME_KEY]-(q) | k.key] AS sharedKeys,
  [(p)-[:HAS_NAME_KEY]->(k) | [k.key, COUNT { (k)<-[:HAS_NAME_KEY]-() }]] AS keySizes,
  [(p)-[:HOLDS_DOCUMENT]->(x)<-[:HOLDS_DOCUMENT]-(q) | x.id] AS sharedDocuments,
  [(p)-[:USES]->(x)<-[:USES]-(q) | x.id] AS sharedPhones,
  [(p)-[:HOLDS_ACCOUNT]->(x)<-[:HOLDS_ACCOUNT]-(q) | x.id] AS sharedAccounts,
  [(p)-[:USES_EMAIL|USES_ONLINE_ACCOUNT|HOLDS_WALLET]->(x)<-[:USES_EMAIL|USES_ONLINE_ACCOUNT|HOLDS_WALLET]-(q) | x.id] AS sharedOnline,
  [(p)-[:LIVES_AT]->(x:Address)<-[:LIVES_AT]-(q) | [x.id, COUNT { MATCH (x)<-[:LIVES_AT]-(r:Person) RETURN DISTINCT r }]] AS sharedHomes
