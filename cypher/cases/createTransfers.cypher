// Money transfers of a new case: sender -SENT-> transfer -TO-> receiver, each a person or an account as
// the normaliser says. A transfer's id is its case's (caseInput), so the transfer and its relationships
// are provably new: CREATE.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
CALL (row) {
  WITH row WHERE row.fromIsPerson
  MATCH (s:Person {id: row.fromId})
  RETURN s
  UNION
  WITH row WHERE NOT row.fromIsPerson
  MATCH (s:Entity {id: row.fromId})
  RETURN s
}
CALL (row) {
  WITH row WHERE row.toIsPerson
  MATCH (r:Person {id: row.toId})
  RETURN r
  UNION
  WITH row WHERE NOT row.toIsPerson
  MATCH (r:Entity {id: row.toId})
  RETURN r
}
CREATE (c)-[:MENTIONS {caseId: row.caseId, version: row.version}]->(t:MoneyTransfer {id: row.id})
SET t += row.props, t.time = datetime(row.props.time)
CREATE (s)-[:SENT {caseId: row.caseId, version: row.version}]->(t)-[:TO {caseId: row.caseId, version: row.version}]->(r)
