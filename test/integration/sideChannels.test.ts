// Side channels of the exchange (issue 13): access that outlives its withdrawal, and oracles through
// order, existence, ranking and shared details. Each probe compares what a caller gets with what it
// would get if the hidden value were different or absent.
import { buildASTSchema, getNamedType, isEnumType, isNonNullType, isScalarType, parse } from 'graphql';
import { execute, resetDatabase, testDatabase, testServer, viewer } from '../helpers';
import { loadTypeDefs } from '../../src/server';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';

let db: Database;
const server = testServer();

const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'EE-A');
const FI = viewer('fi.analyst.7', 'FI-POL', ['analyst', 'loader'], 'FI-A');
const LT = viewer('lt.analyst.2', 'LT-PD', ['analyst', 'loader'], 'LT-A');
const q = (viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables, viewer) as Promise<any>;
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { outcomes { status problems { field message } } } }`;
const load = async (viewer: Viewer, c: object) => {
  const res = await q(viewer, IMPORT, { cases: [c] });
  expect(res.data.importCases.outcomes[0]).toMatchObject({
    status: expect.stringMatching(/CREATED|UPDATED/),
    problems: [],
  });
};

const base = (code: string, country: string, reference: string, openedOn: string) => ({
  reference,
  agency: { code, country },
  typologies: ['SEXUAL_EXPLOITATION'],
  status: 'OPEN',
  openedOn,
  handling: { code: 'H1' },
});
const VAN = { plate: 'VAN 777', country: 'LT' };
const fiA = (name: string) => ({
  ...base('FI-POL', 'FI', 'FI-A', '2025-02-01'),
  persons: [{ id: 'FP1', name, birthDate: '1971-01-01', role: 'SUSPECT' }],
  phones: [{ number: '+372 5333 4444', holders: ['FP1'] }],
  vehicles: [
    { ...VAN, make: 'Mercedes', model: 'Sprinter', holders: ['FP1'] },
    { plate: 'ABC123', country: 'LT', holders: ['FP1'] },
  ],
});
const fiB = (openedOn: string) => ({
  ...base('FI-POL', 'FI', 'FI-B', openedOn),
  persons: [{ id: 'FP2', name: 'Hidden Person', role: 'VICTIM' }],
});
const eeA = {
  ...base('EE-PPA', 'EE', 'EE-A', '2025-01-10'),
  persons: [{ id: 'EP1', name: 'Jaan Tamm', role: 'SUSPECT' }],
  phones: [{ number: '5333 4444', holders: ['EP1'] }],
  vehicles: [{ ...VAN, make: 'Ford', model: 'Transit', holders: ['EP1'] }],
  organisations: [{ id: 'O1', name: 'Abc123 Transport', country: 'EE', members: ['EP1'] }],
};
const eeB = {
  ...base('EE-PPA', 'EE', 'EE-B', '2025-03-01'),
  persons: [{ id: 'FP1', registeredBy: 'FI-POL', name: 'as EE wrote it', role: 'WITNESS' }],
};
const ltA = {
  ...base('LT-PD', 'LT', 'LT-A', '2025-04-01'),
  persons: [{ id: 'LP1', name: 'Petras Vilkas', role: 'SUSPECT' }],
  vehicles: [{ ...VAN, holders: ['LP1'] }],
};

/** The handle of another agency's case linked to one of the caller's. */
async function handleOf(viewer: Viewer, fromCase: string, agency: string): Promise<string> {
  const links = await q(viewer, `{ crossBorderLinks(caseId: "${fromCase}") { case { hit { agency caseHandle } } } }`);
  return links.data.crossBorderLinks.find((l: any) => l.case.hit?.agency === agency).case.hit.caseHandle;
}
/** The owner approves the requester's request for the owner's case linked to fromCase; the request id. */
async function share(owner: Viewer, requester: Viewer, fromCase: string): Promise<string> {
  const h = await handleOf(requester, fromCase, owner.agency!);
  const req = await q(
    requester,
    `mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "linked") { id } }`,
    { h },
  );
  const approved = await q(owner, `mutation($id: ID!) { decideAccess(requestId: $id, approve: true) { status } }`, {
    id: req.data.requestAccess.id,
  });
  expect(approved.data.decideAccess.status).toBe('APPROVED');
  return req.data.requestAccess.id;
}

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await load(FI, fiA('Owner Secretname'));
  await load(FI, fiB('2025-02-01'));
  await load(EE, eeA);
  await load(LT, ltA);
});
afterAll(() => db.close());

/**
 * Asks every argument of type ID in the schema (found from it, so that fields added later are covered) with
 * `existing` and with `absent`, as EE, and expects the same answer, the same size included once the ids
 * are replaced. Answers how many arguments it compared.
 */
async function compareEveryIdArgument(existing: string, absent: string): Promise<number> {
  const schema = buildASTSchema(parse(loadTypeDefs()));
  const sample = (name: string): unknown =>
    ({ ID: 'case:EE-PPA:EE-A', Boolean: false, NonEmptyString: 'why', Int: 1 })[name] ?? 'x';
  let compared = 0;
  for (const root of ['Query', 'Mutation'] as const)
    for (const field of Object.values(
      (root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields(),
    ))
      for (const arg of field.args.filter((a) => getNamedType(a.type).name === 'ID')) {
        const variables = (id: string) =>
          Object.fromEntries(
            field.args
              .filter((a) => a === arg || isNonNullType(a.type))
              .map((a) => {
                const named = getNamedType(a.type);
                const value = a === arg ? id : isEnumType(named) ? named.getValues()[0].value : sample(named.name);
                return [a.name, a.type.toString().includes('[') ? [value] : value];
              }),
          );
        const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const scalar = isScalarType(getNamedType(field.type));
        const document = `${root === 'Query' ? 'query' : 'mutation'}(${declared}) { ${field.name}(${passed})${scalar ? '' : ' { __typename }'} }`;
        const one = JSON.stringify(await q(EE, document, variables(existing))).replaceAll(existing, 'ID');
        const other = JSON.stringify(await q(EE, document, variables(absent))).replaceAll(absent, 'ID');
        const at = `${field.name}.${arg.name}`;
        expect({ at, size: one.length, answer: one }).toEqual({ at, size: other.length, answer: other });
        compared += 1;
      }
  return compared;
}

describe('access that outlives its withdrawal (defect 2)', () => {
  const MARKERS = ['Owner', 'Secretname', 'Lateredit', '1971-01-01'];
  const leaks = (res: unknown) => MARKERS.filter((m) => JSON.stringify(res).includes(m));

  it('a registeredBy reference made while shared shows nothing once the grant is withdrawn, on every read path', async () => {
    const request = await share(FI, EE, 'case:EE-PPA:EE-A');
    expect((await q(EE, `{ node(id: "person:FI-POL:FP1") { access ... on Person { name } } }`)).data.node).toEqual({
      access: 'FULL',
      name: 'Owner Secretname',
    });
    await load(EE, eeB); // refers to FI's record while it is visible
    await q(FI, `mutation($id: ID!) { decideAccess(requestId: $id, approve: false) { status } }`, { id: request });
    await load(FI, fiA('Owner Lateredit')); // the owner's later edit

    const node = await q(
      EE,
      `{ node(id: "person:FI-POL:FP1") { id access hit { agency } ... on Person { name birthDate } } }`,
    );
    expect(node.data.node).toMatchObject({ access: 'HIT', hit: { agency: 'FI-POL' }, name: null, birthDate: null });
    const ownCase = await q(
      EE,
      `{ case(id: "case:EE-PPA:EE-B") { persons { nameAsWritten person { id access label ... on Person { name } } } } }`,
    );
    expect(ownCase.data.case.persons).toEqual([
      {
        nameAsWritten: 'as EE wrote it',
        person: {
          id: expect.stringMatching(/^hidden:/),
          access: 'HIT',
          label: 'Person in a case of FI-POL (FI)',
          name: null,
        },
      },
    ]);
    const reads: Array<[string, string]> = [
      ['node', `{ node(id: "person:FI-POL:FP1") { id label access ... on Person { name birthDate aliases } } }`],
      ['case', `{ case(id: "case:EE-PPA:EE-B") { persons { person { id label ... on Person { name birthDate } } } } }`],
      ['search', `{ search(text: "Owner Lateredit") { node { id label access properties } matchedOn } }`],
      ['subgraph', `{ subgraph(seeds: ["case:EE-PPA:EE-B"], depth: 2) { nodes { id label access properties } } }`],
      [
        'paths',
        `{ paths(fromId: "case:EE-PPA:EE-B", toId: "case:EE-PPA:EE-A", k: 3) { nodes { id label access properties } } }`,
      ],
      ['crossBorderLinks', `{ crossBorderLinks(caseId: "case:EE-PPA:EE-B") { chains { nodes { id label access } } } }`],
      ['export', `{ exportSubgraph(seeds: ["case:EE-PPA:EE-B"], depth: 2, format: CYTOSCAPE_JSON) { content } }`],
    ];
    for (const [name, query] of reads) {
      const res = await q(EE, query);
      expect([name, res.errors, leaks(res)]).toEqual([name, undefined, []]);
    }
    // The paths that reach the record show it as a hit.
    const paths = await q(EE, reads[4][1]);
    const persons = paths.data.paths
      .flatMap((p: any) => p.nodes)
      .filter((n: any) => n.label.startsWith('Person in a case of FI-POL'));
    expect(persons.length).toBeGreaterThan(0);
    for (const p of persons) expect(p.access).toBe('HIT');
    const search = await q(EE, reads[2][1]);
    expect(search.data.search).toEqual([
      expect.objectContaining({ matchedOn: 'TEXT', node: expect.objectContaining({ access: 'HIT' }) }),
    ]);
  });

  it("a watch on another agency's case alerts while the case is shared, and not once the grant is withdrawn", async () => {
    const request = await share(FI, EE, 'case:EE-PPA:EE-A');
    const watched = await q(EE, `mutation { watch(target: { nodeId: "case:FI-POL:FI-A" }) { id } }`);
    expect(watched.errors).toBeUndefined();
    const watchId = watched.data.watch.id;
    const alertsOfWatch = async () =>
      (await q(EE, '{ alerts(first: 100) { edges { node { watchId } } } }')).data.alerts.edges.filter(
        (e: any) => e.node.watchId === watchId,
      ).length;
    // A Lithuanian case with the van the Finnish case reports links to it: an alert on the watch.
    const vanCase = (reference: string) => ({
      ...ltA,
      reference,
      persons: [{ id: `LP-${reference}`, name: 'Van Driver', role: 'SUSPECT' }],
      vehicles: [{ ...VAN, holders: [`LP-${reference}`] }],
    });
    await load(LT, vanCase('LT-W1'));
    expect(await alertsOfWatch()).toBe(1);
    await q(FI, `mutation($id: ID!) { decideAccess(requestId: $id, approve: false) { status } }`, { id: request });
    await load(LT, vanCase('LT-W2'));
    expect(await alertsOfWatch()).toBe(1);
  });
});

describe('ordering oracle (weakness 1)', () => {
  it("a hidden case's opening date never moves anything in the case list", async () => {
    const LIST = `{ all: cases(first: 10) { id access reference openedOn } page: cases(first: 2) { id access } }`;
    const before = await q(EE, LIST);
    expect(before.data.page).toEqual([
      { id: 'case:EE-PPA:EE-B', access: 'FULL' },
      { id: 'case:EE-PPA:EE-A', access: 'FULL' },
    ]);
    expect(before.data.all.slice(0, 2).map((c: any) => c.reference)).toEqual(['EE-B', 'EE-A']);
    for (const openedOn of ['2024-01-01', '2025-12-31']) {
      await load(FI, fiB(openedOn));
      expect(await q(EE, LIST)).toEqual(before);
    }
  });
});

describe('existence oracle (weakness 2)', () => {
  it("another agency's case id answers exactly like an absent one", async () => {
    const probe = (id: string, transfer: string) =>
      q(EE, `query($id: ID!, $t: ID!) { case(id: $id) { id access hit { caseHandle } } node(id: $t) { id access } }`, {
        id,
        t: transfer,
      });
    const existing = await probe('case:FI-POL:FI-B', 'transfer:FI-POL:FI-B:T1');
    const absent = await probe('case:FI-POL:FI-NOPE', 'transfer:FI-POL:FI-NOPE:T1');
    expect(existing).toEqual(absent);
    expect(existing).toEqual({ data: { case: null, node: null } });
    const links = (id: string) => q(EE, `query($id: ID!) { crossBorderLinks(caseId: $id) { shortest } }`, { id });
    expect(await links('case:FI-POL:FI-B')).toEqual(await links('case:FI-POL:FI-NOPE'));
    // One field per request: two failing root fields list their errors in the order they finished.
    const sub = async (id: string) => [
      await q(EE, `query($id: ID!) { subgraph(seeds: [$id]) { nodes { id } } }`, { id }),
      await q(EE, `query($id: ID!) { paths(fromId: $id, toId: "case:EE-PPA:EE-A") { length } }`, { id }),
    ];
    expect(await sub('case:FI-POL:FI-B')).toEqual(await sub('case:FI-POL:FI-NOPE'));
  });

  it("through every argument that takes an id, another agency's case id answers exactly like an absent one", async () => {
    expect(await compareEveryIdArgument('case:FI-POL:FI-B', 'case:FI-POL:FI-NOPE')).toBeGreaterThan(15);
  });

  // FP2 is in FI-B alone, which EE may not see; FP9 is in no register. Ids of one length, so that the size
  // of each answer is compared too.
  const UNSEEN = 'person:FI-POL:FP2';
  const ABSENT = 'person:FI-POL:FP9';

  it("through every argument that takes an id, another register's person id answers exactly like an absent one", async () => {
    expect(await compareEveryIdArgument(UNSEEN, ABSENT)).toBeGreaterThan(15);
  });

  it("another register's person id answers like an absent one where it starts an operation or sits in an input", async () => {
    const probes: Array<[string, string]> = [
      ['node', `query($id: ID!) { node(id: $id) { id access hit { agency caseHandle } } }`],
      ['paths from', `query($id: ID!) { paths(fromId: $id, toId: "case:EE-PPA:EE-A") { length nodes { id } } }`],
      ['paths to', `query($id: ID!) { paths(fromId: "case:EE-PPA:EE-A", toId: $id) { length nodes { id } } }`],
      ['subgraph', `query($id: ID!) { subgraph(seeds: [$id], depth: 2) { nodes { id access } } }`],
      ['subgraph beside a seed', `query($id: ID!) { subgraph(seeds: ["case:EE-PPA:EE-A", $id]) { nodes { id } } }`],
      ['networkMetrics', `query($id: ID!) { networkMetrics(seeds: [$id]) { components nodes { nodeId } } }`],
      ['exportSubgraph', `query($id: ID!) { exportSubgraph(seeds: [$id], format: GRAPHML) { content } }`],
      ['moneyFlow', `query($id: ID!) { moneyFlow(fromId: $id) { chains { transfers { id } } } }`],
      ['moneyFlow backward', `query($id: ID!) { moneyFlow(fromId: $id, direction: BACKWARD) { chains { length } } }`],
      [
        'matchCandidates',
        `query($id: ID!) { matchCandidates(personId: $id, status: [PROPOSED, UNSURE, CONFIRMED_SAME, REJECTED], minProbability: 0) { a { id } b { id } } }`,
      ],
      [
        'explainLink',
        `query($id: ID!) { explainLink(a: { id: $id }, b: { id: "case:EE-PPA:EE-A" }) { verdict a { id } } }`,
      ],
      ['watch', `mutation($id: ID!) { watch(target: { nodeId: $id }) { id status } }`],
      ['auditNodeId', `query($id: ID!) { auditNodeId(id: $id) }`],
    ];
    for (const [name, query] of probes) {
      const unseen = JSON.stringify(await q(EE, query, { id: UNSEEN }));
      const absent = JSON.stringify(await q(EE, query, { id: ABSENT }));
      expect({ at: name, size: unseen.length, answer: unseen.replaceAll(UNSEEN, ABSENT) }).toEqual({
        at: name,
        size: absent.length,
        answer: absent,
      });
    }
    // The record is there: its register sees it.
    expect((await q(FI, `{ node(id: "${UNSEEN}") { access } }`)).data.node).toEqual({ access: 'FULL' });
  });

  it("a person of another register that the caller's own case refers to is still reached, as a hit", async () => {
    // EE-B refers to FI's FP1 (registeredBy): EE holds that id; the grant that let it refer is withdrawn.
    const res = await q(
      EE,
      `{ node(id: "person:FI-POL:FP1") { access hit { agency } }
         subgraph(seeds: ["person:FI-POL:FP1"]) { nodes { access } }
         paths(fromId: "person:FI-POL:FP1", toId: "case:EE-PPA:EE-B", k: 1) { length } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toEqual({ access: 'HIT', hit: { agency: 'FI-POL' } });
    expect(res.data.subgraph.nodes.length).toBeGreaterThan(1);
    expect(res.data.paths).toEqual([{ length: 1 }]);
  });

  it('an identifier the caller holds still reaches the hit and its handle', async () => {
    const res = await q(
      EE,
      `{ lookup(kind: PLATE, value: "ABC123", country: "LT") { access hit { agency caseHandle } } }`,
    );
    expect(res.data.lookup).toEqual({
      access: 'HIT',
      hit: { agency: 'FI-POL', caseHandle: expect.stringMatching(/^hit:/) },
    });
  });
});

