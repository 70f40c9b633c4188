// One audit entry, and the head moved to it. The payload is the canonical JSON the hash covers; the
// other properties repeat it for querying and are checked against it by the verifier.
MATCH (h:AuditHead {name: 'audit'})
CREATE (e:AuditEntry {
  seq: $seq, at: datetime($entry.at), analyst: $entry.analyst, agency: $entry.agency, purpose: $entry.purpose,
  operation: $entry.operation, variablesHash: $entry.variablesHash, caseIds: $entry.caseIds, entityIds: $entry.entityIds,
  ownerAgencies: $entry.ownerAgencies, outcome: $entry.outcome, payload: $payload, prevHash: $prevHash, hash: $hash
})
SET h.seq = $seq, h.hash = $hash
RETURN e.seq AS seq
