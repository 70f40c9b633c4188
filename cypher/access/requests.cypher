// Access requests to an agency's cases (owner = the agency) or made by it (owner = null, from = the agency),
// newest first: a request's time and id are the caller's to see, whichever side it is on. Keyset
// pagination: the page after ($afterAt, $afterId).
MATCH (r:AccessRequest)
WHERE ($owner IS NULL OR r.ownerAgency = $owner) AND ($from IS NULL OR r.fromAgency = $from)
  AND ($status IS NULL OR r.status = $status)
  AND ($afterId IS NULL OR r.requestedAt < datetime($afterAt) OR (r.requestedAt = datetime($afterAt) AND r.id < $afterId))
RETURN r {.*} AS request
ORDER BY r.requestedAt DESC, r.id DESC
LIMIT toInteger($limit)
