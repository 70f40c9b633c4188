// DataLoader batch: the persons of each case with their role in it. With each person of another register
// than the caller's ($agency; null for the in-process caller), what its verdict needs (the cases that
// involve it, as access/reports.cypher gives them): the nested level then costs no verdict lookup of its own.
UNWIND $ids AS id
MATCH (:Case {id: id})-[r:INVOLVES]->(p:Person)
// The person as JSON text, without the bookkeeping no field shows (as cases/entitiesByCase.cypher does).
RETURN id, r.role AS role, r.function AS function, r.nameAsWritten AS nameAsWritten,
  apoc.convert.toJson(apoc.map.removeKeys(p {.*, labels: labels(p)}, ['searchText', 'hsCountries', 'hsCountryCount', 'hsCaseCount', 'matchPending'])) AS node,
  CASE WHEN $agency IS NULL OR p.id STARTS WITH 'person:' + $agency + ':' THEN null ELSE COLLECT {
    MATCH (p)<-[:INVOLVES]-(c:Case)
    WITH DISTINCT c
    ORDER BY c.id
    RETURN {caseId: c.id, handle: c.handle, handlingCode: c.handlingCode, country: c.country, details: null, detailsAt: null,
      shared: EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() }}
  } END AS reports
// By the name as this case writes it: the record's own name may be another agency's, hidden from the caller.
ORDER BY r.nameAsWritten, p.id