describe('ranking oracle (weakness 3)', () => {
  it("the page is cut after the visible results: a hidden exact match does not take a visible result's place", async () => {
    const res = await q(EE, `{ search(text: "ABC123", country: "LT", first: 1) { matchedOn node { id access } } }`);
    expect(res.data.search).toEqual([
      { matchedOn: 'ORGANISATION', node: { id: expect.stringMatching(/^organisation:/), access: 'FULL' } },
    ]);
    // With room left, the hit follows.
    const two = await q(EE, `{ search(text: "ABC123", country: "LT", first: 2) { matchedOn node { access } } }`);
    expect(two.data.search).toEqual([
      { matchedOn: 'ORGANISATION', node: { access: 'FULL' } },
      { matchedOn: 'PLATE', node: { access: 'HIT' } },
    ]);
  });
});

describe('descriptive details per report (weakness 4)', () => {
  const VAN_QUERY = `{ lookup(kind: PLATE, value: "VAN777", country: "LT") { access ... on Vehicle { make model } } }`;
  const van = async (viewer: Viewer) => (await q(viewer, VAN_QUERY)).data.lookup;
  const vanInSubgraph = async (viewer: Viewer, seed: string) =>
    (
      await q(viewer, `{ subgraph(seeds: ["${seed}"], depth: 1) { nodes { type properties } } }`)
    ).data.subgraph.nodes.find((n: any) => n.type === 'VEHICLE' && n.properties.plate === 'VAN777')?.properties;

  it("each agency sees its own report's details; a third sees none", async () => {
    expect(await van(FI)).toEqual({ access: 'FULL', make: 'Mercedes', model: 'Sprinter' });
    expect(await van(EE)).toEqual({ access: 'FULL', make: 'Ford', model: 'Transit' });
    expect(await van(LT)).toEqual({ access: 'FULL', make: null, model: null });
    expect(await vanInSubgraph(FI, 'case:FI-POL:FI-A')).toMatchObject({ make: 'Mercedes', model: 'Sprinter' });
    expect(await vanInSubgraph(LT, 'case:LT-PD:LT-A')).not.toHaveProperty('make');
  });

  it('after sharing, the newest report the caller sees', async () => {
    await share(FI, LT, 'case:LT-PD:LT-A');
    expect(await van(LT)).toEqual({ access: 'FULL', make: 'Mercedes', model: 'Sprinter' });
    await share(EE, LT, 'case:LT-PD:LT-A');
    expect(await van(LT)).toEqual({ access: 'FULL', make: 'Ford', model: 'Transit' }); // EE's report came after FI's
    expect(await vanInSubgraph(LT, 'case:LT-PD:LT-A')).toMatchObject({ make: 'Ford', model: 'Transit' });
    // The owners still see their own.
    expect(await van(FI)).toEqual({ access: 'FULL', make: 'Mercedes', model: 'Sprinter' });
  });
});

