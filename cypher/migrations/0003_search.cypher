// Full-text search over persons' names and aliases, in their folded, transliterated form. Organisations and
// addresses are searched by each report's own spelling (0022_mention_search).
CREATE FULLTEXT INDEX person_search_text IF NOT EXISTS FOR (n:Person) ON EACH [n.searchText];
