// Access requests cannot be flooded (issue 13, weakness 5): one open request per requesting agency and
// case, a limit per agency and hour counted in the database, and the owner's lists paged with cursors
// so that no request drops out of view.
import { createContext, type Exchange } from '../../src/context';
import type { Viewer } from '../../src/auth/identity';
import type { Database } from '../../src/db/database';
import { exchange, execute, logger, resetDatabase, testDatabase, testServer, type GraphQLResult } from '../helpers';

let db: Database;
const server = testServer();

const analyst = (agency: string, country: string, name = `${agency.toLowerCase()}.analyst`): Viewer => ({
  analyst: name,
  agency,
  country,
  roles: ['analyst', 'loader'],
  purpose: 'flood test',
});
const FI = analyst('FI-POL', 'FI');
const EE = analyst('EE-PPA', 'EE', 'ee.analyst.1');
const EE2 = analyst('EE-PPA', 'EE', 'ee.analyst.2');
const REQUESTERS = [EE, analyst('SE-NOA', 'SE'), analyst('LV-VP', 'LV')];
const FI_CASES = 12;

const fiCase = (i: number) => ({
  reference: `FI-F${i}`,
  agency: { code: 'FI-POL', country: 'FI' },
  title: `Flood target ${i}`,
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2025-01-01',
  persons: [{ id: 'P1', name: `Henkilö ${i}`, role: 'SUSPECT' }],
  phones: [{ number: phoneOf(i), holders: ['P1'] }],
});
/** Each FI case's phone: what an EE analyst holds, and so reaches the case through as a hit. */
const phoneOf = (i: number) => `+358 40 123 45${String(i).padStart(2, '0')}`;
const REQUEST = `mutation($h: ID!, $j: NonEmptyString!) { requestAccess(caseHandle: $h, justification: $j) { id status fromAgency analyst } }`;

const q = (viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables, viewer) as Promise<any>;

/** Like `execute`, with this exchange's limits. */
async function withLimits(
  limits: Partial<Exchange['limits']>,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResult> {
  const custom: Exchange = { ...exchange, limits: { ...exchange.limits, ...limits } };
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: createContext(db, logger, custom, viewer) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.parse(JSON.stringify(response.body.singleResult)) as GraphQLResult;
}

let handles: string[] = [];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const res = await q(FI, `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated } }`, {
    cases: Array.from({ length: FI_CASES }, (_, i) => fiCase(i)),
  });
  expect(res.data.importCases.casesCreated).toBe(FI_CASES);
  // The handles an EE analyst gets as hits through the phones (the same for every agency: a handle names the case).
  handles = await Promise.all(
    Array.from(
      { length: FI_CASES },
      async (_, i) =>
        (await q(EE, `query($v: String!) { lookup(kind: PHONE, value: $v) { hit { caseHandle } } }`, { v: phoneOf(i) }))
          .data.lookup.hit.caseHandle as string,
    ),
  );
  for (const h of handles) expect(h).toMatch(/^hit:/);
});
afterAll(() => db.close());

describe('one open request per requesting agency and case', () => {
  it('a second request of the same agency, by any analyst, is refused with CONFLICT naming the open one', async () => {
    const first = await q(EE, REQUEST, { h: handles[0], j: 'same phone' });
    expect(first.data.requestAccess).toMatchObject({
      status: 'PENDING',
      fromAgency: 'EE-PPA',
      analyst: 'ee.analyst.1',
    });
    for (const viewer of [EE, EE2]) {
      const again = await q(viewer, REQUEST, { h: handles[0], j: 'again' });
      expect(again.data).toBeNull();
      expect(again.errors[0].extensions).toMatchObject({
        code: 'CONFLICT',
        requestId: first.data.requestAccess.id,
        field: 'caseHandle',
      });
      expect(again.errors[0].message).toContain(first.data.requestAccess.id);
    }
    // Once the owner decided, the agency may ask again.
    const refused = await q(FI, `mutation($id: ID!) { decideAccess(requestId: $id, approve: false) { status } }`, {
      id: first.data.requestAccess.id,
    });
    expect(refused.data.decideAccess.status).toBe('REFUSED');
    const renewed = await q(EE2, REQUEST, { h: handles[0], j: 'new evidence' });
    expect(renewed.data.requestAccess).toMatchObject({ status: 'PENDING', analyst: 'ee.analyst.2' });
  });

  it('twenty concurrent requests for one case leave exactly one open request', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => q(i % 2 ? EE : EE2, REQUEST, { h: handles[1], j: `burst ${i}` })),
    );
    const filed = results.filter((r) => r.data?.requestAccess);
    expect(filed).toHaveLength(1);
    for (const r of results.filter((x) => !x.data?.requestAccess)) {
      expect(r.errors[0].extensions).toMatchObject({ code: 'CONFLICT', requestId: filed[0].data.requestAccess.id });
    }
    const outgoing = await q(
      EE,
      `{ accessRequests(direction: OUTGOING, status: PENDING, first: 100) { edges { node { id case { id } } } } }`,
    );
    expect(outgoing.data.accessRequests.edges.filter((e: any) => e.node.case.id === handles[1])).toHaveLength(1);
  });
});

