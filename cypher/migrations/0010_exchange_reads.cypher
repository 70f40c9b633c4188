// Reads of the exchange: the case list asks for the caller's own cases first (cases/listCases).
CREATE INDEX case_agency IF NOT EXISTS FOR (n:Case) ON (n.agency);
// Descriptive details belong to each report (MENTIONS.details, see cases/mergeEntities): a graph written
// when a node kept only the latest report's, with that report's case in detailsCase, gives them to that
// report's MENTIONS. Runs once: the node's detailsCase goes.
MATCH (e:Entity) WHERE e.detailsCase IS NOT NULL
CALL (e) {
  OPTIONAL MATCH (:Case {id: e.detailsCase})-[m:MENTIONS]->(e)
  FOREACH (_ IN CASE WHEN m IS NOT NULL AND m.details IS NULL THEN [1] ELSE [] END |
    SET m.details = apoc.convert.toJson(CASE
        WHEN e:Address THEN e {.street, .postalCode, .city}
        WHEN e:Vehicle AND e.id STARTS WITH 'vehicle:vin:' THEN e {.make, .model, .colour, .plate, .country}
        WHEN e:Vehicle THEN e {.make, .model, .colour}
        WHEN e:Account THEN e {.provider}
        WHEN e:IdentityDocument THEN e {.kind}
        WHEN e:Organisation THEN e {.name}
      END),
      m.detailsAt = datetime())
  REMOVE e.detailsCase
} IN TRANSACTIONS OF 10000 ROWS;
