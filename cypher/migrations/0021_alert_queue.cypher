// The alerts owed for imported cases (issue 19): one entry per case, written in the import's transaction
// and deleted by the raise that pays it (src/alerts/raise.ts). Unique, so concurrent imports MERGE one entry.
CREATE CONSTRAINT alert_due_case IF NOT EXISTS FOR (n:AlertDue) REQUIRE n.caseId IS UNIQUE;
CREATE INDEX alert_due_since IF NOT EXISTS FOR (n:AlertDue) ON (n.since);
