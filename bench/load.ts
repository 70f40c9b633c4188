// Latency and throughput under load, side by side in one run on the same database and data:
//   - our API over HTTP (the real entry point, dist/src/main.js, with a bearer token: hit/no-hit, audit
//     and all), driven by autocannon;
//   - the limit: the same Cypher statements through the bare neo4j driver, no GraphQL, no HTTP;
//   - the peer: @neo4j/graphql serving the same node types (bench/peer.ts), on the operations it can
//     express, also driven by autocannon.
// For each operation and 1, 8 and 32 concurrent clients: p50, p95 and p99 latency and requests/s, and
// our p50 and p99 as ratios of the others'. Also: statements and transactions per request, the audit
// entry's wait and its share of our p50, and the API process's RSS at rest and under load. Writes bench/results/load-<scale>.json and .md.
//
//   npm run build && node dist/bench/load.js --scale 100k [--duration 5] [--concurrency 1,8,32]
//     [--only 'nested|fixed'] [--out /tmp/load]   (some operations only; results written elsewhere)
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { loadAgencies, mintDevToken } from '../src/auth/identity';
import { labelOf, SUBGRAPH_CAP } from '../src/links/analysis';
import { MATCH_THRESHOLD } from '../src/matching/score';
import { CHAINS_READ } from '../src/links/crossBorder';
import { FOLLOWED_RELATIONSHIPS, REPORTED_TYPES } from '../src/model/registry';
import type { ParamsOf, StatementName } from '../src/db/statements';
import { ensureDataset } from './datasets';
import { loadAverage, machine, startApi, stopApi } from './harness';

const opts = new Command()
  .requiredOption('--scale <scale>', '10k, 100k or 1m (generated and loaded if needed)')
  .option('--duration <s>', 'seconds per measurement', '5')
  .option('--concurrency <list>', 'concurrent clients', '1,8,32')
  .option('--only <regex>', 'only the operations whose name matches (case-insensitive)')
  .option('--out <dir>', 'where load-<scale>.json and .md are written', 'bench/results')
  .parse()
  .opts<{ scale: string; duration: string; concurrency: string; only?: string; out: string }>();

const root = path.resolve(__dirname, '..', '..');
const API_PORT = 4801;
const PEER_PORT = 4802;

interface Network {
  kind: string;
  cases: string[];
  via: { type: string; key: string };
}
interface Stats {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}
interface Operation {
  name: string;
  ours: { query: string; variables: Record<string, unknown> };
  cypher?: { file: string; params: Record<string, unknown> };
  peer?: { query: string; variables: Record<string, unknown> };
  /** Both answers reduced to the content they must share: the run stops if ours and the peer's differ. */
  same?: { ours: (data: any) => unknown; peer: (data: any) => unknown };
}

type Named = { id: string; name?: string | null; e164?: string | null };
/** Ids with names or numbers, in one order: neither side promises an order for nested lists. */
const listed = (xs: Named[]) => xs.map((x) => `${x.id} ${x.name ?? x.e164 ?? ''}`).sort();

/** A statement of the catalogue with its parameters, type-checked, so the bare driver runs what the API runs. */
const statement = <N extends StatementName>(file: N, params: ParamsOf<N>) => ({
  file,
  params: params as Record<string, unknown>,
});

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
const summarise = (latencies: number[], seconds: number, errors: number): Stats => {
  const s = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(s, 0.5),
    p95: percentile(s, 0.95),
    p99: percentile(s, 0.99),
    rps: latencies.length / seconds,
    errors,
  };
};

function startChild(args: string[], ready: RegExp, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', args, { env: { ...process.env, ...env } });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${args[0]} did not start: ${out}`)), 90_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${args[0]} exited with ${code}: ${out}`)));
  });
}

const rssKb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

/** autocannon against one GraphQL endpoint, with every response's latency kept for exact percentiles. */
async function http(
  url: string,
  headers: Record<string, string>,
  body: object,
  connections: number,
  seconds: number,
): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        // A refusal or a failure is answered with status 200 and GraphQL errors: counted as an error, not a result.
        verifyBody: (text) => !String(text).includes('"errors":['),
      },
      (error, res) => (error ? reject(error as Error) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) latencies.push(ms);
      else errors += 1;
    });
  });
  return summarise(latencies, seconds, errors + result.errors + result.timeouts + result.mismatches);
}

