// The neighbourhood of the seed nodes, breadth first, to $depth (allow-listed 1..3). Relationship and
// label filters are APOC filter strings built from allow-listed enum values. $cap bounds the work; the
// API then keeps the nearest $maxNodes and counts what it left out. `found` lists the seeds that exist
// (no row when none does).
UNWIND $seeds AS seedId
CALL (seedId) {
  OPTIONAL MATCH (e:Entity {id: seedId}) OPTIONAL MATCH (p:Person {id: seedId})
  OPTIONAL MATCH (c:Case {id: seedId}) OPTIONAL MATCH (t:MoneyTransfer {id: seedId})
  OPTIONAL MATCH (i:Identity {id: seedId})
  RETURN coalesce(e, p, c, t, i) AS seed
}
WITH collect(seed) AS seeds
WHERE size(seeds) > 0
CALL apoc.path.subgraphAll(seeds, {
  maxLevel: $depth, relationshipFilter: $relationshipFilter, labelFilter: $labelFilter, limit: $cap, bfs: true
}) YIELD nodes, relationships
RETURN [s IN seeds | s.id] AS found, [n IN nodes | n {.*, labels: labels(n)}] AS nodes,
  [r IN relationships | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
