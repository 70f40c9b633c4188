// Data ownership between agencies, against the real Neo4j: two agencies' overlapping cases, every query's
// path into the other's data checked for leaks, hits, owner notifications, access requests, and the audit
// chain (including its verifier and failing closed).
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { execute, importedAsOwners, testServer, viewer } from '../helpers';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';
import { openCase } from '../openCase';

let db: Database;
const server = testServer();

const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'EE-2025-S1: recruitment network');
const FI = viewer('fi.analyst.7', 'FI-POL', ['analyst', 'loader'], 'FI-2025-S1: control of victims');
const LT = viewer('lt.analyst.2', 'LT-PD', ['analyst', 'loader'], 'LT-2025-S1');
const AUDITOR = viewer('auditor.1', 'EE-PPA', ['auditor'], 'quarterly audit');
const SUPERVISOR = viewer('supervisor.1', 'EE-PPA', ['supervisor'], 'supervision');

const EE_ACCOUNT = 'EE382200221020145685';
const EE_CASE = 'case:EE-PPA:EE-S1';
const FI_CASE = 'case:FI-POL:FI-S1';

const eeCase = {
  ...openCase('EE-PPA', 'EE-S1', '2025-01-10', 'SEXUAL_EXPLOITATION'),
  title: 'Recruitment through a Tallinn flat',
  handling: { code: 'H0' },
  persons: [
    { id: 'EP1', name: 'Jaan Tamm', birthDate: '1980-01-01', role: 'SUSPECT', function: 'RECRUITER' },
    { id: 'EP2', name: 'Mari Kask', role: 'VICTIM' },
  ],
  phones: [{ number: '5333 4444', holders: ['EP1'] }],
  addresses: [{ street: 'Tööstuse tn 5', postalCode: '10111', city: 'Tallinn', holders: ['EP2'] }],
  vehicles: [{ plate: 'KRT 512', country: 'LT', holders: ['EP1'] }],
  accounts: [{ id: 'EA', iban: EE_ACCOUNT, holders: ['EP1'] }],
};
// Everything only this case says, and so must never reach an EE analyst who has no access to it.
const fiCase = {
  ...openCase('FI-POL', 'FI-S1', '2025-02-01', 'SEXUAL_EXPLOITATION'),
  title: 'Valvonta Salainen',
  status: 'UNDER_INVESTIGATION',
  handling: { code: 'H1' },
  evaluation: { source: 'B', information: '2' },
  persons: [
    {
      id: 'FP9',
      name: 'Salainen Henkilö',
      birthDate: '1970-07-07',
      nationality: 'FI',
      role: 'SUSPECT',
      function: 'CONTROLLER',
    },
    { id: 'FP8', name: 'Toinen Uhri', role: 'VICTIM' },
    {
      id: 'FP7',
      name: 'Jaan Tamm',
      aliases: ['Jaška Salainen'],
      birthDate: '1980-01-01',
      role: 'SUSPECT',
      function: 'TRANSPORTER',
    },
  ],
  phones: [
    { number: '00372 5333 4444', holders: ['FP9'] },
    { number: '+358 40 1234567', holders: ['FP8'] },
  ],
  addresses: [{ street: 'Tööstuse tänav 5', postalCode: '10111', city: 'Tallinn', country: 'EE', holders: ['FP9'] }],
  vehicles: [
    {
      plate: 'KRT-512',
      country: 'LT',
      make: 'Mercedes',
      model: 'Sprinter',
      colour: 'Salaisenvihreä',
      holders: ['FP7'],
    },
  ],
  accounts: [
    { id: 'FA', iban: 'FI2112345600000785', holders: ['FP9'] },
    { id: 'EA', iban: EE_ACCOUNT },
  ],
  transfers: [
    { id: 'T1', amount: 9999.5, currency: 'EUR', time: '2025-02-03T10:00:00Z', channel: 'BANK', from: 'FA', to: 'EA' },
  ],
};
const ltCase = {
  ...openCase('LT-PD', 'LT-S1', '2025-03-01', 'FORCED_LABOUR'),
  title: 'Van owner Vilkas',
  handling: { code: 'H2' },
  persons: [{ id: 'LP1', name: 'Petras Vilkas', role: 'SUSPECT', function: 'TRANSPORTER' }],
  vehicles: [{ plate: 'KRT512', country: 'LT', holders: ['LP1'] }],
};
const FI_MARKERS = [
  'Salainen',
  'Henkilö',
  'Toinen',
  '1970-07-07',
  '+358401234567',
  'FI-S1',
  'FP9',
  'FP8',
  'FP7',
  'tänav',
  'Salaisenvihreä',
  'Mercedes',
  'Sprinter',
  'FI2112345600000785',
  '9999.5',
  'Valvonta',
  'Jaška',
];

