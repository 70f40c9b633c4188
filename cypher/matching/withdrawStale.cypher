// Proposals of these records that the fresh scoring no longer produced (a name or birth date changed).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[m:POSSIBLY_SAME]-(q:Person)
WHERE m.status = 'PROPOSED' AND NOT (CASE WHEN p.id < q.id THEN p.id + '|' + q.id ELSE q.id + '|' + p.id END) IN $fresh
DELETE m
