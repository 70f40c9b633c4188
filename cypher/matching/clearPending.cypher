// These records have been compared.
UNWIND $ids AS id
MATCH (p:Person {id: id})
REMOVE p.matchPending
