// When an import of this case was audited: its entry's time, taken in the import's own transaction just
// before the chain's lock and the commit (so a latency counted from it is an upper bound).
MATCH (e:AuditEntry)
WHERE $caseId IN e.caseIds AND e.operation = 'mutation importCases'
RETURN toString(min(e.at)) AS at
