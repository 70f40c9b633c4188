// Latency of each analyst query through the whole GraphQL pipeline (in-process, no HTTP), on whatever
// dataset is loaded, with the database round trips each operation costs. Prints medians and p95.
//
//   npm run build && node dist/bench/queries.js --truth data/gen-100k/truth.json [--runs 30]
//
// Seeds come from the generator's ground truth, so every query asks about a real planted network.
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { createContext, exchangeFromConfig } from '../src/context';
import { Database } from '../src/db/database';
import { createLogger } from '../src/logger';
import { buildServer } from '../src/server';
import { analystQueries, readTruth } from './analystQueries';

const opts = new Command()
  .requiredOption('--truth <file>', "the generator's truth.json for the loaded dataset")
  .option('--runs <n>', 'timed runs per query (after 3 warm-up runs)', '30')
  .parse()
  .opts<{ truth: string; runs: string }>();

async function main() {
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
  const exchange = exchangeFromConfig(config);
  const logger = createLogger('silent');
  const server = buildServer({ logger, production: false });
  console.log('query | median ms | p95 ms | round trips | result size');
  for (const { name, query, variables } of analystQueries(readTruth(opts.truth))) {
    const times: number[] = [];
    let trips = 0;
    let size = 0;
    const runs = Number(opts.runs);
    for (let i = 0; i < runs + 3; i++) {
      const before = db.statementsRun;
      const t = process.hrtime.bigint();
      const res = await server.executeOperation(
        { query, variables },
        { contextValue: createContext(db, logger, exchange) },
      );
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const body = res.body.kind === 'single' ? res.body.singleResult : null;
      if (body?.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      if (i >= 3) times.push(ms);
      trips = db.statementsRun - before;
      size = JSON.stringify(body?.data).length;
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    console.log(`${name} | ${pct(0.5)} | ${pct(0.95)} | ${trips} | ${size} bytes`);
  }
  await server.stop();
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
