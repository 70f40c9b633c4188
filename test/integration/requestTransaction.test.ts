// One read transaction per request, against the real Neo4j: a request's reads (root statement, nested
// DataLoader batches, verdicts) share one transaction, its audit entry is one more, and a write is read
// back by the next request through the bookmark it left.
import { demoCases, execute, resetDatabase, testDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';
import { FOLLOWED_RELATIONSHIPS, REPORTED_TYPES } from '../../src/model/registry';
import { labelOf } from '../../src/links/analysis';
import type { StoredNode } from '../../src/model/nodes';
import { TYPOLOGIES } from '../../src/cases/caseInput';

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
  expect(cases.every((c) => c.id.startsWith('case:EE-PPA:'))).toBe(true); // others' cases are not listed
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

describe('verdicts in the root statement', () => {
  const EE_CASE = 'case:EE-PPA:EE-2024-0117';
  const VAN = 'vehicle:LT:KRT512';

  /** What access/reports.cypher gives for these ids, per id (the lookup the statements' reports replace). */
  async function lookedUp(ids: string[]): Promise<Map<string, unknown[]>> {
    const rows = await db.read('access/reports', { ids, agency: EE.agency });
    const byId = new Map<string, unknown[]>(ids.map((id) => [id, []]));
    for (const { id, ...report } of rows) byId.get(id)!.push(report);
    return byId;
  }

  it("hotSpots, paths and subgraph bring each node's reports, the same as the verdict lookup's", async () => {
    // The parameters the API sends for an unfiltered page, and the filtered statement's extra ones.
    const ranked = {
      agency: EE.agency,
      labels: REPORTED_TYPES.map(labelOf),
      minCountries: 2,
      afterCountries: null,
      afterCases: null,
      afterId: null,
      salt: null,
      limit: 50,
    };
    const hot = await db.read('entities/hotSpotsRanked', ranked);
    // The filtered statement (a filter given) brings its reports the same way.
    const filtered = await db.read('entities/hotSpots', {
      ...ranked,
      shared: [],
      countries: null,
      typologies: [...TYPOLOGIES],
      openedFrom: null,
      openedTo: null,
    });
    const paths = await db.read('links/paths', {
      agency: EE.agency,
      fromId: EE_CASE,
      toId: VAN,
      maxLength: 6,
      maxDegree: 50,
      relationships: FOLLOWED_RELATIONSHIPS,
      salt: null,
      matchThreshold: 0.5,
    });
    const [sub] = await db.read('links/subgraph', {
      agency: EE.agency,
      seeds: [EE_CASE],
      depth: 2,
      relationshipFilter: FOLLOWED_RELATIONSHIPS.join('|'),
      labelFilter: '-Agency',
      cap: 5000,
    });
    const brought = [
      ...hot.map((r) => [r.node, r.reports] as const),
      ...filtered.map((r) => [r.node, r.reports] as const),
      ...paths.flatMap((r) => r.nodes.map((n, i) => [n, r.reports[i]] as const)),
      ...sub.nodes.map((n, i) => [n, sub.reports[i]] as const),
    ];
    // The Estonian cases' hot spots (the nodes they report that cases of other countries report too).
    expect(hot.length).toBeGreaterThan(2);
    expect(filtered.length).toBeGreaterThan(2);
    expect(paths.length).toBeGreaterThan(0);
    expect(sub.nodes.length).toBeGreaterThan(5);
    // Cases, entities and persons come with reports; transfers, identities and agencies need none.
    const reported = (n: StoredNode) => ['Case', 'Entity', 'Person'].some((l) => n.labels.includes(l));
    for (const [n, reports] of brought)
      expect({ id: n.id, brought: reports !== null }).toEqual({ id: n.id, brought: reported(n) });
    const decided = brought.filter(([n]) => reported(n)).map(([n, reports]) => [n.id, reports] as const);
    expect(decided.length).toBeGreaterThan(10);
    const expected = await lookedUp([...new Set(decided.map(([id]) => id))]);
    for (const [id, reports] of decided) expect({ id, reports }).toEqual({ id, reports: expected.get(id) });
    // As the in-process caller (sees all): no reports asked.
    const system = await db.read('links/subgraph', {
      agency: null,
      seeds: [EE_CASE],
      depth: 1,
      relationshipFilter: FOLLOWED_RELATIONSHIPS.join('|'),
      labelFilter: '-Agency',
      cap: 5000,
    });
    expect(system[0].reports.every((r) => r === null)).toBe(true);
  });

  it("a node's cases and mentions bring each case's row and report, the same as the verdict lookup's", async () => {
    const rows = await db.read('entities/reportingCases', { ids: [VAN], agency: EE.agency });
    expect(rows.length).toBeGreaterThan(1);
    const expected = await lookedUp(rows.map((r) => r.caseId));
    for (const r of rows)
      expect({ id: r.caseId, reports: r.reports }).toEqual({ id: r.caseId, reports: expected.get(r.caseId) });
    const statements = db.statementsRun;
    const res = await execute(
      server,
      db,
      'query($id: ID!) { node(id: $id) { ... on Vehicle { cases { id access reference } mentions { case { id access } asWritten } } } }',
      { id: VAN },
      EE,
    );
    expect(res.errors).toBeUndefined();
    const text = JSON.stringify(res.data);
    expect(text).toContain('"access":"HIT"'); // the Lithuanian case
    expect(text).toContain('"access":"FULL"'); // the Estonian one
    // nodesById beside the node's verdict lookup, reportingCases, the audit entry's two: no case or verdict lookup.
    expect(db.statementsRun - statements).toBe(5);
  });

  it.each([
    [
      'hotSpots',
      '{ hotSpots(first: 20) { edges { node { entity { id type label access } countries caseCount } } } }',
      {},
    ],
    [
      'paths',
      'query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, k: 10) { length nodes { id type label access } } }',
      { a: EE_CASE, b: VAN },
    ],
    [
      'subgraph',
      'query($s: ID!) { subgraph(seeds: [$s], depth: 2) { nodes { id type label access } edges { id source target } } }',
      { s: EE_CASE },
    ],
  ])('%s looks up no verdict beside its statement', async (_name, query, variables) => {
    const statements = db.statementsRun;
    const res = await execute(server, db, query, variables, EE);
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).toContain('"access":"HIT"'); // other agencies' nodes are among them
    const reads = db.statementsRun - statements - 2; // the audit entry: the head's lock and the append
    // paths first asks whether both ends exist (entities/nodesById)
    expect(reads).toBe(_name === 'paths' ? 2 : 1);
  });
});
