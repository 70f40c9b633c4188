// The candidates that these sources' summary alerts counted instead of raising (src/alerts/raise.ts), with
// the evidence each had then (JSON: caseIds, through). A counted candidate, like a raised one, is not raised
// again for the same evidence. The summaries are found by their key's prefix (the unique key's index).
UNWIND $sources AS source
MATCH (s:Alert)-[:COUNTS]->(c:AlertCounted)
WHERE s.key STARTS WITH 'summary|' + source + '|'
UNWIND range(0, size(c.keys) - 1) AS i
WITH c.keys[i] AS key, c.evidence[i] AS evidence
WHERE key IN $keys
RETURN key, evidence
