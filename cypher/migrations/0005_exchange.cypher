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
// Hot-spot counts kept on each entity and person by the import (cases/hotSpotCounts), so the unfiltered
// hot-spot ranking reads a few nodes instead of every mention. Nodes written before they existed get them now.
CREATE INDEX entity_hot_spot IF NOT EXISTS FOR (n:Entity) ON (n.hsCountryCount);
CREATE INDEX person_hot_spot IF NOT EXISTS FOR (n:Person) ON (n.hsCountryCount);
MATCH (x) WHERE (x:Entity OR x:Person) AND x.hsCountryCount IS NULL
CALL (x) {
  OPTIONAL MATCH (x)<-[:MENTIONS|INVOLVES]-(c:Case)
  WITH x, collect(DISTINCT c.country) AS countries, count(DISTINCT c) AS cases
  SET x.hsCountries = countries, x.hsCountryCount = size(countries), x.hsCaseCount = cases
} IN TRANSACTIONS OF 10000 ROWS;
