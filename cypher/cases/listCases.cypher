// Case ids, newest first, optionally of one country.
MATCH (c:Case)
WHERE $country IS NULL OR c.country = $country
RETURN c.id AS id
ORDER BY c.openedOn DESC, c.id
LIMIT toInteger($limit)
