// The candidates that summary alerts counted instead of raising (src/alerts/raise.ts), with the evidence
// each had when last counted (JSON: caseIds, through). A counted candidate, like a raised one, is not raised
// again for the same evidence. One node per candidate key, found by its unique key: a raise reads only the
// keys it holds, however many summaries earlier imports wrote.
UNWIND $keys AS key
MATCH (c:AlertCounted {key: key})
RETURN key, c.evidence AS evidence
