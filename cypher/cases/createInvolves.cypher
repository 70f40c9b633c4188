// Each person's role in a new case: provably new, so CREATE.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MATCH (p:Person {id: row.id})
CREATE (c)-[:INVOLVES {caseId: row.caseId, role: row.role, function: row.function, nameAsWritten: row.nameAsWritten,
  version: row.version}]->(p)
