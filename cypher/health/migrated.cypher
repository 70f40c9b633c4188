// Readiness: the database answers, and the newest migrations' indexes exist and are online (a
// constraint's backing index has the constraint's name).
SHOW INDEXES YIELD name, state
WHERE name IN ['audit_head_name', 'case_opened', 'access_request_from'] AND state = 'ONLINE'
RETURN count(*) = 3 AS ready
