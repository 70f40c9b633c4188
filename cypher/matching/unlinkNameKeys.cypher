// A person record's name keys that its new version no longer has (after an edit or a rules change) are
// unlinked before setNameKeys links the current ones; a key nobody holds any more identifies nobody and
// goes. A statement of its own: its deletes make the planner read every row first (Eager), which the
// linking statement need not pay for.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})-[old:HAS_NAME_KEY]->(k:NameKey)
WHERE NOT k.key IN row.keys
DELETE old
WITH DISTINCT k
WHERE NOT EXISTS { (k)<-[:HAS_NAME_KEY]-() }
DELETE k
