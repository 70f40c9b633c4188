// A deadlock injected into a bulk import (attack-and-fault-cases.md, Faults 3), step by step, each step
// awaited as a condition seen in SHOW TRANSACTIONS, never as a time. The import's cases all report three
// vehicles, which it locks in id order: FIRST, MIDDLE, LAST. A gate transaction of the test holds MIDDLE
// and the test's own holds LAST. (1) An import writer locks FIRST and waits for the gate. (2) The test asks
// for FIRST and waits for that writer. (3) The gate lets go: the writer asks for LAST, which closes the
// cycle, and Neo4j fails the writer's transaction with DeadlockDetected. The import runs it again. No case is lost or written twice, each has its one audit entry, and
// the import reports the retry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { importAudit, importCases, importSources } from '../../src/cases/importCases';
import { readSources } from '../../src/cases/readCases';
import { RequestAudit, verifyAuditChain } from '../../src/audit/audit';
import { SYSTEM } from '../../src/auth/identity';
import type { Database } from '../../src/db/database';
import { freshDatabase } from '../helpers';
import { openCase } from '../openCase';

const config = loadConfig();
let db: Database;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'deadlock-'));

// Three vehicles every case reports, in the import's lock order (ids sorted).
const [FIRST, MIDDLE, LAST] = ['AAA111', 'MMM555', 'ZZZ999'].map((plate) => `vehicle:LT:${plate}`);
const vehicles = (make: string) =>
  ['AAA111', 'MMM555', 'ZZZ999'].map((plate) => ({ plate, country: 'LT', make, holders: ['P1'] }));
const fiCase = (reference: string, make: string) => ({
  ...openCase('FI-POL', reference, '2025-01-01', 'FORCED_LABOUR'),
  persons: [{ id: 'P1', name: 'Driver', role: 'SUSPECT' }],
  vehicles: vehicles(make),
});

