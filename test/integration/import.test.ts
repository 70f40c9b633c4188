// Import through the GraphQL mutation into the real Neo4j: counts, idempotency, updates, all-or-nothing.
import { demoCases, execute, freshDatabase, graphCounts, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import { openCase } from '../openCase';

const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) {
  casesCreated casesUpdated casesUnchanged casesRejected nodesCreated nodesDeleted relationshipsCreated relationshipsDeleted
  entitiesCreated entitiesMatched outcomes { index caseId status problems { field message } } } }`;

let db: Database;
const server = testServer();
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

beforeAll(async () => (db = await freshDatabase()));
afterAll(() => db.close());

describe('importCases', () => {
  it('imports the twelve demo cases, merging shared entities into one node each', async () => {
    const res = await execute(server, db, IMPORT, { cases: demoCases() });
    expect(res.errors).toBeUndefined();
    const r = res.data!.importCases;
    expect(r.casesCreated).toBe(12);
    expect(r.casesRejected).toBe(0);
    expect(r.outcomes.map((o: { status: string }) => o.status)).toEqual(Array(12).fill('CREATED'));
    // 8 agencies + 12 cases + 24 person records (one shared by two cases) + 15 distinct entities... counted from the graph:
    const counts = await graphCounts(db, { reported: true });
    expect(r.nodesCreated).toBe(counts.nodes);
    expect(r.relationshipsCreated).toBe(counts.relationships);
    // The phone written "5333 4444" in Estonia and "00372 5333 4444" in Finland is one node, mentioned twice.
    const phone = await execute(
      server,
      db,
      `{ node(id: "phone:+37253334444") { ... on Phone { e164 mentions { case { id } asWritten } } } }`,
    );
    expect(phone.data!.node).toEqual({
      e164: '+37253334444',
      mentions: [
        { case: { id: 'case:EE-PPA:EE-2024-0117' }, asWritten: ['5333 4444'] },
        { case: { id: 'case:FI-POL:FI-2024-0456' }, asWritten: ['00372 5333 4444'] },
      ],
    });
    // Shared entities: the mentions that landed on an entity another case had already created.
    expect(r.entitiesMatched).toBeGreaterThanOrEqual(6);
  });

  it('changes nothing when the same cases are imported again', async () => {
    const before = await graphCounts(db);
    const res = await execute(server, db, IMPORT, { cases: demoCases() });
    const r = res.data!.importCases;
    expect(r).toMatchObject({
      casesCreated: 0,
      casesUpdated: 0,
      casesUnchanged: 12,
      nodesCreated: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('replaces what an altered case reported before, and removes entities nothing mentions any more', async () => {
    const before = await graphCounts(db);
    const cases = clone(demoCases()) as Array<Record<string, any>>;
    const lt = cases.find((c) => c.reference === 'LT-2023-0412')!;
    lt.phones = [{ number: '+370 699 11111' }];
    const res = await execute(server, db, IMPORT, { cases: [lt] });
    expect(res.data!.importCases).toMatchObject({
      casesUpdated: 1,
      nodesCreated: 1,
      nodesDeleted: 0,
      relationshipsCreated: 1,
      relationshipsDeleted: 1,
    });
    // The Romanian phone is still used by the Danish case, so it stays; the new Lithuanian phone is added.
    expect(await graphCounts(db)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
    const old = await execute(server, db, `{ node(id: "phone:+40721234567") { ... on Entity { cases { id } } } }`);
    expect(old.data!.node.cases).toEqual([{ id: 'case:DK-NSK:DK-2024-0021' }]);

    // Back to the original: the new phone had no other case, so it goes with its last mention.
    const back = await execute(server, db, IMPORT, {
      cases: [cases.length && (demoCases() as any[]).find((c) => c.reference === 'LT-2023-0412')],
    });
    expect(back.data!.importCases).toMatchObject({
      casesUpdated: 1,
      nodesDeleted: 1,
      relationshipsCreated: 1,
      relationshipsDeleted: 1,
    });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('rejects an invalid case whole, imports the valid one beside it, and says why', async () => {
    const before = await graphCounts(db);
    const bad = {
      ...openCase('EE-PPA', 'EE-2025-0001', '2025-01-02', 'FORCED_BEGGING'),
      persons: [{ id: 'X1', name: 'Valid Person', role: 'VICTIM' }],
      phones: [{ number: '5333 4444' }, { number: 'call me maybe' }],
    };
    const good = openCase('EE-PPA', 'EE-2025-0002', '2025-01-02', 'FORCED_BEGGING');
    const res = await execute(server, db, IMPORT, { cases: [bad, good] });
    const r = res.data!.importCases;
    expect(r.casesRejected).toBe(1);
    expect(r.casesCreated).toBe(1);
    expect(r.outcomes[0]).toEqual({
      index: 0,
      caseId: null,
      status: 'REJECTED',
      problems: [
        {
          field: 'phones[1].number',
          message: "'call me maybe' is not a valid phone number (read with default country EE)",
        },
      ],
    });
    // Only the valid case went in: one Case node and its REPORTED_BY; nothing of the rejected one.
    expect(await graphCounts(db)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
    const missing = await execute(server, db, `{ case(id: "case:EE-PPA:EE-2025-0001") { id } }`);
    expect(missing.data!.case).toBeNull();
  });

  it('rejects a second copy of a case within one request', async () => {
    const one = openCase('SE-NOA', 'SE-2025-0009', '2025-03-01', 'OTHER');
    const res = await execute(server, db, IMPORT, { cases: [one, one] });
    expect(res.data!.importCases.outcomes.map((o: { status: string }) => o.status)).toEqual(['CREATED', 'REJECTED']);
    expect(res.data!.importCases.outcomes[1].problems[0].field).toBe('reference');
  });

  it('a person dropped from an altered case goes, with its name keys; a person another case involves stays', async () => {
    const cases = clone(demoCases()) as Array<Record<string, any>>;
    const ee = cases.find((c) => c.reference === 'EE-2024-0117')!;
    const before = await graphCounts(db);
    ee.persons = ee.persons.filter((p: { id: string }) => p.id !== 'EE-P-1003');
    ee.addresses[0].holders = ['EE-P-1002'];
    ee.identityDocuments = ee.identityDocuments.filter((d: { holders: string[] }) => !d.holders.includes('EE-P-1003'));
    const res = await execute(server, db, IMPORT, { cases: [ee] });
    expect(res.data!.importCases.casesUpdated).toBe(1);
    const gone = await execute(
      server,
      db,
      `{ node(id: "person:EE-PPA:EE-P-1003") { id } doc: node(id: "document:UA:FE654321") { id } }`,
    );
    expect(gone.data).toEqual({ node: null, doc: null });
    const session = db.driver.session();
    try {
      const keys = await session.run(`MATCH (k:NameKey {key: 'kovalenko|petro'}) RETURN count { (k)--() } AS n`);
      expect(keys.records.map((r) => r.get('n').toNumber())).toEqual([0]);
    } finally {
      await session.close();
    }
    // The person and the passport went, with eleven relationships: INVOLVES, LIVES_AT, HOLDS_DOCUMENT, the
    // passport's MENTIONS, and the seven HAS_NAME_KEY (name, name with birth year, both again with the Russian
    // form of the given name, Petro as Пётр, and each of its two words and Пётр with the full birth date). The
    // emptied name key nodes stay for the next record with that name.
    const after = await graphCounts(db);
    expect(after).toEqual({ nodes: before.nodes - 2, relationships: before.relationships - 11 });
    await execute(server, db, IMPORT, { cases: [demoCases().find((c: any) => c.reference === 'EE-2024-0117')] });
  });

  it('refuses ids that would collide: a colon in a reference or a local id, a time without offset', async () => {
    const bad = {
      ...openCase('EE-PPA', 'A:B', '2025-01-01', 'OTHER'),
      persons: [{ id: 'P:1', name: 'X Y', role: 'VICTIM' }],
    };
    const res = await execute(server, db, IMPORT, { cases: [bad] });
    expect(res.data!.importCases.outcomes[0].problems.map((p: { field: string }) => p.field)).toEqual([
      'reference',
      'persons[0].id',
    ]);
    const time = await execute(
      server,
      db,
      `mutation { importCases(cases: [{ reference: "T-1", agency: { code: "EE-PPA", country: "EE" }, typologies: [OTHER], status: OPEN, openedOn: "2025-01-01",
      accounts: [{ id: "A1", iban: "LV80BANK0000435195001" }], transfers: [{ id: "T1", amount: 1, currency: "EUR", time: "2025-01-01T10:00:00", channel: BANK, from: "A1", to: "A1" }] }]) { casesRejected } }`,
    );
    // In a literal, the DateTime scalar refuses it while validating the document.
    expect(time.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(time.errors![0].message).toMatch(/DateTime/);
  });
});
