// Every natural key has a uniqueness constraint (which also gives the index MERGE needs).
// Every node also has a stable string `id`, unique per label, used by the API.
CREATE CONSTRAINT agency_code IF NOT EXISTS FOR (n:Agency) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (n:Case) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT case_reference IF NOT EXISTS FOR (n:Case) REQUIRE (n.agency, n.reference) IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT phone_e164 IF NOT EXISTS FOR (n:Phone) REQUIRE n.e164 IS UNIQUE;
CREATE CONSTRAINT account_key IF NOT EXISTS FOR (n:Account) REQUIRE n.accountKey IS UNIQUE;
CREATE CONSTRAINT document_number_country IF NOT EXISTS FOR (n:IdentityDocument) REQUIRE (n.number, n.country) IS UNIQUE;
CREATE CONSTRAINT address_key IF NOT EXISTS FOR (n:Address) REQUIRE n.addressKey IS UNIQUE;
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (n:Organisation) REQUIRE n.organisationKey IS UNIQUE;
CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR (n:MoneyTransfer) REQUIRE n.id IS UNIQUE;
