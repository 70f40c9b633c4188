// A raise whose candidates span several write slices (src/alerts/raise.ts writes WRITE_SLICE = 20 at a
// time and clears the debts in the last slice), against the real Neo4j: every alert raised once, the
// cap's excess counted in one summary across slices, and a second raise for the same evidence adds nothing.
import { analystOf, execute, freshDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/auth/identity';
import { drainDue } from '../../src/alerts/raise';
import { WATCH_ALERTS_PER_IMPORT } from '../../src/alerts/rules';

let db: Database;
const server = testServer();

const EE_ANALYSTS = [1, 2, 3, 4, 5].map((n) => analystOf('EE-PPA', 'EE', `ee.analyst.${n}`));
const EE = EE_ANALYSTS[0];
const FI = analystOf('FI-POL', 'FI', 'fi.analyst.7');
const LT = analystOf('LT-PD', 'LT', 'lt.analyst.2');
const LV = analystOf('LV-VP', 'LV', 'lv.analyst.3');

type Json = Record<string, any>;
const gql = async (who: Viewer, query: string, variables: Json = {}) => {
  const r = await execute(server, db, query, variables, who);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as Json;
};
const importAs = async (who: Viewer, cases: Json[]) => {
  const r = await gql(who, 'mutation($c: [CaseInput!]!) { importCases(cases: $c) { outcomes { status } } }', {
    c: cases,
  });
  expect(r.importCases.outcomes.map((o: Json) => o.status)).toEqual(cases.map(() => 'CREATED'));
};
const caseOf = (who: Viewer, reference: string, extra: Json = {}) => ({
  reference,
  agency: { code: who.agency, country: who.country },
  title: `${reference} title`,
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2025-03-01',
  ...extra,
});
const watchPhone = async (who: Viewer, number: string) =>
  (await gql(who, `mutation { watch(target: { identifier: { kind: PHONE, value: "${number}" } }) { id } }`)).watch
    .id as string;

const cypher = async (text: string, params: Json = {}): Promise<Json[]> => {
  const session = db.driver.session();
  try {
    return (await session.run(text, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
};
/** Every alert of these sources, with how many times it was raised (its RAISED events). */
const alertsOf = (sourceIds: string[]) =>
  cypher(
    `MATCH (a:Alert) WHERE a.sourceId IN $sourceIds
     RETURN a.key AS key, a.kind AS kind, a.sourceId AS sourceId, toInteger(a.count) AS count,
       COUNT { (a)-[:HAS_EVENT]->(:AlertEvent {action: 'RAISED'}) } AS raised,
       COUNT { (a)-[:HAS_EVENT]->() } AS events
     ORDER BY key`,
    { sourceIds },
  ).then((rows) =>
    rows.map((r): Json => ({
      ...r,
      count: r.count.toNumber(),
      raised: r.raised.toNumber(),
      events: r.events.toNumber(),
    })),
  );
const owed = async (caseIds: string[]) =>
  (await cypher('MATCH (d:AlertDue) WHERE d.caseId IN $caseIds RETURN count(d) AS n', { caseIds }))[0].n.toNumber();
/** As the drainer finds them after a raise was lost: the cases owe their alerts again. */
const oweAgain = (caseIds: string[]) => db.write('alerts/markDue', { caseIds });

beforeAll(async () => (db = await freshDatabase()));
afterAll(async () => {
  await db.close();
});

describe('one import, more candidates than one write slice', () => {
  const phones = Array.from({ length: 25 }, (_, i) => `+372 5888 ${String(1000 + i)}`);
  const caseIds = ['case:FI-POL:FI-S1'];
  let watchIds: string[] = [];

  test('25 watches of five analysts hit by one import: each alert raised exactly once, the debt cleared', async () => {
    // Five watches per analyst, so no watch comes near its own cap: every candidate is an alert.
    watchIds = await Promise.all(phones.map((p, i) => watchPhone(EE_ANALYSTS[i % 5], p)));
    await importAs(FI, [caseOf(FI, 'FI-S1', { phones: phones.map((number) => ({ number })) })]);
    const alerts = await alertsOf(watchIds);
    expect(alerts.map((a) => a.key)).toEqual(watchIds.map((w) => `watch|${w}|${caseIds[0]}`).sort());
    expect(alerts.every((a) => a.kind === 'WATCH' && a.raised === 1)).toBe(true);
    expect(await owed(caseIds)).toBe(0);
  });

  test('the raise paid again for the same evidence raises nothing new', async () => {
    const before = await alertsOf(watchIds);
    await oweAgain(caseIds);
    expect(await drainDue(db)).toBe(0);
    expect(await alertsOf(watchIds)).toEqual(before);
    expect(await owed(caseIds)).toBe(0);
  });
});

describe('the cap over several slices: one summary alert with the whole excess', () => {
  const refs = Array.from({ length: 45 }, (_, i) => `FI-C${String(i).padStart(2, '0')}`);
  const caseIds = refs.map((r) => `case:FI-POL:${r}`);
  let watchId = '';

  test(`one watch met by 45 cases of one import: ${WATCH_ALERTS_PER_IMPORT} alerts and one summary counting 25`, async () => {
    watchId = await watchPhone(EE, '+372 5777 0001');
    await importAs(
      FI,
      refs.map((r) => caseOf(FI, r, { phones: [{ number: '+372 5777 0001' }] })),
    );
    const alerts = await alertsOf([watchId]);
    expect(alerts.filter((a) => a.kind === 'WATCH')).toHaveLength(WATCH_ALERTS_PER_IMPORT);
    const summaries = alerts.filter((a) => a.kind === 'SUMMARY');
    expect(summaries).toHaveLength(1);
    expect(summaries[0].count).toBe(45 - WATCH_ALERTS_PER_IMPORT);
    expect(alerts.every((a) => a.raised === 1)).toBe(true);
    expect(await owed(caseIds)).toBe(0);
  });

  test('the raise paid again for the same evidence raises nothing new, neither alerts nor summary', async () => {
    const before = await alertsOf([watchId]);
    await oweAgain(caseIds);
    expect(await drainDue(db)).toBe(0);
    expect(await alertsOf([watchId])).toEqual(before);
    expect(await owed(caseIds)).toBe(0);
  });

  test('a rule capped at 5 finding 30 vehicles: 5 alerts and one summary counting 25', async () => {
    const rule = await gql(FI, 'mutation($r: AlertRuleInput!) { saveAlertRule(rule: $r) { id } }', {
      r: { kind: 'VEHICLE_ACROSS_BORDERS', params: { minCountries: 2, maxAlertsPerImport: 5 } },
    });
    const ruleId = rule.saveAlertRule.id as string;
    const vehicles = Array.from({ length: 30 }, (_, i) => ({ plate: `SLC ${String(100 + i)}`, country: 'LT' }));
    await importAs(LT, [caseOf(LT, 'LT-R1', { vehicles })]);
    await importAs(FI, [caseOf(FI, 'FI-R1', { vehicles })]);
    const alerts = await alertsOf([ruleId]);
    expect(alerts.filter((a) => a.kind === 'RULE')).toHaveLength(5);
    const summaries = alerts.filter((a) => a.kind === 'SUMMARY');
    expect(summaries).toHaveLength(1);
    expect(summaries[0].count).toBe(25);

    await oweAgain(['case:LT-PD:LT-R1', 'case:FI-POL:FI-R1']);
    expect(await drainDue(db)).toBe(0);
    expect(await alertsOf([ruleId])).toEqual(alerts);

    // New evidence (a Latvian case with every vehicle) is news for the counted ones too: the next import's
    // cap applies again, so its excess makes a second summary, and a repeat of it raises nothing.
    await importAs(LV, [caseOf(LV, 'LV-R1', { vehicles })]);
    const after = await alertsOf([ruleId]);
    expect(after.filter((a) => a.kind === 'RULE')).toHaveLength(5);
    expect(after.filter((a) => a.kind === 'RULE').every((a) => a.events === 2)).toBe(true);
    expect(after.filter((a) => a.kind === 'SUMMARY').map((a) => a.count)).toEqual([25, 25]);
    await oweAgain(['case:LT-PD:LT-R1', 'case:FI-POL:FI-R1', 'case:LV-VP:LV-R1']);
    expect(await drainDue(db)).toBe(0);
    expect(await alertsOf([ruleId])).toEqual(after);
  });
});

describe('a store written before counted candidates had a node each', () => {
  test('migrating turns the lists of each summary into one node per key, the later evidence kept, and runs again harmlessly', async () => {
    const evidence = (caseIds: string[], through: string[]) => JSON.stringify({ caseIds, through });
    // Two summaries of one rule, as raise.cypher wrote them before: parallel lists on one node each. The
    // later one counted key a again with more evidence.
    await cypher(
      `CREATE (s1:Alert {key: 'summary|old-rule|run-1', id: 'old-s1', kind: 'SUMMARY', sourceId: 'old-rule',
         createdAt: datetime('2025-01-01T00:00:00Z')})
       CREATE (s1)-[:COUNTS]->(:AlertCounted {keys: ['rule|old-rule|a', 'rule|old-rule|b'], evidence: $e1})
       CREATE (s2:Alert {key: 'summary|old-rule|run-2', id: 'old-s2', kind: 'SUMMARY', sourceId: 'old-rule',
         createdAt: datetime('2025-02-01T00:00:00Z')})
       CREATE (s2)-[:COUNTS]->(:AlertCounted {keys: ['rule|old-rule|a'], evidence: $e2})`,
      {
        e1: [evidence(['case:X:1'], ['n1']), evidence(['case:X:1'], ['n2'])],
        e2: [evidence(['case:X:1', 'case:X:2'], ['n1'])],
      },
    );
    const converted = async () => ({
      counted: (await db.read('alerts/counted', { keys: ['rule|old-rule|a', 'rule|old-rule|b', 'rule|old-rule|c'] }))
        .map((r) => [r.key, JSON.parse(r.evidence)])
        .sort(),
      lists: (await cypher('MATCH (c:AlertCounted) WHERE c.keys IS NOT NULL RETURN count(c) AS n'))[0].n.toNumber(),
      counts: (
        await cypher(
          `MATCH (s:Alert {sourceId: 'old-rule'})-[:COUNTS]->(c:AlertCounted) RETURN s.id AS s, c.key AS key ORDER BY s, key`,
        )
      ).map((r) => `${r.s} ${r.key}`),
    });
    await db.migrate();
    const after = await converted();
    expect(after).toEqual({
      counted: [
        ['rule|old-rule|a', { caseIds: ['case:X:1', 'case:X:2'], through: ['n1'] }],
        ['rule|old-rule|b', { caseIds: ['case:X:1'], through: ['n2'] }],
      ],
      lists: 0,
      counts: ['old-s1 rule|old-rule|a', 'old-s1 rule|old-rule|b', 'old-s2 rule|old-rule|a'],
    });
    await db.migrate();
    expect(await converted()).toEqual(after);
  });
});
