// Two API replicas against one Neo4j: the API keeps no state between requests (the audit chain's head and
// every lock live in the database), so any number of processes may serve behind a load balancer. This
// starts one API process, then a second on another port, and drives both with `--clients` concurrent
// clients asking the analyst queries of bench/analystQueries.ts, each request sent to the next replica in
// turn (round robin, as a load balancer would). It checks and reports:
//   - every answer of every request equals the answer one replica gave before the load (response bodies
//     compared per query);
//   - the one audit chain, written concurrently by both processes' group-committing queues, verifies
//     afterwards (`npm run audit:verify`), and both processes wrote to it;
//   - requests/s and latency with 1 replica and with 2, in alternating rounds, with the load average and
//     the CPU each process used. Writes bench/results/replicas-<scale>.json and .md.
//
//   npm run build && node dist/bench/replicas.js --scale 10k [--clients 32] [--duration 20] [--rounds 2]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { loadAgencies, mintDevToken } from '../src/auth/identity';
import { analystQueries, readTruth, type AnalystQuery } from './analystQueries';
import { ensureDataset } from './datasets';
import { loadAverage, machine, startApi, stopApi } from './harness';

const opts = new Command()
  .requiredOption('--scale <scale>', '10k, 100k or 1m (generated and loaded if needed)')
  .option('--clients <n>', 'concurrent clients', '32')
  .option('--duration <s>', 'seconds per measurement', '20')
  .option(
    '--neo4j-pid <pid>',
    "Neo4j's process, to report the CPU it used beside the replicas' (NEO4J_HOME/launcher.pid)",
  )
  .option('--rounds <n>', 'rounds of (1 replica, 2 replicas), alternating so drift in the load hits both alike', '2')
  .parse()
  .opts<{ scale: string; clients: string; duration: string; rounds: string; neo4jPid?: string }>();

const root = path.resolve(__dirname, '..', '..');
const PORTS = [4811, 4812];

/**
 * A response as compared: page cursors are sealed with a fresh random IV each time (src/auth/seal.ts), so
 * two equal answers carry different cursor texts; they are compared as present, not by their bytes.
 */
