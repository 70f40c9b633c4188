// Survival under faults, against a Neo4j of this suite's own (port 7693), which it stops, kills and
// restarts: the API rides out a Neo4j restart without being restarted itself, a bulk import killed with
// Neo4j's kill -9 resumes to exact counts, a runaway query is stopped by the transaction timeout while
// other requests are served, and pool exhaustion sheds load with fast, clear errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { Database } from '../../src/db/database';
import { createHttpServer } from '../../src/http';
import { importCases } from '../../src/cases/importCases';
import { demoCases, exchange, logger, resetDatabase, testServer } from '../helpers';

const root = path.join(__dirname, '..', '..');
// Its own Neo4j, on a port of its own: SURVIVAL_BOLT_PORT when another run on this machine holds 7693.
const PORT = process.env.SURVIVAL_BOLT_PORT ?? '7693';
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'survival-neo4j-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'survival-data-'));
const uri = `bolt://127.0.0.1:${PORT}`;
const env = {
  ...process.env,
  NEO4J_BOLT_PORT: PORT,
  NEO4J_HOME: home,
  NEO4J_HEAP: '1g',
  NEO4J_PAGECACHE: '256m',
  NEO4J_URI: uri,
};
const config = loadConfig(env);

// Asynchronous, so the API under test keeps serving (and keeps its sockets' timers honest) meanwhile.
const neo4j = (command: 'start' | 'stop') =>
  new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [path.join(root, 'neo4j', 'db.sh'), command], { env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db.sh ${command} failed: ${out}`))));
  });
/** kill -9, then wait until the process is gone or a zombie (not yet reaped): only then can it be started again. */
async function killNeo4j(): Promise<void> {
  const pid = Number(fs.readFileSync(path.join(home, 'launcher.pid'), 'utf8'));
  process.kill(pid, 'SIGKILL');
  const dead = () => {
    try {
      return /^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return true; // no such process any more
    }
  };
  while (!dead()) await new Promise((r) => setTimeout(r, 20));
}
const database = (overrides: Partial<ConstructorParameters<typeof Database>[0]> = {}) =>
  new Database({ ...config.neo4j, queryTimeoutMs: 15_000, ...overrides });

async function counts(db: Database) {
  const session = db.driver.session();
  try {
    const r = await session.run(`MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead AND NOT n:Notification
      WITH count(n) AS nodes, count(DISTINCT n.id) AS ids, count(n.id) AS withId
      CALL () { MATCH (a)-[r]->() WHERE NOT a:Notification RETURN count(r) AS relationships }
      RETURN nodes, ids, withId, relationships`);
    const x = r.records[0];
    return {
      nodes: x.get('nodes').toNumber(),
      ids: x.get('ids').toNumber(),
      withId: x.get('withId').toNumber(),
      relationships: x.get('relationships').toNumber(),
    };
  } finally {
    await session.close();
  }
}
/** What each case reports: a half-written case would show fewer mentions or persons than a whole one. */
async function perCase(db: Database): Promise<Record<string, string>> {
  const session = db.driver.session();
  try {
    const r = await session.run(
      'MATCH (c:Case) RETURN c.id AS id, c.version AS v, COUNT { (c)-[:MENTIONS]->() } AS m, COUNT { (c)-[:INVOLVES]->() } AS p',
    );
    return Object.fromEntries(r.records.map((x) => [x.get('id'), `${x.get('v')} ${x.get('m')} ${x.get('p')}`]));
  } finally {
    await session.close();
  }
}

/** An API (the real HTTP front and server) over its own driver; it is never restarted in these tests. */
async function startApi(db: Database) {
  const server = testServer();
  await server.start();
  const api = createHttpServer(server, {
    maxBodyBytes: 1 << 20,
    logger,
    context: async (_req, requestId) => createContext(db, logger, exchange, undefined, requestId),
    ready: async () => (await db.read('health/migrated'))[0]?.ready === true,
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: await res.json() };
  };
  const ready = async () => (await fetch(`${base}/health/ready`)).status;
  const stop = async () => {
    await new Promise((resolve) => api.close(resolve));
    await server.stop();
  };
  return { post, ready, stop };
}

beforeAll(() => neo4j('start'), 240_000);
afterAll(async () => {
  await neo4j('stop');
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('survival', () => {
  it('Neo4j stopped and restarted under the running API: unavailable and not ready while down, serving again after', async () => {
    const db = database({ maxRetryMs: 2_000, acquisitionTimeoutMs: 2_000 });
    await resetDatabase(db);
    await importCases(db, demoCases());
    const api = await startApi(db);
    try {
      const query = '{ case(id: "case:EE-PPA:EE-2024-0117") { reference } }';
      expect((await api.post(query)).body).toEqual({ data: { case: { reference: 'EE-2024-0117' } } });
      expect(await api.ready()).toBe(200);

      await neo4j('stop');
      const down = await api.post(query);
      expect(down.status).toBe(503);
      expect(down.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(down.body.errors[0].message).toMatch(/unavailable/);
      expect(JSON.stringify(down.body)).not.toMatch(/Neo4j|ECONNREFUSED|stack/);
      expect(await api.ready()).toBe(503);

      await neo4j('start');
      // A load balancer sends requests again once the instance says it is ready: wait for that condition
      // (on a busy machine the database accepts connections a while before it serves every write).
      for (const since = Date.now(); (await api.ready()) !== 200;) {
        if (Date.now() - since > 120_000) throw new Error('the API was not ready within 120 s of Neo4j starting');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect((await api.post(query)).body).toEqual({ data: { case: { reference: 'EE-2024-0117' } } });
    } finally {
      await neo4j('start'); // a no-op when it is running
      await api.stop();
      await db.close();
    }
  }, 240_000);

  it('Neo4j killed with kill -9 during a bulk import: after a restart and a re-run, exact counts, no duplicates, no half case', async () => {
    const gen = spawnSync(
      'node',
      [path.join(root, 'dist', 'seed', 'generate.js'), '--seed', '5', '--entities', '20000', '--out', work],
      { encoding: 'utf8' },
    );
    expect(gen.status).toBe(0);
    const file = path.join(work, 'cases.jsonl');
    const cli = path.join(root, 'dist', 'src', 'cli', 'import.js');
    const importRun = (args: string[] = []) =>
      spawnSync('node', [cli, '--no-progress', '--batch-size', '10', ...args, file], {
        env,
        encoding: 'utf8',
        timeout: 300_000,
      });

    // The reference: the same file imported without interruption.
    let db = database();
    await resetDatabase(db);
    expect(importRun().status).toBe(0);
    const whole = await counts(db);
    const wholeCases = await perCase(db);
    await resetDatabase(db);
    await db.close();

    // Kill Neo4j once some batches are committed.
    const child = spawn('node', [cli, '--no-progress', '--batch-size', '10', file], { env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    db = database({ maxRetryMs: 0 });
    for (;;) {
      const session = db.driver.session();
      const n = (await session.run('MATCH (c:Case) RETURN count(c) AS n')).records[0].get('n').toNumber();
      await session.close();
      if (n >= 100) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await db.close();
    await killNeo4j();
    expect(await exited).not.toBe(0);

    await neo4j('start');
    db = database();
    try {
      // Every committed case is whole: the same version, mentions and persons as in the reference.
      const committed = await perCase(db);
      expect(Object.keys(committed).length).toBeGreaterThanOrEqual(100);
      for (const [id, shape] of Object.entries(committed)) expect([id, shape]).toEqual([id, wholeCases[id]]);

      const rerun = importRun();
      expect(rerun.status).toBe(0);
      expect(rerun.stdout).toMatch(
        new RegExp(`cases: \\d+ created, 0 updated, ${Object.keys(committed).length} unchanged, 0 rejected`),
      );
      const after = await counts(db);
      expect({ nodes: after.nodes, relationships: after.relationships }).toEqual({
        nodes: whole.nodes,
        relationships: whole.relationships,
      });
      expect(after.ids).toBe(after.withId); // no id twice
      expect(await perCase(db)).toEqual(wholeCases);
    } finally {
      await db.close();
    }
  }, 600_000);

  describe('under heavy queries', () => {
    // 3,000 cases in eight countries mentioning 30,000 phones at random (300,000 mentions): the hot-spot
    // ranking of all phones reads every mention, several hundred milliseconds of work.
    beforeAll(async () => {
      const db = database({ queryTimeoutMs: 120_000 });
      await resetDatabase(db);
      await importCases(db, demoCases());
      const session = db.driver.session();
      try {
        await session.run("UNWIND range(0, 29999) AS i CREATE (:Entity:Phone {id: 'phone:run' + i, e164: '+0' + i})");
        await session.run(`UNWIND range(0, 2999) AS i
          CREATE (:Case {id: 'case:RUN-' + (i % 8) + ':C' + i, agency: 'RUN-' + (i % 8), reference: 'C' + i, handle: 'hit:' + randomUUID(),
                         country: ['EE', 'FI', 'SE', 'NO', 'DK', 'LV', 'LT', 'IS'][i % 8], openedOn: date('2024-01-01'), typologies: ['OTHER']})`);
        // In batches of plain CREATEs: one 300,000-row MERGE transaction is slow on a 1 GB heap.
        await session.run(`UNWIND range(1, 300000) AS k
          CALL (k) {
            WITH k, (k * 7919) % 3000 AS i
            MATCH (c:Case {id: 'case:RUN-' + (i % 8) + ':C' + i})
            MATCH (f:Entity {id: 'phone:run' + ((k * 104729) % 30000)})
            CREATE (c)-[:MENTIONS {caseId: c.id}]->(f)
          } IN TRANSACTIONS OF 20000 ROWS`);
        // A money hub: 80 accounts that all pay each other (6,320 transfers at random times). Tracing the
        // money back 6 transfers from one of them means on the order of 80^6 / 6! ≈ 10^8 time-ordered
        // chains even if the time order prunes the search as it goes: minutes of work on any machine.
        await session.run(
          "UNWIND range(0, 79) AS i CREATE (:Entity:Account {id: 'account:RUNAWAY' + i, iban: 'RUNAWAY' + i})",
        );
        await session.run(`MATCH (a:Account) WHERE a.id STARTS WITH 'account:RUNAWAY'
          MATCH (b:Account) WHERE b.id STARTS WITH 'account:RUNAWAY' AND a <> b
          CREATE (a)-[:SENT {caseId: 'case:RUN-0:C0'}]->(:MoneyTransfer {
            id: 'transfer:RUN-0:C0:' + a.iban + '-' + b.iban, amount: 100.0, currency: 'EUR', channel: 'BANK',
            time: datetime('2024-01-01T00:00:00Z') + duration({seconds: toInteger(rand() * 10000000)})
          })-[:TO]->(b)`);
      } finally {
        await session.close();
        await db.close();
      }
    }, 240_000);
    // A country filter makes the ranking read every mention (without one, the counts kept by imports answer).
    const heavy =
      '{ hotSpots(first: 20, filter: { types: [PHONE], countries: ["EE", "FI", "SE", "NO", "DK", "LV", "LT", "IS"] }) { edges { node { caseCount } } } }';
    const light = '{ case(id: "case:EE-PPA:EE-2024-0117") { reference } }';

    it('a runaway query is stopped by the transaction timeout, and the API answers others meanwhile', async () => {
      const db = database({ queryTimeoutMs: 2_000 });
      const api = await startApi(db);
      try {
        const started = Date.now();
        const runaway = api.post(
          '{ moneyFlow(fromId: "account:RUNAWAY0", direction: BACKWARD, maxHops: 6) { chains { transfers { id } } } }',
        );
        for (let i = 0; i < 3; i++)
          expect((await api.post(light)).body).toEqual({ data: { case: { reference: 'EE-2024-0117' } } });
        const stopped = await runaway;
        const took = Date.now() - started;
        expect(stopped.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(stopped.body.errors[0].message).toMatch(/took longer than the time limit/);
        expect(took).toBeLessThan(30_000); // stopped near its 2 s limit, not run to the end
        expect((await api.post(light)).body.data.case.reference).toBe('EE-2024-0117');
      } finally {
        await api.stop();
        await db.close();
      }
    }, 120_000);

    it('150 concurrent heavy requests on a pool of 4: the excess gets a fast, clear "busy" error; no hang, no crash', async () => {
      const db = database({ poolSize: 4, acquisitionTimeoutMs: 500, queryTimeoutMs: 5_000 });
      const api = await startApi(db);
      try {
        const answers = await Promise.all(Array.from({ length: 150 }, () => api.post(heavy)));
        const codes = answers.map((a) => (a.body.errors ? a.body.errors[0].extensions.code : 'ok'));
        expect(new Set(codes)).toEqual(new Set(codes.filter((c) => c === 'ok' || c === 'SERVICE_UNAVAILABLE')));
        const busy = answers.filter((a) => /busy|unavailable|time limit/.test(a.body.errors?.[0]?.message ?? ''));
        expect(busy.length).toBeGreaterThan(0);
        expect((await api.post(light)).body.data.case.reference).toBe('EE-2024-0117');
      } finally {
        await api.stop();
        await db.close();
      }
    }, 180_000);
  });
});
