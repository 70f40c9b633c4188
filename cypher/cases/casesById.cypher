// DataLoader batch: cases with their agency, one row per id found, and with what hit/no-hit needs (a case
// reports itself): its handle and codes, and whether it is shared with the caller's agency now ($agency;
// null for the in-process caller). The same report as access/reports.cypher, so no verdict lookup follows.
UNWIND $ids AS id
MATCH (c:Case {id: id})-[:REPORTED_BY]->(a:Agency)
RETURN id, c {.*, labels: labels(c)} AS node, a {.code, .name, .country} AS agency,
  [{caseId: c.id, handle: c.handle, handlingCode: c.handlingCode, country: c.country, details: null, detailsAt: null,
    shared: EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() }
  }] AS reports
