// Watches, typology rules and alert cases (issue 19), against the real Neo4j: each rule on hand-built
// cases with its near-misses, hit/no-hit in alerts, the workflow, no re-raise after dismissal, new evidence
// reopening, the per-import cap, bad input, and alerts owed surviving a failed raise or a dead process.
import { analystOf, exchange, execute, freshDatabase, logger, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import { SYSTEM, type Viewer } from '../../src/auth/identity';
import { RequestAudit } from '../../src/audit/audit';
import { startAlertQueue } from '../../src/alerts/raise';
import { alertRaiseFailures } from '../../src/observability';

let db: Database;
const server = testServer();

const EE = analystOf('EE-PPA', 'EE', 'ee.analyst.1');
const EE2 = analystOf('EE-PPA', 'EE', 'ee.analyst.2');
const FI = analystOf('FI-POL', 'FI', 'fi.analyst.7');
const LV = analystOf('LV-VP', 'LV', 'lv.analyst.3');
const LT = analystOf('LT-PD', 'LT', 'lt.analyst.2');

type Json = Record<string, any>;
const gql = async (who: Viewer, query: string, variables: Json = {}) => {
  const r = await execute(server, db, query, variables, who);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as Json;
};
const importAs = (who: Viewer, cases: Json[]) =>
  gql(
    who,
    'mutation($c: [CaseInput!]!) { importCases(cases: $c) { outcomes { status problems { field message } } } }',
    {
      c: cases,
    },
  );

const caseOf = (who: Viewer, reference: string, extra: Json = {}) => ({
  reference,
  agency: { code: who.agency, country: who.country },
  title: `${reference} secret title`,
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2025-03-01',
  ...extra,
});

// Two reads, each within the API's query cost limit: the alerts with their cases, and their history.
const ALERT_FIELDS = `id kind status assignee ruleKind count watchId ruleId
  subject { id type access hit { agency country caseHandle } }
  cases { id access hit { agency country caseHandle } }`;
const DETAIL_FIELDS = `id status assignee through { id access } newCases { id access hit { agency } }
  history { action by fromStatus toStatus note }`;
const alertsOf = async (who: Viewer) => {
  const [list, details] = await Promise.all(
    [ALERT_FIELDS, DETAIL_FIELDS].map(
      async (fields) =>
        (await gql(who, `{ alerts(first: 30) { edges { node { ${fields} } } } }`)).alerts.edges.map(
          (e: Json) => e.node,
        ) as Json[],
    ),
  );
  return list.map((a) => ({ ...a, ...details.find((d) => d.id === a.id) }));
};
const saveRule = (who: Viewer, kind: string, params: Json, id?: string) =>
  gql(who, 'mutation($r: AlertRuleInput!) { saveAlertRule(rule: $r) { id kind version params enabled history } }', {
    r: { id: id ?? null, kind, params },
  }).then((d) => d.saveAlertRule as Json);
const bySubject = (alerts: Json[], id: string) => alerts.filter((a) => a.subject?.id === id);

beforeAll(async () => (db = await freshDatabase()));
afterAll(async () => {
  await db.close();
});

describe('bad input', () => {
  test('a rule parameter out of range is refused naming the field', async () => {
    const r = await execute(
      server,
      db,
      'mutation { saveAlertRule(rule: { kind: FAN_IN_MONEY, params: { minVictims: 1 } }) { id } }',
      {},
      EE,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'params.minVictims' });
    expect(r.errors?.[0].message).toMatch(/params\.minVictims: is out of range: at least 2/);
    const unknown = await execute(
      server,
      db,
      'mutation { saveAlertRule(rule: { kind: CROWDED_FLAT, params: { minPeople: 3 } }) { id } }',
      {},
      EE,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'params.minPeople' });
    expect(unknown.errors?.[0].message).toMatch(/minPersons/);
    const tooBig = await execute(
      server,
      db,
      'mutation { saveAlertRule(rule: { kind: VEHICLE_ACROSS_BORDERS, params: { windowDays: 5000 } }) { id } }',
      {},
      EE,
    );
    expect(tooBig.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'params.windowDays' });
  });

  test('a watch needs exactly one target, and an identifier that reads', async () => {
    const both = await execute(
      server,
      db,
      'mutation { watch(target: { nodeId: "phone:+37255555555", identifier: { kind: PHONE, value: "5555 5555" } }) { id } }',
      {},
      EE,
    );
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'target' });
    const unknown = await execute(
      server,
      db,
      'mutation { watch(target: { nodeId: "case:FI-POL:NOPE" }) { id } }',
      {},
      EE,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'target.nodeId' });
  });

  test('a watched value is stored as written, so it is capped: 1 MB of display name is refused, nothing stored', async () => {
    const r = await execute(
      server,
      db,
      'mutation($v: String!) { watch(target: { identifier: { kind: EMAIL, value: $v } }) { id } }',
      { v: `"${'a'.repeat(1_000_000)}" <recruiter@example.com>` },
      EE,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'target.identifier.value' });
    expect((await gql(EE, '{ watches { edges { node { id } } } }')).watches.edges).toEqual([]);
  });
});

