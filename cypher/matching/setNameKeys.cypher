// A person record's blocking keys, as links to shared NameKey nodes (records that share one are
// candidates). Keys the record no longer has are unlinked. The record is marked for matching in the
// same transaction, so a crash between import and matching loses no comparison: the next run finds it.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
CALL (p, row) {
  MATCH (p)-[old:HAS_NAME_KEY]->(k:NameKey)
  WHERE NOT k.key IN row.keys
  DELETE old
  // A key nobody holds any more (after a rules change or an edit) identifies nobody.
  WITH k
  WHERE NOT EXISTS { (k)<-[:HAS_NAME_KEY]-() }
  DELETE k
}
FOREACH (key IN row.keys | MERGE (k:NameKey {key: key}) MERGE (p)-[:HAS_NAME_KEY]->(k))
SET p.matchPending = true
