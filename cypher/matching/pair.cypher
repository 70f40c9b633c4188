// One pair with its current status (after a decision).
MATCH (a:Person {id: $a})-[m:POSSIBLY_SAME|NOT_SAME|CONFIRMED_SAME]-(b:Person {id: $b})
RETURN a.id AS a, b.id AS b, m.status AS status, m.probability AS probability, m.modelVersion AS modelVersion, m.explanation AS explanation,
  m.decidedBy AS decidedBy, m.decidedAt AS decidedAt, m.note AS note, m.withheld AS withheld