const comparable = (body: string) =>
  JSON.stringify(JSON.parse(body), (key, value: unknown) =>
    /cursor$/i.test(key) && typeof value === 'string' ? '<sealed cursor>' : value,
  );

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * One request. `agent` keeps connections open as a load balancer keeps its upstream ones; each run has its
 * own, so that no run sends on a connection the API closed while it idled (Node's 5 s keep-alive).
 */
function post(
  agent: http.Agent | undefined,
  port: number,
  headers: Record<string, string>,
  q: AnalystQuery,
): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify({ query: q.query, variables: q.variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat(5); here the list starts at field 3.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The number of audit entries this replica's requests waited for, from its /metrics. */
async function auditedRequests(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/^linkgraph_audit_wait_seconds_count (\S+)/m.exec(text)?.[1] ?? NaN);
}

interface Run {
  replicas: number;
  round: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not a 200 carrying the reference answer, by query. */
  differing: Record<string, number>;
  /** The first such answer of each query, cut to 500 characters: what to look at when one differs. */
  firstDiffering: Record<string, string>;
  /** Requests that got no HTTP response at all, by error code. */
  failed: Record<string, number>;
  /** Requests each replica answered, and the audit entries each wrote meanwhile. */
  perReplica: Array<{ port: number; requests: number; audited: number; cpuSeconds: number }>;
  /** CPU seconds Neo4j and this load generator used meanwhile: on 2 shared cores, they bound the replicas. */
  neo4jCpuSeconds: number | null;
  generatorCpuSeconds: number;
  loadAverage: string;
}

/**
 * `clients` loops for `seconds`; each asks the queries in turn (from its own offset, so every query is in
 * flight at once) and sends each request to the next replica in round-robin order.
 */
async function drive(
  replicas: Array<{ port: number; pid: number }>,
  headers: Record<string, string>,
  queries: AnalystQuery[],
  reference: Map<string, string>,
  clients: number,
  seconds: number,
): Promise<Omit<Run, 'replicas' | 'round'>> {
  const latencies: number[] = [];
  const differing: Record<string, number> = {};
  const firstDiffering: Record<string, string> = {};
  const served = replicas.map(() => 0);
  const auditedBefore = await Promise.all(replicas.map((r) => auditedRequests(r.port)));
  const cpuBefore = replicas.map((r) => cpuSeconds(r.pid));
  const neo4jPid = opts.neo4jPid ? Number(opts.neo4jPid) : null;
  const neo4jBefore = neo4jPid ? cpuSeconds(neo4jPid) : 0;
  const generatorBefore = process.cpuUsage();
  const failed: Record<string, number> = {};
  let next = 0;
  const agent = new http.Agent({ keepAlive: true });
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let k = client; Date.now() < end; k++) {
        const q = queries[k % queries.length];
        const target = next++ % replicas.length;
        const t = process.hrtime.bigint();
        try {
          const res = await post(agent, replicas[target].port, headers, q);
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          served[target] += 1;
          if (res.status !== 200 || comparable(res.body) !== reference.get(q.name)) {
            differing[q.name] = (differing[q.name] ?? 0) + 1;
            firstDiffering[q.name] ??= `HTTP ${res.status}: ${res.body.slice(0, 500)}`;
          }
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          failed[code] = (failed[code] ?? 0) + 1;
        }
      }
    }),
  );
  const auditedAfter = await Promise.all(replicas.map((r) => auditedRequests(r.port)));
  const generator = process.cpuUsage(generatorBefore);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: pct(0.5),
    p95: pct(0.95),
    p99: pct(0.99),
    differing,
    firstDiffering,
    failed,
    perReplica: replicas.map((r, i) => ({
      port: r.port,
      requests: served[i],
      audited: auditedAfter[i] - auditedBefore[i],
      cpuSeconds: cpuSeconds(r.pid) - cpuBefore[i],
    })),
    neo4jCpuSeconds: neo4jPid ? cpuSeconds(neo4jPid) - neo4jBefore : null,
    generatorCpuSeconds: (generator.user + generator.system) / 1e6,
    loadAverage: loadAverage(),
  };
}

