// Where retention may cut the chain: the last entry of the prefix written before $cutoff (an entry at or
// after it, and everything after that, is kept). Writing the head locks the chain against appends meanwhile.
MATCH (h:AuditHead {name: 'audit'})
SET h.lockedAt = datetime()
WITH h
OPTIONAL MATCH (c:AuditCheckpoint {name: 'audit'})
OPTIONAL MATCH (kept:AuditEntry) WHERE kept.at >= datetime($cutoff)
WITH h, c, min(kept.seq) AS firstKept
WITH h, c, CASE WHEN firstKept IS NULL THEN h.seq ELSE firstKept - 1 END AS last
OPTIONAL MATCH (e:AuditEntry {seq: last})
RETURN CASE WHEN e IS NULL OR last <= coalesce(c.seq, 0) THEN null ELSE last END AS seq, e.hash AS hash, c.seq AS checkpointSeq
