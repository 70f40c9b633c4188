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
  [r IN relationships | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges,
  // With each node, what its verdict and details need, as in links/paths.
  [n IN nodes | CASE WHEN $agency IS NULL OR NOT (n:Case OR n:Entity OR n:Person) THEN null ELSE COLLECT {
    CALL (n) {
      WITH n AS c
      WHERE c:Case
      RETURN c, null AS details, null AS detailsAt
      UNION
      MATCH (n:Entity)<-[m:MENTIONS]-(c:Case)
      RETURN c, m.details AS details, m.detailsAt AS detailsAt
      UNION
      MATCH (n:Entity)<-[:IN_BUILDING]-(:Address)<-[:MENTIONS]-(c:Case)
      RETURN c, null AS details, null AS detailsAt
      UNION
      MATCH (n:Person)<-[:INVOLVES]-(c:Case)
      RETURN c, null AS details, null AS detailsAt
    }
    WITH c, details, detailsAt
    ORDER BY c.id
    RETURN {caseId: c.id, handle: c.handle, handlingCode: c.handlingCode, country: c.country, details: details,
      detailsAt: detailsAt,
      shared: EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() }}
  } END] AS reports
