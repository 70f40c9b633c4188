// The case behind a hit handle (another agency's only), and the requesting agency's open request for it.
MATCH (c:Case {handle: $handle})
WHERE c.agency <> $fromAgency
OPTIONAL MATCH (r:AccessRequest {fromAgency: $fromAgency, caseId: c.id, status: 'PENDING'})
RETURN c.id AS caseId, head(collect(r.id)) AS openRequestId
