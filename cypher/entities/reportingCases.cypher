// DataLoader batch: the cases that mention each entity or involve each person, with their spellings (as
// entities/mentionsByNode.cypher gives them), and with each case its row as cases/casesById.cypher gives it
// (the case, its agency, and what hit/no-hit needs for a caller of agency $agency; null for the in-process
// caller): a node's mentions and cases then cost this one statement, with no case or verdict lookup after it.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:IN_BUILDING]-{0,1}()<-[m:MENTIONS]-(c:Case)
  RETURN c, m.asWritten AS asWritten
  UNION
  MATCH (:Person {id: id})<-[m:INVOLVES]-(c:Case)
  RETURN c, [m.nameAsWritten] AS asWritten
}
WITH id, c, collect(asWritten) AS spellings
OPTIONAL MATCH (c)-[:REPORTED_BY]->(a:Agency)
RETURN id, c.id AS caseId, reduce(all = [], s IN spellings | all + [x IN s WHERE NOT x IN all]) AS asWritten,
  c {.*, labels: labels(c)} AS node, a {.code, .name, .country} AS agency,
  [{caseId: c.id, handle: c.handle, handlingCode: c.handlingCode, country: c.country, details: null, detailsAt: null,
    shared: EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() }
  }] AS reports
// By id here; the API puts the hits after the visible cases, by handle (src/loaders.ts).
ORDER BY c.id
