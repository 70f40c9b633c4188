// A new access request for the case behind a hit handle (access/openRequest found it, under the lock).
MATCH (c:Case {handle: $handle})
CREATE (r:AccessRequest {
  id: randomUUID(), caseId: c.id, caseHandle: c.handle, ownerAgency: c.agency, fromAgency: $fromAgency,
  analyst: $analyst, justification: $justification, status: 'PENDING', requestedAt: datetime()
})
CREATE (r)-[:FOR]->(c)
RETURN r {.*} AS request
