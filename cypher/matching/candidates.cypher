// Candidate pairs for the given person records: other records sharing a blocking key, skipping keys
// so common they identify nobody, pairs an analyst has already decided, and two records of one case
// (a case does not list one person twice).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:HAS_NAME_KEY]->(k:NameKey)
WITH p, k, COUNT { (k)<-[:HAS_NAME_KEY]-() } AS size
WHERE size <= $maxBlock
MATCH (k)<-[:HAS_NAME_KEY]-(q:Person)
WHERE q <> p
WITH p, q, min(size) AS blockSize
WHERE NOT EXISTS { (p)-[:NOT_SAME|CONFIRMED_SAME]-(q) }
  AND NOT EXISTS { (p)-[m:POSSIBLY_SAME]-(q) WHERE m.status = 'UNSURE' }
  AND NOT EXISTS { (p)<-[:INVOLVES]-(:Case)-[:INVOLVES]->(q) }
RETURN p {.id, .name, .aliases, .birthDate, .nationality, .gender} AS a, q {.id, .name, .aliases, .birthDate, .nationality, .gender} AS b, blockSize,
  [(p)-[:HOLDS_DOCUMENT]->(d)<-[:HOLDS_DOCUMENT]-(q) | d.id] AS sharedDocuments,
  [(p)-[:USES]->(ph)<-[:USES]-(q) | ph.id] AS sharedPhones
