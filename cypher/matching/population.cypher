// Person records in the graph: the denominator of a name's term frequency and of the prior.
MATCH (p:Person)
RETURN count(p) AS persons
