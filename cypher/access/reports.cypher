// DataLoader batch for hit/no-hit: for each id, the cases that report it (a case reports itself), with
// what a verdict needs: the owner, the hit handle and codes, and whether the case is shared with the
// viewer's agency now; for an entity, also the descriptive details each report gave it (JSON) and when
// they last changed. One statement, so a verdict costs one round trip however many nodes it covers.
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Case {id: id})
  RETURN c, null AS details, null AS detailsAt
  UNION
  MATCH (:Entity {id: id})<-[m:MENTIONS]-(c:Case)
  RETURN c, m.details AS details, m.detailsAt AS detailsAt
  UNION
  // A building is reported by the cases that report its flats as well: reached only through another
  // agency's flat, it is that agency's (a hit), never an unowned node.
  // The flat's report gave details of the flat, not of the building.
  MATCH (:Entity {id: id})<-[:IN_BUILDING]-(:Address)<-[:MENTIONS]-(c:Case)
  RETURN c, null AS details, null AS detailsAt
  UNION
  MATCH (:Person {id: id})<-[:INVOLVES]-(c:Case)
  RETURN c, null AS details, null AS detailsAt
}
RETURN id, c.id AS caseId, c.handle AS handle, c.handlingCode AS handlingCode, c.country AS country,
  EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() } AS shared,
  details, detailsAt
ORDER BY c.id
