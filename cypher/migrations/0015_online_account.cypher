// Messenger and social-network accounts (src/model/registry.ts): one node per platform and account key.
CREATE CONSTRAINT online_key IF NOT EXISTS FOR (n:OnlineAccount) REQUIRE n.onlineKey IS UNIQUE;
