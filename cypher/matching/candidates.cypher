// Candidate pairs for the given person records, one row per record: other records sharing a blocking key
// (a name key in any transliteration reading, the name with the birth year, or a held document, phone or
// account), skipping blocks larger than $maxBlock (they are reported by matching/oversizedBlocks and
// compared only through their smaller keys), pairs an analyst has already decided, and two records of one
// case (a case does not list one person twice). keySizes gives the records per name key of p, for the
// name's term frequency; it is counted once per record, not once per pair.
// With $deferPending (a matching run over the pending records), a pair of two pending records is produced
// once: by the chunk holding both, from the side with the smaller id, or else by the chunk of the record
// that stays pending longer, so no pair is fetched and scored twice.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[:HAS_NAME_KEY]->(k:NameKey)
  WHERE COUNT { (k)<-[:HAS_NAME_KEY]-() } <= $maxBlock
  MATCH (k)<-[:HAS_NAME_KEY]-(q:Person)
  WHERE q <> p
  RETURN q
  UNION
  MATCH (p)-[:HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT]->(x)
  WHERE COUNT { (x)<-[:HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT]-(:Person) } <= $maxBlock
  MATCH (x)<-[:HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT]-(q:Person)
  WHERE q <> p
  RETURN q
}
WITH p, q
WHERE (NOT $deferPending OR q.matchPending IS NULL OR (q.id IN $ids AND p.id < q.id))
  AND NOT EXISTS { (p)-[:NOT_SAME|CONFIRMED_SAME]-(q) }
  AND NOT EXISTS { (p)-[m:POSSIBLY_SAME]-(q) WHERE m.status = 'UNSURE' }
  AND NOT EXISTS { (p)<-[:INVOLVES]-(:Case)-[:INVOLVES]->(q) }
WITH p, collect({
  b: q {.id, .name, .aliases, .birthDate, .nationality, .gender},
  sharedKeys: [(p)-[:HAS_NAME_KEY]->(k)<-[:HAS_NAME_KEY]-(q) | k.key],
  sharedDocuments: [(p)-[:HOLDS_DOCUMENT]->(d)<-[:HOLDS_DOCUMENT]-(q) | d.id],
  sharedPhones: [(p)-[:USES]->(ph)<-[:USES]-(q) | ph.id],
  sharedAccounts: [(p)-[:HOLDS_ACCOUNT]->(ac)<-[:HOLDS_ACCOUNT]-(q) | ac.id]
}) AS candidates
RETURN p {.id, .name, .aliases, .birthDate, .nationality, .gender} AS a,
  [(p)-[:HAS_NAME_KEY]->(k) | [k.key, COUNT { (k)<-[:HAS_NAME_KEY]-() }]] AS keySizes,
  candidates
