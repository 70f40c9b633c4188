// One AlertCounted node per candidate key a summary alert counted (src/alerts/raise.ts), unique, so a raise
// finds what was counted by index seek; before, each summary held parallel lists of keys and evidence that
// every raise of its source read in full, a cost that grew with every import over the cap.
CREATE CONSTRAINT alert_counted_key IF NOT EXISTS FOR (n:AlertCounted) REQUIRE n.key IS UNIQUE;
// Stores written before: each list node becomes one node per key, in the order the summaries were raised,
// so a key counted twice keeps the later evidence (a superset of the earlier); the list node is removed.
// Finds nothing to do once converted.
MATCH (s:Alert)-[:COUNTS]->(old:AlertCounted)
WHERE old.keys IS NOT NULL
WITH s, old
ORDER BY s.createdAt
UNWIND range(0, size(old.keys) - 1) AS i
MERGE (c:AlertCounted {key: old.keys[i]})
SET c.evidence = old.evidence[i]
MERGE (s)-[:COUNTS]->(c)
WITH DISTINCT old
DETACH DELETE old;
