// Name keys no person record holds any more (after a re-key) identify nobody.
UNWIND $keys AS key
MATCH (k:NameKey {key: key})
WHERE NOT EXISTS { (k)<-[:HAS_NAME_KEY]-() }
DELETE k
