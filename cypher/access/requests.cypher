// Access requests to an agency's cases (owner = the agency) or made by it (owner = null, from = the agency).
MATCH (r:AccessRequest)
WHERE ($owner IS NULL OR r.ownerAgency = $owner) AND ($from IS NULL OR r.fromAgency = $from)
  AND ($status IS NULL OR r.status = $status)
RETURN r {.*} AS request
ORDER BY r.requestedAt DESC
LIMIT 200
