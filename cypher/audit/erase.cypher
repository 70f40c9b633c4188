// Erases the chain's entries up to $seq and the notifications written before $cutoff, and puts one sealed
// checkpoint in their place (Directive (EU) 2016/680 Art. 25: logs are kept for a set time only).
MERGE (c:AuditCheckpoint {name: 'audit'})
SET c.seq = $seq, c.hash = $hash, c.kid = $kid, c.mac = $mac, c.erasedAt = datetime(), c.cutoff = datetime($cutoff)
WITH c
CALL () {
  MATCH (e:AuditEntry) WHERE e.seq <= $seq
  DELETE e
}
CALL () {
  MATCH (n:Notification) WHERE n.at < datetime($cutoff)
  DETACH DELETE n
}
RETURN c.seq AS seq