describe('migration 0010: details written under the old model', () => {
  it('gives the details a node kept to the report that gave them', async () => {
    const session = db.driver.session();
    try {
      // The old shape: the latest report's details on the node, its case in detailsCase, none on MENTIONS.
      await session.run(`MATCH (c:Case {id: 'case:LT-PD:LT-A'})
        CREATE (c)-[:MENTIONS {caseId: c.id, asWritten: ['OLD 1'], version: 'v0'}]->(:Entity:Vehicle {id: 'vehicle:LT:OLD1', plate: 'OLD1', country: 'LT', make: 'Volvo', model: 'FH', detailsCase: c.id})`);
      await db.migrate();
      const mention = await session.run(
        `MATCH (:Case {id: 'case:LT-PD:LT-A'})-[m:MENTIONS]->(e:Vehicle {id: 'vehicle:LT:OLD1'}) RETURN m.details AS details, e.detailsCase AS detailsCase`,
      );
      expect(JSON.parse(mention.records[0].get('details'))).toEqual({ make: 'Volvo', model: 'FH', colour: null });
      expect(mention.records[0].get('detailsCase')).toBeNull();
    } finally {
      await session.close();
    }
    expect(
      (await q(LT, `{ lookup(kind: PLATE, value: "OLD1", country: "LT") { access ... on Vehicle { make model } } }`))
        .data.lookup,
    ).toEqual({ access: 'FULL', make: 'Volvo', model: 'FH' });
  });
});

