// A person record's blocking keys, as links to shared NameKey nodes (records that share one are
// candidates). Keys the record no longer has are unlinked.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
CALL (p, row) {
  MATCH (p)-[old:HAS_NAME_KEY]->(k:NameKey)
  WHERE NOT k.key IN row.keys
  DELETE old
}
FOREACH (key IN row.keys | MERGE (k:NameKey {key: key}) MERGE (p)-[:HAS_NAME_KEY]->(k))
