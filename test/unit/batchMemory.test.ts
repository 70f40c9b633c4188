// A batch larger than Neo4j's transaction memory is written in halves (writeCases), each case still whole
// in one transaction. Neo4j Community cannot lower that limit at run time, and a real overflow takes a
// 5000-case batch (bench/results/import-100k.md), so this test stands in for the database: a transaction
// of more than `limit` statements' worth of cases fails as Neo4j's memory pool does.
import { writeCases } from '../../src/cases/importCases';
import { validateCase, type NormalisedCase } from '../../src/cases/caseInput';
import type { Database, Run } from '../../src/db/database';
import demo from '../../seed/demo.json';

const cases: NormalisedCase[] = (demo as unknown[]).map((c) => {
  const v = validateCase(c);
  if (!v.ok) throw new Error('demo case invalid');
  return v.case;
});

/** Commits transactions of at most `limit` cases (as caseVersions names them); larger ones fail. */
function database(limit: number) {
  const committed: string[][] = [];
  const db = {
    async transaction<T>(_mode: string, work: (run: Run) => Promise<T>): Promise<T> {
      let ids: string[] = [];
      const run = (async (name: string, params?: { ids?: string[] }) => {
        if (name === 'cases/caseVersions') ids = params?.ids ?? [];
        if (ids.length > limit)
          throw Object.assign(new Error('The allocation of an extra 2.0 MiB would use more than the limit'), {
            code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
          });
        return {
          rows: [],
          counters: {
            nodesCreated: 0,
            nodesDeleted: 0,
            relationshipsCreated: 0,
            relationshipsDeleted: 0,
            propertiesSet: 0,
          },
        };
      }) as unknown as Run;
      const result = await work(run);
      committed.push(ids);
      return result;
    },
    read: () => Promise.resolve([]),
  };
  return { db: db as unknown as Database, committed };
}

it('writes a batch too large for the transaction memory in halves, every case once and whole', async () => {
  const { db, committed } = database(3);
  const { outcomes } = await writeCases(db, cases);
  expect([...outcomes.values()].map((o) => o.status)).toEqual(cases.map(() => 'CREATED'));
  expect(committed.every((ids) => ids.length <= 3)).toBe(true);
  expect(committed.flat().sort()).toEqual(cases.map((c) => c.id).sort());
});

it('still stops the import when one case alone outgrows it', async () => {
  const { db } = database(0);
  await expect(writeCases(db, cases.slice(0, 2))).rejects.toMatchObject({
    code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  });
});
