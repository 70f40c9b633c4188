// An agency's own access requests by time: its hourly count, its open request per case, its OUTGOING list.
CREATE INDEX access_request_from IF NOT EXISTS FOR (n:AccessRequest) ON (n.fromAgency, n.requestedAt);
