// What lies behind a hit stays with its owner. A Lithuanian suspect uses a phone of each of two Estonian
// cases and a third phone that only a Latvian case shares; that Latvian suspect uses a phone of a third
// Estonian case. The Estonian analyst learns of the Lithuanian suspect and case as hits through its own
// phones, and that one hidden person links two of its own phones. It never learns of the Lithuanian
// suspect's third phone, the Latvian case behind it, or a link between its cases that runs only through
// both hidden cases: not in a subgraph, a path, a cross-border link or an export.
import { execute, iban, resetDatabase, testDatabase, testServer, viewer } from '../helpers';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';

let db: Database;
const server = testServer();

const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'EE-H');
const LT = viewer('lt.analyst.2', 'LT-PD', ['analyst', 'loader'], 'LT-H');
const LV = viewer('lv.analyst.3', 'LV-VP', ['analyst', 'loader'], 'LV-H');
const q = (who: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables, who) as Promise<any>;
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { outcomes { status problems { field message } } } }`;

const PHONE = { a: '+372 5111 0001', c: '+372 5111 0003', b: '+371 2111 0002', d: '+371 2111 0004' };
const ID = { a: 'phone:+37251110001', c: 'phone:+37251110003', b: 'phone:+37121110002', d: 'phone:+37121110004' };
/** A case of one suspect who uses these phones. */
const oneSuspect = (code: string, country: string, reference: string, name: string, phones: string[]) => ({
  reference,
  agency: { code, country },
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2025-05-01',
  handling: { code: 'H1' },
  // A person id names a record of the agency's register: one per case here.
  persons: [{ id: `S-${reference}`, name, role: 'SUSPECT' }],
  phones: phones.map((number) => ({ number, holders: [`S-${reference}`] })),
});
/** A case of accounts (local id: IBAN number) and transfers (id, from, to, day of March 2025). */
const moneyCase = (
  code: string,
  country: string,
  reference: string,
  accounts: Record<string, number>,
  transfers: Array<[string, string, string, number]>,
) => ({
  ...oneSuspect(code, country, reference, 'Raha Kandja', []),
  accounts: Object.entries(accounts).map(([id, n]) => ({ id, iban: iban(n) })),
  transfers: transfers.map(([id, from, to, day]) => ({
    id,
    amount: 100,
    currency: 'EUR',
    time: `2025-03-${day}T10:00:00Z`,
    channel: 'BANK',
    from,
    to,
  })),
});
const CASE = { ee1: 'case:EE-PPA:EE-H1', ee2: 'case:EE-PPA:EE-H2', ee3: 'case:EE-PPA:EE-H3' };

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  for (const [who, c] of [
    [EE, oneSuspect('EE-PPA', 'EE', 'EE-H1', 'Jaan Tamm', [PHONE.a])],
    [EE, oneSuspect('EE-PPA', 'EE', 'EE-H2', 'Mari Kask', [PHONE.c])],
    [EE, oneSuspect('EE-PPA', 'EE', 'EE-H3', 'Peeter Saar', [PHONE.d])],
    [
      LT,
      {
        ...oneSuspect('LT-PD', 'LT', 'LT-H1', 'Petras Vilkas', [PHONE.a, PHONE.c, PHONE.b]),
        addresses: [{ street: 'Gedimino prospektas 9', city: 'Vilnius', country: 'LT', holders: ['S-LT-H1'] }],
        organisations: [{ id: 'O', name: 'Baltic Staffing Partners UAB', country: 'LT', members: ['S-LT-H1'] }],
      },
    ],
    [
      LV,
      {
        ...oneSuspect('LV-VP', 'LV', 'LV-H1', 'Jānis Bērziņš', [PHONE.b, PHONE.d]),
        persons: [
          { id: 'S-LV-H1', name: 'Jānis Bērziņš', role: 'SUSPECT' },
          { id: 'W-LV-H1', name: 'Jan van der Berg', role: 'WITNESS' },
        ],
      },
    ],
    // Money: Estonian X pays Estonian Y; the Lithuanian case has Y pay its Q, and Q pay its R.
    [EE, moneyCase('EE-PPA', 'EE', 'EE-M1', { X: 1, Y: 2 }, [['T1', 'X', 'Y', 10]])],
    [
      LT,
      moneyCase('LT-PD', 'LT', 'LT-M1', { Y: 2, Q: 3, R: 4 }, [
        ['T2', 'Y', 'Q', 11],
        ['T3', 'Q', 'R', 12],
      ]),
    ],
  ] as const) {
    const res = await q(who, IMPORT, { cases: [c] });
    expect(res.errors).toBeUndefined();
    expect(res.data.importCases.outcomes[0]).toMatchObject({ status: 'CREATED', problems: [] });
  }
});
afterAll(() => db.close());

const NODE = '{ id type access hit { agency } }';
/** The account both money cases report (Estonian Y, the Lithuanian case's payer). */
const ACCOUNT_Y = `account:iban:${iban(2)}`;

describe('a traversal stops at a hit', () => {
  it('subgraph: the hidden suspect and case are hits through the own phones, and nothing lies beyond them', async () => {
    const res = await q(
      EE,
      `{ subgraph(seeds: ["${CASE.ee1}"], depth: 3, maxNodes: 500) { nodes ${NODE} edges { type source target } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.subgraph.nodes as Array<{ id: string; type: string; access: string; hit: any }>;
    const full = nodes.filter((n) => n.access === 'FULL').map((n) => n.id);
    // The own phone, and the own phone of the second case that the hidden suspect also uses.
    expect(full).toEqual(expect.arrayContaining([CASE.ee1, ID.a, ID.c]));
    const hits = nodes.filter((n) => n.access === 'HIT');
    expect(hits.map((n) => `${n.type} ${n.hit.agency}`).sort()).toEqual(['CASE LT-PD', 'PERSON LT-PD']);
    // Nothing of the Latvian case, and no third phone.
    expect(
      nodes
        .filter((n) => n.type === 'PHONE')
        .map((n) => n.id)
        .sort(),
    ).toEqual([ID.c, ID.a].sort());
    // Every edge touches a node the caller sees, or is the hidden case's report of its hidden suspect.
    const access = new Map(nodes.map((n) => [n.id, n.access]));
    for (const e of res.data.subgraph.edges) {
      const ends = [access.get(e.source), access.get(e.target)];
      if (!ends.includes('FULL')) expect(e.type).toBe('INVOLVES');
    }
  });

  it("an agency is no way behind a hit: the Lithuanian agency's other cases stay out", async () => {
    const res = await q(
      EE,
      `{ subgraph(seeds: ["${ID.a}"], depth: 3, relationshipTypes: [MENTIONS, REPORTED_BY], nodeTypes: [PHONE, CASE, AGENCY], maxNodes: 500) { nodes ${NODE} } }`,
    );
    expect(res.errors).toBeUndefined();
    const hits = res.data.subgraph.nodes.filter((n: any) => n.access === 'HIT');
    // The Lithuanian case that reports the phone, and not its agency's money case.
    expect(hits.map((n: any) => `${n.type} ${n.hit.agency}`)).toEqual(['CASE LT-PD']);
  });

  it('exportSubgraph: the same nodes, nothing of the Latvian case', async () => {
    const res = await q(
      EE,
      `{ exportSubgraph(seeds: ["${CASE.ee1}"], depth: 3, maxNodes: 500, format: CYTOSCAPE_JSON) { content } }`,
    );
    expect(res.errors).toBeUndefined();
    const content = res.data.exportSubgraph.content as string;
    const nodes = JSON.parse(content).elements.nodes.map((n: any) => n.data);
    // The Lithuanian case and suspect are the only hits.
    expect(
      nodes
        .filter((n: any) => n.access === 'HIT')
        .map((n: any) => n.type)
        .sort(),
    ).toEqual(['CASE', 'PERSON']);
    expect(content).toContain('LT-PD');
    expect(content).not.toContain('LV-VP');
  });

  it('crossBorderLinks: the Lithuanian case is linked; the Latvian one, behind the hidden suspect, is not', async () => {
    const res = await q(EE, `{ crossBorderLinks(caseId: "${CASE.ee1}") { case { access hit { agency } } shortest } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.crossBorderLinks).toEqual([{ case: { access: 'HIT', hit: { agency: 'LT-PD' } }, shortest: 2 }]);
    // The Latvian case links to the third Estonian case through that case's own phone.
    const third = await q(EE, `{ crossBorderLinks(caseId: "${CASE.ee3}") { case { hit { agency } } shortest } }`);
    expect(third.data.crossBorderLinks).toEqual([{ case: { hit: { agency: 'LV-VP' } }, shortest: 2 }]);
  });

  it('paths: through one hidden suspect between own phones, yes; through both hidden cases, no', async () => {
    const paths = (from: string, to: string) =>
      q(EE, `{ paths(fromId: "${from}", toId: "${to}", k: 10, maxLength: 8) { length nodes ${NODE} } }`);
    const linked = await paths(CASE.ee1, CASE.ee2);
    expect(linked.errors).toBeUndefined();
    // Case, phone, the hidden suspect (or case), phone, case: the shortest; longer ones add own persons.
    expect(linked.data.paths[0].length).toBe(4);
    const hitsOnPaths = linked.data.paths.flatMap((p: any) =>
      p.nodes.filter((n: any) => n.hit).map((n: any) => n.hit.agency),
    );
    expect(new Set(hitsOnPaths)).toEqual(new Set(['LT-PD']));
    const behind = await paths(CASE.ee1, CASE.ee3);
    expect(behind.errors).toBeUndefined();
    expect(behind.data.paths).toEqual([]);
  });

  it('paths: maxDegree never tests a hidden node, so its number of relationships cannot be read', async () => {
    // Between the own phones A and C lie only the hidden suspect and the hidden case (degree 4 and more).
    const between = async (maxDegree: number) =>
      (
        await q(
          EE,
          `{ paths(fromId: "${ID.a}", toId: "${ID.c}", k: 10, maxLength: 2, maxDegree: ${maxDegree}) { nodes { type access } } }`,
        )
      ).data.paths;
    const unbounded = await between(1_000_000);
    expect(unbounded.map((p: any) => p.nodes[1])).toEqual(
      expect.arrayContaining([
        { type: 'PERSON', access: 'HIT' },
        { type: 'CASE', access: 'HIT' },
      ]),
    );
    for (const maxDegree of [1, 2, 3, 4, 5]) expect(await between(maxDegree)).toEqual(unbounded);
  });

  it('the owner of the hidden suspect reaches the Latvian case through its own phone, and no Estonian case behind that', async () => {
    const res = await q(LT, `{ crossBorderLinks(caseId: "case:LT-PD:LT-H1") { case { hit { agency } } shortest } }`);
    expect(res.data.crossBorderLinks.map((l: any) => l.case.hit.agency).sort()).toEqual(['EE-PPA', 'EE-PPA', 'LV-VP']);
  });
});

describe('money chains stop at a hit', () => {
  it('a chain goes on through a hidden transfer from an account the caller knows, and ends behind it', async () => {
    const res = await q(
      EE,
      `{ moneyFlow(fromId: "account:iban:${iban(1)}", direction: FORWARD, maxHops: 4) { chains { transfers { id from to caseId } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const chains = res.data.moneyFlow.chains.map((c: any) => c.transfers);
    // X to Y (own), then Y to Q (the Lithuanian case's: a hit from the own account Y); not Q to R.
    expect(chains).toHaveLength(1);
    expect(chains[0]).toHaveLength(2);
    expect(chains[0][0]).toMatchObject({ id: 'transfer:EE-PPA:EE-M1:T1', to: `account:iban:${iban(2)}` });
    // Its receiver, the Lithuanian case's Q, lies behind the hit: left out.
    expect(chains[0][1]).toMatchObject({
      from: `account:iban:${iban(2)}`,
      to: null,
      caseId: expect.stringMatching(/^hit:/),
    });
    // Backwards from R, the Lithuanian owner's own chain is whole; the Estonian analyst gets nothing from
    // an account it does not hold.
    const back = `{ moneyFlow(fromId: "account:iban:${iban(4)}", direction: BACKWARD, maxHops: 4) { chains { transfers { id } } } }`;
    const lt = await q(LT, back);
    expect(lt.data.moneyFlow.chains.map((c: any) => c.transfers.length)).toEqual([3]);
  });
});

describe('lists show only what the caller holds', () => {
  it('search: a hidden address or organisation is a hit only for its full spelling, a person for a full name', async () => {
    const found = async (text: string) =>
      (await q(EE, `query($t: String!) { search(text: $t) { node { type access hit { agency } } } }`, { t: text })).data
        .search;
    // Fishing: a word or two of a name, particles, a street and city without the number.
    for (const fishing of [
      'Gedimino',
      'Gedimino prospektas',
      'Gedimino prospektas Vilnius',
      'Baltic Staffing',
      'Petras',
      'Vilkas',
      'van der',
      'Berg Jan',
    ])
      expect([fishing, await found(fishing)]).toEqual([fishing, []]);
    for (const [held, type] of [
      ['Gedimino prospektas 9 Vilnius', 'ADDRESS'],
      ['Baltic Staffing Partners UAB', 'ORGANISATION'],
      ['Petras Vilkas', 'PERSON'],
      ['Петрас Вилкас', 'PERSON'],
      ['Jan van der Berg', 'PERSON'],
    ])
      expect([held, await found(held)]).toEqual([
        held,
        [{ node: { type, access: 'HIT', hit: { agency: held.includes('Berg') ? 'LV-VP' : 'LT-PD' } } }],
      ]);
  });

  const HOT = (filter: string) =>
    `{ hotSpots(first: 50${filter}) { edges { node { entity { id access } countries caseCount } } } }`;

  it("hotSpots: the caller's own phones with every country that reports them; not a phone only others share", async () => {
    for (const filter of ['', ', filter: { countries: ["EE", "LT", "LV"] }']) {
      const res = await q(EE, HOT(filter));
      expect(res.errors).toBeUndefined();
      const rows = res.data.hotSpots.edges.map((e: any) => e.node);
      expect(rows.map((r: any) => r.entity.id).sort()).toEqual([ID.a, ID.c, ID.d, ACCOUNT_Y].sort());
      expect(rows.find((r: any) => r.entity.id === ID.a)).toEqual({
        entity: { id: ID.a, access: 'FULL' },
        countries: ['EE', 'LT'],
        caseCount: 2,
      });
    }
    // The Lithuanian analyst holds the phone the Latvian case shares: it is a hot spot of its own.
    const lt = await q(LT, HOT(''));
    expect(lt.data.hotSpots.edges.map((e: any) => e.node.entity.id).sort()).toEqual(
      [ID.a, ID.c, ID.b, ACCOUNT_Y].sort(),
    );
  });

  it("cases: the caller's own cases, none of others' (not even as hits)", async () => {
    for (const country of [null, 'LT']) {
      const res = await q(EE, `query($c: CountryCode) { cases(country: $c, first: 100) { id access } }`, {
        c: country,
      });
      expect(res.errors).toBeUndefined();
      // Opened on one day: by id.
      const own = [CASE.ee1, CASE.ee2, CASE.ee3, 'case:EE-PPA:EE-M1'].map((id) => ({ id, access: 'FULL' }));
      expect(res.data.cases).toEqual(country ? [] : own);
    }
  });
});

describe('an identity is known through a member the caller knows', () => {
  const LT_SUSPECT = 'person:LT-PD:S-LT-H1';
  /** The in-process caller (it sees all) joins two records as one person. */
  const confirm = async (a: string, b: string) => {
    const res = await execute(
      server,
      db,
      `mutation { decideMatch(personA: "${a}", personB: "${b}", decision: CONFIRM, analyst: "test") { status } }`,
    );
    expect(res.errors).toBeUndefined();
  };

  it('the identity of two hidden records lies behind their hits: not in a subgraph, not on a path', async () => {
    await confirm(LT_SUSPECT, 'person:LV-VP:S-LV-H1');
    const fromPhone = await q(EE, `{ subgraph(seeds: ["${ID.a}"], depth: 3, maxNodes: 500) { nodes ${NODE} } }`);
    expect(fromPhone.errors).toBeUndefined();
    const nodes = fromPhone.data.subgraph.nodes;
    expect(nodes.filter((n: any) => n.type === 'IDENTITY')).toEqual([]);
    expect(nodes.filter((n: any) => n.hit).map((n: any) => n.hit.agency)).not.toContain('LV-VP');
    // EE-H1, A, the Lithuanian suspect, the identity, the Latvian suspect, D, EE-H3: not shown.
    const paths = await q(
      EE,
      `{ paths(fromId: "${CASE.ee1}", toId: "${CASE.ee3}", k: 10, maxLength: 8) { length nodes ${NODE} } }`,
    );
    expect(paths.errors).toBeUndefined();
    expect(paths.data.paths).toEqual([]);
  });

  it("an own record's identity reaches the other members as hits", async () => {
    await confirm('person:EE-PPA:S-EE-H2', LT_SUSPECT);
    const res = await q(
      EE,
      `{ subgraph(seeds: ["person:EE-PPA:S-EE-H2"], depth: 2, maxNodes: 500) { nodes ${NODE} } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.subgraph.nodes;
    expect(nodes.filter((n: any) => n.type === 'IDENTITY')).toHaveLength(1);
    const members = nodes.filter((n: any) => n.type === 'PERSON' && n.hit).map((n: any) => n.hit.agency);
    expect(members.sort()).toEqual(['LT-PD', 'LV-VP']);
  });
});
