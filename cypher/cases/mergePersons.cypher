// Persons and their role in the case. The registering agency's import sets a person's details; a case
// that refers to another agency's person record only links to it.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MERGE (p:Person {id: row.id})
  ON CREATE SET p += row.props
FOREACH (_ IN CASE WHEN row.owned THEN [1] ELSE [] END | SET p += row.props)
MERGE (c)-[r:INVOLVES]->(p)
SET r.caseId = row.caseId, r.role = row.role, r.function = row.function, r.nameAsWritten = row.nameAsWritten,
    r.version = row.version
