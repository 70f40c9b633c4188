// DataLoader batch: the cases that mention each entity or involve each person, with their spellings. A
// building is mentioned by the cases of its flats too (IN_BUILDING), with the flat as they wrote it. With
// each case of another agency than the caller's ($agency; null for the in-process caller), what its
// verdict needs, as access/reports.cypher gives it: the API orders the list (visible cases first, then the
// hits by handle; src/loaders.ts) and checks each case with no lookup of its own.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:IN_BUILDING]-{0,1}()<-[m:MENTIONS]-(c:Case)
  RETURN c, m.asWritten AS asWritten
  UNION
  MATCH (:Person {id: id})<-[m:INVOLVES]-(c:Case)
  RETURN c, [m.nameAsWritten] AS asWritten
}
WITH id, c, collect(asWritten) AS spellings
RETURN id, c.id AS caseId, reduce(all = [], s IN spellings | all + [x IN s WHERE NOT x IN all]) AS asWritten,
  CASE WHEN $agency IS NULL OR c.id STARTS WITH 'case:' + $agency + ':' THEN null ELSE
    [{caseId: c.id, handle: c.handle, handlingCode: c.handlingCode, country: c.country, details: null, detailsAt: null,
      shared: EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() }
    }] END AS reports
// By id here; the API puts the hits after the visible cases, by handle.
ORDER BY c.id
