// Person record ids, in a stable order (bench/matchTime.ts takes a prefix or all of them).
MATCH (p:Person)
RETURN p.id AS id
ORDER BY id
