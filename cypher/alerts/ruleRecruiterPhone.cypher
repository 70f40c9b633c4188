// Typology "recurring recruiter phone": a phone an imported case reports is in at least $minCases cases,
// where its holder is a suspect recruiter. The role is checked in the owner's visible cases (at least one
// of them); another agency's hidden case counts by what a hit discloses, that it reports the phone, since
// its roles are not the owner's to see.
UNWIND $caseIds AS caseId
MATCH (:Case {id: caseId})-[:MENTIONS]->(ph:Phone)
WITH DISTINCT ph
CALL (ph) {
  MATCH (ph)<-[u:USES]-(p:Person)<-[:INVOLVES {role: 'SUSPECT', function: 'RECRUITER'}]-(c:Case {id: u.caseId})
  WHERE c.agency = $owner OR c.id IN $shared
  RETURN collect(DISTINCT c.id) AS seen
}
WITH ph, seen WHERE size(seen) > 0
CALL (ph) {
  OPTIONAL MATCH (ph)<-[:MENTIONS]-(h:Case)
  WHERE NOT (h.agency = $owner OR h.id IN $shared)
  RETURN collect(DISTINCT h.id) AS hidden
}
WITH ph, seen, hidden WHERE size(seen) + size(hidden) >= $minCases
RETURN ph.id AS anchor, apoc.coll.sort(seen + hidden) AS caseIds
ORDER BY anchor
