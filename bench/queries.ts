// Latency of each analyst query through the whole GraphQL pipeline (in-process, no HTTP), on whatever
// dataset is loaded, with the database round trips each operation costs. Prints medians and p95.
//
//   npm run build && node dist/bench/queries.js --truth data/gen-100k/truth.json [--runs 30]
//
// Seeds come from the generator's ground truth, so every query asks about a real planted network.
import fs from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { createContext, exchangeFromConfig } from '../src/context';
import { Database } from '../src/db/database';
import { createLogger } from '../src/logger';
import { buildServer } from '../src/server';

const opts = new Command()
  .requiredOption('--truth <file>', "the generator's truth.json for the loaded dataset")
  .option('--runs <n>', 'timed runs per query (after 3 warm-up runs)', '30')
  .parse()
  .opts<{ truth: string; runs: string }>();

interface Network {
  kind: string;
  cases: string[];
  via: { type: string; key: string };
}

async function main() {
  const truth = JSON.parse(fs.readFileSync(opts.truth, 'utf8')) as { networks: Network[] };
  const byKind = (kind: string) => truth.networks.find((n) => n.kind === kind)!;
  const phone = byKind('recruiter_phone');
  const money = byKind('fan_in_money');
  const van = byKind('transport_van');

  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
  const exchange = exchangeFromConfig(config);
  const logger = createLogger('silent');
  const server = buildServer({ logger, production: false });
  const operations: Array<[string, string, Record<string, unknown>]> = [
    [
      'crossBorderLinks',
      'query($id: ID!) { crossBorderLinks(caseId: $id) { case { id country } shortest chains { length nodes { id type label } } } }',
      { id: phone.cases[0] },
    ],
    [
      'hotSpots (first 20)',
      '{ hotSpots(first: 20) { edges { node { entity { id type label cases } countries caseCount } } pageInfo { endCursor } } }',
      {},
    ],
    [
      'hotSpots (phones, 2 countries)',
      '{ hotSpots(first: 20, filter: { types: [PHONE], countries: ["EE", "FI", "SE", "LV"] }) { edges { node { entity { id } caseCount } } } }',
      {},
    ],
    [
      'paths case→case (k 3, maxDegree 50)',
      'query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, k: 3, maxDegree: 50) { length nodes { id type label } edges { id type } } }',
      { a: van.cases[0], b: van.cases[1] },
    ],
    [
      'paths entity→case',
      'query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, k: 3) { length nodes { id } } }',
      { a: phone.via.key, b: phone.cases.at(-1) },
    ],
    [
      'subgraph depth 2 (200 nodes)',
      'query($s: ID!) { subgraph(seeds: [$s], depth: 2) { nodes { id type label country cases properties } edges { id type source target } omitted { label } } }',
      { s: phone.cases[0] },
    ],
    [
      'moneyFlow backward (fan-in)',
      'query($id: ID!) { moneyFlow(fromId: $id, direction: BACKWARD) { chains { transfers { id amount time } } parties { party { id } totals { currency net } } } }',
      { id: money.via.key },
    ],
    ['search name', '{ search(text: "Ivanov") { score node { id label } } }', {}],
    [
      'search identifier',
      'query($t: String!) { search(text: $t) { node { id } } }',
      { t: phone.via.key.replace(/^phone:/, '') },
    ],
    [
      'networkMetrics depth 2',
      'query($s: ID!) { networkMetrics(seeds: [$s], depth: 2, maxNodes: 200) { components communities nodes { node { id } betweenness } } }',
      { s: money.cases[0] },
    ],
    [
      'exportSubgraph GraphML',
      'query($s: ID!) { exportSubgraph(seeds: [$s], depth: 2, format: GRAPHML) { nodeCount edgeCount } }',
      { s: phone.cases[0] },
    ],
    [
      'cases with nested persons and entities (20)',
      '{ cases(first: 20) { id persons { role person { name } } entities { label cases { id } } } }',
      {},
    ],
  ];

  console.log('query | median ms | p95 ms | round trips | result size');
  for (const [name, query, variables] of operations) {
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
