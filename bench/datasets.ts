// Benchmark datasets: generates data/gen-<scale> with the seed generator (seed 42) unless it is there,
// and loads it into the database at NEO4J_URI unless that database already holds exactly it.
//
//   npm run build && node dist/bench/datasets.js --scale 100k     (10k, 100k or 1m)
//
// The database is emptied before a load: point NEO4J_URI at a benchmark instance, never at real data.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';

const SCALES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

export async function ensureDataset(scale: string): Promise<{ dir: string; loaded: boolean }> {
  if (!SCALES[scale]) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const root = path.resolve(__dirname, '..', '..');
  const dir = path.join(root, 'data', `gen-${scale}`);
  if (!fs.existsSync(path.join(dir, 'cases.jsonl'))) {
    console.log(`generating ${dir}`);
    const gen = spawnSync(
      'node',
      [
        path.join(root, 'dist', 'seed', 'generate.js'),
        '--seed',
        '42',
        '--entities',
        String(SCALES[scale]),
        '--out',
        dir,
      ],
      { stdio: 'inherit' },
    );
    if (gen.status !== 0) throw new Error('the generator failed');
  }
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: 600_000 });
  const marker = fs.statSync(path.join(dir, 'cases.jsonl')).size;
  try {
    const held = (await db.read('bench/datasetMarker'))[0];
    if (held?.name === scale && held.bytes === marker) return { dir, loaded: false };
    console.log(`loading ${dir} into ${config.neo4j.uri} (emptying it first)`);
    const session = db.driver.session();
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    const load = spawnSync(
      'node',
      [
        path.join(root, 'dist', 'src', 'cli', 'import.js'),
        '--no-progress',
        '--batch-size',
        '200',
        '--purpose',
        `benchmark dataset ${scale}`,
        path.join(dir, 'cases.jsonl'),
      ],
      { stdio: 'inherit' },
    );
    if (load.status !== 0) throw new Error('the import failed');
    await db.write('bench/setDatasetMarker', { name: scale, bytes: marker });
    return { dir, loaded: true };
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  const opts = new Command().requiredOption('--scale <scale>', '10k, 100k or 1m').parse().opts<{ scale: string }>();
  ensureDataset(opts.scale)
    .then(({ dir, loaded }) => console.log(`${dir}: ${loaded ? 'loaded' : 'already loaded'}`))
    .catch((error) => {
      console.error(`datasets: ${(error as Error).message}`);
      process.exit(2);
    });
}
