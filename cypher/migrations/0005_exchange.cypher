// Locks, VIN-keyed vehicles, and the exchange: case handles, shares, access requests, notifications, audit.
// A named lock node that serialises identity changes (analysts' decisions are rare, so one lock is cheap).
CREATE CONSTRAINT lock_name IF NOT EXISTS FOR (n:Lock) REQUIRE n.name IS UNIQUE;
// A vehicle keyed by VIN may carry the same plate as a plate-keyed report of it: plate is no longer a key.
DROP CONSTRAINT vehicle_plate_country IF EXISTS;
CREATE INDEX vehicle_plate IF NOT EXISTS FOR (n:Vehicle) ON (n.plate, n.country);
CREATE CONSTRAINT case_handle IF NOT EXISTS FOR (n:Case) REQUIRE n.handle IS UNIQUE;
CREATE CONSTRAINT access_request_id IF NOT EXISTS FOR (n:AccessRequest) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.seq IS UNIQUE;
CREATE INDEX notification_agency IF NOT EXISTS FOR (n:Notification) ON (n.toAgency, n.at);
CREATE INDEX access_request_owner IF NOT EXISTS FOR (n:AccessRequest) ON (n.ownerAgency, n.status);
// Cases written before handles existed get one now.
MATCH (c:Case) WHERE c.handle IS NULL SET c.handle = 'hit:' + randomUUID();
CREATE CONSTRAINT audit_head_name IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.name IS UNIQUE;
CREATE INDEX audit_owner IF NOT EXISTS FOR (n:AuditEntry) ON (n.ownerAgencies);
