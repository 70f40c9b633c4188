// Person records, one row per person of the batch, sorted by id (the lock order; see mergeEntities). The
// registering agency's import sets a person's details; a case that refers to another agency's person
// record only links to it (createInvolves, mergeInvolves).
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p += row.props
FOREACH (_ IN CASE WHEN row.owned THEN [1] ELSE [] END | SET p += row.props)
