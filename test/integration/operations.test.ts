// The service as operators run it: the real entry point (dist/src/main.js) as a child process, with its
// health endpoints, Prometheus metrics, JSON request logs without personal data, and a graceful
// shutdown that loses no request in flight.
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { loadConfig } from '../../src/config';
import { mintDevToken } from '../../src/auth/identity';
import { importCases } from '../../src/cases/importCases';
import { demoCases, resetDatabase, testDatabase } from '../helpers';

const PORT = 4791;
const base = `http://127.0.0.1:${PORT}`;
const config = loadConfig();
let child: ChildProcess;
let log = '';
let exitCode: Promise<number | null>;
let token: string;

beforeAll(async () => {
  const db = testDatabase();
  await resetDatabase(db);
  await importCases(db, demoCases());
  await db.close();
  token = await mintDevToken(config, { analyst: 'ee.analyst.1', agency: 'EE-PPA', country: 'EE', roles: ['analyst'] });
  child = spawn('node', [path.join(__dirname, '..', '..', 'dist', 'src', 'main.js')], { env: { ...process.env, PORT: String(PORT), LOG_LEVEL: 'info' } });
  exitCode = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${log}`)), 60_000);
    child.stdout!.on('data', (d) => {
      log += d;
      if (log.includes('GraphQL API ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (d) => { log += d; });
  });
}, 90_000);
afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

const ask = (query: string) => fetch(`${base}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'EE-2024-0117' }, body: JSON.stringify({ query }),
});

describe('operations', () => {
  it('liveness and readiness', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('logs one JSON line per request with its request id, operation and time, and no personal data', async () => {
    const res = await ask('{ search(text: "Jaan Tamm") { node { label } } }');
    const body = JSON.stringify(await res.json());
    expect(body).toContain('Jaan Tamm');
    const requestId = res.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 200));
    const line = log.split('\n').find((l) => l.includes(requestId))!;
    expect(JSON.parse(line)).toMatchObject({ requestId, operation: 'query:search', outcome: 'ok', status: 200, agency: 'EE-PPA', msg: 'graphql request' });
    expect(JSON.parse(line).ms).toEqual(expect.any(Number));
    expect(log).not.toContain('Jaan Tamm');
  });

  it('serves Prometheus metrics: requests and latency per operation, errors by code, database time, pool use', async () => {
    await ask('{ nope }');
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/^linkgraph_graphql_requests_total\{operation="query:search",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^linkgraph_graphql_request_duration_seconds_count\{operation="query:search"\} 1$/m);
    expect(text).toMatch(/^linkgraph_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(text).toMatch(/^linkgraph_db_statement_duration_seconds_count\{statement="entities\/search"\} 1$/m);
    expect(text).toMatch(/^linkgraph_db_pool_size 50$/m);
    expect(text).toMatch(/^linkgraph_db_sessions_in_use \d+$/m);
    expect(text).toMatch(/^linkgraph_process_resident_memory_bytes \d+/m);
  });

  it('on SIGTERM finishes every request in flight, then stops', async () => {
    const inFlight = Array.from({ length: 20 }, () => ask('{ crossBorderLinks(caseId: "case:EE-PPA:EE-2024-0117") { shortest } }'));
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    // While draining it is no longer ready, and it still answers requests that arrive.
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`${base}/health/ready`)).status).toBe(503);
    inFlight.push(ask('{ crossBorderLinks(caseId: "case:EE-PPA:EE-2024-0117") { shortest } }'));
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    for (const a of answers) expect(((await a.json()) as any).data.crossBorderLinks.length).toBe(2);
    expect(await exitCode).toBe(0);
    expect(log).toMatch(/shutting down/);
    expect(log).toMatch(/"msg":"stopped"/);
    await expect(fetch(`${base}/health/live`)).rejects.toThrow();
  });
});
