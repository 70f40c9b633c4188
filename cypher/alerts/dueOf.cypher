// Of these cases, those whose alerts are still owed, with the token the raise clears.
UNWIND $caseIds AS caseId
MATCH (d:AlertDue {caseId: caseId})
RETURN d.caseId AS caseId, d.token AS token
