// Shared homes and online identifiers as match evidence (issue 15: shared phones, documents, addresses and
// accounts): two records of a rare name without birth dates are proposed when they live at one flat,
// weighed by the flat's residents, or use one e-mail address, and not when they share nothing but the name.
import { execute, freshDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import { MAX_BLOCK, candidatePairs } from '../../src/matching/match';

let db: Database;
const server = testServer();
const q = (query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables) as Promise<any>;

const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated matchingChecked outcomes { problems { field message } } } }`;
const PAIRS = `{ matchCandidates(minProbability: 0) { a { id } b { id } probability explanation { feature detail weight } } }`;

/** A case of one agency with one person (no birth date) and, when given, the person's home address and e-mail. */
const caseOf = (
  agency: string,
  country: string,
  ref: string,
  name: string,
  home?: object,
  email?: string,
  phone?: string,
) => ({
  reference: ref,
  agency: { code: agency, country },
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2025-03-01',
  persons: [{ id: `P-${ref}`, name, nationality: 'LV', gender: 'MALE', role: 'SUSPECT', function: 'RECRUITER' }],
  addresses: home ? [{ ...home, holders: [`P-${ref}`] }] : [],
  emailAddresses: email ? [{ address: email, holders: [`P-${ref}`] }] : [],
  phones: phone ? [{ number: phone, holders: [`P-${ref}`] }] : [],
});
// One flat in Riga, written with and without Latvian diacritics.
const FLAT = { street: 'Brīvības iela 12-4', postalCode: 'LV-1010', city: 'Rīga', country: 'LV' };
const FLAT_PLAIN = { street: 'Brivibas iela 12-4', postalCode: 'LV-1010', city: 'Riga', country: 'LV' };

beforeAll(async () => {
  db = await freshDatabase();
  // A register's worth of other records: the population a name's and an address's frequency is counted in
  // (with four records, two living at one flat would be no surprise at all).
  const session = db.driver.session();
  try {
    await session.run(`UNWIND range(1, 6000) AS i CREATE (:Person {id: 'person:XX-REG:' + i})`);
  } finally {
    await session.close();
  }
}, 120_000);
afterAll(() => db.close());

describe('shared homes and online identifiers as match evidence', () => {
  it('proposes a rare name without birth dates at one flat or with one e-mail, not on the name alone', async () => {
    const res = await q(IMPORT, {
      cases: [
        caseOf('LV-VP', 'LV', 'LV-1', 'Kristaps Kļaviņš', FLAT),
        caseOf('EE-PPA', 'EE', 'EE-1', 'Kristaps Klavins', FLAT_PLAIN),
        // A third resident of the flat, another name: the flat has three residents.
        caseOf('LT-KPD', 'LT', 'LT-1', 'Andrius Petrauskas', FLAT),
        // The same kind of rare name twice, no date, no address in common: a name alone never matches.
        caseOf('LV-VP', 'LV', 'LV-2', 'Mārtiņš Zvirbulis'),
        caseOf('FI-POL', 'FI', 'FI-1', 'Martins Zvirbulis'),
        // One e-mail address, written in two ways.
        caseOf('LV-VP', 'LV', 'LV-3', 'Gunārs Vītoliņš', undefined, 'Gunars.Vitolins@Inbox.lv'),
        caseOf('SE-NOA', 'SE', 'SE-1', 'Gunars Vitolins', undefined, 'gunars.vitolins@inbox.lv'),
        // Initials only and a full name, one phone: compared through the phone, never a match.
        caseOf('LV-VP', 'LV', 'LV-4', 'Jānis Zariņš', undefined, undefined, '+371 2912 3456'),
        caseOf('EE-PPA', 'EE', 'EE-2', 'J. Z.', undefined, undefined, '0037129123456'),
      ],
    });
    expect(res.errors).toBeUndefined();
    for (const o of res.data.importCases.outcomes) expect(o.problems).toEqual([]);

    const [pair] = (await candidatePairs(db, ['person:LV-VP:P-LV-1'])).filter((c) => c.b.id === 'person:EE-PPA:P-EE-1');
    expect(pair.sharedAddresses).toHaveLength(1);
    expect(pair.residents).toBe(3);

    const proposed = (await q(PAIRS)).data.matchCandidates;
    expect(proposed.map((m: any) => [m.a.id, m.b.id].sort().join(' ~ '))).toEqual([
      'person:LV-VP:P-LV-3 ~ person:SE-NOA:P-SE-1',
      'person:EE-PPA:P-EE-1 ~ person:LV-VP:P-LV-1',
    ]);
    const online = proposed[0].explanation.find((f: any) => f.feature === 'ONLINE');
    expect(online.detail).toMatch(/^both use email:gunars\.vitolins@inbox\.lv$/);
    expect(online.weight).toBeCloseTo(Math.log(0.05 / 1e-5), 1);
    const address = proposed[1].explanation.find((f: any) => f.feature === 'ADDRESS');
    // Default m 0.05 against 3 of 6005 records living there: ln(0.05 × 6005 / 3) = 4.61.
    expect(address.weight).toBeCloseTo(Math.log((0.05 * 6005) / 3), 1);
    expect(address.detail).toMatch(/where 3 records live$/);
  });

  it('explainLink scores a pair the matcher compared through an identifier, with that identifier', async () => {
    const res = await q(
      `query($a: LinkSide!, $b: LinkSide!) { explainLink(a: $a, b: $b) { verdict reason sharedBlockingKeys evidence { feature detail } } }`,
      { a: { id: 'person:LV-VP:P-LV-4' }, b: { id: 'person:EE-PPA:P-EE-2' } },
    );
    expect(res.errors).toBeUndefined();
    const e = res.data.explainLink;
    // Not "no blocking key in common": the phone is one, and it is weighed.
    expect(e.verdict).toBe('NOT_LINKED');
    expect(e.sharedBlockingKeys).toEqual(['phone:+37129123456']);
    expect(e.evidence.map((f: any) => f.feature)).toEqual(['PRIOR', 'NAME', 'NATIONALITY', 'GENDER', 'PHONE']);
    expect(e.evidence[1].detail).toMatch(/no comparable name/);
  });

  it("an identifier's block counts person records, not the cases that report them", async () => {
    // A phone held by 31 records of one agency, each reported in two of its cases: 62 relationships, 31
    // records, a block below MAX_BLOCK that is compared, not skipped as oversized.
    const holders = Math.floor(MAX_BLOCK / 2) + 1;
    const cases = [1, 2].flatMap((n) =>
      Array.from({ length: holders }, (_, i) => ({
        ...caseOf('NO-KRIPOS', 'NO', `NO-${n}-${i}`, `Holder${i} Telefonsen`),
        persons: [{ id: `P-NO-${i}`, name: `Holder${i} Telefonsen`, role: 'VICTIM' }],
        phones: [{ number: '+47 912 34 567', holders: [`P-NO-${i}`] }],
      })),
    );
    const res = await q(IMPORT, { cases });
    expect(res.errors).toBeUndefined();
    const pairs = await candidatePairs(db, ['person:NO-KRIPOS:P-NO-0']);
    expect(pairs.filter((p) => p.sharedPhones.includes('phone:+4791234567'))).toHaveLength(holders - 1);
  });
});
