// The service as operators run it: the real entry point (dist/src/main.js) as a child process, with its
// health endpoints, Prometheus metrics, JSON request logs without personal data, and a graceful
// shutdown that loses no request in flight.
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { SignJWT } from 'jose';
import { loadConfig } from '../../src/config';
import { mintDevToken } from '../../src/auth/identity';
import { importCases } from '../../src/cases/importCases';
import { demoCases, resetDatabase, testDatabase } from '../helpers';
import { LIMITS } from '../../src/documentLimits';

const PORT = 4791;
const base = `http://127.0.0.1:${PORT}`;
const config = loadConfig();
let child: ChildProcess;
let log = '';
let exitCode: Promise<number | null>;
let token: string;

beforeAll(async () => {
  const db = testDatabase();
  try {
    await resetDatabase(db);
    await importCases(db, demoCases());
  } finally {
    await db.close();
  }
  token = await mintDevToken(config, { analyst: 'ee.analyst.1', agency: 'EE-PPA', country: 'EE', roles: ['analyst'] });
  child = spawn('node', [path.join(__dirname, '..', '..', 'dist', 'src', 'main.js')], {
    // A drain window far above what the 20 requests below need to reach the server, even on a loaded
    // machine: a connection still in the listen queue when the listener closes is reset by the kernel.
    env: { ...process.env, PORT: String(PORT), LOG_LEVEL: 'info', SHUTDOWN_DRAIN_MS: '10000' },
  });
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
    child.stderr!.on('data', (d) => {
      log += d;
    });
  });
}, 90_000);
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

async function waitFor(condition: () => boolean) {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

const ask = (query: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'EE-2024-0117' },
    body: JSON.stringify({ query }),
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
    await waitFor(() => log.includes(requestId));
    const line = log.split('\n').find((l) => l.includes(requestId))!;
    expect(JSON.parse(line)).toMatchObject({
      requestId,
      operation: 'query:search',
      outcome: 'ok',
      status: 200,
      agency: 'EE-PPA',
      msg: 'graphql request',
    });
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

  it('a syntax error or a document over the token limit answers 400 GRAPHQL_PARSE_FAILED, logged and counted', async () => {
    const cases = [
      ['{ case(id: "x") { id }', /^Syntax Error: Expected Name, found <EOF>/],
      [
        `{ ${'__typename '.repeat(LIMITS.tokens + 1)} }`,
        new RegExp(
          `^Document limit: the document has more than ${LIMITS.tokens} tokens; the limit is ${LIMITS.tokens}\\.`,
        ),
      ],
    ] as const;
    for (const [query, message] of [...cases, cases[1]]) {
      const res = await ask(query);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(body.errors[0].message).toMatch(message);
      const requestId = res.headers.get('x-request-id')!;
      await waitFor(() => log.includes(requestId));
      const line = JSON.parse(log.split('\n').find((l) => l.includes(requestId))!);
      expect(line).toMatchObject({
        requestId,
        operation: 'unparsed',
        status: 400,
        outcome: 'GRAPHQL_PARSE_FAILED',
        agency: 'EE-PPA',
        msg: 'graphql request',
      });
    }
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/^linkgraph_graphql_errors_total\{code="GRAPHQL_PARSE_FAILED"\} 3$/m);
    expect(text).not.toMatch(/code="INTERNAL_SERVER_ERROR"/);
  });

  it('on SIGTERM finishes every request in flight, then stops', async () => {
    const inFlight = Array.from({ length: 20 }, () =>
      ask('{ crossBorderLinks(caseId: "case:EE-PPA:EE-2024-0117") { shortest } }'),
    );
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    // While draining it is no longer ready, and it still answers requests that arrive.
    // (The signal is handled when the process gets to it: wait for that, not for a time.)
    let ready = 200;
    while (ready === 200) ready = (await fetch(`${base}/health/ready`)).status;
    expect(ready).toBe(503);
    inFlight.push(ask('{ crossBorderLinks(caseId: "case:EE-PPA:EE-2024-0117") { shortest } }'));
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    for (const a of answers) expect((await a.json()).data.crossBorderLinks.length).toBe(2);
    expect(await exitCode).toBe(0);
    expect(log).toMatch(/shutting down/);
    expect(log).toMatch(/"msg":"stopped"/);
    await expect(fetch(`${base}/health/live`)).rejects.toThrow();
  });
});
afterAll(() => {
  if (process.env.OPS_LOG) process.stdout.write(log);
});

