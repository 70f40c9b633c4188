// Time to alert (issue 19): from another agency's import to the alert pushed over WebSocket and queryable
// over HTTP, while a 10k-entity bulk import runs on the same machine. It starts the real API
// (dist/src/main.js) and the real loader (dist/src/cli/import.js) against an empty database (it refuses one
// that holds anything unless given --reset, and then empties it: point it at a benchmark instance).
//
//   npm run build && node dist/bench/alerts.js --reset [--rounds 30] [--data data/gen-10k]
//
// Each round: an Estonian analyst watches a phone; a Finnish loader imports (importCases) a case reporting
// it, while 10k-entity bulk imports (the loader, generator seeds 42, 43, …) run one after another. Latency
// is counted from the import's audit entry, written in its transaction just before the commit (an upper
// bound on "after the import commits"), and, for context, from the moment the request was sent.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Command } from 'commander';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { mintDevToken } from '../src/auth/identity';

const opts = new Command()
  .description('Time from an import to its alert, pushed and queryable, under a concurrent 10k-entity import.')
  .option('--rounds <n>', 'imports to time', (v) => Number(v), 30)
  .option('--data <dir>', 'a generated dataset (made with --entities 10000 when missing)', 'data/gen-10k')
  .option('--port <n>', 'port for the API this benchmark starts', (v) => Number(v), 4819)
  .option('--reset', 'empty the database first if it holds anything', false)
  .option('--out <file>', 'where to write the figures', 'bench/results/alerts.json')
  .parse()
  .opts<{ rounds: number; data: string; port: number; reset: boolean; out: string }>();

const root = path.resolve(__dirname, '..', '..');
const config = loadConfig();
const base = `http://127.0.0.1:${opts.port}`;
const EE = { analyst: 'ee.bench', agency: 'EE-PPA', country: 'EE', roles: ['analyst' as const] };
const FI = { analyst: 'fi.bench', agency: 'FI-POL', country: 'FI', roles: ['analyst' as const, 'loader' as const] };

