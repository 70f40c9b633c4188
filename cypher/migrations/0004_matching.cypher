// Person matching: blocking keys shared by candidate records, and confirmed identities.
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT identity_id IF NOT EXISTS FOR (n:Identity) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_match_pending IF NOT EXISTS FOR (n:Person) ON (n.matchPending);
