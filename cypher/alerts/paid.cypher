// In the raise's transaction: these cases' alerts are raised. Only the entry the raise read is deleted; one
// re-marked by a later import meanwhile stays owed.
UNWIND $due AS row
MATCH (d:AlertDue {caseId: row.caseId})
WHERE d.token = row.token
DELETE d
