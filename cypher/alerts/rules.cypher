// The rules an agency owns ($agency), or every enabled rule ($agency null: the evaluation after an import).
MATCH (r:AlertRule)
WHERE ($agency IS NULL AND r.enabled) OR r.agency = $agency
RETURN r {.*, changedAt: toString(r.changedAt), createdAt: toString(r.createdAt)} AS rule
ORDER BY r.agency, r.createdAt, r.id
