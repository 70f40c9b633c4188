// Cases, newest first, optionally of one country: the same row as casesById (the case and its agency),
// so the list primes that loader and costs one round trip. Without a country, the openedOn index gives
// the order (every case has openedOn: the exchange format requires it), so not every case is sorted.
CALL () {
  WITH $country AS country
  WHERE country IS NULL
  MATCH (c:Case)
  WHERE c.openedOn IS NOT NULL
  RETURN c
  ORDER BY c.openedOn DESC, c.id
  LIMIT toInteger($limit)
  UNION
  MATCH (c:Case)
  WHERE c.country = $country
  RETURN c
  ORDER BY c.openedOn DESC, c.id
  LIMIT toInteger($limit)
}
WITH c
MATCH (c)-[:REPORTED_BY]->(a:Agency)
RETURN c.id AS id, c {.*, labels: labels(c)} AS node, a {.code, .name, .country} AS agency
ORDER BY c.openedOn DESC, c.id