describe("watches are their holder's", () => {
  test("another agency, and another analyst of the agency, cannot see, pause or remove an analyst's watch", async () => {
    const { watch } = await gql(
      EE,
      'mutation { watch(target: { identifier: { kind: PHONE, value: "+372 5999 0001" } }) { id } }',
    );
    for (const who of [FI, EE2]) {
      expect((await gql(who, '{ watches { edges { node { id } } } }')).watches.edges).toEqual([]);
      for (const status of ['PAUSED', 'REMOVED']) {
        const r = await execute(
          server,
          db,
          'mutation($id: ID!, $s: WatchStatus!) { setWatchStatus(id: $id, status: $s) { id } }',
          { id: watch.id, s: status },
          who,
        );
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      }
    }
    const mine = (await gql(EE, '{ watches { edges { node { id status } } } }')).watches.edges;
    expect(mine).toEqual([{ node: { id: watch.id, status: 'ACTIVE' } }]);
    await gql(EE, `mutation { setWatchStatus(id: "${watch.id}", status: REMOVED) { id } }`);
  });
});

describe('rules are stored, versioned and switched on and off', () => {
  test('a new version keeps the history', async () => {
    const first = await saveRule(LT, 'CROWDED_FLAT', { minPersons: 6 });
    expect(first).toMatchObject({ version: 1, enabled: true, params: { minPersons: 6, minCountries: 2 } });
    const second = await gql(
      LT,
      'mutation($r: AlertRuleInput!) { saveAlertRule(rule: $r) { version enabled params history } }',
      { r: { id: first.id, kind: 'CROWDED_FLAT', params: { minPersons: 7 }, enabled: false } },
    );
    expect(second.saveAlertRule).toMatchObject({ version: 2, enabled: false, params: { minPersons: 7 } });
    expect(second.saveAlertRule.history.map((h: Json) => h.version)).toEqual([1, 2]);
    // Another agency cannot take over the rule.
    const stolen = await execute(
      server,
      db,
      'mutation($r: AlertRuleInput!) { saveAlertRule(rule: $r) { id } }',
      { r: { id: first.id, kind: 'CROWDED_FLAT', params: {} } },
      EE,
    );
    expect(stolen.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql(EE, '{ alertRules { id } }')).alertRules).toEqual([]);
  });

  test('an id the caller makes up names no rule: refused, and no rule is made under it', async () => {
    for (const id of ['rule:LT-PD:mine', `rule:${'x'.repeat(100_000)}`, '']) {
      const made = await execute(
        server,
        db,
        'mutation($r: AlertRuleInput!) { saveAlertRule(rule: $r) { id } }',
        { r: { id, kind: 'CROWDED_FLAT', params: {} } },
        EE,
      );
      expect(made.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'rule.id' });
    }
    expect((await gql(EE, '{ alertRules { id } }')).alertRules).toEqual([]);
  });
});

