// Full-text search over each report's own spelling of a shared organisation or address (MENTIONS.searchText,
// written by the import), so a caller is matched only against the spellings of reports it may see. The index
// over the nodes' text, which held only the latest report's, goes.
DROP INDEX search_text IF EXISTS;
CREATE FULLTEXT INDEX mention_search_text IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON EACH [m.searchText];
// A graph written before: the node's text is the latest report's, so it is the text of each report that spelled
// the node as the node now reads. Reports that spelled it otherwise are found again once re-imported.
MATCH (e:Entity) WHERE (e:Address OR e:Organisation) AND e.searchText IS NOT NULL
CALL (e) {
  MATCH (:Case)-[m:MENTIONS]->(e)
  WHERE m.searchText IS NULL AND m.details IS NOT NULL
  WITH e, m, apoc.convert.fromJsonMap(m.details) AS d
  WHERE CASE WHEN e:Address
    THEN coalesce(d.street, '') = coalesce(e.street, '') AND coalesce(d.city, '') = coalesce(e.city, '')
    ELSE coalesce(d.name, '') = coalesce(e.name, '') END
  SET m.searchText = e.searchText
} IN TRANSACTIONS OF 10000 ROWS;
