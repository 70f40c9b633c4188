// Alerts owed since before $before (an import whose raise failed or whose process died), a page at a time
// in case id order.
MATCH (d:AlertDue)
WHERE d.caseId > $after AND d.since < datetime($before)
RETURN d.caseId AS caseId, d.token AS token
ORDER BY d.caseId
LIMIT toInteger($limit)
