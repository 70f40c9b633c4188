// The log for the API, newest first. $scope says whose entries: 'ALL' (the exchange's supervisor), 'AGENCY'
// (an agency's auditor: its own agency's entries and those of others that touched its data), or 'OWNER'
// (an agency's analysts: only the entries of other agencies that touched its data).
MATCH (e:AuditEntry)
WHERE ($beforeSeq IS NULL OR e.seq < $beforeSeq)
  AND ($scope = 'ALL'
    OR ($scope = 'AGENCY' AND (e.agency = $agency OR $agency IN e.ownerAgencies))
    OR ($scope = 'OWNER' AND $agency IN e.ownerAgencies AND coalesce(e.agency, '') <> $agency))
RETURN e {.seq, .analyst, .agency, .purpose, .operation, .variablesHash, .caseIds, .entityIds, .ownerAgencies, .notifiedAgencies, .outcome, .hash, at: e.at} AS entry
ORDER BY e.seq DESC
LIMIT toInteger($limit)
