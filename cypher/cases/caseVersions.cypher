// The stored content version of each case id given; a case whose version is unchanged is skipped.
UNWIND $ids AS id
MATCH (c:Case {id: id})
RETURN c.id AS id, c.version AS version
