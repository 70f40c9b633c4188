// A case's own agency watches its open cases by default: one agency-wide watch per case, created once
// (so a paused or removed default watch stays so when the case is imported again).
UNWIND $caseIds AS caseId
MATCH (c:Case {id: caseId}) WHERE c.status <> 'CLOSED'
MERGE (w:Watch {id: 'watch:default:' + c.id})
  ON CREATE SET w.agency = c.agency, w.country = c.country, w.analyst = null, w.nodeId = c.id, w.nodeType = 'CASE',
    w.value = c.reference, w.default = true, w.status = 'ACTIVE', w.createdAt = datetime(), w.createdBy = 'linkgraph',
    w.changedAt = datetime(), w.changedBy = 'linkgraph'
