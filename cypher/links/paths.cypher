// The k shortest paths between two nodes of any kind. Path bounds cannot be parameters: the pattern
// allows 8 relationships (the allow-listed maximum) and SHORTEST 10 (the largest k); maxLength and k
// then cut the answer. Intermediate nodes the caller holds with more than $maxDegree relationships are
// never entered, so hubs do not link everything. A node the caller does not hold is never tested
// against $maxDegree: its relationships are its owner's, and the caller could read their number by
// trying one value after another. Only $relationships are followed (the registry's list,
// src/model/registry.ts): never the agencies, the name keys of the matcher, or rejected matches.
// The caller's scope ($agency null: the in-process caller, who holds everything): its agency's cases and
// those shared with it now, read here as cases/listCases reads them.
OPTIONAL MATCH (sharedCase:Case)-[s:SHARED_WITH]->(:Agency {code: $agency})
WHERE s.until IS NULL OR s.until > datetime()
WITH collect(sharedCase.id) AS shared
CALL () {
  OPTIONAL MATCH (e:Entity {id: $fromId}) OPTIONAL MATCH (p:Person {id: $fromId})
  OPTIONAL MATCH (c:Case {id: $fromId}) OPTIONAL MATCH (t:MoneyTransfer {id: $fromId})
  RETURN coalesce(e, p, c, t) AS a
}
CALL () {
  OPTIONAL MATCH (e:Entity {id: $toId}) OPTIONAL MATCH (p:Person {id: $toId})
  OPTIONAL MATCH (c:Case {id: $toId}) OPTIONAL MATCH (t:MoneyTransfer {id: $toId})
  RETURN coalesce(e, p, c, t) AS b
}
WITH a, b, shared
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
// A person match of the review band (below $matchThreshold), or one withheld as met through a guess sweep,
// is followed only between two records the caller holds (src/links/graph.ts, reviewBand): a hidden one must
// not take a place among the 10. A held
// node's degree leaves out the matcher's relationships, whose number would count such matches; that
// subtraction is asked only of a node whose whole degree is over $maxDegree (the typed count cost about
// 1.3 ms of a 4 ms statement when asked of every node).
MATCH p = SHORTEST 10 (a)(()-[r WHERE type(r) IN $relationships AND NOT (
    type(r) = 'POSSIBLY_SAME' AND (r.probability < $matchThreshold OR coalesce(r.withheld, false)) AND $agency IS NOT NULL
    AND NOT all(y IN [startNode(r), endNode(r)] WHERE EXISTS {
      MATCH (y)<-[:INVOLVES]-(h:Case) WHERE h.agency = $agency OR h.id IN shared }))]-(x)
  WHERE x = b OR (NOT x:Agency AND (
  COUNT { (x)--() } <= $maxDegree
  OR COUNT { (x)--() } - COUNT { (x)-[:POSSIBLY_SAME|NOT_SAME|CONFIRMED_SAME|SAME_AS|HAS_NAME_KEY]-() } <= $maxDegree
  OR NOT (
    $agency IS NULL
    OR (x:Case AND (x.agency = $agency OR x.id IN shared))
    OR EXISTS { MATCH (x)<-[:MENTIONS|INVOLVES]-(c:Case) WHERE c.agency = $agency OR c.id IN shared })))){1,8}(b)
WITH p
WHERE length(p) <= $maxLength
// Paths of one length in the order of their nodes' ids hashed with $salt (secret, keyed for the caller's
// agency; null for the in-process caller: the ids): an order by id would tell where a hidden node's id (a
// phone number, an IBAN) stands among ids the caller chooses, and which paths the cut to k keeps. The API
// cuts to k after it drops the paths that run behind a hit (src/links/graph.ts, disclosedPath).
WITH p
ORDER BY length(p), [n IN nodes(p) | CASE WHEN $salt IS NULL THEN n.id ELSE apoc.util.sha256([$salt, n.id]) END]
RETURN length(p) AS length,
  [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges,
  // With each node, for a caller of an agency ($agency; null for the in-process caller), what its verdict and
  // details need (the cases that report it, as access/reports.cypher gives them; null for a transfer, an
  // identity or an agency, whose verdicts need no reports of their own): the answer costs no verdict lookup.
  [n IN nodes(p) | CASE WHEN $agency IS NULL OR NOT (n:Case OR n:Entity OR n:Person) THEN null ELSE COLLECT {
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
