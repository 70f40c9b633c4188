// Cases, optionally of one country, that the caller sees ($agency null: all), newest first. Others' cases
// are not listed, not even as hits: a hit comes only through an identifier the caller holds, and a list
// of everyone's cases would tell how many each agency has, and when. The same row as casesById (the
// case, its agency and its report for hit/no-hit), so the list primes that loader and the verdicts, and
// costs one round trip. Without a country, the openedOn index gives the order (every case has openedOn:
// the exchange format requires it). The cases shared with the caller's agency now are read here too, from
// the agency as access/sharedWith.cypher reads them: no lookup of the caller's scope precedes the list.
OPTIONAL MATCH (sharedCase:Case)-[s:SHARED_WITH]->(:Agency {code: $agency})
WHERE s.until IS NULL OR s.until > datetime()
WITH collect(sharedCase.id) AS shared
CALL (shared) {
  WITH $country AS country
  WHERE country IS NULL AND $agency IS NULL
  MATCH (c:Case)
  WHERE c.openedOn IS NOT NULL
  RETURN c
  ORDER BY c.openedOn DESC, c.id
  LIMIT toInteger($limit)
  UNION
  MATCH (c:Case)
  WHERE $agency IS NOT NULL AND (c.agency = $agency OR c.id IN shared) AND ($country IS NULL OR c.country = $country)
  RETURN c
  ORDER BY c.openedOn DESC, c.id
  LIMIT toInteger($limit)
  UNION
  MATCH (c:Case)
  WHERE $agency IS NULL AND c.country = $country
  RETURN c
  ORDER BY c.openedOn DESC, c.id
  LIMIT toInteger($limit)
}
WITH c
ORDER BY c.openedOn DESC, c.id
LIMIT toInteger($limit)
MATCH (c)-[:REPORTED_BY]->(a:Agency)
RETURN c.id AS id, c {.*, labels: labels(c)} AS node, a {.code, .name, .country} AS agency,
  [{caseId: c.id, handle: c.handle, handlingCode: c.handlingCode, country: c.country, details: null, detailsAt: null,
    shared: EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() }
  }] AS reports
ORDER BY c.openedOn DESC, c.id
