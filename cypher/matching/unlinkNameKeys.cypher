// A person record's name keys that its new version no longer has (after an edit or a rules change) are
// unlinked before setNameKeys links the current ones. The key nodes stay, even when nobody holds them any
// more: another import's transaction may have just merged one to link it (an orphan key blocks nothing;
// `npm run rekey` sweeps them, sweepNameKeys). In key order, the lock order of mergeNameKeys. A statement
// of its own: its deletes make the planner read every row first (Eager), which linking need not pay for.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})-[old:HAS_NAME_KEY]->(k:NameKey)
WHERE NOT k.key IN row.keys
WITH old, k
ORDER BY k.key
DELETE old
