// Full-text search over the folded, transliterated search text of persons, organisations and addresses.
// $query is built from letters and digits only, so no Lucene syntax from the caller reaches the index.
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node {.*, labels: labels(node)} AS node, score
ORDER BY score DESC, node.id
