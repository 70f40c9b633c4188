// A watch of an agency (analyst null) or of one analyst on one node: a case, a person, or an entity
// (an identifier value is normalised to its entity's key first). One per watcher and node: watching again
// makes a paused watch active.
MERGE (w:Watch {id: $id})
  ON CREATE SET w.agency = $agency, w.country = $country, w.analyst = $analyst, w.nodeId = $nodeId,
    w.nodeType = $nodeType, w.value = $value, w.default = false, w.createdAt = datetime(), w.createdBy = $by
SET w.status = 'ACTIVE', w.changedAt = datetime(), w.changedBy = $by
RETURN w {.*} AS watch
