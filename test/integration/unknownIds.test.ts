// One rule for unknown ids across the API (src/errors.ts, notFound): a lookup by id answers null; an
// operation that starts from ids given as arguments answers NOT_FOUND naming the argument.
import { demoCases, execute, freshDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';

let db: Database;
const server = testServer();
const CASE = 'case:EE-PPA:EE-2024-0117';
const NONE = 'case:EE-PPA:NO-SUCH-CASE';

beforeAll(async () => (db = await freshDatabase(demoCases())));
afterAll(() => db.close());

describe('unknown ids', () => {
  it('a lookup by id answers null', async () => {
    const res = await execute(
      server,
      db,
      `{ case(id: "${NONE}") { id } node(id: "phone:+0") { id } lookup(kind: PHONE, value: "+372 5999 8877") { id } }`,
    );
    expect(res).toEqual({ data: { case: null, node: null, lookup: null } });
  });

  it.each([
    ['crossBorderLinks', `{ crossBorderLinks(caseId: "${NONE}") { shortest } }`, 'caseId'],
    ['paths from', `{ paths(fromId: "${NONE}", toId: "${CASE}") { length } }`, 'fromId'],
    ['paths to', `{ paths(fromId: "${CASE}", toId: "${NONE}") { length } }`, 'toId'],
    ['moneyFlow', `{ moneyFlow(fromId: "${NONE}") { chains { transfers { id } } } }`, 'fromId'],
    ['subgraph', `{ subgraph(seeds: ["${CASE}", "${NONE}"]) { nodes { id } } }`, 'seeds'],
    ['networkMetrics', `{ networkMetrics(seeds: ["${NONE}"]) { components } }`, 'seeds'],
    ['exportSubgraph', `{ exportSubgraph(seeds: ["${NONE}"], format: GRAPHML) { content } }`, 'seeds'],
  ])('%s answers NOT_FOUND naming the argument', async (_, query, field) => {
    const res = await execute(server, db, query);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field });
    expect(res.errors![0].message).toContain(`no `);
    expect(res.data ?? null).toBeNull();
  });

  it('the same operations with ids that exist answer', async () => {
    const res = await execute(
      server,
      db,
      `{ paths(fromId: "${CASE}", toId: "case:FI-POL:FI-2024-0456", k: 1) { length } subgraph(seeds: ["${CASE}"]) { nodes { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.paths).toEqual([{ length: 2 }]);
  });
});
