// Cases new to the graph (caseVersions found none): CREATE, not MERGE, and REPORTED_BY to their agency
// (written by mergeAgencies just before). Should another writer create the same case at the same time,
// the case_id constraint fails this batch, and its cases are retried one by one as updates.
UNWIND $cases AS row
MATCH (a:Agency {code: row.agencyCode})
CREATE (c:Case {id: row.id})
// The opaque handle other agencies see in a hit: random, so it says nothing about the case.
SET c.handle = 'hit:' + randomUUID(), c.handlingCode = row.handlingCode, c.handlingText = row.handlingText,
    c.sourceReliability = row.sourceReliability, c.informationReliability = row.informationReliability,
    c.agency = row.agencyCode, c.reference = row.reference, c.country = row.country, c.title = row.title,
    c.typologies = row.typologies, c.status = row.status, c.openedOn = date(row.openedOn),
    c.closedOn = CASE WHEN row.closedOn IS NULL THEN null ELSE date(row.closedOn) END,
    c.version = row.version, c.rules = row.rules
CREATE (c)-[:REPORTED_BY {caseId: row.id}]->(a)
