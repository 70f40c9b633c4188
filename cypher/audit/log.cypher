// The log for the API, newest first: every entry ($agency null, for auditors), or the entries of other
// agencies that touched $agency's data.
MATCH (e:AuditEntry)
WHERE ($beforeSeq IS NULL OR e.seq < $beforeSeq)
  AND ($agency IS NULL OR ($agency IN e.ownerAgencies AND coalesce(e.agency, '') <> $agency))
RETURN e {.seq, .analyst, .agency, .purpose, .operation, .variablesHash, .caseIds, .entityIds, .outcome, .hash, at: e.at} AS entry
ORDER BY e.seq DESC
LIMIT toInteger($limit)
