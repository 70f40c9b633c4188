// The hot-spot counts of the entities and persons a batch touched: the countries and the number of the
// cases that report each. Ids of nodes that no longer exist are skipped. A building counts the cases of
// its flats too (IN_BUILDING).
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Entity {id: id}) RETURN x
  UNION
  MATCH (x:Person {id: id}) RETURN x
}
OPTIONAL MATCH (x)<-[:MENTIONS|INVOLVES]-(c:Case)
WITH x, collect(DISTINCT c) AS direct
OPTIONAL MATCH (x)<-[:IN_BUILDING]-(:Address)<-[:MENTIONS]-(f:Case)
WITH x, direct, collect(DISTINCT f) AS viaFlats
WITH x, direct + [f IN viaFlats WHERE NOT f IN direct] AS cases
WITH x, cases, reduce(cs = [], c IN cases | CASE WHEN c.country IN cs THEN cs ELSE cs + c.country END) AS countries
SET x.hsCountries = countries, x.hsCountryCount = size(countries), x.hsCaseCount = size(cases)
