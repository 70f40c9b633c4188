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
  // No label on `other` (only cases mention or involve): with one, a planner on a young store's
  // statistics scanned the cases' country index once per node (57 M db hits, 5 s, for 100 cases).
  MATCH (m)<-[:MENTIONS|INVOLVES]-(other)
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
WITH w, linked, m, split(w.nodeId, ':') AS part
WHERE linked.country <> w.country
  // The watcher must still hold what it watches, as Access.named decides for a query: another agency's
  // case (or a transfer or unverified identifier of it) while that case is shared with the watcher's
  // agency now, another register's person while a case of the watcher's scope involves it. A withdrawn
  // grant ends the watch's alerts with it.
  AND CASE
    WHEN part[0] = 'person' THEN part[1] = w.agency OR EXISTS {
      MATCH (:Person {id: w.nodeId})<-[:INVOLVES]-(held:Case)
      WHERE held.agency = w.agency OR EXISTS {
        MATCH (held)-[s:SHARED_WITH]->(:Agency {code: w.agency}) WHERE s.until IS NULL OR s.until > datetime()
      }
    }
    WHEN part[0] = 'case' OR part[0] = 'transfer' OR part[1] = 'unverified' THEN
      CASE WHEN part[1] = 'unverified' THEN part[2] ELSE part[1] END = w.agency OR EXISTS {
        MATCH (:Case {id: CASE WHEN part[0] = 'case' THEN w.nodeId
          WHEN part[1] = 'unverified' THEN 'case:' + part[2] + ':' + part[3]
          ELSE 'case:' + part[1] + ':' + part[2] END})-[s:SHARED_WITH]->(:Agency {code: w.agency})
        WHERE s.until IS NULL OR s.until > datetime()
      }
    ELSE true
  END
RETURN w.id AS watchId, w.nodeId AS watched, w.agency AS agency, w.analyst AS analyst, linked.id AS caseId, min(m.id) AS through
ORDER BY watchId, caseId
