// DataLoader batch: the cases that mention each entity or involve each person, with their spellings.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[m:MENTIONS]-(c:Case)
  RETURN c, m.asWritten AS asWritten
  UNION
  MATCH (:Person {id: id})<-[m:INVOLVES]-(c:Case)
  RETURN c, [m.nameAsWritten] AS asWritten
}
RETURN id, c.id AS caseId, asWritten
ORDER BY c.id
