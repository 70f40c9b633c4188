// Where the live feeds start: the last alert number and the audit chain's end (notifications carry it).
OPTIONAL MATCH (l:Lock {name: 'alerts'})
OPTIONAL MATCH (h:AuditHead {name: 'audit'})
RETURN coalesce(l.seq, 0) AS alerts, coalesce(h.seq, 0) AS notifications
