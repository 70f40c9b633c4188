// One row per case: the case, its owning agency, and REPORTED_BY between them.
UNWIND $cases AS row
MERGE (a:Agency {code: row.agencyCode})
  ON CREATE SET a.id = 'agency:' + row.agencyCode, a.country = row.country
SET a.name = coalesce(row.agencyName, a.name, row.agencyCode)
MERGE (c:Case {id: row.id})
  // The opaque handle other agencies see in a hit: random, so it says nothing about the case.
  ON CREATE SET c.handle = 'hit:' + randomUUID()
SET c.handlingCode = row.handlingCode, c.handlingText = row.handlingText,
    c.sourceReliability = row.sourceReliability, c.informationReliability = row.informationReliability, c.agency = row.agencyCode, c.reference = row.reference, c.country = row.country, c.title = row.title,
    c.typologies = row.typologies, c.status = row.status, c.openedOn = date(row.openedOn),
    c.closedOn = CASE WHEN row.closedOn IS NULL THEN null ELSE date(row.closedOn) END,
    c.version = row.version, c.rules = row.rules
MERGE (c)-[r:REPORTED_BY]->(a)
SET r.caseId = row.id
