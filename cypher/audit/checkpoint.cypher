// The retention checkpoint that stands for the erased start of the chain, if any.
MATCH (c:AuditCheckpoint {name: 'audit'})
RETURN c.seq AS seq, c.hash AS hash, c.kid AS kid, c.mac AS mac, toString(c.erasedAt) AS erasedAt
