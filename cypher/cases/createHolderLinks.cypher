// A new case's holder links (see mergeHolderLinks): provably new, so CREATE, where a dynamic type costs
// nothing (no existing relationship is looked for). The holder is a person or an entity as the
// normaliser says (fromIsPerson); types come from its fixed list, never from input.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.fromIsPerson
  MATCH (h:Person {id: row.fromId})
  RETURN h
  UNION
  WITH row WHERE NOT row.fromIsPerson
  MATCH (h:Entity {id: row.fromId})
  RETURN h
}
MATCH (e:Entity {id: row.toId})
CREATE (h)-[:$(row.type) {caseId: row.caseId, version: row.version}]->(e)
