// How many cases were written under earlier key rules than the running code's (what `npm run rekey`
// would rewrite): their entities and persons lack the keys today's rules give, so links through them
// are missed until they are re-keyed.
MATCH (c:Case)
WHERE coalesce(c.rules, 0) < $rules
RETURN count(c) AS cases