describe('fan-in money', () => {
  const victims = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `V${i}`, name: `Victim Number${i} Testova`, role: 'VICTIM' }));
  const transfers = (n: number, iban: string, days: number[]) => ({
    accounts: [{ id: 'ACC', iban }],
    transfers: Array.from({ length: n }, (_, i) => ({
      id: `T${i}`,
      amount: 150,
      currency: 'EUR',
      time: new Date(Date.UTC(2025, 2, 1 + days[i])).toISOString(),
      channel: 'BANK',
      from: `V${i}`,
      to: 'ACC',
    })),
  });
  const IBAN = (n: number) =>
    ['LV80BANK0000435195001', 'LV97HABA0012345678910', 'LV62UNLA0050014414018', 'EE471000001020145685'][n];
  let rule: Json;

  beforeAll(async () => {
    rule = await saveRule(EE, 'FAN_IN_MONEY', { minVictims: 3, minCountries: 2, windowDays: 30 });
    // The Latvian case holds many victims paying each account: none of it is Estonia's to count.
    await importAs(LV, [
      caseOf(LV, 'LV-F1', { persons: victims(6), ...transfers(6, IBAN(0), [0, 1, 2, 3, 4, 5]) }),
      caseOf(LV, 'LV-F2', { persons: victims(6), ...transfers(6, IBAN(1), [0, 1, 2, 3, 4, 5]) }),
      caseOf(LV, 'LV-F3', { persons: victims(6), ...transfers(6, IBAN(2), [0, 1, 2, 3, 4, 5]) }),
    ]);
  });

  test('three visible victims within the window, and a Latvian case on the account: an alert, the case a hit', async () => {
    await importAs(EE, [caseOf(EE, 'EE-F1', { persons: victims(3), ...transfers(3, IBAN(0), [0, 5, 9]) })]);
    const [alert] = bySubject(await alertsOf(EE), `account:iban:${IBAN(0)}`);
    expect(alert).toMatchObject({ kind: 'RULE', ruleKind: 'FAN_IN_MONEY', status: 'OPEN', ruleId: rule.id });
    expect(alert.cases.map((c: Json) => c.access)).toEqual(['FULL', 'HIT']);
    expect(alert.cases[0].id).toBe('case:EE-PPA:EE-F1');
    expect(alert.cases[1].hit).toMatchObject({ agency: 'LV-VP', country: 'LV' });
    expect(alert.cases[1].hit.caseHandle).toMatch(/^hit:/);
    expect(JSON.stringify(alert)).not.toMatch(/LV-F1|secret title|Testova/);
  });

  test('near-miss: two visible victims, however many the hidden Latvian case has', async () => {
    await importAs(EE, [caseOf(EE, 'EE-F2', { persons: victims(2), ...transfers(2, IBAN(1), [0, 1]) })]);
    expect(bySubject(await alertsOf(EE), `account:iban:${IBAN(1)}`)).toEqual([]);
  });

  test('near-miss: three victims, but not within the window', async () => {
    await importAs(EE, [caseOf(EE, 'EE-F3', { persons: victims(3), ...transfers(3, IBAN(2), [0, 20, 40]) })]);
    expect(bySubject(await alertsOf(EE), `account:iban:${IBAN(2)}`)).toEqual([]);
  });

  test('near-miss: three victims of one country only', async () => {
    await importAs(EE, [caseOf(EE, 'EE-F4', { persons: victims(3), ...transfers(3, IBAN(3), [0, 1, 2]) })]);
    expect(bySubject(await alertsOf(EE), `account:iban:${IBAN(3)}`)).toEqual([]);
  });
});