beforeAll(async () => {
  db = await freshDatabase();
  // The vehicles exist before the import, reported by an earlier case.
  expect((await importCases(db, [fiCase('FI-SEED', 'Volvo')])).cases.created).toBe(1);
});
afterAll(async () => {
  await db.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Waits (by asking, never by time) until `check` holds; gives up after `attempts` questions. */
async function until(check: () => Promise<boolean>, attempts = 2000): Promise<void> {
  for (let i = 0; i < attempts; i++) if (await check()) return;
  throw new Error('the condition never held');
}

it('two writers meet a deadlock: the transaction is run again, every case is written once with one audit entry, and the import says so', async () => {
  const references = ['FI-DL-1', 'FI-DL-2', 'FI-DL-3', 'FI-DL-4'];
  const file = path.join(work, 'cases.jsonl');
  fs.writeFileSync(file, references.map((r, i) => JSON.stringify(fiCase(r, `Make ${i}`))).join('\n'));

  const ask = async <T>(query: string, params: Record<string, unknown> = {}) => {
    const admin = db.driver.session();
    try {
      return (await admin.run(query, params)).records.map((r) => r.toObject() as T);
    } finally {
      await admin.close();
    }
  };
  /** A transaction of the test, with its id as SHOW TRANSACTIONS shows it. */
  const open = async (app: string) => {
    const session = db.driver.session();
    const tx = session.beginTransaction({ metadata: { app } });
    await tx.run('RETURN 1');
    const [{ id }] = await ask<{ id: string }>(
      'SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.app = $app RETURN id',
      { app },
    );
    const lock = (vehicle: string) => tx.run('MATCH (v:Vehicle {id: $id}) SET v.heldByTest = true', { id: vehicle });
    const end = async () => {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    };
    return { id, lock, end, run: (query: string) => tx.run(query) };
  };
  /** Whether a transaction of `app` is waiting for `holder`'s lock. */
  const waitsFor = async (app: string, holder: string) => {
    const [{ n }] = await ask<{ n: number }>(
      'SHOW TRANSACTIONS YIELD status, metaData WHERE metaData.app = $app AND status CONTAINS $holder RETURN count(*) AS n',
      { app, holder: `${holder}]` },
    );
    return Number(n) > 0;
  };

  const gate = await open('deadlock-gate');
  const test = await open('deadlock-test');
  try {
    await gate.lock(MIDDLE);
    await test.lock(LAST);
    // Which transaction of a cycle Neo4j fails: with one lock, the test's was failed (seen while writing
    // this test); holding far more locks than a writer's, the writer's is. Rolled back at the end.
    await test.run('UNWIND range(1, 2000) AS i CREATE (:DeadlockBallast {i: i})');
    const audit = new RequestAudit(
      { hitSecret: config.hitSecret, keys: config.audit.keys },
      { ...SYSTEM, analyst: 'deadlock-test', purpose: 'injected deadlock' },
    );
    const rejections: unknown[] = [];
    const importing = importSources(db, readSources([file]), {
      batchSize: 1,
      writers: 2,
      audit: importAudit(audit),
      onRejection: (r) => rejections.push(r),
    });
    importing.catch(() => undefined); // awaited below, after the steps
    // (1) A writer holds FIRST and waits for the gate.
    await until(() => waitsFor('linkgraph', gate.id));
    // (2) The test asks for FIRST and waits for that writer.
    let testFailed: string | null = null;
    const testLock = test.lock(FIRST).then(
      () => undefined,
      (error: { code?: string }) => {
        testFailed = error.code ?? 'failed';
      },
    );
    await until(async () =>
      (
        await ask<{ s: string }>(
          "SHOW TRANSACTIONS YIELD status, metaData WHERE metaData.app = 'deadlock-test' RETURN status AS s",
        )
      )[0].s.startsWith('Blocked by'),
    );
    // (3) The gate lets go: the writer asks for LAST, which the test holds, and the cycle is closed.
    await gate.end();
    await testLock; // the writer's transaction failed, so the test has FIRST
    await test.end();

    const totals = await importing;
    expect(testFailed).toBeNull();
    expect(rejections).toEqual([]);
    expect(totals.cases).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 0 });
    expect(totals.retried).toBeGreaterThanOrEqual(1);
  } finally {
    await gate.end();
    await test.end();
  }

  // Every case once, each reporting each vehicle once, and each with its one audit entry.
  const rows = await db.read('cases/caseVersions', { ids: references.map((r) => `case:FI-POL:${r}`) });
  expect(rows.map((r) => r.id).sort()).toEqual(references.map((r) => `case:FI-POL:${r}`));
  const mentions = await (async () => {
    const s = db.driver.session();
    try {
      return (
        await s.run(
          `MATCH (c:Case)-[m:MENTIONS]->(v:Vehicle) WHERE c.id STARTS WITH 'case:FI-POL:FI-DL-'
           RETURN c.id AS caseId, v.id AS vehicle, count(m) AS n ORDER BY caseId, vehicle`,
        )
      ).records.map((r) => [r.get('caseId'), r.get('vehicle'), Number(r.get('n'))]);
    } finally {
      await s.close();
    }
  })();
  expect(mentions).toEqual(references.flatMap((r) => [FIRST, MIDDLE, LAST].map((v) => [`case:FI-POL:${r}`, v, 1])));
  const entries = await (async () => {
    const s = db.driver.session();
    try {
      return (
        await s.run(
          `MATCH (e:AuditEntry) WHERE e.outcome STARTS WITH 'wrote ' AND e.outcome CONTAINS 'FI-DL-' RETURN e.outcome AS o ORDER BY o`,
        )
      ).records.map((r) => r.get('o') as string);
    } finally {
      await s.close();
    }
  })();
  expect(entries).toEqual(references.map((r) => `wrote case:FI-POL:${r} CREATED`));
  expect(await verifyAuditChain(db, config.audit.keys)).toMatchObject({ ok: true, problem: null });
});
