// The match model trained last (npm run match:train); none before the first training.
MATCH (m:MatchModel)
RETURN m.version AS version, m.params AS params, toString(m.trainedAt) AS trainedAt
ORDER BY m.trainedAt DESC
LIMIT 1
