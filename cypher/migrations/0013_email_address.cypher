// E-mail addresses (src/model/registry.ts): one node per folded address.
CREATE CONSTRAINT email_address IF NOT EXISTS FOR (n:EmailAddress) REQUIRE n.address IS UNIQUE;
