// A page of the chain in order, for the verifier.
MATCH (e:AuditEntry)
WHERE e.seq > $afterSeq
RETURN e.seq AS seq, e.payload AS payload, e.prevHash AS prevHash, e.hash AS hash, e.kid AS kid, e.mac AS mac,
       e {.analyst, .agency, .purpose, .operation, .variablesHash, .caseIds, .entityIds, .ownerAgencies, .notifiedAgencies, .outcome, at: toString(e.at)} AS fields
ORDER BY e.seq
LIMIT toInteger($limit)
