// The alerts already raised under these keys (watcher or rule, and what it is about), with their evidence.
UNWIND $keys AS key
MATCH (a:Alert {key: key})
RETURN a.key AS key, a.caseIds AS caseIds, a.through AS through
