// Crypto wallets (src/model/registry.ts): one node per chain and address.
CREATE CONSTRAINT wallet_key IF NOT EXISTS FOR (n:CryptoWallet) REQUIRE n.walletKey IS UNIQUE;
