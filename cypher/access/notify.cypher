// Owners' notifications of hits on their cases, written in the audit transaction.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
CREATE (n:Notification {
  id: randomUUID(), at: datetime(), caseId: row.caseId, toAgency: row.owner, fromAgency: row.fromAgency, fromCountry: row.fromCountry,
  analyst: row.analyst, purpose: row.purpose, operation: row.operation, through: row.entityId, throughType: row.entityType
})
CREATE (n)-[:ABOUT]->(c)
