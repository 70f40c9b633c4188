// An access request for the case behind a hit handle; nothing if no other agency's case has that handle.
MATCH (c:Case {handle: $handle})
WHERE c.agency <> $fromAgency
CREATE (r:AccessRequest {
  id: randomUUID(), caseId: c.id, caseHandle: c.handle, ownerAgency: c.agency, fromAgency: $fromAgency,
  analyst: $analyst, justification: $justification, status: 'PENDING', requestedAt: datetime()
})
CREATE (r)-[:FOR]->(c)
RETURN r {.*} AS request
