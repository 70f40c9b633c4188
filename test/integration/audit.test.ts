// The audit's promises against the real Neo4j and over HTTP: a mutation and its entry commit together (or
// neither), variables are bounded before anything runs, refusals are logged and counted, auditors see their
// own agency's entries only and node ids opaque, stored strings are capped, the chain is sealed so a
// rewrite outside the API is named by `npm run audit:verify`, and retention erases old entries behind a
// sealed checkpoint.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type http from 'node:http';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { mintDevToken, type Viewer } from '../../src/auth/identity';
import { appendAudit, appendInTransaction, auditRecord, chainHash } from '../../src/audit/audit';
import { registry } from '../../src/observability';
import { execute, listenWithTokens, resetDatabase, testDatabase, testServer, viewer } from '../helpers';
import type { Database } from '../../src/db/database';
import { LIMITS } from '../../src/documentLimits';
import { openCase } from '../openCase';

let db: Database;
const server = testServer();
const config = loadConfig();

const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'EE-2025-A1');
const FI = viewer('fi.analyst.7', 'FI-POL', ['analyst', 'loader'], 'FI-2025-A1');
const EE_AUDITOR = viewer('ee.auditor', 'EE-PPA', ['auditor'], 'quarterly audit');
const FI_AUDITOR = viewer('fi.auditor', 'FI-POL', ['auditor'], 'quarterly audit');
const SUPERVISOR = viewer('dps.1', 'LT-PD', ['supervisor'], 'supervision');

