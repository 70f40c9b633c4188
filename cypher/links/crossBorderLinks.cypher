// Cases of other countries linked to one case by chains of shared entities and persons, at most
// $maxHops relationships long. The path expander takes the depth as a parameter (Cypher's [*1..n]
// cannot), stops at the first Case it reaches, and follows only $relationshipFilter (the relationships the
// registry says traversals follow, src/model/registry.ts): never REPORTED_BY to the agencies. IN_BUILDING
// joins a flat to its building: two of them in a row are two different flats of one building.
// The caller's scope ($agency null: the in-process caller), as links/paths reads it.
OPTIONAL MATCH (sharedCase:Case)-[s:SHARED_WITH]->(:Agency {code: $agency})
WHERE s.until IS NULL OR s.until > datetime()
WITH collect(sharedCase.id) AS shared
MATCH (c:Case {id: $caseId})
CALL apoc.path.expandConfig(c, {
  relationshipFilter: $relationshipFilter,
  labelFilter: '/Case',
  minLevel: 2,
  maxLevel: $maxHops,
  uniqueness: 'NODE_PATH'
}) YIELD path
WITH c, path, last(nodes(path)) AS other, shared
WHERE other.country <> c.country
  // A person match of the review band, or one withheld as met through a guess sweep, only between two
  // records the caller holds (links/paths): a hidden one must not take a place among the chains read.
  AND none(r IN relationships(path) WHERE type(r) = 'POSSIBLY_SAME' AND (r.probability < $matchThreshold OR coalesce(r.withheld, false))
    AND $agency IS NOT NULL AND NOT all(y IN [startNode(r), endNode(r)] WHERE EXISTS {
      MATCH (y)<-[:INVOLVES]-(h:Case) WHERE h.agency = $agency OR h.id IN shared }))
  // Only chains without a shortcut: no later node is itself reported by the origin case, and no earlier
  // node by the linked case (such a detour repeats a shorter chain with more steps).
  AND none(i IN range(2, length(path) - 1) WHERE EXISTS { (c)-[:MENTIONS|INVOLVES]->(x) WHERE x = nodes(path)[i] })
  AND none(i IN range(1, length(path) - 2) WHERE EXISTS { (other)-[:MENTIONS|INVOLVES]->(x) WHERE x = nodes(path)[i] })
// A linked case's chains of one length in the order of their nodes' ids hashed with $salt, as in links/paths:
// an order by id would tell where hidden ids stand, and which chains the cut to $maxChains keeps.
WITH other, path
ORDER BY length(path), [n IN nodes(path) | CASE WHEN $salt IS NULL THEN n.id ELSE apoc.util.sha256([$salt, n.id]) END]
WITH other, collect(path) AS paths
RETURN other.id AS caseId, length(paths[0]) AS shortest,
  [p IN paths[..$maxChains] | {
    length: length(p),
    nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
    relationships: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, reportedBy: r.caseId,
      probability: r.probability}]
  }] AS chains
ORDER BY shortest, caseId
