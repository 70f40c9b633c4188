// The head of the audit chain, locked for this transaction by writing it: entries are appended one at a
// time across every API instance, each naming the hash of the one before.
MERGE (h:AuditHead {name: 'audit'})
  ON CREATE SET h.seq = 0, h.hash = $genesis
SET h.lockedAt = datetime()
RETURN h.seq AS seq, h.hash AS hash
