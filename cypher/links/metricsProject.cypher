// Projects the given edges (ids of their ends) into a named in-memory GDS graph, undirected.
UNWIND $edges AS edge
CALL (edge) {
  OPTIONAL MATCH (e:Entity {id: edge.from}) OPTIONAL MATCH (p:Person {id: edge.from})
  OPTIONAL MATCH (c:Case {id: edge.from}) OPTIONAL MATCH (t:MoneyTransfer {id: edge.from})
  OPTIONAL MATCH (i:Identity {id: edge.from})
  RETURN coalesce(e, p, c, t, i) AS source
}
CALL (edge) {
  OPTIONAL MATCH (e:Entity {id: edge.to}) OPTIONAL MATCH (p:Person {id: edge.to})
  OPTIONAL MATCH (c:Case {id: edge.to}) OPTIONAL MATCH (t:MoneyTransfer {id: edge.to})
  OPTIONAL MATCH (i:Identity {id: edge.to})
  RETURN coalesce(e, p, c, t, i) AS target
}
WITH gds.graph.project($name, source, target, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