describe('crowded flat', () => {
  const residents = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}${i}`,
      name: `Resident ${prefix}${i} Kuusk`,
      role: 'VICTIM',
    }));
  const flat = (street: string, holders: string[]) => ({
    addresses: [{ street, city: 'Tallinn', country: 'EE', holders }],
  });

  beforeAll(async () => {
    await saveRule(EE, 'CROWDED_FLAT', { minPersons: 3, minCountries: 2 });
    await importAs(FI, [
      caseOf(FI, 'FI-C1', { persons: residents(5, 'F'), ...flat('Tartu mnt 25-12', ['F0', 'F1', 'F2', 'F3', 'F4']) }),
      caseOf(FI, 'FI-C2', { persons: residents(5, 'F'), ...flat('Narva mnt 7-3', ['F0', 'F1', 'F2', 'F3', 'F4']) }),
    ]);
  });

  test('three persons in Estonian cases at a flat a Finnish case reports: an alert', async () => {
    await importAs(EE, [
      caseOf(EE, 'EE-C1', { persons: residents(3, 'E'), ...flat('Tartu maantee 25-12', ['E0', 'E1', 'E2']) }),
    ]);
    const alerts = (await alertsOf(EE)).filter((a) => a.ruleKind === 'CROWDED_FLAT');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].subject.type).toBe('ADDRESS');
    expect(alerts[0].cases.map((c: Json) => c.hit?.agency ?? c.id)).toEqual(['case:EE-PPA:EE-C1', 'FI-POL']);
  });

  test('near-miss: two persons the owner sees, five hidden ones', async () => {
    await importAs(EE, [
      caseOf(EE, 'EE-C2', { persons: residents(2, 'E'), ...flat('Narva maantee 7-3', ['E0', 'E1']) }),
    ]);
    const alerts = (await alertsOf(EE)).filter((a) => a.ruleKind === 'CROWDED_FLAT');
    expect(alerts).toHaveLength(1);
  });
});

describe('recurring recruiter phone, and the workflow', () => {
  const recruiter = (phone: string, role: Json = { role: 'SUSPECT', function: 'RECRUITER' }) => ({
    persons: [{ id: 'R', name: 'Rein Rebane', ...role }],
    phones: [{ number: phone, holders: ['R'] }],
  });
  let alertId: string;

  beforeAll(async () => {
    await saveRule(EE, 'RECRUITER_PHONE', { minCases: 3 });
    await importAs(FI, [
      caseOf(FI, 'FI-R1', recruiter('+372 5111 1111')),
      caseOf(FI, 'FI-R2', recruiter('+372 5222 2222')),
      caseOf(FI, 'FI-R3', recruiter('+372 5333 3333')),
    ]);
    await importAs(LT, [
      caseOf(LT, 'LT-R1', recruiter('+372 5111 1111')),
      caseOf(LT, 'LT-R2', recruiter('+372 5222 2222')),
    ]);
  });

  test('a recruiter phone in three cases: an alert', async () => {
    await importAs(EE, [caseOf(EE, 'EE-R1', recruiter('5111 1111'))]);
    const [alert] = bySubject(await alertsOf(EE), 'phone:+37251111111');
    expect(alert).toMatchObject({ ruleKind: 'RECRUITER_PHONE', status: 'OPEN' });
    expect(alert.cases).toHaveLength(3);
    expect(alert.history.map((h: Json) => h.action)).toEqual(['RAISED']);
    alertId = alert.id;
  });

  test('near-miss: the Estonian holder is a victim, not a recruiter', async () => {
    await importAs(EE, [caseOf(EE, 'EE-R2', recruiter('5222 2222', { role: 'VICTIM' }))]);
    expect(bySubject(await alertsOf(EE), 'phone:+37252222222')).toEqual([]);
  });

  test('near-miss: in two cases only', async () => {
    await importAs(EE, [caseOf(EE, 'EE-R3', recruiter('5333 3333'))]);
    expect(bySubject(await alertsOf(EE), 'phone:+37253333333')).toEqual([]);
  });

  test('open → in progress (assigned, commented) → dismissed; a closed alert cannot move', async () => {
    const update = (args: string, who = EE) =>
      execute(server, db, `mutation { updateAlert(id: "${alertId}", ${args}) { ${DETAIL_FIELDS} } }`, {}, who);
    const started = await update('status: IN_PROGRESS, assignee: "ee.analyst.2", comment: "checking the phone"');
    expect(started.data?.updateAlert).toMatchObject({ status: 'IN_PROGRESS', assignee: 'ee.analyst.2' });
    const commented = await update('comment: "same SIM as in 2023"', EE2);
    const history = commented.data?.updateAlert.history as Json[];
    expect(history.map((h) => [h.action, h.by, h.toStatus])).toEqual([
      ['RAISED', 'linkgraph', 'OPEN'],
      ['STATUS', 'ee.analyst.1', 'IN_PROGRESS'],
      ['COMMENT', 'ee.analyst.2', 'IN_PROGRESS'],
    ]);
    expect(history[1].note).toBe('checking the phone');
    const dismissed = await update('status: DISMISSED, comment: "known, already charged"');
    expect(dismissed.data?.updateAlert.status).toBe('DISMISSED');
    const reopened = await update('status: IN_PROGRESS');
    expect(reopened.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(reopened.errors?.[0].message).toMatch(/new evidence reopens it/);
    // Another agency cannot see or move it.
    const foreign = await update('status: CONFIRMED', FI);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('no re-raise after dismissal for the same evidence', async () => {
    await importAs(EE, [caseOf(EE, 'EE-R1', { ...recruiter('5111 1111'), title: 'changed title' })]);
    await importAs(FI, [caseOf(FI, 'FI-R1', { ...recruiter('+372 5111 1111'), title: 'changed too' })]);
    const [alert] = bySubject(await alertsOf(EE), 'phone:+37251111111');
    expect(alert.status).toBe('DISMISSED');
    expect(alert.history).toHaveLength(4);
  });

  test('new evidence reopens the dismissed alert and says what is new', async () => {
    await importAs(LV, [caseOf(LV, 'LV-R1', recruiter('+372 5111 1111'))]);
    const [alert] = bySubject(await alertsOf(EE), 'phone:+37251111111');
    expect(alert.status).toBe('OPEN');
    expect(alert.cases).toHaveLength(4);
    expect(alert.newCases).toHaveLength(1);
    expect(alert.newCases[0].hit.agency).toBe('LV-VP');
    expect(alert.history.at(-1)).toMatchObject({ action: 'REOPENED', fromStatus: 'DISMISSED', toStatus: 'OPEN' });
  });
});

describe('vehicle across borders', () => {
  const van = (plate: string) => ({ vehicles: [{ plate, country: 'LT' }] });
  beforeAll(async () => {
    await saveRule(EE, 'VEHICLE_ACROSS_BORDERS', { minCountries: 3, windowDays: 90 });
    await importAs(LT, [caseOf(LT, 'LT-V1', van('KRT 512')), caseOf(LT, 'LT-V2', van('ABC 123'))]);
    await importAs(FI, [caseOf(FI, 'FI-V1', van('KRT512'))]);
  });

  test('one van in cases of three countries: an alert', async () => {
    await importAs(EE, [caseOf(EE, 'EE-V1', van('krt-512'))]);
    const [alert] = bySubject(await alertsOf(EE), 'vehicle:LT:KRT512');
    expect(alert.ruleKind).toBe('VEHICLE_ACROSS_BORDERS');
    expect(alert.cases.map((c: Json) => c.access)).toEqual(['FULL', 'HIT', 'HIT']);
  });

  test('near-miss: two countries', async () => {
    await importAs(EE, [caseOf(EE, 'EE-V2', van('ABC-123'))]);
    expect(bySubject(await alertsOf(EE), 'vehicle:LT:ABC123')).toEqual([]);
  });

  test('near-miss: three countries, but the cases EE may read are not within 90 days of each other', async () => {
    // LT's and FI's cases report the van 234 days apart. EE learns of them through a shared phone, asks for
    // access and is granted it, so their dates are EE's to see and the window applies to them.
    const phone = { phones: [{ number: '+372 5999 0777' }] };
    await importAs(LT, [caseOf(LT, 'LT-WV1', { ...van('WIN 901'), ...phone, openedOn: '2024-01-10' })]);
    await importAs(FI, [caseOf(FI, 'FI-WV1', { ...van('WIN901'), ...phone, openedOn: '2024-09-01' })]);
    await importAs(EE, [caseOf(EE, 'EE-WV0', { ...phone, openedOn: '2024-01-12' })]);
    const links = await gql(
      EE,
      '{ crossBorderLinks(caseId: "case:EE-PPA:EE-WV0") { case { hit { agency caseHandle } } } }',
    );
    for (const owner of [LT, FI]) {
      const handle = links.crossBorderLinks.find((l: Json) => l.case.hit?.agency === owner.agency).case.hit.caseHandle;
      const asked = await gql(
        EE,
        'mutation($h: ID!) { requestAccess(caseHandle: $h, justification: "same van") { id } }',
        {
          h: handle,
        },
      );
      await gql(owner, `mutation($id: ID!) { decideAccess(requestId: $id, approve: true) { status } }`, {
        id: asked.requestAccess.id,
      });
    }
    // Granted: EE reads both cases in full. (Were they still hidden, they would count undated, and alert.)
    const shared = await gql(
      EE,
      '{ lt: case(id: "case:LT-PD:LT-WV1") { reference } fi: case(id: "case:FI-POL:FI-WV1") { reference } }',
    );
    expect(shared).toEqual({ lt: { reference: 'LT-WV1' }, fi: { reference: 'FI-WV1' } });
    await importAs(EE, [caseOf(EE, 'EE-WV1', { ...van('win-901'), openedOn: '2024-01-15' })]);
    expect(bySubject(await alertsOf(EE), 'vehicle:LT:WIN901')).toEqual([]);
  });
});

describe('watches', () => {
  test('a watched identifier written another way in a Finnish case: an alert with the hit, never its details', async () => {
    const w = await gql(
      EE,
      'mutation { watch(target: { identifier: { kind: PHONE, value: "+372 5999 0001" } }) { id status forAgency value nodeId node { access } } }',
    );
    expect(w.watch).toMatchObject({ status: 'ACTIVE', forAgency: false, value: '+372 5999 0001', node: null });
    await importAs(FI, [
      caseOf(FI, 'FI-W1', {
        persons: [{ id: 'X', name: 'Salainen Henkilö', role: 'SUSPECT', function: 'CONTROLLER' }],
        phones: [{ number: '00372 5999 0001', holders: ['X'] }],
      }),
    ]);
    const mine = (await alertsOf(EE)).filter((a) => a.watchId === w.watch.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toMatchObject({
      id: expect.stringMatching(/^hidden:/),
      access: 'HIT',
      hit: { agency: 'FI-POL' },
    });
    expect(mine[0].cases[0].hit).toMatchObject({ agency: 'FI-POL', country: 'FI' });
    expect(JSON.stringify(mine[0])).not.toMatch(/FI-W1|Salainen|secret title|CONTROLLER/);
    // A personal watch: another Estonian analyst does not get it.
    expect((await alertsOf(EE2)).filter((a) => a.watchId === w.watch.id)).toEqual([]);
  });

  test("a case's own agency watches its open cases by default; paused, nothing more arrives", async () => {
    await importAs(EE, [caseOf(EE, 'EE-W2', { phones: [{ number: '5999 0002' }] })]);
    await importAs(LT, [caseOf(LT, 'LT-W2', { phones: [{ number: '+372 5999 0002' }] })]);
    const forCase = (alerts: Json[]) =>
      alerts.filter((a) => a.kind === 'WATCH' && a.subject?.id === 'case:EE-PPA:EE-W2');
    const [alert] = forCase(await alertsOf(EE2));
    expect(alert.cases[0].hit).toMatchObject({ agency: 'LT-PD', country: 'LT' });
    expect(alert.through[0]).toMatchObject({ id: 'phone:+37259990002', access: 'FULL' });
    const watches = (
      await gql(EE, '{ watches(first: 100) { edges { node { id default status nodeId } } } }')
    ).watches.edges.map((e: Json) => e.node);
    const watch = watches.find((x: Json) => x.nodeId === 'case:EE-PPA:EE-W2');
    expect(watch).toMatchObject({ default: true, status: 'ACTIVE' });
    await gql(EE, `mutation { setWatchStatus(id: "${watch.id}", status: PAUSED) { status } }`);
    await importAs(LV, [caseOf(LV, 'LV-W2', { phones: [{ number: '+372 5999 0002' }] })]);
    expect(forCase(await alertsOf(EE))).toHaveLength(1);
    // Re-importing the case keeps the default watch paused.
    await importAs(EE, [caseOf(EE, 'EE-W2', { title: 'new title', phones: [{ number: '5999 0002' }] })]);
    const again = (await gql(EE, '{ watches(first: 100) { edges { node { id status } } } }')).watches.edges.find(
      (e: Json) => e.node.id === watch.id,
    );
    expect(again.node.status).toBe('PAUSED');
    await gql(EE, `mutation { setWatchStatus(id: "${watch.id}", status: REMOVED) { status } }`);
    const left = (await gql(EE, '{ watches(first: 100) { edges { node { id } } } }')).watches.edges;
    expect(left.map((e: Json) => e.node.id)).not.toContain(watch.id);
  });
});

describe('one import cannot flood: the excess over the cap becomes one summary alert', () => {
  test('four matches, cap two: two alerts and a summary counting two', async () => {
    const rule = await saveRule(FI, 'VEHICLE_ACROSS_BORDERS', { minCountries: 2, maxAlertsPerImport: 2 });
    const plates = ['CAP 001', 'CAP 002', 'CAP 003', 'CAP 004'];
    await importAs(LT, [caseOf(LT, 'LT-CAP', { vehicles: plates.map((plate) => ({ plate, country: 'LT' })) })]);
    await importAs(FI, [caseOf(FI, 'FI-CAP', { vehicles: plates.map((plate) => ({ plate, country: 'LT' })) })]);
    const alerts = (await alertsOf(FI)).filter((a) => a.ruleId === rule.id);
    expect(alerts.filter((a) => a.kind === 'RULE')).toHaveLength(2);
    const summary = alerts.filter((a) => a.kind === 'SUMMARY');
    expect(summary).toHaveLength(1);
    expect(summary[0].count).toBe(2);
  });
});

describe('alerts owed are never lost: a failed raise, a dead process', () => {
  const cypher = async (text: string, params: Json = {}) => {
    const session = db.driver.session();
    try {
      return (await session.run(text, params)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const owed = async (caseId: string) =>
    (await cypher('MATCH (d:AlertDue {caseId: $caseId}) RETURN d.token AS token', { caseId })).length;
  const failures = async () => (await alertRaiseFailures.get()).values[0]?.value ?? 0;
  // A stored rule that cannot be read makes every raise fail, as a database fault would, after the commit.
  const breakRaising = () =>
    cypher(`CREATE (:AlertRule {id: 'rule:broken', agency: 'EE-PPA', kind: 'RECRUITER_PHONE', version: 1,
      params: '{not json', enabled: true, createdAt: datetime(), changedAt: datetime()})`);
  const mendRaising = () => cypher("MATCH (r:AlertRule {id: 'rule:broken'}) DELETE r");
  const watchPhone = async (number: string) =>
    (await gql(EE, `mutation { watch(target: { identifier: { kind: PHONE, value: "${number}" } }) { id } }`)).watch
      .id as string;
  const watched = async (watchId: string) => (await alertsOf(EE)).filter((a) => a.watchId === watchId);

  test('a raise that fails leaves the alert owed; re-importing the unchanged case raises it', async () => {
    const watchId = await watchPhone('+372 5999 0101');
    await breakRaising();
    const before = await failures();
    const first = await importAs(FI, [caseOf(FI, 'FI-Q1', { phones: [{ number: '+372 5999 0101' }] })]);
    expect(first.importCases.outcomes[0]).toMatchObject({ status: 'CREATED', problems: [] });
    expect(await watched(watchId)).toEqual([]);
    expect(await owed('case:FI-POL:FI-Q1')).toBe(1);
    expect(await failures()).toBeGreaterThan(before);
    await mendRaising();
    const again = await importAs(FI, [caseOf(FI, 'FI-Q1', { phones: [{ number: '+372 5999 0101' }] })]);
    expect(again.importCases.outcomes[0].status).toBe('UNCHANGED');
    expect(await watched(watchId)).toHaveLength(1);
    expect(await owed('case:FI-POL:FI-Q1')).toBe(0);
  });

  test('a process that died between the commit and the raise: the next one raises the alert at start-up', async () => {
    const watchId = await watchPhone('+372 5999 0102');
    // The import commits its case and what it owes; its raise never completes (as if killed).
    await breakRaising();
    await importAs(FI, [caseOf(FI, 'FI-Q2', { phones: [{ number: '+372 5999 0102' }] })]);
    await mendRaising();
    expect(await owed('case:FI-POL:FI-Q2')).toBe(1);
    expect(await watched(watchId)).toEqual([]);
    // The next process's drainer, as src/main.ts starts it.
    const audit = new RequestAudit({ hitSecret: exchange.hitSecret, keys: exchange.auditKeys }, SYSTEM);
    audit.operation = 'alert queue';
    const queue = startAlertQueue(db, logger, audit.write);
    try {
      while ((await owed('case:FI-POL:FI-Q2')) > 0) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await queue.stop();
    }
    const [alert] = await watched(watchId);
    expect(alert).toMatchObject({
      kind: 'WATCH',
      status: 'OPEN',
      cases: [{ access: 'HIT', hit: { agency: 'FI-POL' } }],
    });
    // The raise is audited in the drainer's name, with the case it raised the alert for.
    const entries = await cypher(
      "MATCH (e:AuditEntry {analyst: 'system', operation: 'alert queue'}) RETURN e.outcome AS outcome, size(e.caseIds) AS cases",
    );
    expect(entries).toEqual([{ outcome: 'raised 1 alert(s) for EE-PPA', cases: expect.anything() }]);
  });
});
