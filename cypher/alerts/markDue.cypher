// In the import's own transaction: the alerts of these cases are owed until a raise pays them. A fresh
// token per import, so a raise that read an older token leaves a newer import's entry in place.
UNWIND $caseIds AS caseId
MERGE (d:AlertDue {caseId: caseId})
SET d.token = randomUUID(), d.since = datetime()
