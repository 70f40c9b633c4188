// Proposes or updates "possibly the same person" links from fresh scores above the threshold (withdrawals
// are matching/withdrawStale's). Only PROPOSED links change here; analysts' decisions are never touched by a re-import.
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
OPTIONAL MATCH (a)-[existing:POSSIBLY_SAME]-(b)
WITH a, b, row, existing
WHERE existing IS NULL OR existing.status = 'PROPOSED'
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:POSSIBLY_SAME {status: 'PROPOSED', probability: row.probability, logOdds: row.logOdds, explanation: row.explanation, modelVersion: row.modelVersion, withheld: row.withheld, proposedAt: datetime()}]->(b))
FOREACH (_ IN CASE WHEN existing IS NOT NULL THEN [1] ELSE [] END |
  SET existing.probability = row.probability, existing.logOdds = row.logOdds, existing.explanation = row.explanation, existing.modelVersion = row.modelVersion, existing.withheld = row.withheld)
