// Raises new alerts and gives existing ones their new evidence, numbered $seq for the live feed. A
// confirmed or dismissed alert is reopened by new evidence, and its history says so. A summary alert
// (the excess of one import over the rule's cap) adds the excess to its count, and keeps which candidates it
// counted with their evidence (alerts/counted.cypher), so that a later raise does not raise them again.
UNWIND $rows AS row
MERGE (a:Alert {key: row.key})
  ON CREATE SET a.id = randomUUID(), a.createdAt = datetime(), a.agency = row.agency, a.analyst = row.analyst,
    a.kind = row.kind, a.sourceId = row.sourceId, a.anchor = row.anchor, a.subject = row.subject, a.ruleKind = row.ruleKind, a.status = 'OPEN', a.count = 0,
    a.caseIds = [], a.through = []
WITH a, row, a.status AS before, a.seq IS NULL AS raised
SET a.caseIds = row.caseIds, a.through = row.through, a.newCaseIds = row.newCaseIds, a.newThrough = row.newThrough,
  a.sourceVersion = row.sourceVersion, a.count = a.count + row.count, a.seq = $seq, a.updatedAt = datetime(),
  a.status = CASE WHEN before IN ['CONFIRMED', 'DISMISSED'] THEN 'OPEN' ELSE before END
// Beside the summary, not on it: the alert reads (a {.*}) need not carry every key it counted. One node per
// counted key: a key counted again (by a later import's summary) keeps the later evidence, which holds the
// earlier (raise.ts counts the union).
FOREACH (i IN CASE WHEN row.kind = 'SUMMARY' THEN range(0, size(row.countedKeys) - 1) ELSE [] END |
  MERGE (c:AlertCounted {key: row.countedKeys[i]})
  SET c.evidence = row.countedEvidence[i]
  MERGE (a)-[:COUNTS]->(c))
CREATE (a)-[:HAS_EVENT]->(:AlertEvent {
  id: randomUUID(), at: datetime(), by: 'linkgraph', fromStatus: CASE WHEN raised THEN null ELSE before END,
  toStatus: a.status, action: CASE WHEN raised THEN 'RAISED' WHEN before <> a.status THEN 'REOPENED' ELSE 'NEW_EVIDENCE' END,
  note: row.note
})
RETURN a.id AS id, a.agency AS agency
