// A batch of audit entries, in chain order, and the head moved to the last. Each payload is the
// canonical JSON its hash covers; the other properties repeat it for querying and are checked against
// it by the verifier.
MATCH (h:AuditHead {name: 'audit'})
UNWIND $entries AS x
CREATE (e:AuditEntry {
  seq: x.seq, at: datetime(x.entry.at), analyst: x.entry.analyst, agency: x.entry.agency, purpose: x.entry.purpose,
  operation: x.entry.operation, variablesHash: x.entry.variablesHash, caseIds: x.entry.caseIds, entityIds: x.entry.entityIds,
  ownerAgencies: x.entry.ownerAgencies, outcome: x.entry.outcome, payload: x.payload, prevHash: x.prevHash, hash: x.hash
})
WITH h, count(e) AS written
SET h.seq = $seq, h.hash = $hash
RETURN written
