// Candidate pairs for the given person records: other records sharing a blocking key, skipping keys
// so common they identify nobody, and pairs an analyst has already decided.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:HAS_NAME_KEY]->(k:NameKey)
WITH p, k, COUNT { (k)<-[:HAS_NAME_KEY]-() } AS size
WHERE size <= $maxBlock
MATCH (k)<-[:HAS_NAME_KEY]-(q:Person)
WHERE q <> p
WITH p, q, min(size) AS blockSize
WHERE NOT EXISTS { (p)-[:NOT_SAME|CONFIRMED_SAME]-(q) }
  AND NOT EXISTS { (p)-[m:POSSIBLY_SAME]-(q) WHERE m.status = 'UNSURE' }
RETURN p {.id, .name, .aliases, .birthDate, .nationality} AS a, q {.id, .name, .aliases, .birthDate, .nationality} AS b, blockSize,
  [(p)-[:HOLDS_DOCUMENT]->(d)<-[:HOLDS_DOCUMENT]-(q) | d.id] AS sharedDocuments,
  [(p)-[:USES]->(ph)<-[:USES]-(q) | ph.id] AS sharedPhones
