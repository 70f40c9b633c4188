// Taken first when an agency files an access request: its requests are then counted and checked for
// duplicates one at a time, on every API instance, so the hourly limit and "one open request per case"
// hold under concurrent calls. Returns how many requests the agency filed in the last $windowSeconds.
MERGE (l:Lock {name: 'accessRequests:' + $fromAgency})
SET l.takenAt = datetime()
WITH l
OPTIONAL MATCH (r:AccessRequest {fromAgency: $fromAgency})
WHERE r.requestedAt > datetime() - duration({seconds: $windowSeconds})
RETURN count(r) AS recent
