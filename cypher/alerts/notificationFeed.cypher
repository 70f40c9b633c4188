// The live feed of owners' notifications written after audit entry $after (each notification carries
// the chain's end when it was written, and the chain's lock orders commits).
MATCH (n:Notification) WHERE n.chainSeq > $after
RETURN n {.*} AS notification
ORDER BY n.chainSeq, n.id
LIMIT 2000
