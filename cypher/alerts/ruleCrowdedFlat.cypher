// Typology "crowded flat" (many persons registered at one address): at least $minPersons persons live or
// are located, in the owner's visible cases, at one address an imported case reports, and the cases that
// report the address are of at least $minCountries countries. Another agency's hidden case adds only what
// a hit discloses: that it reports the address, and its country.
UNWIND $caseIds AS caseId
MATCH (:Case {id: caseId})-[:MENTIONS]->(x:Address)
WITH DISTINCT x
CALL (x) {
  MATCH (x)<-[r:LIVES_AT|LOCATED_AT]-(p:Person)
  MATCH (c:Case {id: r.caseId})
  WHERE c.agency = $owner OR c.id IN $shared
  RETURN count(DISTINCT p) AS persons, collect(DISTINCT c.id) AS seen, collect(DISTINCT c.country) AS seenCountries
}
WITH x, persons, seen, seenCountries WHERE persons >= $minPersons
CALL (x) {
  OPTIONAL MATCH (x)<-[:MENTIONS]-(h:Case)
  WHERE NOT (h.agency = $owner OR h.id IN $shared)
  RETURN collect(DISTINCT h {.id, .country}) AS hidden
}
WITH x, seen, hidden WHERE size(apoc.coll.toSet(seenCountries + [h IN hidden | h.country])) >= $minCountries
RETURN x.id AS anchor, apoc.coll.sort(seen + [h IN hidden | h.id]) AS caseIds
ORDER BY anchor