async function gql(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'bench alerts' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

function startApi(): Promise<ChildProcess> {
  const api = spawn('node', [path.join(root, 'dist', 'src', 'main.js')], {
    env: { ...process.env, PORT: String(opts.port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const probe = async () => {
      try {
        if ((await fetch(`${base}/health/ready`)).ok) return resolve(api);
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline || api.exitCode !== null) return reject(new Error('the API did not become ready'));
      setTimeout(() => void probe(), 250);
    };
    void probe();
  });
}

/** A 10k-entity dataset of the synthetic generator. */
function generate(seed: number, out: string) {
  const made = spawnSync(
    'node',
    [path.join(root, 'dist', 'seed', 'generate.js'), '--seed', String(seed), '--entities', '10000', '--out', out],
    { stdio: 'ignore' },
  );
  if (made.status !== 0) throw new Error('the dataset generator failed');
}

async function main() {
  const db = new Database({ ...config.neo4j, queryTimeoutMs: 600_000 });
  const cleanup: Array<() => void> = [];
  try {
    const held = Number((await db.read('bench/graphSize'))[0].nodes);
    if (held > 0 && !opts.reset) {
      console.error(`alerts bench: the database holds ${held} nodes; give --reset to empty it first`);
      process.exitCode = 2;
      return;
    }
    if (held > 0) {
      // CALL … IN TRANSACTIONS needs an implicit transaction, which Database's managed ones are not.
      const session = db.driver.session({ database: config.neo4j.database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    }
    const api = await startApi();
    cleanup.push(() => api.kill('SIGTERM'));
    const [ee, fi] = await Promise.all([mintDevToken(config, EE), mintDevToken(config, FI)]);

    // The Estonian agency's four typology rules are on, so every batch of the bulk import is evaluated.
    for (const kind of ['FAN_IN_MONEY', 'CROWDED_FLAT', 'RECRUITER_PHONE', 'VEHICLE_ACROSS_BORDERS'])
      await gql(ee, 'mutation($k: AlertRuleKind!) { saveAlertRule(rule: { kind: $k }) { id } }', { k: kind });
    const phone = (i: number) => `+372 5800 ${String(1000 + i)}`;
    const round = new Map<string, number>();
    for (let i = 0; i < opts.rounds; i += 1) {
      const w = await gql(
        ee,
        'mutation($v: String!) { watch(target: { identifier: { kind: PHONE, value: $v } }) { id } }',
        {
          v: phone(i),
        },
      );
      round.set(w.watch.id as string, i);
    }

    const pushedAt = new Map<number, number>();
    const client = createClient({
      url: `${base.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${ee}`, purpose: 'bench alerts' },
    });
    cleanup.push(() => void client.dispose());
    await new Promise<void>((resolve, reject) => {
      client.on('connected', () => resolve());
      client.subscribe(
        { query: 'subscription { alerts { watchId } }' },
        {
          next: (v) => {
            const i = round.get((v.data as any)?.alerts?.watchId);
            if (i !== undefined && !pushedAt.has(i)) pushedAt.set(i, Date.now());
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });

    // 10k-entity bulk imports, one after another in their own process, as a national system would run
    // them, until the last round is timed.
    const bulk = { runs: 0, running: true, stopped: false, current: null as ChildProcess | null };
    const loaderRuns = (async () => {
      for (let seed = 42; !bulk.stopped; seed += 1) {
        const dir = seed === 42 ? opts.data : `${opts.data}-seed${seed}`;
        if (!fs.existsSync(path.join(dir, 'cases.jsonl'))) generate(seed, dir);
        const loader = spawn(
          'node',
          [
            path.join(root, 'dist', 'src', 'cli', 'import.js'),
            '--no-progress',
            '--batch-size',
            '100',
            path.join(dir, 'cases.jsonl'),
          ],
          { env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] },
        );
        bulk.current = loader;
        await new Promise((resolve) => loader.on('exit', resolve));
        bulk.runs += 1;
      }
      bulk.running = false;
    })();
    await new Promise((r) => setTimeout(r, 3_000)); // let the loader get going: its first batches are in flight

    const fromCommit = { pushed: [] as number[], queryable: [] as number[] };
    const fromRequest = { pushed: [] as number[], queryable: [] as number[] };
    for (let i = 0; i < opts.rounds; i += 1) {
      const sent = Date.now();
      const reference = `FI-BENCH-${i}`;
      // Queryable: polled from the moment the import is sent, beside it.
      const queryable = (async () => {
        for (;;) {
          const listed = await gql(ee, '{ alerts(first: 10) { edges { node { watchId } } } }');
          if (listed.alerts.edges.some((e: any) => round.get(e.node.watchId) === i)) return Date.now();
          if (Date.now() - sent > 120_000) throw new Error(`round ${i}: no alert within 120 s`);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      // The case commits before the import's matching runs: an error after that (a timeout of the matcher,
      // busy with the bulk import's records) still leaves an alert to time.
      await gql(fi, 'mutation($c: [CaseInput!]!) { importCases(cases: $c) { casesCreated } }', {
        c: [
          {
            reference,
            agency: { code: 'FI-POL', country: 'FI' },
            typologies: ['FORCED_LABOUR'],
            status: 'OPEN',
            openedOn: '2025-05-01',
            phones: [{ number: phone(i) }],
          },
        ],
      }).catch((error: Error) => console.log(`round ${i}: the import answered ${error.message.slice(0, 160)}`));
      const found = await queryable;
      while (!pushedAt.has(i)) {
        if (Date.now() - sent > 120_000) throw new Error(`round ${i}: no alert pushed within 120 s`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const committed = Date.parse(
        (await db.read('bench/importCommitted', { caseId: `case:FI-POL:${reference}` }))[0].at!,
      );
      fromCommit.pushed.push((pushedAt.get(i)! - committed) / 1000);
      fromCommit.queryable.push((found - committed) / 1000);
      fromRequest.pushed.push((pushedAt.get(i)! - sent) / 1000);
      fromRequest.queryable.push((found - sent) / 1000);
      console.log(
        `round ${i} (bulk import ${bulk.running ? 'running' : 'done'}): after commit queryable ${fromCommit.queryable.at(-1)!.toFixed(2)} s, pushed ${fromCommit.pushed.at(-1)!.toFixed(2)} s; after the request was sent ${fromRequest.pushed.at(-1)!.toFixed(2)} s`,
      );
    }
    bulk.stopped = true;
    bulk.current?.kill('SIGTERM');
    const stats = (xs: number[]) => ({ p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) });
    const figures = {
      rounds: opts.rounds,
      bulkImportsDuringRounds: bulk.runs + (bulk.running ? 1 : 0),
      afterCommit: { pushed: stats(fromCommit.pushed), queryable: stats(fromCommit.queryable) },
      afterRequestSent: { pushed: stats(fromRequest.pushed), queryable: stats(fromRequest.queryable) },
      loadAverage: (await import('node:os')).loadavg()[0],
      at: new Date().toISOString(),
    };
    await loaderRuns.catch(() => undefined);
    console.log(JSON.stringify(figures, null, 2));
    fs.mkdirSync(path.dirname(opts.out), { recursive: true });
    fs.writeFileSync(opts.out, `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    for (const stop of cleanup.reverse()) stop();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
