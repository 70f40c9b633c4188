// Creates a rule ($create, under an id made here), or a new version of one the agency owns: the previous
// versions stay as its history. An id the caller gives names an existing rule, never a new one.
OPTIONAL MATCH (existing:AlertRule {id: $id})
WITH existing WHERE $create OR existing IS NOT NULL
MERGE (r:AlertRule {id: $id})
  ON CREATE SET r.agency = $agency, r.kind = $kind, r.version = 0, r.history = [], r.createdAt = datetime(), r.createdBy = $by
WITH r WHERE r.agency = $agency
SET r.history = r.history + [apoc.convert.toJson({version: r.version + 1, params: $params, enabled: $enabled, by: $by, at: toString(datetime())})]
SET r.version = r.version + 1, r.params = apoc.convert.toJson($params), r.enabled = $enabled, r.name = $name,
  r.changedAt = datetime(), r.changedBy = $by
RETURN r {.*, changedAt: toString(r.changedAt), createdAt: toString(r.createdAt)} AS rule