/** The same statement through the bare driver: `connections` loops, each one read transaction at a time. */
async function bare(
  driver: ReturnType<typeof neo4j.driver>,
  database: string,
  text: string,
  params: Record<string, unknown>,
  connections: number,
  seconds: number,
): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          await session.executeRead(async (tx) => (await tx.run(text, params)).records.map((r) => r.toObject()));
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        } catch (error) {
          // The first one says why (a statement whose parameters drifted from the API's fails every time).
          if (!errors++) console.error(`bare driver: ${(error as Error).message}`);
        } finally {
          await session.close();
        }
      }
    }),
  );
  return summarise(latencies, seconds, errors);
}

/** The API's counters from /metrics: statements, transactions, and the audit wait (sum in s, count). */
async function counters(): Promise<{ statements: number; transactions: number; auditSum: number; auditCount: number }> {
  const text = await (await fetch(`http://127.0.0.1:${API_PORT}/metrics`)).text();
  const sum = (re: RegExp) => [...text.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  return {
    statements: sum(/^linkgraph_db_statement_duration_seconds_count\{[^}]*\} (\d+)/gm),
    transactions: sum(/^linkgraph_db_transactions_total\{[^}]*\} (\d+)/gm),
    auditSum: sum(/^linkgraph_audit_wait_seconds_sum (\S+)/gm),
    auditCount: sum(/^linkgraph_audit_wait_seconds_count (\S+)/gm),
  };
}

/**
 * Statements and transactions (reads and writes, the audit entry's included) one request costs. The
 * counters are the process's: its background work (the live feed reads every 500 ms, the alert queue every
 * 5 s) lands in the window too, and only ever adds, so the fewest of five tries is the request's own.
 */
async function perRequest(
  headers: Record<string, string>,
  body: object,
): Promise<{ statements: number; transactions: number }> {
  let fewest = { statements: Infinity, transactions: Infinity };
  for (let i = 0; i < 5; i++) {
    const before = await counters();
    const res = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`our API answered with errors: ${JSON.stringify(json.errors).slice(0, 300)}`);
    const after = await counters();
    const trip = {
      statements: after.statements - before.statements,
      transactions: after.transactions - before.transactions,
    };
    if (trip.transactions + trip.statements < fewest.transactions + fewest.statements) fewest = trip;
  }
  return fewest;
}

