// Proposals of these records that the fresh scoring no longer produced (a name or birth date changed). A
// partner still pending outside these records keeps the proposal: in a run over the pending records such a
// pair is scored when the partner's chunk comes (matching/candidates, deferPending), which renews or withdraws
// it then; withdrawn here, the link would vanish from every answer until that chunk, or until a killed run
// resumed.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[m:POSSIBLY_SAME]-(q:Person)
WHERE m.status = 'PROPOSED'
  AND NOT (CASE WHEN p.id < q.id THEN p.id + '|' + q.id ELSE q.id + '|' + p.id END) IN $fresh
  AND (q.matchPending IS NULL OR q.id IN $ids)
DELETE m
