// DataLoader batch: the undecided pairs (proposed or unsure) of each person record, best first.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[m:POSSIBLY_SAME]-(q:Person)
RETURN id, CASE WHEN p.id < q.id THEN p.id ELSE q.id END AS a, CASE WHEN p.id < q.id THEN q.id ELSE p.id END AS b,
  m.status AS status, m.probability AS probability, m.modelVersion AS modelVersion, m.explanation AS explanation, m.decidedBy AS decidedBy,
  m.decidedAt AS decidedAt, m.note AS note, m.withheld AS withheld
ORDER BY coalesce(m.probability, 0.0) DESC, q.id
