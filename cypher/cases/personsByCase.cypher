// DataLoader batch: the persons of each case with their role in it.
UNWIND $ids AS id
MATCH (:Case {id: id})-[r:INVOLVES]->(p:Person)
RETURN id, r.role AS role, r.function AS function, r.nameAsWritten AS nameAsWritten, p {.*, labels: labels(p)} AS node
ORDER BY p.name, p.id
