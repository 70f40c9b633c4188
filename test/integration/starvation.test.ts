// One caller cannot starve the rest (issue 13, weakness 9), through a real HTTP API of this suite's own
// on a small pool: an agency's flood of aliased network metrics is held to its budget (RATE_LIMITED, not
// 503) while another agency's light query and readiness answer; one request holds at most a few
// sessions; readiness answers even when every pooled connection is taken.
import type http from 'node:http';
import { loadConfig } from '../../src/config';
import type { Exchange } from '../../src/context';
import { mintDevToken } from '../../src/auth/identity';
import { Database } from '../../src/db/database';
import { importCases } from '../../src/cases/importCases';
import { Budget } from '../../src/fairUse';
import { demoCases, exchange, listenWithTokens, resetDatabase, testServer } from '../helpers';

const config = loadConfig();
const POOL = 8;
const limits = { ...exchange.limits, sessionsPerRequest: 2, expensivePerAnalyst: 2, expensivePerAgency: 3 };
const fair: Exchange = { ...exchange, limits, budget: new Budget(limits) };
const server = testServer();
let db: Database;
let api: http.Server;
let base: string;

beforeAll(async () => {
  // A small pool with a short wait for a connection: without the budget, the flood below takes it all.
  // With it, the flooding agency holds at most 3 connections for long, plus short ones for its audit.
  db = new Database({ ...config.neo4j, poolSize: POOL, acquisitionTimeoutMs: 3_000, queryTimeoutMs: 15_000 });
  await resetDatabase(db);
  await importCases(db, demoCases());
  await server.start();
  // Readiness as src/main.ts checks it.
  ({ api, base } = await listenWithTokens(server, db, {
    exchange: fair,
    ready: async () => (await db.probe('health/migrated'))[0]?.ready === true,
  }));
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => api.close(resolve));
  await server.stop();
  await db.close();
});

const token = (agency: string, country: string, analyst: string) =>
  mintDevToken(config, { analyst, agency, country, roles: ['analyst'] });
async function post(bearer: string, query: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'x-purpose': 'starvation test' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json() };
}
/** Resolves once `condition` holds, checking as often as the event loop allows (no fixed sleep). */
async function until(condition: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// Seeds the EE analysts may name: their own cases and a phone they hold (another agency's case id answers
// as absent). Depth 3 from them reaches most of the demo graph.
const SEEDS = '["case:EE-PPA:EE-2024-0117", "case:EE-PPA:EE-2023-0550", "phone:+37253334444"]';
const FLOOD = `{ ${Array.from({ length: 15 }, (_, i) => `m${i}: networkMetrics(seeds: ${SEEDS}, depth: 3) { components communities }`).join(' ')} }`;

it('four requests of 15 aliased networkMetrics from one agency: over-budget ones get RATE_LIMITED, another agency and readiness still answer', async () => {
  const tokens = await Promise.all([1, 2, 3, 4].map((i) => token('EE-PPA', 'EE', `ee.flood.${i}`)));
  const light = await token('FI-POL', 'FI', 'fi.analyst.7');
  let settled = 0;
  const flood = tokens.map((t) =>
    post(t, FLOOD).finally(() => {
      settled += 1;
    }),
  );
  try {
    await until(() => db.sessionsOpen > 0 || settled === tokens.length, 'the flood to reach the database');
    const [other, ready] = await Promise.all([
      post(light, '{ case(id: "case:FI-POL:FI-2024-0456") { reference } }'),
      fetch(`${base}/health/ready`).then((r) => r.status),
    ]);
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ data: { case: { reference: 'FI-2024-0456' } } });
    expect(ready).toBe(200);

    // networkMetrics is non-null, so a request with a refused alias answers data: null and its errors.
    const answers = await Promise.all(flood);
    const codes = answers.flatMap((a) => {
      expect(a.status).toBe(200);
      return ((a.body.errors ?? []) as Array<{ extensions: { code: string } }>).map((e) => e.extensions.code);
    });
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['RATE_LIMITED']));
    const refusal = answers.flatMap((a) => a.body.errors ?? [])[0];
    expect(refusal.message).toMatch(
      /^networkMetrics: (analyst ee\.flood\.\d|agency EE-PPA) already runs \d expensive operations/,
    );
  } finally {
    // Refused aliases answer at once while the admitted metrics still run: they end before anything else.
    await Promise.allSettled(flood);
    await until(() => db.sessionsOpen === 0, 'the admitted metrics to finish');
  }
  // The budget was given back as the admitted metrics finished: the same analyst now runs two at once.
  const two = await post(
    tokens[0],
    `{ a: networkMetrics(seeds: ${SEEDS}, depth: 1) { components } b: networkMetrics(seeds: ${SEEDS}, depth: 2) { components } }`,
  );
  expect(two.body.errors).toBeUndefined();
  expect(two.body.data.a.components).toBeGreaterThan(0);
}, 180_000);

it('one request holds at most DB_SESSIONS_PER_REQUEST sessions; its other fields wait their turn', async () => {
  const fi = await token('FI-POL', 'FI', 'fi.analyst.7');
  await until(() => db.sessionsOpen === 0, 'an idle pool'); // the peak below is this request's alone
  let peak = 0;
  let done = false;
  const sample = async () => {
    while (!done) {
      peak = Math.max(peak, db.sessionsOpen);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const sampling = sample();
  // Fifteen aliased hot-spot lists, each its own statement (no DataLoader batches them).
  const query = `{ ${Array.from({ length: 15 }, (_, i) => `h${i}: hotSpots(first: ${i + 1}, filter: { countries: ["EE", "FI", "SE", "LV"] }) { edges { node { caseCount } } }`).join(' ')} }`;
  const res = await post(fi, query).finally(() => {
    done = true;
  });
  await sampling;
  expect(res.body.errors).toBeUndefined();
  expect(Object.keys(res.body.data)).toHaveLength(15);
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThanOrEqual(limits.sessionsPerRequest);
}, 60_000);

it('readiness answers while every pooled connection is held by callers', async () => {
  const sessions = Array.from({ length: POOL }, () => db.driver.session());
  const held = await Promise.all(
    sessions.map(async (s) => {
      const tx = await s.beginTransaction();
      await tx.run('RETURN 1');
      return tx;
    }),
  );
  try {
    const res = await fetch(`${base}/health/ready`);
    expect(res.status).toBe(200);
    // A caller meanwhile is shed as "busy", which readiness is not.
    const fi = await post(
      await token('FI-POL', 'FI', 'fi.analyst.7'),
      '{ case(id: "case:FI-POL:FI-2024-0456") { reference } }',
    );
    expect(fi.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  } finally {
    await Promise.all(held.map((tx) => tx.rollback()));
    await Promise.all(sessions.map((s) => s.close()));
  }
}, 60_000);
