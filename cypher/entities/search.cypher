// Full-text search over the folded, transliterated search text of persons, organisations and addresses.
// $query is built from letters and digits only, so no Lucene syntax from the caller reaches the index.
// Types are filtered before the limit, so a narrow search still fills its page.
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: 1000}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node {.*, labels: labels(node)} AS node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
