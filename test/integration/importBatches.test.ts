// The import's write path at batch size > 1, against the real Neo4j: a batch the database refuses is
// retried case by case, concurrent writers sharing entities all finish, a re-import changes nothing.
import { demoCases, graphCounts, resetDatabase, testDatabase } from '../helpers';
import type { Database } from '../../src/db/database';
import { importCases } from '../../src/cases/importCases';
import { validateCase } from '../../src/cases/caseInput';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
beforeEach(() => resetDatabase(db));
afterAll(() => db.close());
jest.setTimeout(300_000);

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const count = async (statement: string) => Number((await db.driver.executeQuery(statement)).records[0].get(0));

describe('batched import', () => {
  it('writes the other cases of a batch the database refuses one case of, and says which and why', async () => {
    const cases = demoCases();
    const normalised = cases.map((c) => {
      const v = validateCase(c);
      if (!v.ok) throw new Error('demo case invalid');
      return v.case;
    });
    // A phone only one demo case reports; a stray Phone node with its number (no Entity label, another
    // id) makes that case break the phone_e164 constraint, as data from an older tool might.
    const onlyHere = (e: (typeof normalised)[number]['entities'][number]) =>
      e.label === 'Phone' && normalised.filter((o) => o.entities.some((x) => x.id === e.id)).length === 1;
    const owner = normalised.findIndex((c) => c.entities.some(onlyHere));
    const phone = normalised[owner].entities.find(onlyHere)!;
    await db.driver.executeQuery('CREATE (:Phone {e164: $e164, id: "stray"})', { e164: phone.props.e164 });

    const report = await importCases(db, cases, cases.length);
    const bad = report.outcomes[owner];
    expect(bad.status).toBe('REJECTED');
    expect(bad.problems[0].message).toMatch(/the database refused this case.*phone_e164|Phone/);
    expect(report.cases.created).toBe(cases.length - 1);
    expect(report.outcomes.filter((o) => o.status === 'CREATED')).toHaveLength(cases.length - 1);
    // All or nothing per case: nothing of the refused case is in the graph, everything of the others is.
    expect(await count(`MATCH (c:Case {id: '${normalised[owner].id}'}) RETURN count(c)`)).toBe(0);
    expect(await count('MATCH (c:Case) RETURN count(c)')).toBe(cases.length - 1);
    expect(await count(`MATCH (:Case)-[:MENTIONS]->(e:Entity {id: '${phone.id}'}) RETURN count(e)`)).toBe(0);
  });

  it('re-imports in batches idempotently: the second run finds every case unchanged and writes nothing', async () => {
    const first = await importCases(db, demoCases(), 5);
    expect(first.cases.created).toBe(12);
    const before = await graphCounts(db);
    const reported = await graphCounts(db, { reported: true });
    expect(first.nodesCreated).toBe(reported.nodes);
    expect(first.relationshipsCreated).toBe(reported.relationships);
    const second = await importCases(db, demoCases(), 5);
    expect(second.cases).toMatchObject({ created: 0, updated: 0, unchanged: 12, rejected: 0 });
    expect(second.nodesCreated + second.relationshipsCreated + second.nodesDeleted).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
    // A changed case in a batch of unchanged ones is updated, and only it.
    const altered = demoCases();
    (altered[3] as { title: string }).title = 'retitled';
    const third = await importCases(db, altered, 5);
    expect(third.cases).toMatchObject({ created: 0, updated: 1, unchanged: 11 });
  });

  it('lets four writers import cases that share entities at once, without deadlock or lost writes', async () => {
    // 48 cases over 4 writers, all reporting the same four phones and two persons' records in different
    // orders: every batch locks the same shared nodes.
    const template = clone(demoCases()[0]) as Record<string, unknown>;
    const phones = ['+372 5333 4444', '+372 5111 2222', '+372 5222 3333', '+372 5444 5555'];
    const cases = Array.from({ length: 48 }, (_, i) => ({
      ...template,
      reference: `CONC-${i}`,
      phones: (i % 2 ? [...phones].reverse() : phones).map((number) => ({ number, holders: ['EE-P-1001'] })),
    }));
    const quarters = [0, 1, 2, 3].map((w) => cases.filter((_, i) => i % 4 === w));
    const reports = await Promise.all(quarters.map((q) => importCases(db, q, 4)));
    for (const r of reports) expect(r.cases).toMatchObject({ created: 12, rejected: 0 });
    expect(await count('MATCH (c:Case) RETURN count(c)')).toBe(48);
    for (const number of ['+37253334444', '+37251112222', '+37252223333', '+37254445555']) {
      expect(await count(`MATCH (e:Phone {e164: '${number}'}) RETURN count(e)`)).toBe(1);
      expect(await count(`MATCH (:Case)-[:MENTIONS]->(e:Phone {e164: '${number}'}) RETURN count(*)`)).toBe(48);
      expect(await count(`MATCH (e:Phone {e164: '${number}'}) RETURN e.hsCaseCount`)).toBe(48);
    }
  });
});
