// The audit's retention checkpoint (one per chain), and the indexes an agency's auditor and retention read by.
CREATE CONSTRAINT audit_checkpoint_name IF NOT EXISTS FOR (n:AuditCheckpoint) REQUIRE n.name IS UNIQUE;
CREATE INDEX audit_agency IF NOT EXISTS FOR (n:AuditEntry) ON (n.agency);
CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