describe('a limit per agency and hour', () => {
  it('over the limit an agency is refused with RATE_LIMITED, also under concurrent calls; other agencies are not', async () => {
    const DK = analyst('DK-NSK', 'DK');
    const limits = { accessRequestsPerHour: 3 };
    const results = await Promise.all(
      handles.slice(2, 8).map((h, i) => withLimits(limits, DK, REQUEST, { h, j: `flood ${i}` })),
    );
    expect(results.filter((r) => r.data?.requestAccess)).toHaveLength(3);
    const refused = results.filter((r) => !r.data?.requestAccess);
    expect(refused).toHaveLength(3);
    for (const r of refused)
      expect(r.errors![0]).toMatchObject({
        extensions: { code: 'RATE_LIMITED', limit: 3 },
        message: expect.stringContaining('in the last hour'),
      });
    // The count is the agency's own: another agency still files.
    const other = await withLimits(limits, analyst('NO-KRIPOS', 'NO'), REQUEST, { h: handles[2], j: 'ours' });
    expect(other.data?.requestAccess).toMatchObject({ status: 'PENDING', fromAgency: 'NO-KRIPOS' });
  });
});

describe("cursor pagination of the owner's lists", () => {
  it('every incoming request appears exactly once across pages, newest first', async () => {
    for (const viewer of REQUESTERS) {
      for (const h of handles.slice(3)) {
        const r = await q(viewer, REQUEST, { h, j: `${viewer.agency} asks` });
        expect(r.errors?.[0]?.extensions?.code ?? 'filed').toMatch(/filed|CONFLICT/);
      }
    }
    const seen: Array<{ id: string; requestedAt: string }> = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await q(
        FI,
        `query($after: String) { accessRequests(direction: INCOMING, first: 5, after: $after) { edges { cursor node { id requestedAt } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const { edges, pageInfo } = res.data.accessRequests;
      expect(edges.length).toBeLessThanOrEqual(5);
      seen.push(...edges.map((e: any) => e.node));
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 100);
    const n = (
      await db.read('access/requests', {
        owner: 'FI-POL',
        from: null,
        status: null,
        afterAt: null,
        afterId: null,
        limit: 10_000,
      })
    ).length;
    expect(n).toBeGreaterThan(30);
    expect(seen).toHaveLength(n);
    expect(new Set(seen.map((r) => r.id)).size).toBe(n);
    const times = seen.map((r) => Date.parse(r.requestedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('every notification appears exactly once across pages; a cursor of another agency is refused', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let cursor = '';
    do {
      const res: any = await q(
        FI,
        `query($after: String) { notifications(first: 7, after: $after) { edges { cursor node { id at } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...res.data.notifications.edges.map((e: any) => e.node.id));
      cursor ||= res.data.notifications.pageInfo.endCursor;
      after = res.data.notifications.pageInfo.hasNextPage ? res.data.notifications.pageInfo.endCursor : null;
    } while (after && ids.length < 10_000);
    const stored = await db.read('access/notifications', {
      agency: 'FI-POL',
      afterAt: null,
      afterId: null,
      limit: 10_000,
    });
    expect(stored.length).toBeGreaterThan(30); // each request above notified the owner
    expect(ids).toEqual(stored.map((r) => (r.notification as { id: string }).id));
    const foreign = await q(
      EE,
      `query($after: String) { notifications(first: 7, after: $after) { edges { node { id } } } }`,
      { after: cursor },
    );
    expect(foreign.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});
