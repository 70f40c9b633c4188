// Full-text search over the folded, transliterated search text of persons, and of each report's own spelling
// of an organisation or address (MENTIONS.searchText), with the case of that report ($caseId, null for a
// person), so the caller is matched only against the spellings it may see. $query is built from letters and
// digits only, so no Lucene syntax from the caller reaches the index. Types are filtered before the limit,
// so a narrow search still fills its page.
// `spelling` is the matched report's search text (null for a person): the API tests against it whether the
// caller's text names a node it does not see in full.
CALL () {
  CALL db.index.fulltext.queryNodes('person_search_text', $query, {limit: 1000}) YIELD node, score
  WHERE $labels IS NULL OR 'Person' IN $labels
  RETURN node, score, null AS caseId, null AS spelling
  UNION ALL
  CALL db.index.fulltext.queryRelationships('mention_search_text', $query, {limit: 1000}) YIELD relationship, score
  WITH endNode(relationship) AS node, score, relationship.caseId AS caseId, relationship.searchText AS spelling
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  RETURN node, score, caseId, spelling
}
RETURN node {.*, labels: labels(node)} AS node, score, caseId, spelling
ORDER BY score DESC, node.id, caseId
LIMIT toInteger($limit)
