// DataLoader batch: cases with their agency, one row per id found.
UNWIND $ids AS id
MATCH (c:Case {id: id})-[:REPORTED_BY]->(a:Agency)
RETURN id, c {.*, labels: labels(c)} AS node, a {.code, .name, .country} AS agency