async function main() {
  const seconds = Number(opts.duration);
  const levels = opts.concurrency.split(',').map(Number);
  const { dir } = await ensureDataset(opts.scale);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as { networks: Network[] };
  const net = (kind: string) => truth.networks.find((n) => n.kind === kind)!;
  const money = net('fan_in_money');

  const config = loadConfig();
  // Another agency's case named by its id is answered as absent (Access.named), so the queries start from
  // cases of the caller's own: the caller is an analyst of an agency with a case in a recruiter-phone
  // network and one in a transport-van network (the first such, in the order of the ground truth).
  const agencyOf = (c: string) => c.split(':')[1];
  const { phone, phoneCase, van, vanCase } = truth.networks
    .filter((n) => n.kind === 'recruiter_phone')
    .flatMap((p) => p.cases.map((c) => ({ phone: p, phoneCase: c })))
    .flatMap((x) =>
      truth.networks
        .filter((n) => n.kind === 'transport_van')
        .flatMap((v) => {
          const vanCase = v.cases.find((c) => agencyOf(c) === agencyOf(x.phoneCase));
          return vanCase ? [{ ...x, van: v, vanCase }] : [];
        }),
    )[0];
  const agency = loadAgencies(config.agenciesFile).get(agencyOf(phoneCase))!;
  const token = await mintDevToken(config, {
    analyst: 'bench.analyst',
    agency: agency.code,
    country: agency.country,
    roles: ['analyst'],
  });
  const headers = { authorization: `Bearer ${token}`, 'x-purpose': 'load benchmark' };

  const all: Operation[] = [
    {
      // What every request pays whatever it asks: HTTP, token, GraphQL, and the audit entry written
      // before the response, against one empty read transaction.
      name: 'fixed cost ({ __typename })',
      ours: { query: '{ __typename }', variables: {} },
      cypher: statement('bench/noop', {}),
    },
    {
      name: 'crossBorderLinks',
      ours: {
        query:
          'query($id: ID!) { crossBorderLinks(caseId: $id) { case { id country } shortest chains { length nodes { id type label } } } }',
        variables: { id: phoneCase },
      },
      cypher: statement('links/crossBorderLinks', {
        caseId: phoneCase,
        maxHops: 4,
        // What the API reads, whatever it shows.
        maxChains: CHAINS_READ,
        relationshipFilter: FOLLOWED_RELATIONSHIPS.join('|'),
        // The API hashes the ids with its caller's key: a key here too, so both run the same work.
        salt: 'bench path order',
        agency: agency.code,
        matchThreshold: MATCH_THRESHOLD,
      }),
    },
    {
      name: 'hotSpots (first 20)',
      ours: {
        query: '{ hotSpots(first: 20) { edges { node { entity { id type label } countries caseCount } } } }',
        variables: {},
      },
      // Unfiltered, the API answers from the counts the import keeps: the same statement here, with the
      // verdicts' reports it brings for the caller's agency.
      cypher: statement('entities/hotSpotsRanked', {
        agency: agency.code,
        // Every reported type, as the API sends for a page without a type filter.
        labels: REPORTED_TYPES.map(labelOf),
        minCountries: 2,
        afterCountries: null,
        afterCases: null,
        afterId: null,
        salt: null,
        limit: 21,
      }),
    },
    {
      name: 'paths case→vehicle',
      ours: {
        query:
          'query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, k: 3, maxDegree: 50) { length nodes { id type label } } }',
        variables: { a: vanCase, b: van.via.key },
      },
      cypher: statement('links/paths', {
        agency: agency.code,
        fromId: vanCase,
        toId: van.via.key,
        maxLength: 6,
        maxDegree: 50,
        relationships: FOLLOWED_RELATIONSHIPS,
        salt: 'bench path order',
        matchThreshold: MATCH_THRESHOLD,
      }),
    },
    {
      name: 'subgraph depth 2',
      ours: {
        query:
          'query($s: ID!) { subgraph(seeds: [$s], depth: 2) { nodes { id type label } edges { id source target } } }',
        variables: { s: phoneCase },
      },
      cypher: statement('links/subgraph', {
        agency: agency.code,
        seeds: [phoneCase],
        depth: 2,
        relationshipFilter: FOLLOWED_RELATIONSHIPS.join('|'),
        labelFilter: '-Agency',
        cap: SUBGRAPH_CAP,
      }),
    },
    {
      name: 'moneyFlow backward',
      ours: {
        query:
          'query($id: ID!) { moneyFlow(fromId: $id, direction: BACKWARD) { chains { transfers { id amount time } } } }',
        variables: { id: money.via.key },
      },
      cypher: statement('links/moneyFlowBackward', {
        fromId: money.via.key,
        from: null,
        to: null,
        maxHops: 4,
        limit: 400,
        // The API's caller is an agency: its scope and key, so both run the same work.
        agency: agency.code,
        shared: [],
        salt: 'bench path order',
      }),
    },
    {
      name: 'search name',
      ours: { query: '{ search(text: "Ivanov") { score node { id label } } }', variables: {} },
      cypher: statement('entities/search', { query: 'ivanov~', limit: 20, labels: null }),
    },
    {
      // Both ask the same content: the phone, every case that reports it (MENTIONS), and each case's reference
      // and persons (INVOLVES) with id and name. Ours wraps a person in its role on the link (CasePerson), as
      // the schema does; the peer's person is the node itself.
      name: 'entity with nested neighbours',
      ours: {
        query:
          'query($id: ID!) { node(id: $id) { id ... on Phone { e164 cases { id reference persons { person { id name } } } } } }',
        variables: { id: phone.via.key },
      },
      peer: {
        query:
          'query($id: ID!) { phones(where: { id: { eq: $id } }) { id e164 cases { id reference persons { id name } } } }',
        variables: { id: phone.via.key },
      },
      // The peer has no access control: the other agencies' cases, hits in ours, are compared by number only.
      same: {
        ours: ({ node: n }) => ({
          phone: [n.id, n.e164],
          cases: n.cases.length,
          seen: n.cases
            .filter((c: Named) => agencyOf(c.id) === agency.code)
            .map((c: any) => [c.id, c.reference, listed(c.persons.map((p: any) => p.person))])
            .sort(),
        }),
        peer: ({ phones: [n] }) => ({
          phone: [n.id, n.e164],
          cases: n.cases.length,
          seen: n.cases
            .filter((c: Named) => agencyOf(c.id) === agency.code)
            .map((c: any) => [c.id, c.reference, listed(c.persons)])
            .sort(),
        }),
      },
    },
    {
      // Both ask the same content: the same 20 cases (the caller's agency's, newest first: ours lists the cases
      // the caller sees first, and the caller's agency has more than 20 at every scale and shares none in the
      // bench data), each with its reference, its persons' ids and names, and its phones' ids and E.164
      // numbers (entities(types: [PHONE]) is the case's MENTIONS of a Phone, as the peer's phones are).
      name: 'cases with nested persons and phones',
      ours: {
        query:
          '{ cases(first: 20) { id reference persons { person { id name } } entities(types: [PHONE]) { id ... on Phone { e164 } } } }',
        variables: {},
      },
      peer: {
        query:
          'query($agency: String!) { cases(limit: 20, where: { agency: { eq: $agency } }, sort: [{ openedOn: DESC }, { id: ASC }]) { id reference persons { id name } phones { id e164 } } }',
        variables: { agency: agency.code },
      },
      same: {
        ours: (d) =>
          d.cases.map((c: any) => [c.id, c.reference, listed(c.persons.map((p: any) => p.person)), listed(c.entities)]),
        peer: (d) => d.cases.map((c: any) => [c.id, c.reference, listed(c.persons), listed(c.phones)]),
      },
    },
  ];
  const only = opts.only ? new RegExp(opts.only, 'i') : null;
  const operations = all.filter((op) => !only || only.test(op.name));
  if (!operations.length) throw new Error(`--only ${opts.only} matches no operation`);

  const api = await startApi(API_PORT);
  const peer = await startChild(
    [path.join(root, 'dist', 'bench', 'peer.js'), '--port', String(PEER_PORT)],
    /READY/,
    {},
  );
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    maxConnectionPoolSize: config.neo4j.poolSize,
  });
  const rows: Array<Record<string, unknown>> = [];
  try {
    const rssAtRest = rssKb(api.pid!);
    let rssPeak = rssAtRest;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, rssKb(api.pid!));
    }, 200);
    console.log(
      `dataset ${opts.scale}; ${seconds} s per measurement; caller ${agency.code}; API RSS at rest ${Math.round(rssAtRest / 1024)} MB`,
    );
    // A freshly started Neo4j reads from disk and compiles as it goes: every path runs a little first,
    // so the first rows are not measured against a cold cache.
    for (const op of operations) {
      await http(`http://127.0.0.1:${API_PORT}/graphql`, headers, op.ours, 8, 2);
      if (op.cypher)
        await bare(
          driver,
          config.neo4j.database,
          fs.readFileSync(path.join(root, 'cypher', `${op.cypher.file}.cypher`), 'utf8'),
          op.cypher.params,
          8,
          2,
        );
      if (op.peer) await http(`http://127.0.0.1:${PEER_PORT}/`, {}, op.peer, 8, 2);
    }
    for (const op of operations) {
      const trips = await perRequest(headers, op.ours);
      const text = op.cypher ? fs.readFileSync(path.join(root, 'cypher', `${op.cypher.file}.cypher`), 'utf8') : null;
      if (op.peer) {
        const check = (await (
          await fetch(`http://127.0.0.1:${PEER_PORT}/`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(op.peer),
          })
        ).json()) as { errors?: unknown; data?: unknown };
        if (check.errors) throw new Error(`peer answered with errors: ${JSON.stringify(check.errors).slice(0, 300)}`);
        if (op.same) {
          const answer = (await (
            await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...headers },
              body: JSON.stringify(op.ours),
            })
          ).json()) as { data?: unknown };
          const [a, b] = [JSON.stringify(op.same.ours(answer.data)), JSON.stringify(op.same.peer(check.data))];
          if (a !== b) throw new Error(`${op.name}: ours and the peer answer differently:\n${a}\n${b}`);
        }
      }
      for (const c of levels) {
        // A short warm-up of each path, so caches and query plans are hot for all three.
        await http(`http://127.0.0.1:${API_PORT}/graphql`, headers, op.ours, c, 1);
        const auditBefore = await counters();
        const ours = await http(`http://127.0.0.1:${API_PORT}/graphql`, headers, op.ours, c, seconds);
        const auditAfter = await counters();
        // The mean wait of a response for its audit entry, against our p50: the audit's share of it.
        const auditMs =
          (1000 * (auditAfter.auditSum - auditBefore.auditSum)) /
          Math.max(1, auditAfter.auditCount - auditBefore.auditCount);
        let driverStats: Stats | null = null;
        let peerStats: Stats | null = null;
        if (text) {
          await bare(driver, config.neo4j.database, text, op.cypher!.params, c, 1);
          driverStats = await bare(driver, config.neo4j.database, text, op.cypher!.params, c, seconds);
        }
        if (op.peer) {
          await http(`http://127.0.0.1:${PEER_PORT}/`, {}, op.peer, c, 1);
          peerStats = await http(`http://127.0.0.1:${PEER_PORT}/`, {}, op.peer, c, seconds);
        }
        const row = {
          operation: op.name,
          clients: c,
          statements: trips.statements,
          transactions: trips.transactions,
          auditMs,
          auditShareP50: auditMs / ours.p50,
          ours,
          driver: driverStats,
          peer: peerStats,
          vsDriverP50: driverStats ? ours.p50 / driverStats.p50 : null,
          vsPeerP50: peerStats ? ours.p50 / peerStats.p50 : null,
          vsPeerP99: peerStats ? ours.p99 / peerStats.p99 : null,
        };
        rows.push(row);
        const f = (s: Stats | null) =>
          s
            ? `${s.p50.toFixed(1)}/${s.p95.toFixed(1)}/${s.p99.toFixed(1)} ms ${s.rps.toFixed(0)}/s${s.errors ? ` ${s.errors} err` : ''}`
            : '-';
        console.log(`${op.name} ×${c}: ours ${f(ours)} | driver ${f(driverStats)} | peer ${f(peerStats)}`);
      }
    }
    clearInterval(sampler);
    const result = {
      scale: opts.scale,
      seconds,
      measuredAt: new Date().toISOString(),
      loadAverage: loadAverage(),
      machine: machine(),
      rssAtRestMb: Math.round(rssAtRest / 1024),
      rssPeakMb: Math.round(rssPeak / 1024),
      rows,
    };
    const out = path.resolve(root, opts.out);
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, `load-${opts.scale}.json`), `${JSON.stringify(result, null, 1)}\n`);
    fs.writeFileSync(path.join(out, `load-${opts.scale}.md`), markdown(result));
    console.log(markdown(result));
  } finally {
    await driver.close();
    await stopApi(api);
    peer.kill('SIGTERM');
  }
}

