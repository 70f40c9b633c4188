// Records an analyst's decision on a pair, replacing any earlier one. CONFIRMED_SAME and NOT_SAME are
// records of the decision (never traversed); UNSURE stays a weak POSSIBLY_SAME link. The score shown and
// the model version that made it stay with the decision: analysts' labels to check the model's calibration.
MATCH (a:Person {id: $a})
MATCH (b:Person {id: $b})
OPTIONAL MATCH (a)-[old:POSSIBLY_SAME|NOT_SAME|CONFIRMED_SAME]-(b)
WITH a, b, collect(old) AS olds
WITH a, b, olds, [o IN olds WHERE o.explanation IS NOT NULL | o][0] AS scored
// A pair withheld as met through a guess sweep stays withheld whatever is decided: the decision is made by
// a caller who sees both records, and must not turn the pair into a hit for the sweeper.
WITH a, b, olds, scored.probability AS probability, scored.logOdds AS logOdds, scored.explanation AS explanation, scored.modelVersion AS modelVersion,
  any(o IN olds WHERE coalesce(o.withheld, false)) AS withheld
FOREACH (o IN olds | DELETE o)
FOREACH (_ IN CASE $status WHEN 'CONFIRMED' THEN [1] ELSE [] END |
  CREATE (a)-[:CONFIRMED_SAME {status: 'CONFIRMED', decidedBy: $analyst, decidedAt: datetime(), note: $note, probability: probability, logOdds: logOdds, explanation: explanation, modelVersion: modelVersion, withheld: withheld}]->(b))
FOREACH (_ IN CASE $status WHEN 'REJECTED' THEN [1] ELSE [] END |
  CREATE (a)-[:NOT_SAME {status: 'REJECTED', decidedBy: $analyst, decidedAt: datetime(), note: $note, probability: probability, logOdds: logOdds, explanation: explanation, modelVersion: modelVersion, withheld: withheld}]->(b))
FOREACH (_ IN CASE $status WHEN 'UNSURE' THEN [1] ELSE [] END |
  CREATE (a)-[:POSSIBLY_SAME {status: 'UNSURE', decidedBy: $analyst, decidedAt: datetime(), note: $note, probability: probability, logOdds: logOdds, explanation: explanation, modelVersion: modelVersion, withheld: withheld}]->(b))
RETURN $status AS status
