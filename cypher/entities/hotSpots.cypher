// Entities and persons reported in cases of at least $minCountries countries, most countries first,
// then most cases, then a keyed hash of the id ($salt is secret), so ties are not ordered by ids the
// caller may see only as hits; keyset pagination after ($afterCountries, $afterCases, $afterId: a hash).
// A case's country is public (a hit shows it); its typologies and dates are filtered only where the
// caller may see them ($agency null: everywhere), so a filter never tests a hidden case's details.
MATCH (c:Case)
WHERE ($countries IS NULL OR c.country IN $countries)
  AND (($agency IS NOT NULL AND c.agency <> $agency AND NOT c.id IN $shared) OR (
        ($typologies IS NULL OR any(t IN c.typologies WHERE t IN $typologies))
    AND ($openedFrom IS NULL OR c.openedOn >= date($openedFrom))
    AND ($openedTo IS NULL OR c.openedOn <= date($openedTo))))
// A building counts the cases of its flats too, as in cases/hotSpotCounts.
MATCH (c)-[:MENTIONS|INVOLVES]->()-[:IN_BUILDING]->{0,1}(e)
WHERE (e:Entity OR e:Person) AND any(l IN labels(e) WHERE l IN $labels)
WITH e, collect(DISTINCT c.country) AS countries, count(DISTINCT c) AS cases
WITH e, countries, cases, size(countries) AS nc
WHERE nc >= $minCountries
  // For a caller of an agency, only the nodes it holds, as in entities/hotSpotsRanked.
  AND ($agency IS NULL
    OR EXISTS { MATCH (e)<-[:MENTIONS|INVOLVES]-(c:Case) WHERE c.agency = $agency OR c.id IN $shared }
    OR EXISTS { MATCH (e)<-[:IN_BUILDING]-(:Address)<-[:MENTIONS]-(c:Case) WHERE c.agency = $agency OR c.id IN $shared })
WITH e, countries, cases, nc, CASE WHEN $salt IS NULL THEN e.id ELSE apoc.util.sha256([$salt, e.id]) END AS tie
WHERE $afterId IS NULL OR nc < $afterCountries OR (nc = $afterCountries AND (cases < $afterCases OR (cases = $afterCases AND tie > $afterId)))
WITH e, countries, cases, nc, tie
ORDER BY nc DESC, cases DESC, tie
LIMIT toInteger($limit)
// With each node of the page, what its verdict and details need, as in entities/hotSpotsRanked.
RETURN e {.*, labels: labels(e)} AS node, countries, cases, tie,
  CASE WHEN $agency IS NULL THEN null ELSE COLLECT {
    CALL (e) {
      MATCH (e:Entity)<-[m:MENTIONS]-(c:Case)
      RETURN c, m.details AS details, m.detailsAt AS detailsAt
      UNION
      MATCH (e:Entity)<-[:IN_BUILDING]-(:Address)<-[:MENTIONS]-(c:Case)
      RETURN c, null AS details, null AS detailsAt
      UNION
      MATCH (e:Person)<-[:INVOLVES]-(c:Case)
      RETURN c, null AS details, null AS detailsAt
    }
    WITH c, details, detailsAt
    ORDER BY c.id
    RETURN {caseId: c.id, handle: c.handle, handlingCode: c.handlingCode, country: c.country, details: details,
      detailsAt: detailsAt,
      shared: EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() }}
  } END AS reports
ORDER BY nc DESC, cases DESC, tie