describe("another agency's registration number as written (weakness 4)", () => {
  // EE and LV report the same Finnish company; EE's number fails its check digit and links as written.
  // LV sees the node in full through its own report, and must not read EE's spelling anywhere in it.
  const LV = viewer('lv.analyst.4', 'LV-VP', ['analyst', 'loader'], 'LV-A');
  const EE_SPELLING = 'Y-tunnus 1234567-2 (Helsinki)';
  const ORG = 'organisation:reg:FI:12345672';
  const NODE = `{ node(id: "${ORG}") { id access ... on Organisation { name registrationNumber notes label } } }`;
  const EVERYTHING = (seed: string) => `{
    node: ${NODE.slice(1, -1)}
    lookup(kind: REGISTRATION_NUMBER, value: "12345672", country: "FI") {
      access ... on Organisation { name registrationNumber notes label }
    }
    subgraph(seeds: ["${seed}"], depth: 1) { nodes { id label properties } cytoscape graphology }
    exportSubgraph(seeds: ["${seed}"], depth: 1, format: GRAPHML) { content }
    explainLink(a: { id: "${ORG}" }, b: { id: "${ORG}" }) { a { key rules { rule } notes } }
  }`;

  beforeAll(async () => {
    await load(EE, {
      ...base('EE-PPA', 'EE', 'EE-ORG', '2025-05-01'),
      organisations: [{ id: 'O1', name: 'Hidden Oy', country: 'FI', registrationNumber: EE_SPELLING }],
    });
    await load(LV, {
      ...base('LV-VP', 'LV', 'LV-ORG', '2025-05-02'),
      organisations: [{ id: 'O1', name: 'Redzams Oy', country: 'FI', registrationNumber: '12345672' }],
    });
  });

  it('LV sees its own spelling and a note in general terms; EE its own', async () => {
    const lv = await q(LV, NODE);
    expect(lv.errors).toBeUndefined();
    expect(lv.data.node).toMatchObject({ id: ORG, access: 'FULL', name: 'Redzams Oy', registrationNumber: '12345672' });
    expect(lv.data.node.notes).toHaveLength(1);
    expect(lv.data.node.notes[0]).toMatch(/check digit does not match.*links as written/);
    const ee = await q(EE, NODE);
    expect(ee.data.node).toMatchObject({ access: 'FULL', name: 'Hidden Oy', registrationNumber: EE_SPELLING });
    expect(ee.data.node.notes.join(' ')).not.toContain('1234567-2');
  });

  it("no field LV reads of the node or its notes holds EE's spelling", async () => {
    const all = await q(LV, EVERYTHING('case:LV-VP:LV-ORG'));
    expect(all.errors).toBeUndefined();
    const text = JSON.stringify(all.data);
    expect(text).toContain('Redzams Oy');
    // (The note names the scheme, "Finnish business ID (Y-tunnus)": not EE's label.)
    for (const part of [EE_SPELLING, '1234567-2', 'Helsinki', 'Hidden Oy']) expect(text).not.toContain(part);
  });
});
