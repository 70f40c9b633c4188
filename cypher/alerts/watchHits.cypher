// The new cross-border links an import's cases make to watched items: a watched node one of these cases
// reports (a flat's building and the building's flats count as the flat), a watched case that reports the
// same node, or one of these cases itself when watched. The linked case is of another country than the
// watcher. A default watch holds while its case is open. One row per watch and linked case, with the
// first shared node (in id order).
UNWIND $caseIds AS caseId
MATCH (c:Case {id: caseId})
// The case's own watches are read once, not once per node it reports.
WITH c, COLLECT {
  MATCH (w:Watch {nodeId: c.id, status: 'ACTIVE'})
  WHERE NOT w.default OR c.status <> 'CLOSED'
  RETURN w
} AS ownWatches
MATCH (c)-[:MENTIONS|INVOLVES]->(n)-[:IN_BUILDING]-{0,2}(m)
CALL (c, ownWatches, m) {
  MATCH (w:Watch {nodeId: m.id, status: 'ACTIVE'})
  RETURN w, c AS linked
  UNION
  // Each case of another country that reports the node is expanded once: its watches link this case, and
  // this case's watches link it.
  MATCH (m)<-[:MENTIONS|INVOLVES]-(other:Case)
  WHERE other.country <> c.country
  CALL (c, ownWatches, other) {
    MATCH (w:Watch {nodeId: other.id, status: 'ACTIVE'})
    WHERE NOT w.default OR other.status <> 'CLOSED'
    RETURN w, c AS linked
    UNION
    UNWIND ownWatches AS w
    RETURN w, other AS linked
  }
  RETURN w, linked
}
WITH w, linked, m
WHERE linked.country <> w.country
RETURN w.id AS watchId, w.nodeId AS watched, w.agency AS agency, w.analyst AS analyst, linked.id AS caseId, min(m.id) AS through
ORDER BY watchId, caseId
