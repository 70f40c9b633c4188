// Readiness: the database answers, and the newest migration's constraint exists.
SHOW CONSTRAINTS YIELD name
WHERE name = 'audit_head_name'
RETURN count(*) = 1 AS ready
