// Adverts (src/model/registry.ts): one node per site and advert number, or normalised link.
CREATE CONSTRAINT advert_key IF NOT EXISTS FOR (n:Advert) REQUIRE n.advertKey IS UNIQUE;
