// The alerts an analyst receives (its agency's, and its own), most recently raised or changed first,
// with their history; keyset pages after ($afterAt, $afterId). $status filters when given.
MATCH (a:Alert {agency: $agency})
WHERE (a.analyst IS NULL OR a.analyst = $analyst) AND ($status IS NULL OR a.status IN $status)
  AND ($afterId IS NULL OR a.updatedAt < datetime($afterAt) OR (a.updatedAt = datetime($afterAt) AND a.id < $afterId))
RETURN a {.*, at: toString(a.updatedAt), createdAt: toString(a.createdAt),
  events: COLLECT { MATCH (a)-[:HAS_EVENT]->(e) WITH e ORDER BY e.at, e.id RETURN e {.*, at: toString(e.at)} }} AS alert
ORDER BY a.updatedAt DESC, a.id DESC
LIMIT toInteger($limit)
