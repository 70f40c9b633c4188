// Full-text search over names, aliases, organisations and addresses, in their folded, transliterated form.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Person|Organisation|Address) ON EACH [n.searchText];
