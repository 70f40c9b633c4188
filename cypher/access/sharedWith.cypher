// The cases whose owners approved access for an agency, while the approval lasts.
MATCH (c:Case)-[s:SHARED_WITH]->(:Agency {code: $agency})
WHERE s.until IS NULL OR s.until > datetime()
RETURN c.id AS caseId, c.handlingCode AS handlingCode
