// Match pairs for analysts: proposed, unsure, confirmed or rejected, best first.
MATCH (a:Person)-[m:POSSIBLY_SAME|NOT_SAME|CONFIRMED_SAME]->(b:Person)
WHERE m.status IN $statuses AND coalesce(m.probability, 1.0) >= $minProbability
  AND ($personId IS NULL OR a.id = $personId OR b.id = $personId)
RETURN a.id AS a, b.id AS b, m.status AS status, m.probability AS probability, m.modelVersion AS modelVersion, m.explanation AS explanation,
  m.decidedBy AS decidedBy, m.decidedAt AS decidedAt, m.note AS note, m.withheld AS withheld
ORDER BY coalesce(m.probability, 1.0) DESC, a.id, b.id
LIMIT toInteger($limit)
