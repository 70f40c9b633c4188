// Person records, one row per person of the batch, sorted by id (the lock order; see mergeEntities). The
// registering agency's import sets a person's details; a case that refers to another agency's person
// record only links to it (createInvolves, mergeInvolves). Written in MERGE's ON CREATE / ON MATCH, which
// keeps the plan free of an Eager (see mergeEntities).
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p += row.props
  ON MATCH SET p += CASE WHEN row.owned THEN row.props ELSE {} END
