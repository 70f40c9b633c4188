// Drops the request's in-memory projection (false: no error if it is already gone).
CALL gds.graph.drop($name, false) YIELD graphName
RETURN graphName
