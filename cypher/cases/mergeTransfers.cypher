// Money transfers of a changed case: sender -SENT-> transfer -TO-> receiver, each a person or an account
// (a new case's are created: createTransfers).
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MERGE (t:MoneyTransfer {id: row.id})
SET t += row.props, t.time = datetime(row.props.time)
MERGE (c)-[m:MENTIONS]->(t)
SET m.caseId = row.caseId, m.version = row.version
WITH row, t
OPTIONAL MATCH (fp:Person {id: row.fromId})
OPTIONAL MATCH (fa:Entity {id: row.fromId})
OPTIONAL MATCH (tp:Person {id: row.toId})
OPTIONAL MATCH (ta:Entity {id: row.toId})
WITH row, t, coalesce(fp, fa) AS sender, coalesce(tp, ta) AS receiver
MERGE (sender)-[s:SENT {caseId: row.caseId}]->(t)
SET s.version = row.version
MERGE (t)-[r:TO {caseId: row.caseId}]->(receiver)
SET r.version = row.version
