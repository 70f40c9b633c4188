// DataLoader batch: the cases that mention each entity or involve each person, with their spellings. A
// building is mentioned by the cases of its flats too (IN_BUILDING), with the flat as they wrote it.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:IN_BUILDING]-{0,1}()<-[m:MENTIONS]-(c:Case)
  RETURN c, m.asWritten AS asWritten
  UNION
  MATCH (:Person {id: id})<-[m:INVOLVES]-(c:Case)
  RETURN c, [m.nameAsWritten] AS asWritten
}
WITH id, c, collect(asWritten) AS spellings
RETURN id, c.id AS caseId, reduce(all = [], s IN spellings | all + [x IN s WHERE NOT x IN all]) AS asWritten
ORDER BY c.id
