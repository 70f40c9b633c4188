// explainLink: why two records are linked or not, with keys, rules and sources, under hit/no-hit.
import { execute, importedAsOwners, testServer, viewer } from '../helpers';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';
import { openCase } from '../openCase';

let db: Database;
const server = testServer();
const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'EE-X1 explain');
const FI = viewer('fi.analyst.1', 'FI-POL', ['analyst', 'loader'], 'FI-X1 explain');

const EXPLAIN = `query($a: LinkSide!, $b: LinkSide!) { explainLink(a: $a, b: $b) {
  verdict reason probability sharedBlockingKeys evidence { feature detail weight } chains { length nodes { id } }
  a { id kind access key buildingKey flat blockingKeys notes problem rules { rule source } hit { agency } }
  b { id kind access key buildingKey flat blockingKeys notes problem rules { rule source } hit { agency } } } }`;

const eeCase = {
  ...openCase('EE-PPA', 'EE-X1', '2025-03-01', 'FORCED_LABOUR'),
  persons: [{ id: 'EX1', name: 'Олексій Ковальчук', birthDate: '1990-07-21', gender: 'MALE', role: 'VICTIM' }],
  phones: [{ number: '5333 4455', holders: ['EX1'] }],
  addresses: [{ street: 'Tartu mnt 25-12', postalCode: '10115', city: 'Tallinn', holders: ['EX1'] }],
};
const fiCase = {
  ...openCase('FI-POL', 'FI-X1', '2025-03-05', 'FORCED_LABOUR'),
  persons: [{ id: 'FX1', name: 'Salainen Kovalchuk', birthDate: '1961-01-02', role: 'SUSPECT', function: 'EXPLOITER' }],
  phones: [{ number: '+372 5333 4455', holders: ['FX1'] }],
  addresses: [{ street: 'TARTU MAANTEE 25', postalCode: '10115', city: 'Tallinn', country: 'EE', holders: ['FX1'] }],
};

