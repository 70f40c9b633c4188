// The unfiltered hot-spot ranking, from the counts the import keeps on each node (cases/hotSpotCounts):
// most countries first, then most cases, then id; keyset pagination as in entities/hotSpots.
MATCH (e)
WHERE (e:Entity OR e:Person) AND e.hsCountryCount >= $minCountries AND any(l IN labels(e) WHERE l IN $labels)
  AND ($afterId IS NULL OR e.hsCountryCount < $afterCountries OR (e.hsCountryCount = $afterCountries AND (e.hsCaseCount < $afterCases OR (e.hsCaseCount = $afterCases AND e.id > $afterId))))
RETURN e {.*, labels: labels(e)} AS node, e.hsCountries AS countries, e.hsCaseCount AS cases
ORDER BY e.hsCountryCount DESC, e.hsCaseCount DESC, e.id
LIMIT toInteger($limit)
