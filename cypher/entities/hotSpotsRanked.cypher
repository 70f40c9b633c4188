// The unfiltered hot-spot ranking, from the counts the import keeps on each node (cases/hotSpotCounts):
// most countries first, then most cases, then the keyed hash of the id (the id for $salt null); keyset pagination as in
// entities/hotSpots.
MATCH (e)
WHERE (e:Entity OR e:Person) AND e.hsCountryCount >= $minCountries AND any(l IN labels(e) WHERE l IN $labels)
WITH e, CASE WHEN $salt IS NULL THEN e.id ELSE apoc.util.sha256([$salt, e.id]) END AS tie
WHERE $afterId IS NULL OR e.hsCountryCount < $afterCountries OR (e.hsCountryCount = $afterCountries AND (e.hsCaseCount < $afterCases OR (e.hsCaseCount = $afterCases AND tie > $afterId)))
RETURN e {.*, labels: labels(e)} AS node, e.hsCountries AS countries, e.hsCaseCount AS cases, tie
ORDER BY e.hsCountryCount DESC, e.hsCaseCount DESC, tie
LIMIT toInteger($limit)
