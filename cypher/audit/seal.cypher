// Seals entries just appended, and the head, with HMACs the API computed under its key $kid: only the
// API can make them, so a chain re-hashed or cut outside it no longer verifies (src/audit/audit.ts).
UNWIND $seals AS s
MATCH (e:AuditEntry {seq: s.seq})
SET e.kid = $kid, e.mac = s.mac
WITH count(*) AS sealed
MATCH (h:AuditHead {name: 'audit'})
SET h.kid = $kid, h.mac = $headMac
RETURN sealed
