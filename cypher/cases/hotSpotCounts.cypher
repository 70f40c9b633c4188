// The hot-spot counts of the entities and persons a batch touched: the countries and the number of the
// cases that report each. Ids of nodes that no longer exist are skipped.
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Entity {id: id}) RETURN x
  UNION
  MATCH (x:Person {id: id}) RETURN x
}
// A building counts the cases of its flats too (IN_BUILDING, at most one step).
OPTIONAL MATCH (x)<-[:IN_BUILDING]-{0,1}()<-[:MENTIONS|INVOLVES]-(c:Case)
WITH x, collect(DISTINCT c.country) AS countries, count(DISTINCT c) AS cases
SET x.hsCountries = countries, x.hsCountryCount = size(countries), x.hsCaseCount = cases
