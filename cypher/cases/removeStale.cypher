// After a changed case is re-imported: remove what its previous version reported and this one does not,
// then the nodes left with no relationship at all. Unchanged cases never reach this statement.
// Returns, per case, the nodes nothing keeps any more (see below).
UNWIND $cases AS row
MATCH (c:Case {id: row.id})
// The buildings of flats this case no longer reports: removed below once nothing reaches them.
CALL (c, row) {
  OPTIONAL MATCH (c)-[:MENTIONS]->(:Address)-[r:IN_BUILDING {caseId: row.id}]->(b:Address)
  WHERE r.version <> row.version
  RETURN collect(DISTINCT b.id) AS buildings
}
CALL (c, row) {
  MATCH (c)-[:MENTIONS|INVOLVES]->()-[r]-()
  WHERE r.caseId = row.id AND r.version <> row.version AND NOT type(r) IN ['MENTIONS', 'INVOLVES']
  WITH DISTINCT r
  DELETE r
}
CALL (c, row) {
  MATCH (c)-[m:MENTIONS|INVOLVES]->(x)
  WHERE m.version <> row.version
  DELETE m
  WITH DISTINCT x
  // The matcher's name keys and undecided matches do not keep a removed person alive; decisions do.
  // Whether a record had an undecided match must not show in the import's counts (a hidden record's
  // score against a guess): the orphans are returned, and cases/removeOrphans deletes them uncounted.
  WHERE COUNT { (x)-[r]-() WHERE NOT r:HAS_NAME_KEY AND NOT (r:POSSIBLY_SAME AND r.status = 'PROPOSED') } = 0
  RETURN collect(x.id) AS orphans
}
CALL (buildings) {
  UNWIND buildings AS buildingId
  MATCH (b:Entity {id: buildingId})
  WHERE COUNT { (b)--() } = 0
  DELETE b
}
RETURN orphans
