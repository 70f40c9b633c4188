// Typology "vehicle across borders" (one vehicle transporting groups): a vehicle an imported case reports
// is in cases of at least $minCountries countries within $windowDays. The window is over the opening
// dates of the owner's visible cases (at least one); another agency's hidden case adds only what a hit
// discloses, that it reports the vehicle and its country, undated: its dates are not the owner's to see.
UNWIND $caseIds AS caseId
MATCH (:Case {id: caseId})-[:MENTIONS]->(v:Vehicle)
WITH DISTINCT v
CALL (v) {
  MATCH (v)<-[:MENTIONS]-(c:Case)
  WHERE c.agency = $owner OR c.id IN $shared
  RETURN collect(c {.id, .country, .openedOn}) AS seen
}
CALL (v) {
  OPTIONAL MATCH (v)<-[:MENTIONS]-(h:Case)
  WHERE NOT (h.agency = $owner OR h.id IN $shared)
  RETURN collect(DISTINCT h {.id, .country}) AS hidden
}
UNWIND seen AS s0
WITH v, hidden, s0,
  [s IN seen WHERE s.openedOn >= s0.openedOn AND s.openedOn <= s0.openedOn + duration({days: $windowDays})] AS win
WITH v, hidden, s0, win, size(apoc.coll.toSet([s IN win | s.country] + [h IN hidden | h.country])) AS countries
ORDER BY v.id, countries DESC, s0.openedOn
WITH v, hidden, head(collect({win: win, countries: countries})) AS best
WHERE best.countries >= $minCountries
RETURN v.id AS anchor, apoc.coll.sort([s IN best.win | s.id] + [h IN hidden | h.id]) AS caseIds
ORDER BY anchor
