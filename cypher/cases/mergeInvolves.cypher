// Each person's role in a changed case (a new case's are created: createInvolves).
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MATCH (p:Person {id: row.id})
MERGE (c)-[r:INVOLVES]->(p)
SET r.caseId = row.caseId, r.role = row.role, r.function = row.function, r.nameAsWritten = row.nameAsWritten,
    r.version = row.version
