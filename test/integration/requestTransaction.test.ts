// One read transaction per request, against the real Neo4j: a request's reads (root statement, nested
// DataLoader batches, verdicts) share one transaction, its audit entry is one more, and a write is read
// back by the next request through the bookmark it left.
import { demoCases, execute, resetDatabase, testDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';

let db: Database;
const server = testServer();
const EE: Viewer = { analyst: 'ee.analyst.1', agency: 'EE-PPA', country: 'EE', roles: ['analyst'], purpose: 'test' };
const IMPORT = 'mutation($c: [CaseInput!]!) { importCases(cases: $c) { casesCreated casesUpdated casesRejected } }';

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const res = await execute(server, db, IMPORT, { c: demoCases() });
  expect(res.errors).toBeUndefined();
}, 180_000);
afterAll(async () => {
  await server.stop();
  await db.close();
});

it('a request with nested lists reads in one transaction and writes its audit entry in one more', async () => {
  const transactions = db.transactionsRun;
  const statements = db.statementsRun;
  const res = await execute(
    server,
    db,
    '{ cases(first: 20) { id reference persons { person { id name } } entities { id label cases { id } } } }',
    {},
    EE,
  );
  expect(res.errors).toBeUndefined();
  const cases = res.data!.cases as Array<{ id: string; reference: string | null }>;
  expect(cases.some((c) => c.id.startsWith('case:EE-PPA:') && c.reference)).toBe(true);
  expect(cases.some((c) => !c.id.startsWith('case:EE-PPA:'))).toBe(true); // others' cases, as hits
  // The case list, its nested levels and the verdicts: several statements, one transaction.
  expect(db.statementsRun - statements).toBeGreaterThan(3);
  expect(db.transactionsRun - transactions).toBe(2);
  expect(db.sessionsOpen).toBe(0); // committed before the response was complete
});

it('a root field that reads nothing opens no read transaction: the audit entry is the only one', async () => {
  const transactions = db.transactionsRun;
  const res = await execute(server, db, '{ __typename }', {}, EE);
  expect(res.errors).toBeUndefined();
  expect(db.transactionsRun - transactions).toBe(1);
});

it("read-your-writes: an import's bookmark reaches the next request's read transaction, which sees the write", async () => {
  const bookmarks = db.driver.executeQueryBookmarkManager;
  const before = [...(await bookmarks.getBookmarks())];
  const changed = { ...(demoCases()[0] as Record<string, unknown>), title: 'Re-imported with a new title' };
  const res = await execute(server, db, IMPORT, { c: [changed] });
  expect(res.data!.importCases).toMatchObject({ casesUpdated: 1, casesRejected: 0 });
  const after = [...(await bookmarks.getBookmarks())];
  expect(after.length).toBeGreaterThan(0);
  expect(after).not.toEqual(before); // the write's bookmark, which every read session of the process begins with
  const read = await execute(server, db, '{ case(id: "case:EE-PPA:EE-2024-0117") { title } }', {}, EE);
  expect(read.data!.case).toEqual({ title: 'Re-imported with a new title' });
});
