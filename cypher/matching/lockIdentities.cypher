// Taken first in every decision transaction: two analysts confirming overlapping pairs at the same
// moment would otherwise both read "no identity yet" and build two. Writing the node takes its lock.
MERGE (l:Lock {name: 'identities'})
SET l.takenAt = datetime()
RETURN l.name AS name
