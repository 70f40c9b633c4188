// Degree, betweenness, weakly connected component and Louvain community of every node of the projection.
CALL gds.degree.stream($name) YIELD nodeId, score AS degree
WITH collect({nodeId: nodeId, degree: degree}) AS degrees
CALL gds.betweenness.stream($name) YIELD nodeId, score AS betweenness
WITH degrees, collect({nodeId: nodeId, betweenness: betweenness}) AS betweenness
CALL gds.wcc.stream($name) YIELD nodeId, componentId
WITH degrees, betweenness, collect({nodeId: nodeId, component: componentId}) AS components
CALL gds.louvain.stream($name, {concurrency: 1}) YIELD nodeId, communityId
WITH degrees, betweenness, components, collect({nodeId: nodeId, community: communityId}) AS communities
UNWIND degrees AS d
WITH d, [x IN betweenness WHERE x.nodeId = d.nodeId][0] AS b, [x IN components WHERE x.nodeId = d.nodeId][0] AS c,
  [x IN communities WHERE x.nodeId = d.nodeId][0] AS m
RETURN gds.util.asNode(d.nodeId).id AS id, d.degree AS degree, b.betweenness AS betweenness, c.component AS component, m.community AS community
ORDER BY id