function markdown(r: {
  scale: string;
  seconds: number;
  machine: string;
  loadAverage?: string;
  rssAtRestMb: number;
  rssPeakMb: number;
  rows: Array<Record<string, any>>;
}): string {
  const ms = (s: Stats | null, k: keyof Stats) => (s ? s[k].toFixed(1) : '–');
  const ratio = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);
  const lines = [
    `### Load, ${r.scale} entities (${r.machine}; ${r.seconds} s per cell)`,
    '',
    `API process RSS: ${r.rssAtRestMb} MB at rest, ${r.rssPeakMb} MB peak under load.` +
      (r.loadAverage ? ` Load average at the end of the run: ${r.loadAverage}.` : ''),
    '',
    'Transactions per request: the read transaction (if the request reads) and the audit entry. The audit wait is',
    "the mean time a response waits for its entry (group commit included), beside the read transaction's commit.",
    '',
    '| operation | clients | ours p50 / p95 / p99 ms | ours req/s | driver p50 / p99 ms | peer p50 / p99 ms | ours ÷ driver p50 | ours ÷ peer p50 / p99 | statements | transactions | audit wait ms (share of p50) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.rows.map(
      (x) =>
        `| ${x.operation} | ${x.clients} | ${ms(x.ours, 'p50')} / ${ms(x.ours, 'p95')} / ${ms(x.ours, 'p99')}${x.ours.errors ? ` (${x.ours.errors} errors)` : ''} | ${x.ours.rps.toFixed(0)} | ${ms(x.driver, 'p50')} / ${ms(x.driver, 'p99')} | ${ms(x.peer, 'p50')} / ${ms(x.peer, 'p99')} | ${ratio(x.vsDriverP50)} | ${ratio(x.vsPeerP50)} / ${ratio(x.vsPeerP99)} | ${x.statements} | ${x.transactions ?? '–'} | ${x.auditMs === undefined ? '–' : `${x.auditMs.toFixed(1)} (${(100 * x.auditShareP50).toFixed(0)} %)`} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
