// The bare driver's side of the load benchmark's "fixed cost" row: one read transaction that does nothing.
RETURN 1 AS one
