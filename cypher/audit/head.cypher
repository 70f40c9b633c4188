MATCH (h:AuditHead {name: 'audit'})
RETURN h.seq AS seq, h.hash AS hash, h.kid AS kid, h.mac AS mac