// The drain as deployed: NODE_ENV=production (with a real key pair, as production demands) and the default
// (no NODE_ENV, development). Apollo's own signal handlers are on outside NODE_ENV=test, so only these
// runs can show that SIGTERM drains instead of exiting at once with 143.
describe.each([
  ['production', { NODE_ENV: 'production' }],
  ['the default NODE_ENV', { NODE_ENV: undefined }],
])('SIGTERM under %s', (mode, modeEnv) => {
  const port = mode === 'production' ? 4792 : 4793;
  const url = `http://127.0.0.1:${port}`;
  let api: ChildProcess;
  let out = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let bearer: string;

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...modeEnv,
      PORT: String(port),
      LOG_LEVEL: 'info',
      SHUTDOWN_DRAIN_MS: '5000',
    };
    if (mode === 'production') {
      const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
      env.AUTH_PUBLIC_KEY = publicKey.export({ type: 'spki', format: 'pem' }).toString();
      env.HIT_SECRET = crypto.randomBytes(32).toString('hex');
      env.AUDIT_HMAC_KEYS = `ops-test:${crypto.randomBytes(32).toString('base64')}`;
      bearer = await new SignJWT({ agency: 'EE-PPA', country: 'EE', roles: ['analyst'] })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('ee.analyst.1')
        .setIssuer(config.auth.issuer)
        .setAudience(config.auth.audience)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
    } else {
      bearer = token;
    }
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    api = spawn('node', [path.join(__dirname, '..', '..', 'dist', 'src', 'main.js')], { env });
    exited = new Promise((resolve) => api.on('exit', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve, reject) => {
      api.on('exit', () => reject(new Error(`API exited before it was ready:\n${out}`)));
      api.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('GraphQL API ready')) resolve();
      });
      api.stderr!.on('data', (d) => {
        out += d;
      });
    });
  }, 120_000);
  afterAll(() => {
    if (api && api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
  });

  const query = (q: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'x-purpose': 'EE-2024-0117' },
      body: JSON.stringify({ query: q }),
    });
  const links = '{ crossBorderLinks(caseId: "case:EE-PPA:EE-2024-0117") { shortest } }';

  /** A request whose body is still arriving: the server has it in hand, and cannot answer before the rest. */
  function slowRequest() {
    const body = JSON.stringify({ query: links });
    const req = http.request(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        authorization: `Bearer ${bearer}`,
        'x-purpose': 'EE-2024-0117',
      },
    });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 10));
    return {
      answer,
      finish: () => req.end(body.slice(10)),
      sent: new Promise<void>((resolve) => req.on('socket', (s) => s.on('connect', () => resolve()))),
    };
  }

  it('turns not-ready, keeps answering, finishes the request in flight, logs "stopped" and exits 0', async () => {
    expect((await query(links)).status).toBe(200);
    const seen: string[] = [];
    const slow = slowRequest();
    await slow.sent;
    api.kill('SIGTERM');
    // Draining: readiness 503 (a load balancer stops sending), and requests that still come are answered.
    let ready = 200;
    while (ready === 200) ready = (await fetch(`${url}/health/ready`)).status;
    seen.push(`ready ${ready}`);
    expect(ready).toBe(503);
    const during = await query(links);
    seen.push(`graphql during the drain ${during.status}`);
    expect(during.status).toBe(200);
    expect((await during.json()).data.crossBorderLinks).toHaveLength(2);
    // After the drain the listener closes: new connections are refused, while the slow request is still open.
    for (;;) {
      const status = await fetch(`${url}/health/live`).then(
        (r) => r.status,
        () => 'refused',
      );
      if (status === 'refused') break;
      if (!seen.includes(`live ${status}`)) seen.push(`live ${status}`);
    }
    seen.push('new connection refused');
    expect(api.exitCode).toBeNull();
    slow.finish();
    const answer = await slow.answer;
    seen.push(`request in flight since before SIGTERM ${answer.status}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.crossBorderLinks).toHaveLength(2);
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(out).toMatch(/shutting down/);
    expect(out).toMatch(/"msg":"stopped"/);
    seen.push('exit 0, "stopped" logged');
    if (process.env.DRAIN_TRACE) process.stdout.write(`${mode}: ${seen.join(' → ')}\n`);
  }, 120_000);
});
