// Blocking keys of the given records that hold more records than $maxBlock: never compared all-pairs,
// reported so an operator sees which names and identifiers were too common to block on.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:HAS_NAME_KEY|HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT]->(k)
WITH DISTINCT k
WITH k, CASE WHEN k:NameKey THEN COUNT { (k)<-[:HAS_NAME_KEY]-() } ELSE COUNT { (k)<-[:HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT]-(:Person) } END AS size
WHERE size > $maxBlock
RETURN coalesce(k.key, k.id) AS key, size
ORDER BY size DESC, key
