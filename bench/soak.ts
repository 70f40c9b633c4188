// Soak: a bounded run of mixed analyst queries over HTTP on loopback against the real entry point, then a
// rest. Reports 5xx responses, GraphQL errors, requests served, latency, and the API's memory: RSS and
// V8 heap in use at the baseline (after a warm-up), at the peak, and after the rest. The heap in use is
// read after a full garbage collection (asked through the API's inspector, on loopback, in this run
// only), so it counts live objects: it must come back near the baseline. RSS is reported too, but V8
// and malloc keep freed pages for reuse, so RSS above its baseline after a peak is not by itself a leak.
//
//   npm run build && node dist/bench/soak.js --scale 100k [--duration 300] [--clients 32] [--rest 30]
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { loadAgencies, mintDevToken } from '../src/auth/identity';
import { ensureDataset } from './datasets';

const opts = new Command()
  .requiredOption('--scale <scale>', '10k, 100k or 1m (generated and loaded if needed)')
  .option('--duration <s>', 'seconds of load', '300')
  .option('--clients <n>', 'concurrent clients', '32')
  .option('--rest <s>', 'seconds of rest before the last memory reading', '30')
  .parse()
  .opts<{ scale: string; duration: string; clients: string; rest: string }>();

const PORT = 4803;
const INSPECT_PORT = 4804;

/** A full garbage collection in the API, through its inspector (Node 20 has WebSocket behind a flag). */
function collectGarbage(): Promise<void> {
  const script = `const [target] = await (await fetch('http://127.0.0.1:${INSPECT_PORT}/json/list')).json();
    const ws = new WebSocket(target.webSocketDebuggerUrl);
    ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
    ws.onmessage = (m) => { if (JSON.parse(m.data).id === 1) process.exit(0); };
    setTimeout(() => process.exit(1), 30000);`;
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['--no-warnings', '--experimental-websocket', '--input-type=module', '-e', script], {
      stdio: 'inherit',
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error('could not reach the API inspector to collect garbage')),
    );
  });
}
const heapMb = async () => {
  await collectGarbage();
  const text = await (await fetch(`http://127.0.0.1:${PORT}/metrics`)).text();
  return Math.round(Number(/^linkgraph_nodejs_heap_size_used_bytes (\S+)/m.exec(text)?.[1] ?? NaN) / 2 ** 20);
};
/** How far above its baseline the live heap may end and still count as back (caches of compiled code and plans). */
const HEAP_SLACK_MB = 10;
const rssMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024);

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  const { dir } = await ensureDataset(opts.scale);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as {
    networks: Array<{ kind: string; cases: string[]; via: { key: string } }>;
  };
  const net = (kind: string) => truth.networks.find((n) => n.kind === kind)!;
  const [phone, van, money] = [net('recruiter_phone'), net('transport_van'), net('fan_in_money')];
  const config = loadConfig();
  const agency = loadAgencies(config.agenciesFile).get(phone.cases[0].split(':')[1])!;
  const token = await mintDevToken(
    config,
    { analyst: 'soak.analyst', agency: agency.code, country: agency.country, roles: ['analyst'] },
    '2h',
  );
  const bodies = [
    {
      query: 'query($id: ID!) { crossBorderLinks(caseId: $id) { case { id } shortest } }',
      variables: { id: phone.cases[0] },
    },
    { query: '{ hotSpots(first: 20) { edges { node { entity { id label } caseCount } } } }', variables: {} },
    {
      query: 'query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, k: 3, maxDegree: 50) { length } }',
      variables: { a: van.cases[0], b: van.cases[1] },
    },
    {
      query: 'query($s: ID!) { subgraph(seeds: [$s], depth: 2) { nodes { id label } edges { id } } }',
      variables: { s: phone.cases[0] },
    },
    {
      query: 'query($id: ID!) { moneyFlow(fromId: $id, direction: BACKWARD) { chains { transfers { id } } } }',
      variables: { id: money.via.key },
    },
    { query: '{ search(text: "Ivanov") { node { id label } } }', variables: {} },
  ];

  const api = spawn('node', [`--inspect=127.0.0.1:${INSPECT_PORT}`, path.join(root, 'dist', 'src', 'main.js')], {
    env: { ...process.env, PORT: String(PORT), LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  try {
    for (let i = 0; ; i++) {
      if (i > 300) throw new Error('the API did not become ready');
      if (
        await fetch(`http://127.0.0.1:${PORT}/health/ready`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 300));
    }
    // The baseline: after every kind of query ran a little (code compiled, query plans cached) and a rest.
    await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon(
        {
          url: `http://127.0.0.1:${PORT}/graphql`,
          connections: 1,
          duration: 5,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'x-purpose': 'soak warm-up',
          },
          requests: bodies.map((b) => ({ body: JSON.stringify(b) })),
        },
        (error, res) => (error ? reject(error as Error) : resolve(res)),
      ),
    );
    await new Promise((r) => setTimeout(r, 10_000));
    const atRest = rssMb(api.pid!);
    const heapAtRest = await heapMb();
    let peak = atRest;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(api.pid!));
    }, 500);
    let graphqlErrors = 0;
    const errorCodes = new Map<string, number>();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      autocannon(
        {
          url: `http://127.0.0.1:${PORT}/graphql`,
          connections: Number(opts.clients),
          duration: Number(opts.duration),
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'soak test' },
          requests: bodies.map((b) => ({
            body: JSON.stringify(b),
            onResponse: (_status: number, body: string) => {
              const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> };
              for (const e of parsed.errors ?? []) {
                graphqlErrors += 1;
                const code = e.extensions?.code ?? '?';
                errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
              }
            },
          })),
        },
        (error, res) => (error ? reject(error as Error) : resolve(res)),
      );
    });
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, Number(opts.rest) * 1000));
    const after = rssMb(api.pid!);
    const heapAfter = await heapMb();
    const heapBack = heapAfter <= heapAtRest + HEAP_SLACK_MB;
    const fivexx = result['5xx'];
    console.log(
      [
        `soak: ${opts.duration} s, ${opts.clients} clients, mixed queries (6 kinds), dataset ${opts.scale}, caller ${agency.code}`,
        `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s); 2xx ${result['2xx']}, 4xx ${result['4xx']}, 5xx ${fivexx}; connection errors ${result.errors}, timeouts ${result.timeouts}`,
        `GraphQL errors: ${graphqlErrors}${errorCodes.size ? ` (${[...errorCodes].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`,
        `latency ms: p50 ${result.latency.p50}, p97.5 ${result.latency.p97_5}, p99 ${result.latency.p99}, max ${result.latency.max}`,
        `API RSS MB: ${atRest} at the baseline, ${peak} peak, ${after} after ${opts.rest} s of rest`,
        `API live heap MB (after a full GC): ${heapAtRest} at the baseline, ${heapAfter} after the load and ${opts.rest} s of rest: ${heapBack ? 'back' : 'NOT back'} to the baseline (within ${HEAP_SLACK_MB} MB)`,
      ].join('\n'),
    );
    if (fivexx || graphqlErrors || result.errors || result.timeouts || !heapBack) process.exitCode = 1;
  } finally {
    api.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
