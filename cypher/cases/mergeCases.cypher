// Cases already in the graph, re-imported with changed content: one row per case, and REPORTED_BY to
// its owning agency (written by mergeAgencies just before).
UNWIND $cases AS row
MATCH (a:Agency {code: row.agencyCode})
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
