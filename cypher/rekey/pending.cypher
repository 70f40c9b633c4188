// Cases written under earlier key rules than the running code's: the re-key rewrites them, a batch at a
// time, in id order, so an interrupted run resumes where it stopped.
MATCH (c:Case)
WHERE coalesce(c.rules, 0) < $rules
RETURN c.id AS id
ORDER BY id
LIMIT toInteger($limit)
