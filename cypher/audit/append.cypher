// Appends a batch of audit entries, sealed, and the owners' notifications, in one statement, if the chain
// still ends where the API computed them from ($seq, $hash). The API hashes and seals each entry from the
// one before it (src/audit/audit.ts: an entry's payload is "[<seq>," + its tail, the canonical JSON of its
// fields; its hash is SHA-256 of the previous hash, a newline and the payload; its seal and the head's are
// HMACs under a key only the API holds; the verifier checks the chain with the same rules). The head is
// locked by this transaction (audit/lockHead) before this runs, so it cannot move until the commit. If
// another writer (another API instance, a loader) moved it since the API last saw it, nothing is written
// and the head comes back: the API computes the batch again from it, under the lock it now holds. Each
// notification records the chain's end as of its writing: the owner receives it sealed, as a checkpoint.
// Sequence numbers arrive as JavaScript numbers (floats to the driver) and are stored as integers.
MATCH (h:AuditHead {name: 'audit'})
WITH h, h.seq = toInteger($seq) AND h.hash = $hash AS current
CALL (h, current) {
  WITH h, current
  WHERE current
  UNWIND $entries AS x
  CREATE (:AuditEntry {
    seq: toInteger(x.seq), at: datetime(x.entry.at), analyst: x.entry.analyst, agency: x.entry.agency, purpose: x.entry.purpose,
    operation: x.entry.operation, variablesHash: x.entry.variablesHash, caseIds: x.entry.caseIds, entityIds: x.entry.entityIds,
    ownerAgencies: x.entry.ownerAgencies, notifiedAgencies: x.entry.notifiedAgencies, outcome: x.entry.outcome, payload: x.payload,
    prevHash: x.prevHash, hash: x.hash, kid: $kid, mac: x.mac
  })
}
CALL (h, current) {
  WITH h, current
  WHERE current
  SET h.seq = toInteger($last.seq), h.hash = $last.hash, h.kid = $kid, h.mac = $headMac
}
CALL (current) {
  WITH current
  WHERE current
  UNWIND $notices AS row
  MATCH (c:Case {id: row.caseId})
  CREATE (n:Notification {
    id: randomUUID(), at: datetime(), caseId: row.caseId, toAgency: row.owner, fromAgency: row.fromAgency, fromCountry: row.fromCountry,
    analyst: row.analyst, purpose: row.purpose, operation: row.operation, through: row.entityId, throughType: row.entityType,
    chainSeq: toInteger($last.seq), chainHash: $last.hash
  })
  CREATE (n)-[:ABOUT]->(c)
}
RETURN current AS appended, h.seq AS seq, h.hash AS hash
