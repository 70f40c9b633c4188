// Full-text search reads only the spellings the caller may see of a shared organisation or address: another
// agency's report of the same node, which the caller has no grant for, neither finds the node for the caller
// nor hides the caller's own spelling of it, whichever report came last.
import { execute, resetDatabase, testDatabase, testServer, viewer } from '../helpers';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';
import { openCase } from '../openCase';

let db: Database;
const server = testServer();
const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'EE-S search');
const FI = viewer('fi.analyst.1', 'FI-POL', ['analyst', 'loader'], 'FI-S search');
const q = (v: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables, v) as Promise<any>;
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { outcomes { status problems { field message } } } }`;
const load = async (v: Viewer, c: object) => {
  const res = await q(v, IMPORT, { cases: [c] });
  expect(res.data.importCases.outcomes[0]).toMatchObject({ status: 'CREATED', problems: [] });
};
const SEARCH = `query($t: String!) { search(text: $t) { score matchedOn node { id access label } } }`;
const ORG = 'organisation:';

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  // One company (one registration number), spelled by EE, then by FI, whose report comes last.
  await load(EE, {
    ...openCase('EE-PPA', 'EE-S1', '2025-01-10', 'FORCED_LABOUR'),
    organisations: [{ id: 'O', name: 'Marjakorjuu Tööd OÜ', registrationNumber: '14455661', country: 'EE' }],
  });
  await load(FI, {
    ...openCase('FI-POL', 'FI-S1', '2025-01-12', 'FORCED_LABOUR'),
    organisations: [{ id: 'O', name: 'Salaisuus Berries', registrationNumber: '14455661', country: 'EE' }],
  });
});
afterAll(() => db.close());

describe('search over shared organisations', () => {
  it("EE finds the company by its own spelling, though FI's report came last", async () => {
    const res = await q(EE, SEARCH, { t: 'Marjakorjuu' });
    expect(res.errors).toBeUndefined();
    const found = res.data.search.filter((r: any) => r.node.id.startsWith(ORG));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ matchedOn: 'ORGANISATION', node: { access: 'FULL' } });
    expect(found[0].score).toBeGreaterThan(0);
  });

  it("FI's spelling, which EE may not see, does not find EE's company for EE", async () => {
    const res = await q(EE, SEARCH, { t: 'Salaisuus Berries' });
    expect(res.errors).toBeUndefined();
    expect(res.data.search).toEqual([]);
  });

  it('FI finds it by its own spelling', async () => {
    const res = await q(FI, SEARCH, { t: 'Salaisuus' });
    expect(res.data.search.filter((r: any) => r.node.id.startsWith(ORG))).toHaveLength(1);
  });

  it('a graph written before the reports kept their search text gets the latest report its own back', async () => {
    const session = db.driver.session();
    try {
      await session.run('MATCH (:Case)-[m:MENTIONS]->(:Organisation) REMOVE m.searchText');
    } finally {
      await session.close();
    }
    await db.migrate();
    // The node's text was FI's, the latest report's: FI's report has it again, EE's waits for a re-import.
    const fi = await q(FI, SEARCH, { t: 'Salaisuus' });
    expect(fi.data.search.filter((r: any) => r.node.id.startsWith(ORG))).toHaveLength(1);
    expect((await q(EE, SEARCH, { t: 'Salaisuus Berries' })).data.search).toEqual([]);
  });
});
