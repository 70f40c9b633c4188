// Whether the graph holds anything: the bulk first load (--initial) writes an empty database only.
MATCH (n) RETURN count(n) AS nodes
