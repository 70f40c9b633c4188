// A person record's blocking keys, as links to shared NameKey nodes (records that share one are
// candidates); unlinkNameKeys has removed those it no longer has, and mergeNameKeys has written the keys
// in lock order (MERGE here again, so a key swept in between comes back). The record is marked for
// matching in the same transaction, so a crash between import and matching loses no comparison: the next
// run finds it.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.matchPending = true
WITH p, row
UNWIND row.keys AS key
MERGE (k:NameKey {key: key})
MERGE (p)-[:HAS_NAME_KEY]->(k)
