// Lookups by country (cross-border filters) and by the provenance carried on every relationship.
CREATE INDEX case_country IF NOT EXISTS FOR (n:Case) ON (n.country);
CREATE INDEX account_iban IF NOT EXISTS FOR (n:Account) ON (n.iban);
CREATE INDEX mentions_case IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.caseId);
CREATE INDEX involves_case IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.caseId);
