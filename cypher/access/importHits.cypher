// An import's hits: the other agencies' cases that report an entity or person an imported case reports,
// one row per such case and importing agency, with the first shared node.
UNWIND $caseIds AS caseId
// A flat and its building meet too (IN_BUILDING: building and flat, or two flats of one building).
MATCH (c:Case {id: caseId})-[:MENTIONS|INVOLVES]->(n)-[:IN_BUILDING]-{0,2}()<-[:MENTIONS|INVOLVES]-(other:Case)
WHERE other.agency <> c.agency
WITH other, c.agency AS fromAgency, min(n.id) AS through
RETURN other.id AS caseId, other.agency AS owner, fromAgency, through AS entityId
ORDER BY caseId
LIMIT 1000