const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated casesRejected outcomes { status problems { field message } } } }`;
const q = (viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables, viewer) as Promise<any>;
const leaks = (response: unknown) => FI_MARKERS.filter((m) => JSON.stringify(response).includes(m));
/** The handle of another agency's case, from a hit reached through what EE's case reports (a guessed case id reaches nothing). */
const handleOf = async (agency: string) =>
  (
    await q(EE, `{ crossBorderLinks(caseId: "${EE_CASE}") { case { hit { agency caseHandle } } } }`)
  ).data.crossBorderLinks.find((l: any) => l.case.hit?.agency === agency).case.hit.caseHandle as string;

beforeAll(async () => {
  db = await importedAsOwners(server, [
    [EE, eeCase],
    [FI, fiCase],
    [LT, ltCase],
  ]);
});
afterAll(() => db.close());

describe('ownership', () => {
  it("a loader imports only its own agency's cases", async () => {
    const res = await q(EE, IMPORT, { cases: [{ ...fiCase, reference: 'FI-S2' }] });
    expect(res.data.importCases.outcomes).toEqual([
      {
        status: 'REJECTED',
        problems: [
          {
            field: 'agency.code',
            message: "your token is of agency EE-PPA; a loader imports its own agency's cases only",
          },
        ],
      },
    ]);
  });
  it('an analyst without the loader role cannot import, and an auditor cannot query cases', async () => {
    const analystOnly = await q({ ...EE, roles: ['analyst'] }, IMPORT, { cases: [eeCase] });
    expect(analystOnly.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const auditor = await q(AUDITOR, `{ cases { id } }`);
    expect(auditor.errors[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'this needs the role analyst; your token has auditor',
    });
  });
  it('the owner sees its case in full, with handling and evaluation codes', async () => {
    const res = await q(
      FI,
      `{ case(id: "${FI_CASE}") { access reference handlingCode sourceReliability informationReliability persons { person { name } } } }`,
    );
    expect(res.data.case).toMatchObject({
      access: 'FULL',
      reference: 'FI-S1',
      handlingCode: 'H1',
      sourceReliability: 'B',
      informationReliability: '2',
    });
    expect(res.data.case.persons.map((p: any) => p.person.name).sort()).toEqual([
      'Jaan Tamm',
      'Salainen Henkilö',
      'Toinen Uhri',
    ]);
  });
});

describe("hit/no-hit: no query leaks another agency's case details", () => {
  const queries: Array<[string, string]> = [
    [
      'case by id',
      `{ case(id: "${FI_CASE}") { id type label access hit { agency country caseHandle entityType handlingCode } reference title status openedOn handlingCode persons { nameAsWritten person { name } } entities { id label } transfers { id amount } } }`,
    ],
    ['cases list', `{ cases(first: 50) { id label reference title access persons { person { name } } } }`],
    [
      'person by id',
      `{ node(id: "person:FI-POL:FP9") { id label access ... on Person { name birthDate aliases registeredBy mentions { asWritten case { id } } cases { id } possibleMatches { b { id } } } } }`,
    ],
    [
      'shared phone',
      `{ node(id: "phone:+37253334444") { id label access ... on Phone { e164 mentions { asWritten case { id reference access hit { agency caseHandle } } } cases { id reference title } } } }`,
    ],
    [
      'foreign phone lookup',
      `{ lookup(kind: PHONE, value: "+358 40 1234567") { id label access hit { agency caseHandle entityType } ... on Phone { e164 country } mentions { asWritten } } }`,
    ],
    [
      'shared flat',
      `{ node(id: "address:tostuse tanav|5|tallinn|EE") { id label access ... on Address { street postalCode city mentions { asWritten case { id } } } } }`,
    ],
    [
      'shared van',
      `{ lookup(kind: PLATE, value: "KRT512", country: "LT") { id label access ... on Vehicle { plate make model colour } mentions { asWritten case { id } } } }`,
    ],
    [
      'cross-border links',
      `{ crossBorderLinks(caseId: "${EE_CASE}") { case { id reference access hit { agency country caseHandle entityType handlingCode } } chains { nodes { id label access } relationships { type from to reportedBy } } } }`,
    ],
    [
      'cross-border links from the foreign case',
      `{ crossBorderLinks(caseId: "${FI_CASE}") { case { id reference } chains { nodes { id label } relationships { from to reportedBy } } } }`,
    ],
    [
      'hot spots',
      `{ hotSpots(first: 20) { edges { node { entity { id label cases properties access } cases { id reference title } countries caseCount } } } }`,
    ],
    [
      'paths',
      `{ paths(fromId: "${EE_CASE}", toId: "${FI_CASE}", k: 3) { nodes { id label properties cases access } edges { id source target caseId properties } } }`,
    ],
    [
      'subgraph',
      `{ subgraph(seeds: ["${EE_CASE}"], depth: 3) { nodes { id type label country properties cases access hit { agency } } edges { id source target caseId properties } omitted { label } } }`,
    ],
    [
      'money flow',
      `{ moneyFlow(fromId: "account:iban:${EE_ACCOUNT}", direction: BACKWARD) { chains { transfers { id amount currency time channel from to caseId } } parties { party { id label properties } totals { currency in out net } } } }`,
    ],
    ['search by name', `{ search(text: "Salainen Henkilö") { node { id label properties cases access } matchedOn } }`],
    ['search by phone', `{ search(text: "+358 40 1234567") { node { id label properties access } matchedOn } }`],
    [
      'network metrics',
      `{ networkMetrics(seeds: ["${EE_CASE}"], depth: 3) { nodes { node { id label properties cases } degree betweenness } } }`,
    ],
    ['GraphML export', `{ exportSubgraph(seeds: ["${EE_CASE}"], depth: 3, format: GRAPHML) { content nodeCount } }`],
    ['Cytoscape export', `{ exportSubgraph(seeds: ["${EE_CASE}"], depth: 3, format: CYTOSCAPE_JSON) { content } }`],
    [
      'match candidates',
      `{ matchCandidates(minProbability: 0, status: [PROPOSED, UNSURE]) { a { id name } b { id name birthDate } probability explanation { feature detail } } }`,
    ],
    [
      'decision on a foreign record (error message)',
      `mutation { decideMatch(personA: "person:EE-PPA:EP1", personB: "person:FI-POL:FP7", decision: CONFIRM) { status } }`,
    ],
    [
      'transfer by id',
      `{ node(id: "transfer:FI-POL:FI-S1:T1") { id label access ... on MoneyTransfer { amount currency time from { id } to { id } } } }`,
    ],
  ];
  it.each(queries)('%s', async (_name, query) => {
    const res = await q(EE, query);
    expect(leaks(res)).toEqual([]);
    expect(JSON.stringify(res)).not.toMatch(/INTERNAL_SERVER_ERROR/);
  });

  // The same queries do reach the other case's details for a caller who may see them, so the check
  // above is not vacuous.
  it.each(queries.filter(([name]) => !name.startsWith('decision')))(
    '%s reaches the details when run by the system caller',
    async (_name, query) => {
      const res = (await execute(server, db, query)) as any;
      expect(res.errors).toBeUndefined();
      expect(leaks(res).length).toBeGreaterThan(0);
    },
  );

  it('the answers still say that there is a hit, whose, and how to ask for it', async () => {
    const links = await q(EE, queries[7][1]);
    const fi = links.data.crossBorderLinks.find((l: any) => l.case.hit?.agency === 'FI-POL');
    expect(fi.case).toMatchObject({
      access: 'HIT',
      reference: null,
      hit: { agency: 'FI-POL', country: 'FI', entityType: 'CASE', handlingCode: 'H1' },
    });
    expect(fi.case.id).toMatch(/^hit:[0-9a-f-]{36}$/);
    expect(fi.case.hit.caseHandle).toBe(fi.case.id);
    const phone = await q(EE, queries[4][1]);
    expect(phone.data.lookup).toMatchObject({
      access: 'HIT',
      e164: null,
      hit: { agency: 'FI-POL', entityType: 'PHONE' },
      label: 'Phone in a case of FI-POL (FI)',
    });
    expect(phone.data.lookup.id).toMatch(/^hidden:/);
  });

  it("a shared phone is the caller's own, and the other case that reports it is a hit", async () => {
    const res = await q(EE, queries[3][1]);
    expect(res.data.node).toMatchObject({ id: 'phone:+37253334444', access: 'FULL', e164: '+37253334444' });
    const mentions = res.data.node.mentions;
    expect(mentions).toHaveLength(2);
    expect(mentions.find((m: any) => m.case.id === EE_CASE).asWritten).toEqual(['5333 4444']);
    const foreign = mentions.find((m: any) => m.case.id !== EE_CASE);
    expect(foreign).toMatchObject({
      asWritten: [],
      case: { access: 'HIT', reference: null, hit: { agency: 'FI-POL' } },
    });
  });

  it('relationships hide their reporting case and properties as well as nodes', async () => {
    const res = await q(EE, queries[11][1]);
    const edges = res.data.subgraph.edges as Array<{
      caseId: string | null;
      properties: object;
      source: string;
      target: string;
    }>;
    const foreign = edges.filter((e) => e.caseId?.startsWith('hit:'));
    expect(foreign.length).toBeGreaterThan(0);
    for (const e of foreign) expect(e.properties).toEqual({});
    const ids = new Set(res.data.subgraph.nodes.map((n: any) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('money totals count only the transfers the caller may see', async () => {
    const res = await q(EE, queries[12][1]);
    const transfers = res.data.moneyFlow.chains.flatMap((c: any) => c.transfers);
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ amount: null, currency: null, caseId: expect.stringMatching(/^hit:/) });
    expect(res.data.moneyFlow.parties).toEqual([]);
    const owner = await q(FI, queries[12][1]);
    expect(owner.data.moneyFlow.chains[0].transfers[0]).toMatchObject({ amount: 9999.5, caseId: FI_CASE });
  });

  it('decides hit or no-hit for a whole result with the statement that reads it, and audits it in one more transaction', async () => {
    const before = db.statementsRun;
    const res = await q(
      EE,
      `query($s: ID!) { subgraph(seeds: [$s], depth: 2) { nodes { id access label } edges { source target caseId } } }`,
      { s: EE_CASE },
    );
    expect(res.data.subgraph.nodes.some((n: any) => n.access === 'HIT')).toBe(true);
    expect(res.data.subgraph.nodes.some((n: any) => n.access === 'FULL')).toBe(true);
    // The neighbourhood with what the verdicts on its nodes need (the edges' cases are among them), and the
    // audit entry in two statements sent together: the head's lock, and the entry, sealed, with its notifications.
    expect(db.statementsRun - before).toBe(3);
  });

  it('two callers with different rights at the same moment each get their own answer (DataLoader isolation)', async () => {
    const query = `{ node(id: "person:FI-POL:FP9") { id access ... on Person { name } } }`;
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => q(i % 2 ? EE : FI, query)));
    answers.forEach((a, i) => {
      // No case EE sees involves FP9: to EE its id answers as an absent one does (Access.named).
      if (i % 2) expect(a.data).toEqual({ node: null });
      else expect(a.data.node).toEqual({ id: 'person:FI-POL:FP9', access: 'FULL', name: 'Salainen Henkilö' });
    });
  });
});

describe('notifications and access requests', () => {
  it('the owner is told who hit its case, from where, through what, and why', async () => {
    await q(EE, `{ lookup(kind: PHONE, value: "+358 40 1234567") { id } }`);
    const res = await q(
      FI,
      `{ notifications(first: 100) { edges { node { fromAgency fromCountry analyst purpose operation through throughType case { id reference } } } } }`,
    );
    const fromEE = res.data.notifications.edges.map((e: any) => e.node).filter((n: any) => n.fromAgency === 'EE-PPA');
    expect(fromEE.length).toBeGreaterThan(0);
    expect(fromEE).toContainEqual({
      fromAgency: 'EE-PPA',
      fromCountry: 'EE',
      analyst: 'ee.analyst.1',
      purpose: EE.purpose,
      operation: 'query lookup',
      through: 'phone:+358401234567',
      throughType: 'PHONE',
      case: { id: FI_CASE, reference: 'FI-S1' },
    });
    // A cross-border link names the node of the owner's case it came through, not just the case.
    const linked = fromEE.filter((n: any) => n.operation === 'query crossBorderLinks').map((n: any) => n.through);
    expect(linked.length).toBeGreaterThan(0);
    for (const through of linked) expect(through).toMatch(/^(phone|account|address|vehicle|person):/);
    // An import that reports what another agency's case reports is a hit too: LT's van is in EE's and FI's cases.
    const eeNotices = await q(EE, `{ notifications(first: 100) { edges { node { fromAgency operation through } } } }`);
    expect(eeNotices.data.notifications.edges.map((e: any) => e.node)).toContainEqual({
      fromAgency: 'LT-PD',
      operation: 'mutation importCases',
      through: 'vehicle:LT:KRT512',
    });
  });

  it('an approved request opens the case to the requesting agency; a refusal does not', async () => {
    const hit = await handleOf('FI-POL');
    const req = await q(
      EE,
      `mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "same recruiter phone as EE-S1") { id status ownerAgency case { access reference } } }`,
      { h: hit },
    );
    expect(req.data.requestAccess).toMatchObject({
      status: 'PENDING',
      ownerAgency: 'FI-POL',
      case: { access: 'HIT', reference: null },
    });
    const incoming = await q(
      FI,
      `{ accessRequests(direction: INCOMING, status: PENDING) { edges { node { id fromAgency analyst justification case { reference } } } } }`,
    );
    expect(incoming.data.accessRequests.edges.map((e: any) => e.node)).toEqual([
      {
        id: req.data.requestAccess.id,
        fromAgency: 'EE-PPA',
        analyst: 'ee.analyst.1',
        justification: 'same recruiter phone as EE-S1',
        case: { reference: 'FI-S1' },
      },
    ]);
    // Only the owner decides.
    const byRequester = await q(
      EE,
      `mutation { decideAccess(requestId: "${req.data.requestAccess.id}", approve: true) { status } }`,
    );
    expect(byRequester.errors[0].extensions.code).toBe('NOT_FOUND');
    const approved = await q(
      FI,
      `mutation { decideAccess(requestId: "${req.data.requestAccess.id}", approve: true, until: "2099-01-01T00:00:00Z", note: "ok for JIT") { status decidedBy until } }`,
    );
    expect(approved.data.decideAccess).toMatchObject({ status: 'APPROVED', decidedBy: 'fi.analyst.7' });
    const now = await q(EE, `{ case(id: "${FI_CASE}") { access reference persons { person { name } } } }`);
    expect(now.data.case).toMatchObject({ access: 'FULL', reference: 'FI-S1' });
    // A refusal after all takes the access back: the case id no longer answers (as if absent).
    await q(FI, `mutation { decideAccess(requestId: "${req.data.requestAccess.id}", approve: false) { status } }`);
    const after = await q(EE, `{ case(id: "${FI_CASE}") { access reference } }`);
    expect(after.data.case).toBeNull();
  });

  it('an approved H2 case is visible to the requester but is not exported (no further dissemination)', async () => {
    const hit = await handleOf('LT-PD');
    const req = await q(EE, `mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "the van") { id } }`, {
      h: hit,
    });
    await q(LT, `mutation { decideAccess(requestId: "${req.data.requestAccess.id}", approve: true) { status } }`);
    const seen = await q(EE, `{ case(id: "case:LT-PD:LT-S1") { access title handlingCode } }`);
    expect(seen.data.case).toEqual({ access: 'FULL', title: 'Van owner Vilkas', handlingCode: 'H2' });
    const exported = await q(
      EE,
      `{ exportSubgraph(seeds: ["${EE_CASE}"], depth: 3, format: CYTOSCAPE_JSON) { content } }`,
    );
    expect(exported.data.exportSubgraph.content).not.toContain('Vilkas');
    expect(exported.data.exportSubgraph.content).not.toContain('LT-S1');
    const owner = await q(
      LT,
      `{ exportSubgraph(seeds: ["case:LT-PD:LT-S1"], depth: 1, format: CYTOSCAPE_JSON) { content } }`,
    );
    expect(owner.data.exportSubgraph.content).toContain('Vilkas');
  });
});

describe('audit', () => {
  it('records who, agency, purpose, operation, a hash of the variables and the cases reached', async () => {
    await q(EE, `query Probe($v: String!) { lookup(kind: PHONE, value: $v) { id } }`, { v: '+358 40 1234567' });
    const log = await q(
      SUPERVISOR,
      `{ auditLog(first: 5) { seq analyst agency purpose operation variablesHash caseIds outcome hash } }`,
    );
    const entry = log.data.auditLog.find((e: any) => e.operation === 'query Probe');
    expect(entry).toMatchObject({
      analyst: 'ee.analyst.1',
      agency: 'EE-PPA',
      purpose: EE.purpose,
      caseIds: [FI_CASE],
      outcome: 'ok',
    });
    expect(entry.variablesHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an owner sees who outside it consulted its data, without the other cases those callers saw', async () => {
    const log = await q(FI, `{ auditLog(first: 200) { analyst agency caseIds entityIds } }`);
    expect(log.data.auditLog.length).toBeGreaterThan(0);
    for (const e of log.data.auditLog) {
      expect(e.agency).not.toBe('FI-POL');
      expect(e.entityIds).toEqual([]);
      for (const id of e.caseIds) expect(id.startsWith('case:FI-POL:')).toBe(true);
    }
    expect(log.data.auditLog.some((e: any) => e.analyst === 'ee.analyst.1')).toBe(true);
  });

  const verify = () =>
    spawnSync('node', [path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'auditVerify.js')], {
      encoding: 'utf8',
      env: process.env,
    });

  it('concurrent requests are each audited once, in one unbroken chain', async () => {
    const before = (await q(SUPERVISOR, `{ auditLog(first: 1) { seq } }`)).data.auditLog[0].seq;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => q(i % 2 ? EE : FI, `query Burst { case(id: "${EE_CASE}") { id } }`)),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    const log = await q(SUPERVISOR, `{ auditLog(first: 40) { seq operation } }`);
    const burst = log.data.auditLog.filter((e: any) => e.seq > before && e.operation === 'query Burst');
    expect(burst).toHaveLength(30);
    const verified = verify();
    expect(verified.stdout).toMatch(/^audit chain intact/);
  });

  it('the chain verifies, and a changed entry is found by the verify command', async () => {
    const intact = verify();
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/^audit chain intact: \d+ entries, head [0-9a-f]{64}/);
    const session = db.driver.session();
    try {
      await session.run('MATCH (e:AuditEntry) WITH max(e.seq) AS last MATCH (e:AuditEntry {seq: last}) DELETE e');
      expect(verify().stdout).toMatch(/BROKEN at .*entries were removed from the end/);
      await session.run("MATCH (e:AuditEntry {seq: 3}) SET e.purpose = 'nothing to see'");
      const changed = verify();
      expect(changed.status).toBe(1);
      expect(changed.stdout).toMatch(
        /^audit chain BROKEN at entry 3: its fields differ from the content its hash covers/,
      );
      await session.run("MATCH (e:AuditEntry {seq: 3}) SET e.payload = replace(e.payload, 'a', 'b')");
      expect(verify().stdout).toMatch(/BROKEN at entry 3: its hash does not match its content/);
    } finally {
      await session.close();
    }
  });

  it('fails closed: when the audit entry cannot be written, the request is refused', async () => {
    const session = db.driver.session();
    try {
      // Occupy the next sequence number, so the append breaks the uniqueness constraint.
      await session.run("MATCH (h:AuditHead) CREATE (:AuditEntry {seq: h.seq + 1, payload: 'blocker'})");
      const res = await q(EE, `{ case(id: "${EE_CASE}") { reference } }`);
      expect(res).toEqual({
        errors: [
          {
            message: 'The audit log is unavailable, so the request was refused. Retry in a moment.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
    } finally {
      await session.run("MATCH (e:AuditEntry {payload: 'blocker'}) DELETE e");
      await session.close();
    }
    const again = await q(EE, `{ case(id: "${EE_CASE}") { reference } }`);
    expect(again.data.case.reference).toBe('EE-S1');
  });
});

describe('attempts to get around hit/no-hit', () => {
  it("hot-spot cursors are sealed: they show no id, and a forged or another agency's cursor is refused", async () => {
    const page = await q(EE, `{ hotSpots(first: 1) { edges { cursor } pageInfo { endCursor hasNextPage } } }`);
    const cursor = page.data.hotSpots.pageInfo.endCursor as string;
    expect(Buffer.from(cursor, 'base64url').toString('latin1')).not.toMatch(/person:|phone:|case:|account:|address:/);
    const next = await q(EE, `query($a: String) { hotSpots(first: 1, after: $a) { edges { node { caseCount } } } }`, {
      a: cursor,
    });
    expect(next.errors).toBeUndefined();
    const forged = Buffer.from(JSON.stringify({ c: 9, n: 9, id: 'person:FI-POL:FP9' })).toString('base64url');
    for (const [viewer, after] of [
      [EE, forged],
      [FI, cursor],
    ] as const) {
      const res = await q(viewer, `query($a: String) { hotSpots(first: 1, after: $a) { edges { cursor } } }`, {
        a: after,
      });
      expect(res.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
  });

  it("an import cannot unlock or plant another agency's person record through registeredBy", async () => {
    const refer = (id: string) => ({
      ...eeCase,
      reference: `EE-REF-${id}`,
      persons: [{ id, registeredBy: 'FI-POL', name: 'x', role: 'WITNESS' }],
      phones: [],
      addresses: [],
      vehicles: [],
      accounts: [],
    });
    const res = await q(EE, IMPORT, { cases: [refer('FP9'), refer('FP-NONE')] });
    expect(res.data.importCases.outcomes.map((o: any) => o.status)).toEqual(['REJECTED', 'REJECTED']);
    expect(res.data.importCases.outcomes[0].problems[0]).toEqual({
      field: 'persons[0].registeredBy',
      message:
        'person record FP9 of FI-POL is not visible to your agency; request access to a case of FI-POL that involves it first',
    });
    expect(res.data.importCases.outcomes[1].problems[0].message).toBe(
      'person record FP-NONE of FI-POL is not visible to your agency; request access to a case of FI-POL that involves it first',
    );
    // Neither became EE's to name: both still answer as absent ids do.
    for (const id of ['person:FI-POL:FP9', 'person:FI-POL:FP-NONE']) {
      const still = await q(EE, `query($id: ID!) { node(id: $id) { access ... on Person { name } } }`, { id });
      expect(still).toEqual({ data: { node: null } });
    }
  });

  it("reporting a shared entity does not take over another report's details", async () => {
    const bare = {
      ...eeCase,
      reference: 'EE-VAN',
      persons: [{ id: 'EP1', name: 'Jaan Tamm', birthDate: '1980-01-01', role: 'SUSPECT', function: 'RECRUITER' }],
      phones: [],
      addresses: [],
      accounts: [],
      vehicles: [{ plate: 'KRT512', country: 'LT', holders: ['EP1'] }],
    };
    expect((await q(EE, IMPORT, { cases: [bare] })).data.importCases.casesCreated).toBe(1);
    const van = await q(
      EE,
      `{ lookup(kind: PLATE, value: "KRT512", country: "LT") { access ... on Vehicle { plate make model colour } } }`,
    );
    expect(van.data.lookup).toEqual({ access: 'FULL', plate: 'KRT512', make: null, model: null, colour: null });
    // A report with a detail of its own replaces the details as a whole: the others' stay hidden.
    const painted = { ...bare, vehicles: [{ plate: 'KRT512', country: 'LT', colour: 'white', holders: ['EP1'] }] };
    await q(EE, IMPORT, { cases: [painted] });
    const after = await q(
      EE,
      `{ lookup(kind: PLATE, value: "KRT512", country: "LT") { ... on Vehicle { make model colour } } }`,
    );
    expect(after.data.lookup).toEqual({ make: null, model: null, colour: 'white' });
    expect(leaks(after)).toEqual([]);
  });

  it('scores of pairs with a record the caller cannot see are not shown, and pairs of two such records not listed', async () => {
    const res = await q(
      EE,
      `{ matchCandidates(minProbability: 0, status: [PROPOSED, UNSURE, CONFIRMED, REJECTED]) { a { id access } b { id access } status probability explanation { detail } } }`,
    );
    expect(res.data.matchCandidates.length).toBeGreaterThan(0);
    for (const m of res.data.matchCandidates) {
      expect(m.a.access === 'FULL' || m.b.access === 'FULL').toBe(true);
      if (m.a.access === 'HIT' || m.b.access === 'HIT') expect(m).toMatchObject({ probability: null, explanation: [] });
    }
  });

  it('time windows test only what the caller may see, so they cannot date a hidden transfer', async () => {
    // The only transfer is FI's, of 2025-02-03: a window in 2099 would drop it if it were tested.
    const flow = await q(
      EE,
      `{ moneyFlow(fromId: "account:iban:${EE_ACCOUNT}", direction: BACKWARD, from: "2099-01-01T00:00:00Z") { chains { transfers { id amount } } } }`,
    );
    expect(flow.data.moneyFlow.chains).toHaveLength(1);
    expect(flow.data.moneyFlow.chains[0].transfers[0].amount).toBeNull();
    const sub = await q(
      EE,
      `{ subgraph(seeds: ["${EE_CASE}"], depth: 3, from: "2099-01-01T00:00:00Z") { nodes { type access } } }`,
    );
    expect(sub.data.subgraph.nodes.filter((n: any) => n.type === 'MONEY_TRANSFER')).toEqual([
      { type: 'MONEY_TRANSFER', access: 'HIT' },
    ]);
    // The owner's window is applied as asked.
    const owner = await q(
      FI,
      `{ moneyFlow(fromId: "account:iban:${EE_ACCOUNT}", direction: BACKWARD, from: "2099-01-01T00:00:00Z") { chains { transfers { id } } } }`,
    );
    expect(owner.data.moneyFlow.chains).toEqual([]);
  });

  it('search does not grade hidden names: a full-text hit needs the full name, shows score 0 and TEXT, after what the caller sees', async () => {
    const SEARCH = `query($t: String!) { search(text: $t) { score matchedOn node { id access } } }`;
    const all = (await execute(server, db, SEARCH, { t: 'Salainen' })) as any;
    // The system caller sees the grading: a name and an alias, with their relevance.
    expect(new Set(all.data.search.map((h: any) => h.matchedOn))).toEqual(new Set(['NAME', 'ALIAS']));
    expect(all.data.search.every((h: any) => h.score > 0)).toBe(true);
    // One word names nobody: the hidden records are not listed to someone who fishes with a surname.
    expect((await q(EE, SEARCH, { t: 'Salainen' })).data.search).toEqual([]);
    // A name, or an alias, in full (any order, another transliteration) is one the caller holds: a hit.
    for (const t of ['Salainen Henkilö', 'Henkilo Salainen', 'Jaška Salainen', 'Яшка Салайнен']) {
      const hidden = await q(EE, SEARCH, { t });
      expect([t, hidden.data.search.length]).toEqual([t, 1]);
      expect(hidden.data.search[0]).toMatchObject({ score: 0, matchedOn: 'TEXT', node: { access: 'HIT' } });
    }
    const mixed = await q(EE, SEARCH, { t: 'Jaan Tamm' });
    expect(mixed.data.search.map((h: any) => [h.node.access, h.matchedOn])).toEqual([
      ['FULL', 'NAME'],
      ['HIT', 'TEXT'],
    ]);
    expect(mixed.data.search[0].score).toBeGreaterThan(0);
    expect(mixed.data.search[1].score).toBe(0);
  });

  it('an import counts only the proposed matches whose records the loader may see', async () => {
    const twin = {
      ...eeCase,
      reference: 'EE-TWIN',
      phones: [],
      addresses: [],
      vehicles: [],
      accounts: [],
      persons: [
        { id: 'EP9', name: 'Jaan Tamm', birthDate: '1980-01-01', role: 'SUSPECT' }, // like EE's EP1 and FI's FP7
        { id: 'EP10', name: 'Salainen Henkilö', birthDate: '1970-07-07', role: 'SUSPECT' }, // like FI's FP9
      ],
    };
    const res = await q(
      EE,
      `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated matchingProposed } }`,
      { cases: [twin] },
    );
    const all = (await execute(server, db, `{ matchCandidates(minProbability: 0) { a { id } b { id } } }`)) as any;
    const mine = all.data.matchCandidates.filter((m: any) =>
      [m.a.id, m.b.id].some((id) => /^person:EE-PPA:EP(9|10)$/.test(id)),
    );
    const visible = mine.filter((m: any) => m.a.id.startsWith('person:EE-PPA:') && m.b.id.startsWith('person:EE-PPA:'));
    expect(mine.length).toBeGreaterThan(visible.length); // the import did propose pairs with hidden FI records
    expect(res.data.importCases).toEqual({ casesCreated: 1, matchingProposed: visible.length });
  });

  it("decisions need a record of the caller's own register", async () => {
    const res = await q(
      LT,
      `mutation { decideMatch(personA: "person:EE-PPA:EP1", personB: "person:FI-POL:FP7", decision: REJECT) { status } }`,
    );
    expect(res.errors[0].extensions.code).toMatch(/NOT_FOUND|FORBIDDEN/);
  });

  it('a person record no case reports any more is removed, though a proposed match pointed at it', async () => {
    const withoutFP7 = {
      ...fiCase,
      persons: fiCase.persons.filter((p) => p.id !== 'FP7'),
      vehicles: fiCase.vehicles.map((v) => ({ ...v, holders: ['FP9'] })),
    };
    expect((await q(FI, IMPORT, { cases: [withoutFP7] })).data.importCases.outcomes[0].status).toBe('UPDATED');
    const orphan = await q(
      EE,
      `{ node(id: "person:FI-POL:FP7") { access hit { agency } ... on Person { name birthDate aliases } } }`,
    );
    // An undecided match does not keep a record alive: whether one pointed at it must not decide what
    // stays (a hidden record's score against it). To EE and to FI alike its id answers as an absent one.
    expect(orphan).toEqual({ data: { node: null } });
    const owner = await q(FI, `{ node(id: "person:FI-POL:FP7") { access } }`);
    expect(owner.data.node).toBeNull();
  });
});
