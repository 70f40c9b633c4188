// The live feed: alerts raised or given new evidence after number $after, in commit order.
MATCH (a:Alert) WHERE a.seq > $after
RETURN a {.*, at: toString(a.updatedAt), createdAt: toString(a.createdAt),
  events: COLLECT { MATCH (a)-[:HAS_EVENT]->(e) WITH e ORDER BY e.at, e.id RETURN e {.*, at: toString(e.at)} }} AS alert
ORDER BY a.seq
LIMIT 2000