const IBAN = 'FI2112345600000785';
const eeCase = (reference: string) => ({
  reference,
  agency: { code: 'EE-PPA', country: 'EE' },
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2025-01-10',
  persons: [{ id: 'P1', name: 'Jaan Tamm', role: 'SUSPECT' }],
  phones: [{ number: '5333 4444', holders: ['P1'] }],
});
const fiCase = {
  ...openCase('FI-POL', 'FI-A1', '2025-02-01', 'FORCED_LABOUR'),
  persons: [{ id: 'F1', name: 'Salainen Henkilö', role: 'SUSPECT' }],
  phones: [{ number: '00372 5333 4444', holders: ['F1'] }],
  accounts: [{ id: 'A', iban: IBAN, holders: ['F1'] }],
};
const FI_CASE = 'case:FI-POL:FI-A1';
/** EE reaches FI's case through the phone both cases report: a hit, with the case's handle. */
const REACH_FI = `lookup(kind: PHONE, value: "+372 5333 4444") { id cases { id } }`;
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated casesRejected } }`;
const q = (viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables, viewer) as Promise<any>;
const fiHandle = async (): Promise<string> =>
  (await q(EE, `{ ${REACH_FI} }`)).data.lookup.cases
    .map((c: { id: string }) => c.id)
    .find((id: string) => id.startsWith('hit:'));

async function cypher(text: string, params: Record<string, unknown> = {}): Promise<any[]> {
  const session = db.driver.session();
  try {
    return (await session.run(text, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
const num = (v: unknown) => (typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber());
const count = async (text: string, params: Record<string, unknown> = {}) => num((await cypher(text, params))[0].n);
const BLOCK = "MATCH (h:AuditHead) CREATE (:AuditEntry {seq: h.seq + 1, payload: 'blocker'})";
const UNBLOCK = "MATCH (e:AuditEntry {payload: 'blocker'}) DELETE e";

const cli = (name: string, env: Record<string, string> = {}) =>
  spawnSync('node', [path.join(__dirname, '..', '..', 'dist', 'src', 'cli', `${name}.js`)], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
const verify = () => cli('auditVerify');

// A real HTTP server whose callers are whoever their tokens say, with every log line kept.
const lines: Array<Record<string, unknown>> = [];
const captured = pino(
  { level: 'info' },
  { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
);
let url: string;
let httpServer: http.Server;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await server.start();
  const listening = await listenWithTokens(server, db, { maxBodyBytes: 8 * 1024 * 1024, httpLogger: captured });
  httpServer = listening.api;
  url = `${listening.base}/graphql`;
  expect((await q(FI, IMPORT, { cases: [fiCase] })).data.importCases.casesCreated).toBe(1);
  expect((await q(EE, IMPORT, { cases: [eeCase('EE-A1')] })).data.importCases.casesCreated).toBe(1);
});
afterAll(async () => {
  await new Promise((resolve) => httpServer.close(resolve));
  await server.stop();
  await db.close();
});

const token = (who: Viewer) =>
  mintDevToken(config, { analyst: who.analyst, agency: who.agency!, country: who.country!, roles: who.roles });
const post = (headers: Record<string, string>, body: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-purpose': 'EE-2025-A1', ...headers },
    body,
  });
/** Variables with one undeclared value nested `depth` levels deep, as JSON text (JSON.parse takes it; recursion would not). */
const deepVariables = (declared: string, depth: number) =>
  `{${declared},"x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;

describe('a mutation and its audit entry commit together', () => {
  it('refuses a mutation whose variables nest 200,000 deep, before anything runs: no case, no request, 400', async () => {
    const auth = { authorization: `Bearer ${await token(EE)}` };
    const imported = await post(
      auth,
      `{"query":${JSON.stringify(IMPORT)},"variables":${deepVariables(`"cases":${JSON.stringify([eeCase('EE-DEEP')])}`, 200_000)}}`,
    );
    expect(imported.status).toBe(400);
    const body = await imported.json();
    expect(body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'variables' },
      message: expect.stringMatching(/nested more than 32 levels deep; send only the variables the operation declares/),
    });
    expect(await count("MATCH (c:Case {reference: 'EE-DEEP'}) RETURN count(c) AS n")).toBe(0);

    const handle = await fiHandle();
    const requests = await count('MATCH (r:AccessRequest) RETURN count(r) AS n');
    const request = await post(
      auth,
      `{"query":"mutation($h: ID!) { requestAccess(caseHandle: $h, justification: \\"deep\\") { id } }","variables":${deepVariables(`"h":"${handle}"`, 200_000)}}`,
    );
    expect(request.status).toBe(400);
    expect(await count('MATCH (r:AccessRequest) RETURN count(r) AS n')).toBe(requests);
    // Wide instead of deep is bounded too.
    const wide = await post(
      auth,
      JSON.stringify({ query: IMPORT, variables: { cases: [], x: Array.from({ length: 200_001 }, () => 0) } }),
    );
    expect((await wide.json()).errors[0].message).toMatch(/more than 200000 values/);
  });

  it('every committed write of a mutation has its entry in the same transaction, with its notifications', async () => {
    const before = await count('MATCH (e:AuditEntry) RETURN max(e.seq) AS n');
    const res = await q(EE, IMPORT, { cases: [eeCase('EE-A2')] });
    expect(res.data.importCases.casesCreated).toBe(1);
    const entries = await cypher(
      'MATCH (e:AuditEntry) WHERE e.seq > $before RETURN e.operation AS operation, e.caseIds AS caseIds, e.notifiedAgencies AS notified, e.outcome AS outcome ORDER BY e.seq',
      { before },
    );
    // The case's own transaction: its entry names the case and notifies FI, whose case reports the same phone.
    expect(entries[0]).toEqual({
      operation: 'mutation importCases',
      caseIds: ['case:EE-PPA:EE-A2'],
      notified: ['FI-POL'],
      outcome: 'wrote case:EE-PPA:EE-A2 CREATED',
    });
    // Then the request's own entry, which does not notify FI a second time.
    expect(entries[entries.length - 1]).toMatchObject({
      operation: 'mutation importCases',
      outcome: 'ok',
      notified: [],
    });
    expect(
      await count(
        "MATCH (n:Notification {toAgency: 'FI-POL', operation: 'mutation importCases'})-[:ABOUT]->(:Case {id: $id}) WHERE n.fromAgency = 'EE-PPA' RETURN count(n) AS n",
        { id: FI_CASE },
      ),
    ).toBeGreaterThan(0);
  });

  it('when the audit statement fails inside a mutation, its data rolls back: no case, no access request, no notification', async () => {
    const handle = await fiHandle();
    const requests = await count('MATCH (r:AccessRequest) RETURN count(r) AS n');
    const notifications = await count('MATCH (n:Notification) RETURN count(n) AS n');
    await cypher(BLOCK);
    try {
      const imported = await q(EE, IMPORT, { cases: [eeCase('EE-BLOCKED')] });
      expect(imported.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      const requested = await q(
        EE,
        `mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "blocked") { id } }`,
        { h: handle },
      );
      expect(requested.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await cypher(UNBLOCK);
    }
    expect(await count("MATCH (c:Case {reference: 'EE-BLOCKED'}) RETURN count(c) AS n")).toBe(0);
    expect(await count('MATCH (r:AccessRequest) RETURN count(r) AS n')).toBe(requests);
    expect(await count('MATCH (n:Notification) RETURN count(n) AS n')).toBe(notifications);
    // Unblocked, the same request goes through with its entry and the owner's notification.
    const ok = await q(EE, `mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "after") { id } }`, {
      h: handle,
    });
    const id = ok.data.requestAccess.id;
    expect(
      await count(
        "MATCH (e:AuditEntry) WHERE e.outcome = 'access request ' + $id AND e.notifiedAgencies = ['FI-POL'] RETURN count(e) AS n",
        { id },
      ),
    ).toBe(1);
  });
});

describe('decisions are audited with their writes', () => {
  it('a decision on an access request and a match decision roll back when their audit statement fails, and carry their entries when it does not', async () => {
    // One open request per agency and case: the one an earlier test left open, or a new one.
    const open = (await q(EE, '{ accessRequests(direction: OUTGOING, status: PENDING) { edges { node { id } } } }'))
      .data.accessRequests.edges;
    const requestId = open.length
      ? open[0].node.id
      : (
          await q(EE, `mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "decide me") { id } }`, {
            h: await fiHandle(),
          })
        ).data.requestAccess.id;
    const decideAccess = `mutation { decideAccess(requestId: "${requestId}", approve: false, note: "no") { status } }`;
    // SYSTEM decides on the pair (it sees both records); a token caller would need one of its own.
    const decideMatch = `mutation { decideMatch(personA: "person:EE-PPA:P1", personB: "person:FI-POL:F1", decision: REJECT, analyst: "fi.analyst.7") { status } }`;
    await cypher(BLOCK);
    try {
      expect((await q(FI, decideAccess)).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect((await execute(server, db, decideMatch)).errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await cypher(UNBLOCK);
    }
    expect(
      await count("MATCH (r:AccessRequest {id: $id}) WHERE r.status = 'PENDING' RETURN count(r) AS n", {
        id: requestId,
      }),
    ).toBe(1);
    expect(
      await count(
        "MATCH (:Person {id: 'person:EE-PPA:P1'})-[r:NOT_SAME]-(:Person {id: 'person:FI-POL:F1'}) RETURN count(r) AS n",
      ),
    ).toBe(0);
    expect((await q(FI, decideAccess)).data.decideAccess.status).toBe('REFUSED');
    expect((await execute(server, db, decideMatch)).data!.decideMatch.status).toBe('REJECTED');
    expect(
      await count(
        "MATCH (e:AuditEntry) WHERE e.outcome = 'access request ' + $id + ' REFUSED' AND e.analyst = 'fi.analyst.7' RETURN count(e) AS n",
        { id: requestId },
      ),
    ).toBe(1);
    expect(
      await count(
        "MATCH (e:AuditEntry) WHERE e.outcome = 'match REJECTED' AND e.operation = 'mutation decideMatch' RETURN count(e) AS n",
      ),
    ).toBe(1);
  });
});

describe('refusals before authentication are logged and counted', () => {
  const refusals = async () =>
    Object.fromEntries(
      (await registry.getSingleMetric('linkgraph_refusals_total')!.get()).values.map((v) => [v.labels.reason, v.value]),
    );

  it('a missing token, a forged token and a missing purpose each write a log line and count by reason, without the token', async () => {
    const before = await refusals();
    lines.length = 0;
    const forged = `${(await token(EE)).slice(0, -4)}AAAA`;
    expect((await post({}, '{"query":"{ cases { id } }"}')).status).toBe(401);
    expect((await post({ authorization: `Bearer ${forged}` }, '{"query":"{ cases { id } }"}')).status).toBe(401);
    expect(
      (await post({ authorization: `Bearer ${await token(EE)}`, 'x-purpose': '' }, '{"query":"{ cases { id } }"}'))
        .status,
    ).toBe(400);
    const after = await refusals();
    for (const reason of ['missing_token', 'token_invalid', 'missing_purpose'])
      expect((after[reason] ?? 0) - (before[reason] ?? 0)).toBe(1);
    const logged = lines.filter((l) => l.msg === 'request refused: no authenticated caller or purpose');
    expect(logged.map((l) => l.reason)).toEqual(['missing_token', 'token_invalid', 'missing_purpose']);
    expect(logged[1]).toMatchObject({ code: 'UNAUTHENTICATED', hasToken: true, path: '/graphql', method: 'POST' });
    expect(JSON.stringify(logged)).not.toContain(forged.slice(0, 20));
    const metrics = await (await fetch(url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/linkgraph_refusals_total\{reason="token_invalid"\} \d+/);
  });
});

describe('who reads the log', () => {
  beforeAll(async () => {
    await q(EE, `query EeProbe { lookup(kind: PHONE, value: "+358 40 0000000") { id } other: ${REACH_FI} }`);
    await q(FI, `query FiOwn { case(id: "${FI_CASE}") { id persons { person { id } } } }`);
  });

  it('entries store node ids opaque: no phone, IBAN or person id in clear', async () => {
    const stored = await cypher('MATCH (e:AuditEntry) RETURN e.entityIds AS ids, e.payload AS payload');
    const text = JSON.stringify(stored);
    for (const clear of ['phone:', 'account:', IBAN, 'person:FI-POL', '+3725']) expect(text).not.toContain(clear);
    expect(stored.flatMap((r) => r.ids ?? [])).toContainEqual(expect.stringMatching(/^node:[A-Za-z0-9_-]{22}$/));
  });

  it("an agency's auditor reads its own agency's entries and who consulted its data, not the rest", async () => {
    const ee = (await q(EE_AUDITOR, `{ auditLog(first: 500) { agency operation caseIds entityIds notifiedAgencies } }`))
      .data.auditLog;
    expect(ee.some((e: any) => e.operation === 'query EeProbe')).toBe(true);
    expect(ee.some((e: any) => e.operation === 'query FiOwn')).toBe(false);
    // Its own analysts' hits on FI's case appear by audit id, not by FI's reference.
    expect(JSON.stringify(ee)).not.toContain('FI-A1');
    const probe = ee.find((e: any) => e.operation === 'query EeProbe');
    expect(probe.notifiedAgencies).toEqual(['FI-POL']);
    const fi = (await q(FI_AUDITOR, `{ auditLog(first: 500) { agency operation caseIds entityIds } }`)).data.auditLog;
    expect(fi.some((e: any) => e.operation === 'query FiOwn')).toBe(true);
    // Who consulted FI's data: EE's probe, with FI's own case only.
    expect(fi.find((e: any) => e.operation === 'query EeProbe').caseIds).toEqual([FI_CASE]);
    // The auditor relates an entry to its own node by that node's audit id.
    const nodeId = (await q(FI_AUDITOR, `{ auditNodeId(id: "person:FI-POL:F1") }`)).data.auditNodeId;
    expect(fi.find((e: any) => e.operation === 'query FiOwn').entityIds).toContain(nodeId);
    // A node the caller may not see has no audit id for it.
    expect((await q(EE_AUDITOR, `{ auditNodeId(id: "person:FI-POL:F1") }`)).data.auditNodeId).toBeNull();
  });

  it('an entry holds what Directive (EU) 2016/680 Art. 25 asks: justification, date and time, who, and who received the data', async () => {
    const started = Date.now();
    await q(EE, `query Consult { ${REACH_FI} }`);
    const entry = (
      await q(SUPERVISOR, `{ auditLog(first: 5) { at analyst agency purpose operation notifiedAgencies } }`)
    ).data.auditLog.find((e: any) => e.operation === 'query Consult');
    // The caller's agency received the response (a hit); FI-POL received the notification.
    expect(entry).toMatchObject({
      analyst: 'ee.analyst.1',
      agency: 'EE-PPA',
      purpose: EE.purpose,
      notifiedAgencies: ['FI-POL'],
    });
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 1000);
  });

  it("the exchange's supervisor reads every entry", async () => {
    const total = await count('MATCH (e:AuditEntry) RETURN count(e) AS n');
    const all = (await q(SUPERVISOR, `{ auditLog(first: 500) { operation caseIds } }`)).data.auditLog;
    expect(all.length).toBe(Math.min(total, 500));
    expect(all.find((e: any) => e.operation === 'query EeProbe').caseIds).toContain(FI_CASE);
  });
});

describe('stored strings are capped', () => {
  it('a 14 KB operation name and a long purpose are stored capped, in the entry and in the notifications', async () => {
    // As long as a name gets: a longer document is refused before it runs (src/documentLimits.ts).
    const name = `Op${'x'.repeat(LIMITS.characters - 1_000)}`;
    const res = await q({ ...EE, purpose: `EE-2025-A1 ${'p'.repeat(5000)}` }, `query ${name} { ${REACH_FI} }`);
    expect(res.errors).toBeUndefined();
    const [entry] = await cypher(
      "MATCH (e:AuditEntry) WHERE e.operation STARTS WITH 'query Opxxx' RETURN size(e.operation) AS operation, size(e.purpose) AS purpose, size(e.payload) AS payload",
    );
    expect(num(entry.operation)).toBe(200);
    expect(num(entry.purpose)).toBe(500);
    expect(num(entry.payload)).toBeLessThan(5000);
    const notices = await cypher(
      "MATCH (n:Notification) WHERE n.operation STARTS WITH 'query Opxxx' RETURN max(size(n.operation)) AS operation, max(size(n.purpose)) AS purpose",
    );
    expect(num(notices[0].operation)).toBe(200);
    expect(num(notices[0].purpose)).toBe(500);
  });
});

describe('the chain is sealed outside the database', () => {
  afterEach(async () => {
    // Each attack leaves a chain that no longer verifies: start the next from a fresh, sealed one.
    await cypher('MATCH (n) WHERE n:AuditEntry OR n:AuditHead OR n:AuditCheckpoint DETACH DELETE n');
    for (let i = 0; i < 6; i += 1) await q(EE, `query Fill${i} { case(id: "case:EE-PPA:EE-A1") { id } }`);
    expect(verify().stdout).toMatch(/^audit chain intact/);
  });

  it('re-hashing the chain from an entry after changing it is named by audit:verify', async () => {
    expect(verify().status).toBe(0);
    const rows = await cypher(
      'MATCH (e:AuditEntry) WHERE e.seq >= 3 RETURN e.seq AS seq, e.payload AS payload ORDER BY e.seq',
    );
    let prev = (await cypher('MATCH (e:AuditEntry {seq: 2}) RETURN e.hash AS hash'))[0].hash as string;
    for (const r of rows) {
      const seq = r.seq.toNumber();
      const fields = JSON.parse(r.payload as string) as unknown[];
      if (seq === 3) fields[2] = 'someone.else';
      const payload = JSON.stringify(fields);
      const hash = chainHash(prev, payload);
      await cypher(
        "MATCH (e:AuditEntry {seq: $seq}) SET e.payload = $payload, e.prevHash = $prev, e.hash = $hash, e.analyst = CASE WHEN $seq = 3 THEN 'someone.else' ELSE e.analyst END",
        { seq: r.seq, payload, prev, hash },
      );
      prev = hash;
    }
    await cypher('MATCH (h:AuditHead) SET h.hash = $prev', { prev });
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^audit chain BROKEN at entry 3: its seal \(HMAC under key 'dev'\) does not match: the chain was rewritten from here outside the API/,
    );
  });

  it('cutting the tail and moving the head back is named by audit:verify', async () => {
    const [last] = await cypher(
      'MATCH (e:AuditEntry) WITH max(e.seq) AS last MATCH (e:AuditEntry {seq: last - 2}) RETURN e.seq AS seq, e.hash AS hash',
    );
    await cypher('MATCH (e:AuditEntry) WHERE e.seq > $seq DELETE e', { seq: last.seq });
    await cypher('MATCH (h:AuditHead) SET h.seq = $seq, h.hash = $hash', { seq: last.seq, hash: last.hash });
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `BROKEN at the head \\(entry ${last.seq.toNumber()}\\): its seal .* does not match: the end of the chain was moved outside the API`,
      ),
    );
  });

  it('checkpoints delivered with notifications show a tail cut even by someone who kept an old seal of the head', async () => {
    // The attacker keeps the head's seal at this point…
    const [kept] = await cypher('MATCH (h:AuditHead) RETURN h.seq AS seq, h.hash AS hash, h.kid AS kid, h.mac AS mac');
    // …then an EE hit on FI's case (through the phone both report) is notified to FI, whose analysts keep
    // the checkpoint it carries.
    await q(EE, `query Later { ${REACH_FI} }`);
    const notices = (
      await q(FI, `{ notifications(first: 5) { edges { node { operation checkpoint { seq hash keyId seal } } } } }`)
    ).data.notifications.edges.map((e: any) => e.node);
    const held = notices.find((n: any) => n.operation === 'query Later').checkpoint;
    expect(held).toMatchObject({ seq: num(kept.seq) + 1, keyId: 'dev', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The tail is cut back to the kept point, and the kept seal put back on the head.
    await cypher('MATCH (e:AuditEntry) WHERE e.seq > $seq DELETE e', { seq: kept.seq });
    await cypher('MATCH (h:AuditHead) SET h.seq = $seq, h.hash = $hash, h.kid = $kid, h.mac = $mac', kept);
    expect(verify().stdout).toMatch(/^audit chain intact/); // what the database alone can show
    const file = path.join(os.tmpdir(), `checkpoints-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify([held]));
    const result = spawnSync(
      'node',
      [path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'auditVerify.js'), '--checkpoints', file],
      { encoding: 'utf8', env: process.env },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `BROKEN at the chain ends at entry ${num(kept.seq)}, but a delivered checkpoint seals entry ${num(kept.seq) + 1}: entries were cut from the end`,
      ),
    );
    // A forged checkpoint is no evidence either way.
    fs.writeFileSync(file, JSON.stringify([{ ...held, seq: held.seq + 5 }]));
    const forged = spawnSync(
      'node',
      [path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'auditVerify.js'), '--checkpoints', file],
      { encoding: 'utf8', env: process.env },
    );
    expect(forged.stdout).toMatch(
      /BROKEN at delivered checkpoint 1 \(entry \d+\): its seal .* does not match: it was not issued by the API/,
    );
    fs.unlinkSync(file);
  });

  it('a rotated key still verifies the entries it sealed; an unknown key id is named', async () => {
    const newKey = `k2:${Buffer.alloc(32, 7).toString('base64')}`;
    const devKey = `dev:${Buffer.from('linkgraph-development-audit-key-never-use-in-production').toString('base64')}`;
    expect(cli('auditVerify', { AUDIT_HMAC_KEYS: `${newKey},${devKey}` }).stdout).toMatch(/^audit chain intact/);
    const result = cli('auditVerify', { AUDIT_HMAC_KEYS: newKey });
    expect(result.stdout).toMatch(/BROKEN at entry 1: it is sealed with key 'dev', which is not in AUDIT_HMAC_KEYS/);
  });
});

describe('writers that each remember the end of the chain', () => {
  it('append in turn without forking it: one whose remembered end is stale hashes and seals again from the real head', async () => {
    // A second copy of the module is a second API process: its own remembered end, the same chain.
    let other!: typeof import('../../src/audit/audit');
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      other = require('../../src/audit/audit') as typeof import('../../src/audit/audit');
    });
    const record = (analyst: string) =>
      auditRecord(config.hitSecret, {
        analyst,
        agency: 'EE-PPA',
        purpose: 'two writers',
        operation: 'query twoWriters',
        variablesHash: 'x',
        touched: [],
        notified: [],
        outcome: 'ok',
      });
    for (let i = 0; i < 3; i += 1) {
      await appendAudit(db, config.audit.keys, record('first'), [], { country: 'EE' });
      await other.appendAudit(db, config.audit.keys, record('second'), [], { country: 'EE' });
    }
    const rows = await cypher(
      "MATCH (e:AuditEntry {operation: 'query twoWriters'}) RETURN e.analyst AS analyst ORDER BY e.seq",
    );
    expect(rows.map((r) => r.analyst)).toEqual(['first', 'second', 'first', 'second', 'first', 'second']);
    // The API numbers the entries: they are stored as integers all the same, as the head's number is.
    expect(await count('MATCH (e:AuditEntry) WHERE NOT e.seq :: INTEGER RETURN count(*) AS n')).toBe(0);
    expect(await count('MATCH (h:AuditHead) WHERE NOT h.seq :: INTEGER RETURN count(*) AS n')).toBe(0);
    expect(await count('MATCH (n:Notification) WHERE NOT n.chainSeq :: INTEGER RETURN count(*) AS n')).toBe(0);
    expect(verify().stdout).toMatch(/^audit chain intact/);
  });

  it('an entry appended in a transaction that then rolls back leaves no gap: the next entry takes its number', async () => {
    const record = (analyst: string) =>
      auditRecord(config.hitSecret, {
        analyst,
        agency: 'EE-PPA',
        purpose: 'rolled back',
        operation: 'query rolledBack',
        variablesHash: 'x',
        touched: [],
        notified: [],
        outcome: 'ok',
      });
    const before = await appendAudit(db, config.audit.keys, record('before'), [], { country: 'EE' });
    // The append succeeds and the process remembers the end it wrote; then the write it belonged to fails.
    await expect(
      db.transaction('WRITE', async (run) => {
        await appendInTransaction(run, config.audit.keys, [{ record: record('rolled back'), hits: [], country: 'EE' }]);
        throw new Error('the write after the entry failed');
      }),
    ).rejects.toThrow('the write after the entry failed');
    const after = await appendAudit(db, config.audit.keys, record('after'), [], { country: 'EE' });
    expect(after).toBe(before + 1);
    const rows = await cypher(
      "MATCH (e:AuditEntry {operation: 'query rolledBack'}) RETURN e.analyst AS analyst, e.seq AS seq ORDER BY e.seq",
    );
    expect(rows.map((r) => [r.analyst, num(r.seq)])).toEqual([
      ['before', before],
      ['after', before + 1],
    ]);
    expect(verify().stdout).toMatch(/^audit chain intact/);
  });
});

describe('audit keys and retention settings', () => {
  it('AUDIT_HMAC_KEYS is required in production and validated; the first key signs', () => {
    const prod = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks', HIT_SECRET: 'z'.repeat(40) };
    expect(() => loadConfig(prod)).toThrow(/AUDIT_HMAC_KEYS: required in production/);
    expect(() => loadConfig({ ...prod, AUDIT_HMAC_KEYS: 'k1:c2hvcnQ=' })).toThrow(
      /AUDIT_HMAC_KEYS: key k1: the secret must be at least 32 bytes/,
    );
    expect(() => loadConfig({ ...prod, AUDIT_HMAC_KEYS: 'no-colon' })).toThrow(
      /AUDIT_HMAC_KEYS: 'no-colon…' is not kid:base64secret/,
    );
    const keys = loadConfig({
      ...prod,
      AUDIT_HMAC_KEYS: `k2:${Buffer.alloc(32, 2).toString('base64')}, k1:${Buffer.alloc(32, 1).toString('base64')}`,
      AUDIT_RETENTION_YEARS: '3',
    }).audit;
    expect(keys.keys.map((k) => k.kid)).toEqual(['k2', 'k1']);
    expect(keys.retentionYears).toBe(3);
    expect(() => loadConfig({ AUDIT_RETENTION_YEARS: '0' })).toThrow(/AUDIT_RETENTION_YEARS/);
  });
});

describe('retention (Directive (EU) 2016/680 Art. 25)', () => {
  it('erases entries at the end of the year after the one they were written in, and the rest verifies from a sealed checkpoint', async () => {
    const total = await count('MATCH (e:AuditEntry) RETURN count(e) AS n');
    const year = new Date().getUTCFullYear();
    // Entries 1–3 were written two years ago (and 4 last year, kept until the end of this one).
    await cypher('MATCH (e:AuditEntry) WHERE e.seq <= 3 SET e.at = datetime($old)', {
      old: `${year - 2}-06-01T00:00:00Z`,
    });
    await cypher('MATCH (e:AuditEntry {seq: 4}) SET e.at = datetime($old)', { old: `${year - 1}-12-31T23:00:00Z` });
    const retained = cli('auditRetain');
    expect(retained.stdout).toMatch(
      new RegExp(`entries through 3 \\(written before ${year - 1}-01-01T00:00:00.000Z\\) are erased`),
    );
    expect(await count('MATCH (e:AuditEntry) WHERE e.seq <= 3 RETURN count(e) AS n')).toBe(0);
    expect(await count('MATCH (e:AuditEntry) RETURN count(e) AS n')).toBe(total - 3);
    // Entry 4's date no longer matches what its hash covers; put it back before verifying the rest.
    const [four] = await cypher('MATCH (e:AuditEntry {seq: 4}) RETURN e.payload AS payload');
    await cypher('MATCH (e:AuditEntry {seq: 4}) SET e.at = datetime($at)', {
      at: JSON.parse(four.payload as string)[1],
    });
    const verified = verify();
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(
      /^audit chain intact: \d+ entries, head [0-9a-f]{64}, entries before 4 erased under retention/,
    );
    // A second run erases nothing more.
    expect(cli('auditRetain').stdout).toMatch(/entries through 3 /);
    await cypher('MATCH (c:AuditCheckpoint) SET c.seq = 2');
    const tampered = verify();
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toMatch(
      /BROKEN at the retention checkpoint \(entry 2\): its seal .* does not match: it was changed outside the API/,
    );
  });
});
