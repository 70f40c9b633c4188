// Typology "fan-in money" (debt bondage: many small transfers from workers to one receiver), over what
// the rule's owner may see: an account an imported case reports receives transfers from at least
// $minVictims persons who are victims in the owner's visible cases ($owner's own and $shared), within
// $windowDays, and the cases involved are of at least $minCountries countries. Another agency's hidden
// case adds only what a hit discloses: that it reports the account, and its country.
UNWIND $caseIds AS caseId
MATCH (:Case {id: caseId})-[:MENTIONS]->(a:Account)
WITH DISTINCT a
CALL (a) {
  MATCH (a)<-[:TO]-(t:MoneyTransfer)<-[:SENT]-(v:Person)<-[:INVOLVES {role: 'VICTIM'}]-(c:Case)-[:MENTIONS]->(t)
  WHERE c.agency = $owner OR c.id IN $shared
  RETURN collect({victim: v.id, caseId: c.id, country: c.country, time: t.time}) AS sends
}
// The window (starting at one of the transfers) that holds the most victims; the earliest among equals.
UNWIND sends AS s0
WITH a, s0, [s IN sends WHERE s.time >= s0.time AND s.time <= s0.time + duration({days: $windowDays})] AS win
WITH a, s0, win, size(apoc.coll.toSet([s IN win | s.victim])) AS victims
ORDER BY a.id, victims DESC, s0.time
WITH a, head(collect({win: win, victims: victims})) AS best
WHERE best.victims >= $minVictims
CALL (a) {
  OPTIONAL MATCH (a)<-[:MENTIONS]-(h:Case)
  WHERE NOT (h.agency = $owner OR h.id IN $shared)
  RETURN collect(DISTINCT h {.id, .country}) AS hidden
}
WITH a, hidden, apoc.coll.toSet([s IN best.win | s.caseId]) AS seen, [s IN best.win | s.country] AS seenCountries
WHERE size(apoc.coll.toSet(seenCountries + [h IN hidden | h.country])) >= $minCountries
RETURN a.id AS anchor, apoc.coll.sort(seen + [h IN hidden | h.id]) AS caseIds
ORDER BY anchor
