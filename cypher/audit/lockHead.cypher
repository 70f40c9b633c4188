// Takes the chain's head for this transaction before anything reads it: entries are appended one at a
// time across every request and every API instance. A statement of its own, because a statement that
// reads the head's sequence number in the same step as it locks the head may read it before the lock.
MERGE (h:AuditHead {name: 'audit'})
  ON CREATE SET h.seq = 0, h.hash = $genesis
SET h.lockedAt = datetime()
