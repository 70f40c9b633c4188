MERGE (m:BenchDataset {key: 'dataset'})
SET m.name = $name, m.bytes = $bytes
