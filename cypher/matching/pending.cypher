// Person records imported or changed since they were last compared.
MATCH (p:Person)
WHERE p.matchPending = true
RETURN p.id AS id
LIMIT toInteger($limit)
