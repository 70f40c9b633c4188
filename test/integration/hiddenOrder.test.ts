// Hidden data never shapes a visible answer through order (attack-and-fault-cases.md, side channels 1):
// paths of one length, a linked case's chains, the time order inside a money chain, and a node's cases
// (hits after the visible cases, by handle, not by reference). EE probes FI's and LV's cases, which it has
// no grant for, by changing values it can see and watching the answer.
import { execute, iban, resetDatabase, testDatabase, testServer, viewer } from '../helpers';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';
import { openCase } from '../openCase';

let db: Database;
const server = testServer();
const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'EE-O order');
const FI = viewer('fi.analyst.1', 'FI-POL', ['analyst', 'loader'], 'FI-O order');
const q = (v: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables, v) as Promise<any>;
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { outcomes { status problems { field message } } } }`;
const load = async (v: Viewer, c: object) => {
  const res = await q(v, IMPORT, { cases: [c] });
  expect(res.data.importCases.outcomes[0]).toMatchObject({
    status: expect.stringMatching(/CREATED|UPDATED|UNCHANGED/),
  });
};

const accountId = (n: number) => `account:iban:${iban(n)}`;

const A = '+372 5100 0001'; // EE's phone, which FI's person uses too
const B = '+372 5100 0002'; // in FI's case only
const HIDDEN = 5_000_000; // the account only FI reports
const PROBES = [1_000, 2_000, 3_000, 7_000_000, 8_000_000, 9_000_000];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await load(EE, {
    ...openCase('EE-PPA', 'EE-O1', '2025-01-10', 'FORCED_LABOUR'),
    persons: [{ id: 'EP', name: 'Jaan Tamm', role: 'SUSPECT' }],
    phones: [{ number: A, holders: ['EP'] }],
  });
});
afterAll(() => db.close());

/**
 * FI's person GP (case FI-G) uses EE's phone A and holds the hidden account and the probe account; FI's
 * case FI-F reports both accounts and phone B. EE's case EE-O2 reports the probe account, so EE sees it.
 */
async function placeProbe(probe: number): Promise<void> {
  const accounts = [
    { id: 'H', iban: iban(HIDDEN), holders: ['GP'] },
    { id: 'V', iban: iban(probe), holders: ['GP'] },
  ];
  await load(FI, {
    ...openCase('FI-POL', 'FI-G', '2025-01-05', 'FORCED_LABOUR'),
    persons: [{ id: 'GP', name: 'Salainen Mies', role: 'SUSPECT' }],
    phones: [{ number: A, holders: ['GP'] }],
    accounts,
  });
  await load(FI, {
    ...openCase('FI-POL', 'FI-F', '2025-01-06', 'FORCED_LABOUR'),
    phones: [{ number: B }],
    accounts: accounts.map(({ holders: _holders, ...a }) => a),
  });
  await load(EE, {
    ...openCase('EE-PPA', 'EE-O2', '2025-01-11', 'FORCED_LABOUR'),
    accounts: [{ id: 'V', iban: iban(probe) }],
  });
}

describe('paths and chains of one length', () => {
  it('the path shown and the chain shown do not follow where a hidden id stands among ids EE chooses', async () => {
    const viaProbe: { paths: boolean[]; chains: boolean[] } = { paths: [], chains: [] };
    for (const probe of PROBES) {
      await placeProbe(probe);
      // Every path from A to B has 4 steps, through the hidden account or through the probe.
      const paths = await q(
        EE,
        `{ paths(fromId: "phone:+37251000001", toId: "phone:+37251000002", k: 1) { length nodes { id } } }`,
      );
      expect(paths.errors).toBeUndefined();
      expect(paths.data.paths).toHaveLength(1);
      expect(paths.data.paths[0].length).toBe(4);
      viaProbe.paths.push(paths.data.paths[0].nodes.some((n: { id: string }) => n.id === accountId(probe)));
      // EE-O1's chains to FI-F: 4 steps, A, FI's person, then one of the two accounts.
      const links = await q(
        EE,
        `{ crossBorderLinks(caseId: "case:EE-PPA:EE-O1", maxChainsPerCase: 1) { shortest case { hit { agency } } chains { length nodes { id } } } }`,
      );
      expect(links.errors).toBeUndefined();
      const toF = links.data.crossBorderLinks.filter(
        (l: any) =>
          l.shortest === 4 &&
          l.chains[0].nodes.some((n: { id: string }) => n.id === accountId(probe) || n.id.startsWith('hidden:')),
      );
      expect(toF).toHaveLength(1);
      viaProbe.chains.push(toF[0].chains[0].nodes.some((n: { id: string }) => n.id === accountId(probe)));
    }
    // In the order of the ids, the probe's path would be shown exactly when its id is below the hidden
    // one's: a binary search over probes would read the hidden IBAN.
    const belowHidden = PROBES.map((p) => accountId(p) < accountId(HIDDEN));
    expect(belowHidden).toContain(true);
    expect(belowHidden).toContain(false);
    expect(viaProbe.paths).not.toEqual(belowHidden);
    expect(viaProbe.chains).not.toEqual(belowHidden);
  });
});

describe('money chains', () => {
  const FLOW = `query($id: ID!) { moneyFlow(fromId: $id, direction: FORWARD, maxHops: 3) { chains { transfers { id from to time caseId } } } }`;
  /** EE: X pays Y on day 10 and Z pays W on day 20; FI (hidden): Y pays Z on `day`. */
  async function world(day: number) {
    const X = iban(101);
    const Y = iban(102);
    const Z = iban(103);
    const W = iban(104);
    await load(EE, {
      ...openCase('EE-PPA', 'EE-M1', '2025-01-01', 'FORCED_LABOUR'),
      accounts: [
        { id: 'X', iban: X },
        { id: 'Y', iban: Y },
        { id: 'Z', iban: Z },
        { id: 'W', iban: W },
      ],
      transfers: [
        { id: 'T1', amount: 100, currency: 'EUR', time: '2025-03-10T10:00:00Z', channel: 'BANK', from: 'X', to: 'Y' },
        { id: 'T3', amount: 90, currency: 'EUR', time: '2025-03-20T10:00:00Z', channel: 'BANK', from: 'Z', to: 'W' },
      ],
    });
    await load(FI, {
      ...openCase('FI-POL', 'FI-M1', '2025-01-01', 'FORCED_LABOUR'),
      accounts: [
        { id: 'Y', iban: Y },
        { id: 'Z', iban: Z },
      ],
      transfers: [
        {
          id: 'T2',
          amount: 95,
          currency: 'EUR',
          time: `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`,
          channel: 'BANK',
          from: 'Y',
          to: 'Z',
        },
      ],
    });
    const res = await q(EE, FLOW, { id: `account:iban:${X}` });
    expect(res.errors).toBeUndefined();
    return res.data.moneyFlow.chains;
  }

  it("a hidden transfer's time neither keeps a chain out nor lets one in", async () => {
    // Before, between and after EE's own transfers: the same answer each time.
    const answers = [];
    for (const day of [5, 15, 25]) answers.push(await world(day));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // The chain through FI's transfer, with its time withheld, reaches EE's later transfer.
    expect(answers[0]).toHaveLength(1);
    const [t1, t2, t3] = answers[0][0].transfers;
    expect(t1).toMatchObject({ id: 'transfer:EE-PPA:EE-M1:T1', time: '2025-03-10T10:00:00.000Z' });
    expect(t2).toMatchObject({ time: null, caseId: expect.stringMatching(/^hit:/) });
    expect(t3).toMatchObject({ id: 'transfer:EE-PPA:EE-M1:T3', time: '2025-03-20T10:00:00.000Z' });
  });
});

describe('match proposals', () => {
  // FI's victim, hidden from EE; EE's records of a namesake, one with FI's birth date and one a day off. The
  // pair's score (about 0.99 against 0.8) is the hidden record's: neither the caller's bound nor the order may
  // depend on it, or importing guesses would read the hidden birth date.
  it("a hidden record's score neither filters nor orders the pairs it is in", async () => {
    const person = (id: string, birthDate: string) => ({
      id,
      name: 'Svetlana Kuzmenkova',
      birthDate,
      gender: 'FEMALE',
      role: 'VICTIM',
    });
    // One case per record: FI's victim, then EE's three namesakes.
    for (const [who, agency, ref, opened, id, born] of [
      [FI, 'FI-POL', 'FI-M', '2025-02-01', 'FV', '1991-06-14'],
      [EE, 'EE-PPA', 'EE-M', '2025-02-02', 'EA', '1991-06-14'],
      [EE, 'EE-PPA', 'EE-N', '2025-02-03', 'EB', '1991-06-15'],
      [EE, 'EE-PPA', 'EE-P', '2025-02-04', 'EC', '1991-06-15'],
    ] as const)
      await load(who, { ...openCase(agency, ref, opened, 'SEXUAL_EXPLOITATION'), persons: [person(id, born)] });
    const pairs = async (personId: string, minProbability: number): Promise<string[]> =>
      (
        await q(
          EE,
          `query($id: ID!, $min: Float) { matchCandidates(personId: $id, minProbability: $min) { a { id } b { id } } }`,
          { id: personId, min: minProbability },
        )
      ).data.matchCandidates.map((p: { a: { id: string }; b: { id: string } }) => `${p.a.id}~${p.b.id}`);
    // FI's record is a hit to EE: its id shows as a keyed stand-in.
    const hit = (p: string) => p.includes('hidden:');
    for (const ee of ['person:EE-PPA:EA', 'person:EE-PPA:EB']) {
      const low = await pairs(ee, 0.5);
      expect(low.some(hit)).toBe(true);
      // The bound applies to the pairs EE sees in full; the hit stays, whatever FI's record scores.
      expect((await pairs(ee, 0.999)).filter(hit)).toEqual(low.filter(hit));
    }
    // EE's own pairs (both records visible) come first, best first; the hits after them.
    const listed = await pairs('person:EE-PPA:EB', 0);
    expect(listed[0]).toBe('person:EE-PPA:EB~person:EE-PPA:EC');
    const firstHit = listed.findIndex(hit);
    expect(firstHit).toBeGreaterThan(0);
    expect(listed.slice(firstHit).every(hit)).toBe(true);
    // A page of one holds EE's own pair only: FI's record was read to sort the pairs, not shown, so FI
    // hears nothing of this request.
    const onlyOwn = await q(
      EE,
      `query OnlyOwnPair { matchCandidates(personId: "person:EE-PPA:EB", first: 1) { a { id } b { id } } }`,
    );
    expect(onlyOwn.data.matchCandidates).toEqual([{ a: { id: 'person:EE-PPA:EB' }, b: { id: 'person:EE-PPA:EC' } }]);
    const told = await q(FI, '{ notifications(first: 100) { edges { node { operation } } } }');
    const operations = told.data.notifications.edges.map((e: any) => e.node.operation);
    expect(operations).toContain('query matchCandidates'); // the earlier requests that showed FI's record did
    expect(operations).not.toContain('query OnlyOwnPair');
  });
});

describe('import reports', () => {
  // The name key nodes a record shares with hidden records are merged, not created: counted, they would
  // tell EE that a hidden record holds the name and birth date it guessed.
  it("the import's counts do not depend on hidden records of the same name and birth date", async () => {
    await load(FI, {
      ...openCase('FI-POL', 'FI-K', '2025-03-01', 'FORCED_LABOUR'),
      persons: [{ id: 'FK', name: 'Halyna Bondarchuk', birthDate: '1988-02-03', role: 'VICTIM' }],
    });
    const created = async (ref: string, birthDate: string) =>
      (
        await q(
          EE,
          `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { nodesCreated relationshipsCreated } }`,
          {
            cases: [
              {
                ...openCase('EE-PPA', ref, '2025-03-02', 'FORCED_LABOUR'),
                persons: [{ id: `P-${ref}`, name: 'Halyna Bondarchuk', birthDate, role: 'WITNESS' }],
              },
            ],
          },
        )
      ).data.importCases;
    const right = await created('EE-K1', '1988-02-03');
    const wrong = await created('EE-K2', '1977-11-21');
    expect(right).toEqual(wrong);
  });
});

describe("a node's cases", () => {
  // LV reports EE's phone in seven cases whose references EE must not learn the order of; DK's case, which
  // reports it too, is shared with EE (H2: visible in the API, a hit in an export).
  const PHONE = '+372 5999 0001';
  const PHONE_ID = 'phone:+37259990001';
  const OWN = 'case:EE-PPA:EE-PROBE-REF';
  const SHARED = 'case:DK-NSK:DK-PROBE';
  const LV = viewer('lv.loader.1', 'LV-VP', ['analyst', 'loader'], 'LV-O order');
  const DK = viewer('dk.analyst.1', 'DK-NSK', ['analyst', 'loader'], 'DK-O order');
  const REFERENCES = ['LV-DDD', 'LV-AAA', 'LV-CCC', 'LV-BBB', 'LV-ZZZ', 'LV-A00', 'LV-BBC'];
  // Handles in an order unlike the references' (they are random; fixed here so that the orders surely differ).
  const RANK: Record<string, number> = {
    'LV-BBB': 1,
    'LV-ZZZ': 2,
    'LV-A00': 3,
    'DK-PROBE': 4,
    'LV-DDD': 5,
    'LV-AAA': 6,
    'LV-CCC': 7,
    'LV-BBC': 8,
  };
  const handleOf = (ref: string) => `hit:00000000-0000-4000-8000-${String(RANK[ref]).padStart(12, '0')}`;
  const lvIds = REFERENCES.map((r) => `case:LV-VP:${r}`);
  const byHandle = (ids: string[]) => ids.map((id) => handleOf(id.split(':')[2])).sort();

  beforeAll(async () => {
    for (const ref of REFERENCES) {
      // LV's person LP, in two of the cases, holds the phone.
      const holder = ['LV-AAA', 'LV-BBB'].includes(ref);
      await load(LV, {
        ...openCase('LV-VP', ref, '2025-04-01', 'FORCED_LABOUR'),
        persons: holder ? [{ id: 'LP', name: 'Slepens Cilveks', role: 'SUSPECT' }] : [],
        phones: [{ number: PHONE, holders: holder ? ['LP'] : [] }],
      });
    }
    await load(DK, { ...openCase('DK-NSK', 'DK-PROBE', '2025-04-02', 'FORCED_LABOUR'), phones: [{ number: PHONE }] });
    await load(EE, {
      ...openCase('EE-PPA', 'EE-PROBE-REF', '2025-04-03', 'FORCED_LABOUR'),
      phones: [{ number: PHONE }],
    });
    const session = db.driver.session();
    try {
      for (const id of [...lvIds, SHARED])
        await session.run('MATCH (c:Case {id: $id}) SET c.handle = $handle', {
          id,
          handle: handleOf(id.split(':')[2]),
        });
    } finally {
      await session.close();
    }
    const req = await q(EE, `mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "probe") { id } }`, {
      h: handleOf('DK-PROBE'),
    });
    const approved = await q(DK, `mutation($id: ID!) { decideAccess(requestId: $id, approve: true) { status } }`, {
      id: req.data.requestAccess.id,
    });
    expect(approved.data.decideAccess.status).toBe('APPROVED');
  });

  it('lists the cases EE sees first, then the hits by handle, never by the hidden references', async () => {
    // The fixture's point: by reference, the hits would come in another order.
    const hits = byHandle(lvIds);
    const byReference = [...lvIds].sort().map((id) => handleOf(id.split(':')[2]));
    expect(hits).not.toEqual(byReference);
    const expected = [SHARED, OWN, ...hits];

    const node = await q(EE, `{ node(id: "${PHONE_ID}") { ... on Phone { cases { id } mentions { case { id } } } } }`);
    expect(node.errors).toBeUndefined();
    expect(node.data.node.cases.map((c: { id: string }) => c.id)).toEqual(expected);
    expect(node.data.node.mentions.map((m: { case: { id: string } }) => m.case.id)).toEqual(expected);

    const lookup = await q(EE, `{ lookup(kind: PHONE, value: "${PHONE}") { cases { id } } }`);
    expect(lookup.data.lookup.cases.map((c: { id: string }) => c.id)).toEqual(expected);

    const sub = await q(EE, `{ subgraph(seeds: ["${PHONE_ID}"], depth: 1) { nodes { id cases } } }`);
    expect(sub.errors).toBeUndefined();
    expect(sub.data.subgraph.nodes.find((n: { id: string }) => n.id === PHONE_ID).cases).toEqual(expected);

    const hot = await q(
      EE,
      `{ hotSpots(filter: { types: [PHONE] }, first: 100) { edges { node { entity { id cases } cases { id } } } } }`,
    );
    expect(hot.errors).toBeUndefined();
    const spot = hot.data.hotSpots.edges.find((e: any) => e.node.entity.id === PHONE_ID).node;
    expect(spot.entity.cases).toEqual(expected);
    expect(spot.cases.map((c: { id: string }) => c.id)).toEqual(expected);

    // An export shows DK's H2 case as a hit: it goes with the hits, by its handle.
    const file = await q(
      EE,
      `{ exportSubgraph(seeds: ["${PHONE_ID}"], depth: 1, format: CYTOSCAPE_JSON) { content } }`,
    );
    expect(file.errors).toBeUndefined();
    const elements = JSON.parse(file.data.exportSubgraph.content).elements;
    const exported = elements.nodes.find((n: { data: { id: string } }) => n.data.id === PHONE_ID).data;
    expect(exported.cases).toEqual([OWN, ...byHandle([...lvIds, SHARED])]);
  });

  it('a hit reported by several hidden cases names the one with the lowest handle, not the lowest reference', async () => {
    const sub = await q(
      EE,
      `{ subgraph(seeds: ["${PHONE_ID}"], depth: 1) { nodes { id type access hit { caseHandle } cases } edges { type source target } } }`,
    );
    expect(sub.errors).toBeUndefined();
    const person = sub.data.subgraph.nodes.find((n: any) => n.type === 'PERSON');
    expect(person.access).toBe('HIT');
    // The chart shows both cases that involve LV's person: which one the hit names must not tell which
    // reference is the lower.
    const involving = sub.data.subgraph.edges
      .filter((e: any) => e.type === 'INVOLVES' && e.target === person.id)
      .map((e: any) => e.source)
      .sort();
    expect(involving).toEqual(byHandle(['case:LV-VP:LV-AAA', 'case:LV-VP:LV-BBB']));
    expect(person.hit.caseHandle).toBe(handleOf('LV-BBB'));
    expect(person.cases).toEqual([handleOf('LV-BBB')]);
  });
});

describe("a subgraph's edges", () => {
  // LV's case reports a phone that five EE cases report too, which LV has no grant for: the MENTIONS edges
  // from EE's cases (hits, by handle) must not come in the order of EE's references.
  const LV = viewer('lv.analyst.9', 'LV-VP', ['analyst', 'loader'], 'LV-O edges');
  const PHONE = '+371 2999 0007';
  const PHONE_ID = 'phone:+37129990007';
  const REFERENCES = ['EE-Q', 'EE-C', 'EE-X', 'EE-A', 'EE-M'];

  beforeAll(async () => {
    await load(LV, { ...openCase('LV-VP', 'LV-EDGES', '2025-05-01', 'FORCED_LABOUR'), phones: [{ number: PHONE }] });
    for (const ref of REFERENCES)
      await load(EE, { ...openCase('EE-PPA', ref, '2025-05-02', 'FORCED_LABOUR'), phones: [{ number: PHONE }] });
  });

  it('come in the order of their ends as shown, never by the hidden references', async () => {
    const sub = await q(
      LV,
      `{ subgraph(seeds: ["${PHONE_ID}"], depth: 2) { nodes { id type access } edges { id type source target } } }`,
    );
    expect(sub.errors).toBeUndefined();
    const { nodes, edges } = sub.data.subgraph;
    const hits = nodes.filter((n: any) => n.type === 'CASE' && n.access === 'HIT').map((n: any) => n.id);
    expect(hits).toHaveLength(REFERENCES.length);
    const mentions = edges.filter((e: any) => e.type === 'MENTIONS').map((e: any) => e.source);
    // LV's own case first (it sees it), then the hits as the nodes list them.
    expect(mentions).toEqual(['case:LV-VP:LV-EDGES', ...hits]);
    // The fixture's point: by reference (the edges' real ids), the hits would come in another order.
    const handleOf = new Map<string, string>();
    const session = db.driver.session();
    try {
      const rows = await session.run('MATCH (c:Case) WHERE c.id IN $ids RETURN c.id AS id, c.handle AS handle', {
        ids: REFERENCES.map((r) => `case:EE-PPA:${r}`),
      });
      for (const r of rows.records) handleOf.set(r.get('id'), r.get('handle'));
    } finally {
      await session.close();
    }
    const byReference = [...REFERENCES].sort().map((r) => handleOf.get(`case:EE-PPA:${r}`));
    expect(hits).not.toEqual(byReference);

    // The export and the chart forms keep the same order.
    const file = await q(
      LV,
      `{ exportSubgraph(seeds: ["${PHONE_ID}"], depth: 2, format: CYTOSCAPE_JSON) { content } }`,
    );
    expect(file.errors).toBeUndefined();
    const elements = JSON.parse(file.data.exportSubgraph.content).elements;
    const exportedHits = elements.nodes
      .filter((n: any) => n.data.type === 'CASE' && n.data.access === 'HIT')
      .map((n: any) => n.data.id);
    expect(elements.edges.filter((e: any) => e.data.type === 'MENTIONS').map((e: any) => e.data.source)).toEqual([
      'case:LV-VP:LV-EDGES',
      ...exportedHits,
    ]);
  });
});