async function main() {
  const clients = Number(opts.clients);
  const seconds = Number(opts.duration);
  const { dir } = await ensureDataset(opts.scale);
  const truth = readTruth(path.join(dir, 'truth.json'));
  const queries = analystQueries(truth);
  const config = loadConfig();
  // The caller is an analyst of the agency whose case the queries start from, as in bench/load.ts.
  const phoneCase = truth.networks.find((n) => n.kind === 'recruiter_phone')!.cases[0];
  const agency = loadAgencies(config.agenciesFile).get(phoneCase.split(':')[1])!;
  const token = await mintDevToken(config, {
    analyst: 'bench.analyst',
    agency: agency.code,
    country: agency.country,
    roles: ['analyst'],
  });
  const headers = { authorization: `Bearer ${token}`, 'x-purpose': 'replica benchmark' };

  const processes: ChildProcess[] = [];
  try {
    processes.push(await startApi(PORTS[0]));
    // The reference: each query asked twice of one replica at rest. Asked twice so that a field which
    // differs between two equal requests (and would make the comparison under load meaningless) is caught.
    const reference = new Map<string, string>();
    for (const q of queries) {
      const [a, b] = [await post(undefined, PORTS[0], headers, q), await post(undefined, PORTS[0], headers, q)];
      if (a.status !== 200) throw new Error(`${q.name}: HTTP ${a.status}: ${a.body.slice(0, 300)}`);
      if (comparable(a.body) !== comparable(b.body))
        throw new Error(`${q.name}: one replica answers the same request differently:\n${a.body}\n${b.body}`);
      reference.set(q.name, comparable(a.body));
    }
    processes.push(await startApi(PORTS[1]));
    const replicas = processes.map((p, i) => ({ port: PORTS[i], pid: p.pid! }));
    // Both replicas warm (plans compiled, pools open) before anything is measured.
    await drive(replicas, headers, queries, reference, clients, 5);
    console.log(
      `dataset ${opts.scale}; ${clients} clients; ${seconds} s per run; caller ${agency.code}; ${queries.length} queries; ${machine()}`,
    );
    const runs: Run[] = [];
    for (let round = 1; round <= Number(opts.rounds); round++) {
      for (const n of [1, 2]) {
        const run = {
          replicas: n,
          round,
          ...(await drive(replicas.slice(0, n), headers, queries, reference, clients, seconds)),
        };
        runs.push(run);
        console.log(
          `round ${round}, ${n} replica(s): ${run.rps.toFixed(0)} req/s, p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms, ` +
            `differing ${JSON.stringify(run.differing)}, failed ${JSON.stringify(run.failed)}; per replica ${JSON.stringify(run.perReplica)}; load ${run.loadAverage}`,
        );
      }
    }
    for (const p of processes) await stopApi(p);
    // The chain both processes appended to, verified by the operator's command.
    const verify = spawnSync('node', [path.join(root, 'dist', 'src', 'cli', 'auditVerify.js')], { encoding: 'utf8' });
    const auditVerify = { status: verify.status, output: `${verify.stdout}${verify.stderr}`.trim() };
    console.log(`audit:verify (exit ${auditVerify.status}): ${auditVerify.output}`);
    const result = {
      scale: opts.scale,
      clients,
      seconds,
      measuredAt: new Date().toISOString(),
      machine: machine(),
      queries: queries.map((q) => q.name),
      runs,
      auditVerify,
    };
    const out = path.join(root, 'bench', 'results');
    fs.writeFileSync(path.join(out, `replicas-${opts.scale}.json`), `${JSON.stringify(result, null, 1)}\n`);
    fs.writeFileSync(path.join(out, `replicas-${opts.scale}.md`), markdown(result));
    console.log(markdown(result));
    const differing = runs.reduce((n, r) => n + total(r.differing) + total(r.failed), 0);
    if (differing || auditVerify.status !== 0) process.exitCode = 1;
  } finally {
    for (const p of processes) await stopApi(p);
  }
}

function markdown(r: {
  scale: string;
  clients: number;
  seconds: number;
  machine: string;
  measuredAt: string;
  runs: Run[];
  auditVerify: { status: number | null; output: string };
}): string {
  const mean = (n: number) => {
    const xs = r.runs.filter((x) => x.replicas === n).map((x) => x.rps);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  return [
    `### Replicas, ${r.scale} entities, ${r.clients} clients (${r.machine}; ${r.seconds} s per run; ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    '| round | replicas | req/s | p50 / p95 / p99 ms | answers differing from one replica | no response | per replica: requests, audit entries, CPU s | Neo4j CPU s | load generator CPU s | load average |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...r.runs.map(
      (x) =>
        `| ${x.round} | ${x.replicas} | ${x.rps.toFixed(0)} | ${x.p50.toFixed(1)} / ${x.p95.toFixed(1)} / ${x.p99.toFixed(1)} | ${total(x.differing)} of ${x.requests} | ${total(x.failed)} | ${x.perReplica.map((p) => `${p.requests}, ${p.audited}, ${p.cpuSeconds.toFixed(1)}`).join('; ')} | ${x.neo4jCpuSeconds?.toFixed(1) ?? '–'} | ${x.generatorCpuSeconds.toFixed(1)} | ${x.loadAverage} |`,
    ),
    '',
    `Mean throughput: ${mean(1).toFixed(0)} req/s with 1 replica, ${mean(2).toFixed(0)} req/s with 2 (${(mean(2) / mean(1)).toFixed(2)}×).`,
    `\`npm run audit:verify\` after the run (exit ${r.auditVerify.status}): ${r.auditVerify.output}`,
    '',
  ].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
