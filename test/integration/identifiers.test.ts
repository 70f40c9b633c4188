// Identifiers through the import mutation: unverified phones and IBANs are kept, flagged and never
// merged; a VIN links a car across re-registration; every spelling stays visible with its case.
import { execute, freshDatabase, testServer, viewer } from '../helpers';
import { Database } from '../../src/db/database';

let db: Database;
const server = testServer();

beforeAll(async () => (db = await freshDatabase()));
afterAll(() => db.close());

const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated casesRejected outcomes { status problems { field } flagged { field message } } } }`;
// One suspect per case, 'S1' in the extras. Person records are per agency, so each case gets its own
// person id and name: only the identifiers under test may link two cases.
const caseOf = (agency: string, country: string, ref: string, extra: Record<string, unknown>) => ({
  reference: ref,
  agency: { code: agency, country },
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2025-02-01',
  persons: [{ id: `S-${ref}`, name: NAMES[ref], role: 'SUSPECT', function: 'TRANSPORTER' }],
  ...JSON.parse(JSON.stringify(extra).replaceAll('"S1"', `"S-${ref}"`)),
});
const NAMES: Record<string, string> = {
  'EE-T1': 'Oleg Petrov',
  'FI-T1': 'Mikko Virtanen',
  'EE-T2': 'Kalle Tamm',
  'FI-T2': 'Juha Korhonen',
  'LT-V1': 'Tomas Kazlauskas',
  'FI-V1': 'Antti Nieminen',
  'LT-V2': 'Rimas Jonaitis',
  'LT-V3': 'Darius Petraitis',
  'LT-V4': 'Mindaugas Jankauskas',
  'EE-T4': 'Ants Laur',
  'EE-T3': 'Aleksei Smirnov',
  'FI-T3': 'Pekka Laine',
  'LT-T3': 'Jonas Butkus',
};

describe('unverified identifiers', () => {
  it('are kept as written, flagged in the outcome, and do not link two cases that wrote the same typo', async () => {
    const typo = {
      phones: [{ number: '8 921 12', holders: ['S1'] }],
      accounts: [{ iban: 'EE38 2200 2210 2014 5686', holders: ['S1'] }],
    };
    const res = await execute(server, db, IMPORT, {
      cases: [caseOf('EE-PPA', 'EE', 'EE-T1', typo), caseOf('FI-POL', 'FI', 'FI-T1', typo)],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importCases.casesCreated).toBe(2);
    expect(res.data!.importCases.outcomes[0].flagged).toEqual([
      {
        field: 'phones[0].number',
        message:
          "'8 921 12' is not a valid phone number (read with default country EE); kept as written, flagged unverified, never merged with other cases",
      },
      {
        field: 'accounts[0].iban',
        message:
          "'EE38 2200 2210 2014 5686' is not a valid IBAN (mod-97 checksum fails); kept as written, flagged unverified, never merged with other cases",
      },
    ]);

    const phone = await execute(
      server,
      db,
      `{ node(id: "phone:unverified:EE-PPA:EE-T1:892112") { label ... on Phone { e164 raw unverified problem mentions { case { id } asWritten } } } }`,
    );
    expect(phone.data!.node).toEqual({
      label: '8 921 12 (unverified)',
      e164: null,
      raw: '8 921 12',
      unverified: true,
      problem: "'8 921 12' is not a valid phone number (read with default country EE)",
      mentions: [{ case: { id: 'case:EE-PPA:EE-T1' }, asWritten: ['8 921 12'] }],
    });
    const account = await execute(
      server,
      db,
      `{ node(id: "account:unverified:EE-PPA:EE-T1:EE382200221020145686") { ... on Account { iban rawIban unverified cases { id } } } }`,
    );
    expect(account.data!.node).toEqual({
      iban: null,
      rawIban: 'EE38 2200 2210 2014 5686',
      unverified: true,
      cases: [{ id: 'case:EE-PPA:EE-T1' }],
    });

    const links = await execute(server, db, `{ crossBorderLinks(caseId: "case:EE-PPA:EE-T1") { case { id } } }`);
    expect(links.data!.crossBorderLinks).toEqual([]);
  });

  it("another agency's unverified identifier is answered as absent: its id names the owner's case reference", async () => {
    // The id of EE's flagged phone holds EE's case reference; a guess at it must tell FI nothing.
    await execute(server, db, IMPORT, {
      cases: [caseOf('EE-PPA', 'EE', 'EE-T4', { phones: [{ number: '8 921 12', holders: ['S1'] }] })],
    });
    const FI = viewer('fi.analyst.1', 'FI-POL', ['analyst'], 'FI unverified probe');
    const ask = async (id: string) =>
      ((await execute(server, db, `query($id: ID!) { node(id: $id) { id access } }`, { id }, FI)) as any).data.node;
    expect(await ask('phone:unverified:EE-PPA:EE-T4:892112')).toBeNull();
    expect(await ask('phone:unverified:EE-PPA:EE-T9:892112')).toBeNull();
  });

  it('a valid number still merges across cases however it was written', async () => {
    await execute(server, db, IMPORT, {
      cases: [
        caseOf('EE-PPA', 'EE', 'EE-T2', { phones: [{ number: '5333 4444', holders: ['S1'] }] }),
        caseOf('FI-POL', 'FI', 'FI-T2', { phones: [{ number: '00372 5333 4444', holders: ['S1'] }] }),
      ],
    });
    const res = await execute(
      server,
      db,
      `{ lookup(kind: PHONE, value: "+372 5333 4444") { id ... on Phone { unverified } mentions { case { id } asWritten } } }`,
    );
    expect(res.data!.lookup).toEqual({
      id: 'phone:+37253334444',
      unverified: false,
      mentions: [
        { case: { id: 'case:EE-PPA:EE-T2' }, asWritten: ['5333 4444'] },
        { case: { id: 'case:FI-POL:FI-T2' }, asWritten: ['00372 5333 4444'] },
      ],
    });
  });

  it("a Russian number copied abroad in Russia's own format, or with its country code and no '+', merges", async () => {
    const res = await execute(server, db, IMPORT, {
      cases: [
        caseOf('EE-PPA', 'EE', 'EE-T3', { phones: [{ number: '8 (921) 555-12-34', holders: ['S1'] }] }),
        caseOf('FI-POL', 'FI', 'FI-T3', { phones: [{ number: '7 921 555 12 34', holders: ['S1'] }] }),
        caseOf('LT-PD', 'LT', 'LT-T3', { phones: [{ number: '84951873104', holders: ['S1'] }] }),
      ],
    });
    expect(res.data!.importCases.casesCreated).toBe(3);
    expect(res.data!.importCases.outcomes.map((o: { flagged: unknown[] }) => o.flagged)).toEqual([
      [],
      [],
      // Moscow with its trunk prefix, or Viet Nam with its country code: not guessed, kept and flagged.
      [{ field: 'phones[0].number', message: expect.stringMatching(/could be \+84951873104 .* or \+74951873104/) }],
    ]);
    const phone = await execute(
      server,
      db,
      `{ lookup(kind: PHONE, value: "+7 921 555 12 34") { id mentions { case { id } asWritten } } }`,
    );
    expect(phone.data!.lookup).toEqual({
      id: 'phone:+79215551234',
      mentions: [
        { case: { id: 'case:EE-PPA:EE-T3' }, asWritten: ['8 (921) 555-12-34'] },
        { case: { id: 'case:FI-POL:FI-T3' }, asWritten: ['7 921 555 12 34'] },
      ],
    });
  });
});

describe('VINs', () => {
  it('link a van re-registered from Lithuania to Finland, with both plates as spellings', async () => {
    const vin = 'WV1ZZZ2EZE6012345';
    const res = await execute(server, db, IMPORT, {
      cases: [
        caseOf('LT-PD', 'LT', 'LT-V1', {
          vehicles: [{ plate: 'KRT 512', vin: 'wv1 zzz2ez e6012345', make: 'Volkswagen', holders: ['S1'] }],
        }),
        caseOf('FI-POL', 'FI', 'FI-V1', { vehicles: [{ plate: 'ABC-123', vin, holders: ['S1'] }] }),
      ],
    });
    expect(res.data!.importCases.casesCreated).toBe(2);
    const van = await execute(
      server,
      db,
      `{ lookup(kind: VIN, value: "${vin}") { id label ... on Vehicle { vin plate country make } mentions { case { id } asWritten } } }`,
    );
    // The details (plate, country, make) are those of the latest report that gives any, as a whole.
    expect(van.data!.lookup).toEqual({
      id: `vehicle:vin:${vin}`,
      label: 'ABC123 (FI)',
      vin,
      plate: 'ABC123',
      country: 'FI',
      make: null,
      mentions: [
        { case: { id: 'case:FI-POL:FI-V1' }, asWritten: [`ABC-123, VIN ${vin}`] },
        { case: { id: 'case:LT-PD:LT-V1' }, asWritten: ['KRT 512, VIN wv1 zzz2ez e6012345'] },
      ],
    });
    const links = await execute(server, db, `{ crossBorderLinks(caseId: "case:LT-PD:LT-V1") { case { id } } }`);
    expect(links.data!.crossBorderLinks).toEqual([{ case: { id: 'case:FI-POL:FI-V1' } }]);
  });

  it('read I, O and Q in a VIN as 1, 0 and 0 (ISO 3779 has none), refuse a wrong length and a vehicle with neither plate nor VIN', async () => {
    const res = await execute(server, db, IMPORT, {
      cases: [
        caseOf('LT-PD', 'LT', 'LT-V2', { vehicles: [{ vin: 'WV1ZZZ2EZE6OI2345', holders: ['S1'] }] }),
        caseOf('LT-PD', 'LT', 'LT-V3', { vehicles: [{ make: 'Ford' }] }),
        caseOf('LT-PD', 'LT', 'LT-V4', { vehicles: [{ vin: 'WV1ZZZ2EZE6012' }] }),
      ],
    });
    expect(
      res.data!.importCases.outcomes.map((o: { status: string; problems: unknown[] }) => [o.status, o.problems]),
    ).toEqual([
      ['CREATED', []],
      ['REJECTED', [{ field: 'vehicles[0]' }]],
      ['REJECTED', [{ field: 'vehicles[0].vin' }]],
    ]);
    // The van of LT-V1 and FI-V1 (WV1ZZZ2EZE6012345), written with O and I for 0 and 1: one node.
    const van = await execute(
      server,
      db,
      `{ lookup(kind: VIN, value: "WV1ZZZ2EZE6012345") { mentions { case { id } } } }`,
    );
    expect(
      (van.data!.lookup as { mentions: Array<{ case: { id: string } }> }).mentions.map((m) => m.case.id),
    ).toContain('case:LT-PD:LT-V2');
  });
});
