// The unfiltered hot-spot ranking, from the counts the import keeps on each node (cases/hotSpotCounts):
// most countries first, then most cases, then the keyed hash of the id (the id for $salt null); keyset pagination as in
// entities/hotSpots. With each node of the page, for a caller of an agency ($agency; null for the in-process
// caller), what its verdict and details need (the cases that report it, as access/reports.cypher gives them):
// the page then costs no verdict lookup of its own.
// For a caller of an agency, only the nodes it holds: those a case of its scope reports (its agency's own
// cases and those shared with it now). Existence comes only through what the caller holds: a node that
// only others' cases report is theirs, not a hot spot to list.
OPTIONAL MATCH (sharedCase:Case)-[s:SHARED_WITH]->(:Agency {code: $agency})
WHERE s.until IS NULL OR s.until > datetime()
WITH collect(sharedCase.id) AS shared
MATCH (e)
WHERE (e:Entity OR e:Person) AND e.hsCountryCount >= $minCountries AND any(l IN labels(e) WHERE l IN $labels)
  AND ($agency IS NULL
    OR EXISTS { MATCH (e)<-[:MENTIONS|INVOLVES]-(c:Case) WHERE c.agency = $agency OR c.id IN shared }
    OR EXISTS { MATCH (e)<-[:IN_BUILDING]-(:Address)<-[:MENTIONS]-(c:Case) WHERE c.agency = $agency OR c.id IN shared })
WITH e, CASE WHEN $salt IS NULL THEN e.id ELSE apoc.util.sha256([$salt, e.id]) END AS tie
WHERE $afterId IS NULL OR e.hsCountryCount < $afterCountries OR (e.hsCountryCount = $afterCountries AND (e.hsCaseCount < $afterCases OR (e.hsCaseCount = $afterCases AND tie > $afterId)))
WITH e, tie
ORDER BY e.hsCountryCount DESC, e.hsCaseCount DESC, tie
LIMIT toInteger($limit)
RETURN e {.*, labels: labels(e)} AS node, e.hsCountries AS countries, e.hsCaseCount AS cases, tie,
  CASE WHEN $agency IS NULL THEN null ELSE COLLECT {
    CALL (e) {
      MATCH (e:Entity)<-[m:MENTIONS]-(c:Case)
      RETURN c, m.details AS details, m.detailsAt AS detailsAt
      UNION
      // A building is reported by the cases of its flats as well (see access/reports.cypher).
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
ORDER BY e.hsCountryCount DESC, e.hsCaseCount DESC, tie
