// Appends a batch of audit entries and writes the owners' notifications, in one statement; the API seals
// the new entries and the head in the next statement of the same transaction (audit/seal). The head is
// already locked by this transaction (audit/lockHead), so the sequence read here is the chain's end. Each entry's payload is "[<seq>," + its tail (the
// canonical JSON of its fields, which the caller built), and its hash is SHA-256 of the previous hash, a
// newline and the payload; src/audit/audit.ts verifies the chain with the same rule. Each notification
// records the chain's end as of its writing: the owner receives it sealed, as a checkpoint it keeps.
MATCH (h:AuditHead {name: 'audit'})
WITH h, reduce(chain = [], x IN $entries |
  chain + [{
    seq: h.seq + size(chain) + 1,
    payload: '[' + toString(h.seq + size(chain) + 1) + ',' + x.tail,
    prevHash: coalesce(last(chain).hash, h.hash),
    hash: apoc.util.sha256([coalesce(last(chain).hash, h.hash), '\n', '[' + toString(h.seq + size(chain) + 1) + ',' + x.tail]),
    entry: x.entry
  }]) AS chain
CALL (chain) {
  UNWIND chain AS x
  CREATE (:AuditEntry {
    seq: x.seq, at: datetime(x.entry.at), analyst: x.entry.analyst, agency: x.entry.agency, purpose: x.entry.purpose,
    operation: x.entry.operation, variablesHash: x.entry.variablesHash, caseIds: x.entry.caseIds, entityIds: x.entry.entityIds,
    ownerAgencies: x.entry.ownerAgencies, notifiedAgencies: x.entry.notifiedAgencies, outcome: x.entry.outcome, payload: x.payload, prevHash: x.prevHash, hash: x.hash
  })
}
SET h.seq = last(chain).seq, h.hash = last(chain).hash
WITH chain
CALL (chain) {
  UNWIND $notices AS row
  MATCH (c:Case {id: row.caseId})
  CREATE (n:Notification {
    id: randomUUID(), at: datetime(), caseId: row.caseId, toAgency: row.owner, fromAgency: row.fromAgency, fromCountry: row.fromCountry,
    analyst: row.analyst, purpose: row.purpose, operation: row.operation, through: row.entityId, throughType: row.entityType,
    chainSeq: last(chain).seq, chainHash: last(chain).hash
  })
  CREATE (n)-[:ABOUT]->(c)
}
RETURN [x IN chain | {seq: x.seq, hash: x.hash}] AS chain
