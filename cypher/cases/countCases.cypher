MATCH (c:Case) RETURN count(c) AS cases
