// The owning agencies of a batch's cases, one row per agency, sorted by code. The name is written only
// when it changed: an agency node is shared by every writer of its cases, and a write would make
// concurrent imports of one agency queue behind each other for the whole transaction.
UNWIND $rows AS row
MERGE (a:Agency {code: row.agencyCode})
  ON CREATE SET a.id = 'agency:' + row.agencyCode, a.country = row.country, a.name = coalesce(row.agencyName, row.agencyCode)
WITH a, row
WHERE row.agencyName IS NOT NULL AND a.name <> row.agencyName
SET a.name = row.agencyName
