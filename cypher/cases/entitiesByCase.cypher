// DataLoader batch: the shared entities each case mentions. With each, for a caller of an agency ($agency;
// null for the in-process caller), what its verdict and details need (the cases that report it, as
// access/reports.cypher gives them): the nested level then costs no verdict lookup of its own.
// $labels: only entities with one of these labels (a type filter, e.g. ['Phone']); null for every type.
UNWIND $ids AS id
MATCH (:Case {id: id})-[:MENTIONS]->(e:Entity)
WHERE $labels IS NULL OR any(label IN labels(e) WHERE label IN $labels)
// The entity as JSON text, without the bookkeeping no field shows (search text, hot-spot counts): a list
// of hundreds of entities costs the API about a third less CPU to read so (JSON.parse against the driver's
// decoding; entities hold strings, numbers and lists only, which JSON carries unchanged).
RETURN id, apoc.convert.toJson(apoc.map.removeKeys(e {.*, labels: labels(e)}, ['searchText', 'hsCountries', 'hsCountryCount', 'hsCaseCount'])) AS node,
  CASE WHEN $agency IS NULL THEN null ELSE COLLECT {
    CALL (e) {
      MATCH (e)<-[m:MENTIONS]-(c:Case)
      RETURN c, m.details AS details, m.detailsAt AS detailsAt
      UNION
      // A building is reported by the cases of its flats as well (see access/reports.cypher).
      MATCH (e)<-[:IN_BUILDING]-(:Address)<-[:MENTIONS]-(c:Case)
      RETURN c, null AS details, null AS detailsAt
    }
    WITH c, details, detailsAt
    ORDER BY c.id
    RETURN {caseId: c.id, handle: c.handle, handlingCode: c.handlingCode, country: c.country, details: details,
      detailsAt: detailsAt,
      shared: EXISTS { MATCH (c)-[s:SHARED_WITH]->(:Agency {code: $agency}) WHERE s.until IS NULL OR s.until > datetime() }}
  } END AS reports
ORDER BY e.id
