// Lookups of cases and entities, and the DataLoader batching behind nested fields.
import { demoCases, execute, freshDatabase, testServer } from '../helpers';
import { createLoaders } from '../../src/loaders';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';

let db: Database;
const server = testServer();
const EE: Viewer = { analyst: 'ee.analyst.1', agency: 'EE-PPA', country: 'EE', roles: ['analyst'], purpose: 'test' };

beforeAll(async () => (db = await freshDatabase(demoCases())));
afterAll(() => db.close());

describe('lookups', () => {
  it('a case with its agency, people (role on the link) and entities', async () => {
    const res = await execute(
      server,
      db,
      `{ case(id: "case:LT-PD:LT-2024-0789") {
      reference country status typologies openedOn agency { code name country }
      persons { role function nameAsWritten person { id name birthDate nationality registeredBy } }
      entities { type label } transfers { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.case).toEqual({
      reference: 'LT-2024-0789',
      country: 'LT',
      status: 'OPEN',
      typologies: ['FORCED_CRIMINALITY', 'FORCED_LABOUR'],
      openedOn: '2024-05-09',
      agency: { code: 'LT-PD', name: 'Lithuanian Police Department', country: 'LT' },
      persons: [
        {
          role: 'SUSPECT',
          function: 'TRANSPORTER',
          nameAsWritten: 'Darius Kazlauskas',
          person: {
            id: 'person:LT-PD:LT-P-3301',
            name: 'Darius Kazlauskas',
            birthDate: '1985-12-01',
            nationality: 'LT',
            registeredBy: 'LT-PD',
          },
        },
      ],
      entities: [
        { type: 'ADDRESS', label: 'Vilniaus g. 17, Vilnius (LT)' },
        { type: 'PHONE', label: '+37061234567' },
        { type: 'VEHICLE', label: 'KRT512 (LT)' },
      ],
      transfers: [],
    });
  });

  it('an identifier in any written format finds the one entity and the cases that mention it', async () => {
    for (const [value, country] of [
      ['+7 921 123 45 67', null],
      ['8 (921) 123-45-67', 'RU'],
      ['0079211234567', null],
    ]) {
      const res = await execute(
        server,
        db,
        `query($v: String!, $c: CountryCode) { lookup(kind: PHONE, value: $v, country: $c) { id cases { id } } }`,
        { v: value, c: country },
      );
      expect(res.data!.lookup).toEqual({
        id: 'phone:+79211234567',
        cases: [{ id: 'case:NO-KRIPOS:NO-2024-0310' }, { id: 'case:RU-SPB:RU-2024-0077' }],
      });
    }
    const plate = await execute(
      server,
      db,
      `{ lookup(kind: PLATE, value: "krt 512", country: "LT") { label ... on Vehicle { make model } } }`,
    );
    // Descriptive details follow the latest report: the Lithuanian case, imported after the Estonian one, says "VW".
    expect(plate.data!.lookup).toEqual({ label: 'KRT512 (LT)', make: 'VW', model: 'Crafter' });
    const iban = await execute(
      server,
      db,
      `{ lookup(kind: IBAN, value: "lv80bank0000435195001") { ... on Account { iban mentions { case { id } asWritten } } } }`,
    );
    expect(iban.data!.lookup.mentions).toEqual([
      { case: { id: 'case:LV-VP:LV-2024-0033' }, asWritten: ['LV80BANK0000435195001'] },
      { case: { id: 'case:SE-NOA:SE-2024-1201' }, asWritten: ['LV80 BANK 0000 4351 9500 1'] },
    ]);
    const doc = await execute(server, db, `{ lookup(kind: DOCUMENT, value: "fe-123456", country: "UA") { label } }`);
    expect(doc.data!.lookup).toEqual({ label: 'PASSPORT FE123456 (UA)' });
    const none = await execute(server, db, `{ lookup(kind: IBAN, value: "SE4550000000058398257466") { id } }`);
    expect(none.data!.lookup).toEqual({ id: 'account:iban:SE4550000000058398257466' });
  });

  it('a money transfer with its sender and receiver, and a person with every case that involves them', async () => {
    const res = await execute(
      server,
      db,
      `{ case(id: "case:LV-VP:LV-2024-0033") { transfers { amount currency time channel from { id type } to { id type } } } }`,
    );
    expect(res.data!.case.transfers).toEqual([
      {
        amount: 1200,
        currency: 'EUR',
        time: '2024-02-10T08:00:00.000Z',
        channel: 'BANK',
        from: { id: 'account:iban:LV80BANK0000435195001', type: 'ACCOUNT' },
        to: { id: 'account:sberbank:40817810099910004312', type: 'ACCOUNT' },
      },
    ]);
    const person = await execute(
      server,
      db,
      `{ node(id: "person:FI-POL:FI-P-2210") { ... on Person { name cases { id } } } }`,
    );
    expect(person.data!.node).toEqual({
      name: 'Mikko Virtanen',
      cases: [{ id: 'case:EE-PPA:EE-2023-0550' }, { id: 'case:FI-POL:FI-2024-0456' }],
    });
  });

  it("a case's entities of some types only: the same entities, verdicts and hits as the whole list gives", async () => {
    const one = await execute(
      server,
      db,
      `{ case(id: "case:LT-PD:LT-2024-0789") { phones: entities(types: [PHONE]) { type label }
        two: entities(types: [VEHICLE, PHONE, VEHICLE]) { type label } none: entities(types: [PERSON]) { id }
        every: entities(types: []) { type } } }`,
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.case).toEqual({
      phones: [{ type: 'PHONE', label: '+37061234567' }],
      two: [
        { type: 'PHONE', label: '+37061234567' },
        { type: 'VEHICLE', label: 'KRT512 (LT)' },
      ],
      none: [],
      every: [{ type: 'ADDRESS' }, { type: 'PHONE' }, { type: 'VEHICLE' }],
    });
    // A type the schema does not have is refused before anything runs.
    const unknown = await execute(
      server,
      db,
      `{ case(id: "case:LT-PD:LT-2024-0789") { entities(types: [BOAT]) { id } } }`,
    );
    expect(unknown.errors?.[0]?.message).toMatch(/BOAT/);
    expect(unknown.data).toBeUndefined();

    // As an Estonian analyst: the filtered list of each case is the whole list's phones, with the same access
    // and hit. The list holds only the cases the analyst sees: others' reach it as hits through what it holds.
    const fields = 'id type label access hit { agency caseHandle } ... on Phone { e164 }';
    const statements = db.statementsRun;
    const res = await execute(
      server,
      db,
      `{ cases(first: 12) { id access all: entities { ${fields} } phones: entities(types: [PHONE]) { ${fields} } } }`,
      {},
      EE,
    );
    expect(res.errors).toBeUndefined();
    const cases = res.data!.cases as Array<{ access: string; all: Array<{ type: string }>; phones: unknown[] }>;
    for (const c of cases) expect(c.phones).toEqual(c.all.filter((e) => e.type === 'PHONE'));
    expect(cases.filter((c) => c.access === 'FULL' && c.phones.length > 0).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.access === 'FULL' && c.all.length > c.phones.length).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.access !== 'FULL')).toEqual([]);
    // The case list, the two entity levels (one batch each), the audit entry: no verdict lookup of their own.
    expect(db.statementsRun - statements).toBeLessThanOrEqual(5);
  });

  it('unknown ids give null, not an error', async () => {
    const res = await execute(server, db, `{ case(id: "case:none") { id } node(id: "phone:+0") { id } }`);
    expect(res).toEqual({ data: { case: null, node: null } });
  });
});

describe('DataLoader batching', () => {
  it('a list of cases with nested persons, entities and their cases costs one round trip per level, not per item', async () => {
    const before = db.statementsRun;
    const res = await execute(
      server,
      db,
      `{ cases(first: 12) { id persons { person { name } } entities { label cases { id agency { code } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cases).toHaveLength(12);
    // listCases (which primes casesById with the 12), personsByCase, entitiesByCase, reportingCases (which
    // brings the entities' cases with their rows). The nested levels bring their verdicts: no lookup of its
    // own. Then the audit entry: the head's lock, and the entry, sealed.
    expect(db.statementsRun - before).toBe(6);
  });

  it('batch functions return one result per key, in key order, with null or [] for a miss', async () => {
    const loaders = createLoaders(db);
    const ids = ['case:SE-NOA:SE-2024-1201', 'case:missing', 'case:DK-NSK:DK-2024-0021'];
    const cases = await loaders.caseById.loadMany(ids);
    expect(cases.map((c) => (c && !(c instanceof Error) ? (c.node as { id: string }).id : c))).toEqual([
      ids[0],
      null,
      ids[2],
    ]);
    const persons = await loaders.personsByCase.loadMany(ids);
    expect(persons.map((p) => (Array.isArray(p) ? p.length : p))).toEqual([2, 0, 2]);
  });
});
