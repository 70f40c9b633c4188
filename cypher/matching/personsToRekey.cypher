// A page of the person records whose name keys imports set (those the registering agency's own cases
// involve), in id order after $after, with the keys they hold now: the re-key step recomputes them.
MATCH (p:Person)
WHERE p.id > $after AND EXISTS { (:Case {agency: p.registeredBy})-[:INVOLVES]->(p) }
WITH p ORDER BY p.id LIMIT toInteger($limit)
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.birthDate AS birthDate,
  [(p)-[:HAS_NAME_KEY]->(k:NameKey) | k.key] AS keys