// A person of FI's register in FI's case FI-X2, which EE's case EE-X2 refers to (registeredBy) while FI shares
// FI-X2, and goes on referring to after FI withdraws the grant: EE may then still name the record (its own case
// refers to it), but its name and birth date are FI's.
const fiReferred = {
  ...openCase('FI-POL', 'FI-X2', '2025-03-07', 'FORCED_LABOUR'),
  persons: [{ id: 'FX2', name: 'Verborgen Petrenko', birthDate: '1958-04-05', role: 'SUSPECT', function: 'RECRUITER' }],
  phones: [{ number: '+372 5333 9911', holders: ['FX2'] }],
};
const eeReferring = {
  ...openCase('EE-PPA', 'EE-X2', '2025-03-09', 'FORCED_LABOUR'),
  persons: [{ id: 'FX2', registeredBy: 'FI-POL', name: 'as EE wrote it', role: 'WITNESS' }],
};
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { outcomes { status problems { message } } } }`;

const q = (query: string, variables: Record<string, unknown>, viewer?: Viewer) =>
  execute(server, db, query, variables, viewer) as Promise<any>;
const explain = async (a: object, b: object, viewer?: Viewer) => {
  const res = await q(EXPLAIN, { a, b }, viewer);
  expect(res.errors).toBeUndefined();
  return res.data.explainLink;
};

beforeAll(async () => {
  db = await importedAsOwners(server, [
    [EE, eeCase],
    [FI, fiCase],
    [FI, fiReferred],
  ]);
  // FI shares FI-X2 (EE found it by the phone), EE's case refers to FI's person, FI withdraws the grant.
  const found = await q('{ lookup(kind: PHONE, value: "+372 5333 9911") { hit { caseHandle } } }', {}, EE);
  const asked = await q(
    'mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "same phone") { id } }',
    { h: found.data.lookup.hit.caseHandle },
    EE,
  );
  const decide = (approve: boolean) =>
    q(
      'mutation($id: ID!, $approve: Boolean!) { decideAccess(requestId: $id, approve: $approve) { status } }',
      { id: asked.data.requestAccess.id, approve },
      FI,
    );
  expect((await decide(true)).data.decideAccess.status).toBe('APPROVED');
  expect((await q(IMPORT, { cases: [eeReferring] }, EE)).data.importCases.outcomes[0]).toEqual({
    status: 'CREATED',
    problems: [],
  });
  expect((await decide(false)).errors).toBeUndefined();
});
afterAll(() => db.close());

describe('explainLink', () => {
  it('two addresses as written: one building, with the street-type rule and its source', async () => {
    const e = await explain(
      { kind: 'ADDRESS', value: 'Tartu mnt 25-12', postalCode: '10115', city: 'Tallinn', country: 'EE' },
      { kind: 'ADDRESS', value: 'Tartu maantee 25', postalCode: '10115', city: 'Tallinn', country: 'EE' },
    );
    expect(e.verdict).toBe('LINKED');
    expect(e.a.buildingKey).toBe(e.b.buildingKey);
    expect(e.a.flat).toBe('12');
    expect(e.b.flat).toBeNull();
    expect(e.a.rules.length).toBeGreaterThan(0);
    expect(e.a.rules.every((r: { source: string }) => r.source.length > 0)).toBe(true);
  });

  it('two flats of one building are a weaker link; another house is no link, and the reason names the difference', async () => {
    const flat = (value: string) => ({ kind: 'ADDRESS', value, postalCode: '10115', city: 'Tallinn', country: 'EE' });
    expect((await explain(flat('Tartu mnt 25-12'), flat('Tartu mnt 25-14'))).verdict).toBe('SAME_BUILDING');
    const other = await explain(flat('Tartu mnt 25-12'), flat('Tartu mnt 27-12'));
    expect(other.verdict).toBe('NOT_LINKED');
    expect(other.reason).toMatch(/different buildings/);
  });

  it('a phone as written against the stored node: linked, with the E.164 key', async () => {
    const e = await explain({ kind: 'PHONE', value: '5333 4455', country: 'EE' }, { id: 'phone:+37253334455' });
    expect(e.verdict).toBe('LINKED');
    expect(e.b.key).toBe('phone:+37253334455');
  });

  it('an IBAN whose national check digit fails is still read (a note, not a problem); a mod-97 failure is a problem', async () => {
    const good = await explain(
      { kind: 'IBAN', value: 'EE11 2200 2210 2014 5686', country: 'FI' },
      { kind: 'IBAN', value: 'ee112200221020145686', country: 'EE' },
    );
    expect(good.verdict).toBe('LINKED');
    expect(good.a.problem).toBeNull();
    expect(good.a.notes.join(' ')).toMatch(/national/i);
    const typo = await explain(
      { kind: 'IBAN', value: 'EE11 2200 2210 2014 5687', country: 'FI' },
      { kind: 'IBAN', value: 'EE112200221020145686', country: 'EE' },
    );
    expect(typo.verdict).toBe('NOT_LINKED');
    expect(typo.a.problem).toMatch(/97/);
  });

  it('two names in two scripts share a blocking key; with the same birth date they would be proposed, with a different one not', async () => {
    const same = await explain(
      { kind: 'NAME', value: 'Олексій Ковальчук', birthDate: '1990-07-21' },
      { kind: 'NAME', value: 'Oleksii Kovalchuk', birthDate: '1990-07-21' },
    );
    expect(same.sharedBlockingKeys.length).toBeGreaterThan(0);
    expect(same.verdict).toBe('PROPOSED');
    expect(same.evidence.map((f: { feature: string }) => f.feature)).toEqual(
      expect.arrayContaining(['NAME', 'BIRTH_DATE']),
    );
    const other = await explain(
      { kind: 'NAME', value: 'Олексій Ковальчук', birthDate: '1990-07-21' },
      { kind: 'NAME', value: 'Oleksii Kovalchuk', birthDate: '1971-03-02' },
    );
    expect(other.verdict).toBe('NOT_LINKED');
    expect(other.reason).toMatch(/birth date/);
  });

  it('twins share only the surname with the birth date: never compared, as the matcher skips them; one typo is compared', async () => {
    const twins = await explain(
      { kind: 'NAME', value: 'Jonas Sakalauskas', birthDate: '1990-07-21' },
      { kind: 'NAME', value: 'Petras Sakalauskas', birthDate: '1990-07-21' },
    );
    expect(twins.sharedBlockingKeys.length).toBeGreaterThan(0);
    expect(twins.verdict).toBe('NOT_LINKED');
    expect(twins.reason).toMatch(/only a word of the name with the birth date/);
    const typo = await explain(
      { kind: 'NAME', value: 'Jonas Sakalauskas', birthDate: '1990-07-21' },
      { kind: 'NAME', value: 'Jonas Sakaauskas', birthDate: '1990-07-21' },
    );
    expect(typo.verdict).toBe('PROPOSED');
  });

  it('two cases: the chain between them', async () => {
    const e = await explain({ id: 'case:EE-PPA:EE-X1' }, { id: 'case:FI-POL:FI-X1' });
    expect(e.verdict).toBe('LINKED');
    expect(e.chains[0].length).toBeGreaterThanOrEqual(2);
  });

  it('kinds that cannot be compared, and sides given badly, are refused naming the field', async () => {
    const res = await q(EXPLAIN, {
      a: { kind: 'PHONE', value: '5333 4455', country: 'EE' },
      b: { kind: 'NAME', value: 'Jaan' },
    });
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const noCountry = await q(EXPLAIN, { a: { kind: 'PHONE', value: '5333 4455' }, b: { id: 'phone:+37253334455' } });
    expect(noCountry.errors[0].extensions.field ?? noCountry.errors[0].message).toMatch(/country/);
  });

  it("hit/no-hit: another register's person that no case of EE involves answers as an absent id, never compared with a typed guess", async () => {
    const guess = { kind: 'NAME', value: 'Salainen Kovalchuk', birthDate: '1961-01-02' };
    const unseen = await q(EXPLAIN, { a: { id: 'person:FI-POL:FX1' }, b: guess }, EE);
    const absent = await q(EXPLAIN, { a: { id: 'person:FI-POL:FX9' }, b: guess }, EE);
    expect(unseen).toEqual(absent);
    expect(unseen.errors[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'a.id' });
    for (const hidden of ['Salainen', 'salainen', 'salain', '1961'])
      expect(JSON.stringify(unseen.errors)).not.toContain(hidden);
  });

  it("hit/no-hit: a person EE's case refers to, held only in FI's case EE has no grant for, is never shown nor compared", async () => {
    const hidden = ['Verborgen', 'verborgen', 'Petrenko', 'petrenko', 'petr', '1958'];
    const pairs = [
      // a guess of its name and birth date, typed by EE
      [{ id: 'person:FI-POL:FX2' }, { kind: 'NAME', value: 'Verborgen Petrenko', birthDate: '1958-04-05' }],
      // EE's own person
      [{ id: 'person:FI-POL:FX2' }, { id: 'person:EE-PPA:EX1' }],
      [{ id: 'person:EE-PPA:EX1' }, { id: 'person:FI-POL:FX2' }],
    ];
    for (const [i, [a, b]] of pairs.entries()) {
      const e = await explain(a, b, EE);
      expect(e.verdict).toBe('NOT_COMPARED');
      expect(e.probability).toBeNull();
      expect(e.evidence).toEqual([]);
      expect(e.sharedBlockingKeys).toEqual([]);
      const side = a.id === 'person:FI-POL:FX2' ? e.a : e.b;
      expect(side).toMatchObject({ access: 'HIT', hit: { agency: 'FI-POL' }, key: null, blockingKeys: [] });
      // The guess is EE's own: only the answer about FI's record must not spell it.
      const answer = JSON.stringify(i === 0 ? { ...e, b: null } : e);
      for (const word of hidden) expect(answer).not.toContain(word);
    }
    // FI, who holds the record, sees it compared.
    const fi = await explain(pairs[0][0], pairs[0][1], FI);
    expect(fi.a.key).toMatch(/petrenko/);
    expect(fi.verdict).not.toBe('NOT_COMPARED');
  });

  it("hit/no-hit: the FI address is the same building as the EE analyst's own: linked, without the FI spelling", async () => {
    const fiAddress = (
      await q('{ case(id: "case:FI-POL:FI-X1") { entities { id type } } }', {})
    ).data.case.entities.find((x: { type: string }) => x.type === 'ADDRESS').id;
    const e = await explain(
      { kind: 'ADDRESS', value: 'Tartu mnt 25-12', postalCode: '10115', city: 'Tallinn', country: 'EE' },
      { id: fiAddress },
      EE,
    );
    expect(['LINKED', 'SAME_BUILDING']).toContain(e.verdict);
    // The building node's spelling is the FI report's: the EE analyst sees the key, not how FI wrote it.
    expect(JSON.stringify(e)).not.toContain('TARTU MAANTEE');
  });
  it('organisations: the legal form and the VAT prefix read away, each rule with its source; a bad check digit is a problem', async () => {
    const byName = await explain(
      { kind: 'ORGANISATION', value: 'OÜ «Tamm Ehitus»', country: 'EE' },
      { kind: 'ORGANISATION', value: 'Tamm Ehitus', country: 'EE' },
    );
    expect(byName.verdict).toBe('LINKED');
    expect(byName.a.rules).toContainEqual({
      rule: 'legal form "OÜ" removed (a form written across borders)',
      source: expect.stringContaining('ISO 20275'),
    });
    const employer = {
      ...openCase('EE-PPA', 'EE-X3', '2025-03-11', 'FORCED_LABOUR'),
      organisations: [{ id: 'O', name: 'Tamm Ehitus OÜ', registrationNumber: '12345678' }],
    };
    expect((await q(IMPORT, { cases: [employer] }, EE)).data.importCases.outcomes[0].status).toBe('CREATED');
    const byNumber = await explain(
      { kind: 'ORGANISATION', value: 'Tamm Ehitus AS', registrationNumber: 'EE 12345678', country: 'FI' },
      { id: 'organisation:reg:EE:12345678' },
      EE,
    );
    expect(byNumber.verdict).toBe('LINKED');
    expect(byNumber.a.rules.map((r: { source: string }) => r.source).join(' ')).toMatch(/2006\/112\/EC.*EVS 585/s);
    const typo = await explain(
      { kind: 'ORGANISATION', value: 'Tamm Ehitus', registrationNumber: '12345679', country: 'EE' },
      { id: 'organisation:reg:EE:12345678' },
      EE,
    );
    // A number its check digit rejects links as written, with the reason as a note: not to 12345678.
    expect(typo.verdict).toBe('NOT_LINKED');
    expect(typo.a.key).toBe('organisation:reg:EE:12345679');
    expect(typo.a.notes.join(' ')).toMatch(/Estonian registry code.*check digit does not match/);
  });
});
