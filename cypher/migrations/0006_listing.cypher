// The case list is newest first: this index gives that order without sorting every case.
CREATE INDEX case_opened IF NOT EXISTS FOR (n:Case) ON (n.openedOn);
