// What two person records share besides their names, for explainLink to score a pair the matcher has not
// stored as the matcher would (src/matching/match.ts reads the same from matching/candidates): documents,
// phones, accounts and online identifiers (each also a blocking key), and home addresses with the person
// records living at each (its term frequency).
MATCH (p:Person {id: $a}), (q:Person {id: $b})
RETURN [(p)-[:HOLDS_DOCUMENT]->(x)<-[:HOLDS_DOCUMENT]-(q) | x.id] AS sharedDocuments,
  [(p)-[:USES]->(x)<-[:USES]-(q) | x.id] AS sharedPhones,
  [(p)-[:HOLDS_ACCOUNT]->(x)<-[:HOLDS_ACCOUNT]-(q) | x.id] AS sharedAccounts,
  [(p)-[:USES_EMAIL|USES_ONLINE_ACCOUNT|HOLDS_WALLET]->(x)<-[:USES_EMAIL|USES_ONLINE_ACCOUNT|HOLDS_WALLET]-(q) | x.id] AS sharedOnline,
  [(p)-[:LIVES_AT]->(x:Address)<-[:LIVES_AT]-(q) | [x.id, COUNT { MATCH (x)<-[:LIVES_AT]-(r:Person) RETURN DISTINCT r }]] AS sharedHomes
