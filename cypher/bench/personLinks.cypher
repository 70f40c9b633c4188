// Match candidates touching the given person records, for the link-quality benchmark: every
// POSSIBLY_SAME (any status but rejected) or SAME_AS relationship, once per pair.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[m:POSSIBLY_SAME|SAME_AS]-(q:Person)
WHERE coalesce(m.status, '') <> 'REJECTED'
WITH CASE WHEN p.id < q.id THEN p.id ELSE q.id END AS a, CASE WHEN p.id < q.id THEN q.id ELSE p.id END AS b, type(m) AS type, m.probability AS probability
RETURN DISTINCT a, b, type, probability
