// Which benchmark dataset this database holds (bench/datasets.ts), if any.
MATCH (m:BenchDataset)
RETURN m.name AS name, m.bytes AS bytes
