// npm run match:train against the real Neo4j: the EM learns from the graph's candidate pairs, the model is
// stored with its version, and the proposals scored after it carry that version.
import { execute, personCase, resetDatabase, suspect, testDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import { checkCalibration, trainModel } from '../../src/matching/train';
import { currentModel } from '../../src/matching/model';
import { matchPersons } from '../../src/matching/match';

let db: Database;
const server = testServer();

// Three individuals, each recorded by two agencies with one birth date, and four namesakes of a common
// name born on other days.
const CASES = [
  personCase('LV-VP', 'LV', 'LV-1', suspect('LV-P-1', 'Kristaps Kļaviņš', '1984-03-07', 'LV')),
  personCase('LT-PD', 'LT', 'LT-1', suspect('LT-P-1', 'Kristaps Klavins', '1984-03-07', 'LV')),
  personCase('RU-SPB', 'RU', 'RU-1', suspect('RU-P-1', 'Оксана Воронцова', '1990-11-02', 'RU')),
  personCase('FI-POL', 'FI', 'FI-1', suspect('FI-P-1', 'Oksana Vorontsova', '1990-11-02', 'RU')),
  personCase('LT-PD', 'LT', 'LT-2', suspect('LT-P-2', 'Jurgis Petraitis', '1979-06-21', 'LT')),
  personCase('NO-KRIPOS', 'NO', 'NO-1', suspect('NO-P-1', 'PETRAITIS Jurgis', '1979-06-21', 'LT')),
  ...['1975-02-11', '1982-03-03', '1969-07-30', '1991-12-01'].map((born, i) =>
    personCase('EE-PPA', 'EE', `EE-${i + 1}`, suspect(`EE-P-${i + 1}`, 'Sergei Ivanov', born, 'RU')),
  ),
];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const res = (await execute(
    server,
    db,
    `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated } }`,
    { cases: CASES },
  )) as { data: { importCases: { casesCreated: number } } };
  expect(res.data.importCases.casesCreated).toBe(10);
}, 120_000);
afterAll(() => db.close());

it('estimates m by EM, stores the model with its version, and the proposals scored after it carry that version', async () => {
  const before = await currentModel(db);
  const t = await trainModel(db, { sample: 1000 });
  expect(t.records).toBe(10);
  expect(t.emAccepted).toBe(true);
  expect(t.iterations).toBeLessThan(50);
  expect(t.model.version).toMatch(/^em-\d{8}T\d+Z$/);
  expect(t.model.version).not.toBe(before.version);
  // The three individuals' records agree on the birth date: an equal date is the level their m favours.
  expect(t.model.params.levels.birthDate.exact.m).toBeGreaterThan(0.85);
  expect(t.model.params.levels.birthDate.different.m).toBeLessThan(0.08);

  const stored = await currentModel(db);
  expect(stored.version).toBe(t.model.version);
  expect(stored.params).toEqual(t.model.params);

  const ids = (await db.read('bench/personIds')).map((r) => r.id);
  const run = await matchPersons(db, ids);
  expect(run.modelVersion).toBe(t.model.version);
  const proposals = await db.read('matching/pairs', {
    statuses: ['PROPOSED'],
    minProbability: 0,
    personId: null,
    limit: 100,
  });
  expect(proposals.map((p) => `${p.a} ~ ${p.b} ${p.modelVersion}`).sort()).toEqual(
    [
      'person:LT-PD:LT-P-1 ~ person:LV-VP:LV-P-1',
      'person:FI-POL:FI-P-1 ~ person:RU-SPB:RU-P-1',
      'person:LT-PD:LT-P-2 ~ person:NO-KRIPOS:NO-P-1',
    ]
      .map((pair) => `${pair} ${t.model.version}`)
      .sort(),
  );
}, 120_000);

it("analysts' decisions are the labels that check calibration: confirmed proposals above the threshold, a rejected namesake pair in the lowest band", async () => {
  const model = await currentModel(db);
  const empty = await checkCalibration(db, model);
  expect(empty).toMatchObject({ decisions: 0, brier: { whenDecided: null, byModel: null } });

  const decide = async (a: string, b: string, decision: 'CONFIRM' | 'REJECT') => {
    const r = await execute(
      server,
      db,
      `mutation($a: ID!, $b: ID!, $d: MatchDecision!) { decideMatch(personA: $a, personB: $b, decision: $d, analyst: "lv.analyst.1") { status } }`,
      { a, b, d: decision },
    );
    expect(r.errors).toBeUndefined();
  };
  await decide('person:LV-VP:LV-P-1', 'person:LT-PD:LT-P-1', 'CONFIRM');
  await decide('person:RU-SPB:RU-P-1', 'person:FI-POL:FI-P-1', 'CONFIRM');
  // Two "Sergei Ivanov" born on different days: never proposed, so no probability was shown when decided.
  await decide('person:EE-PPA:EE-P-1', 'person:EE-PPA:EE-P-2', 'REJECT');

  const c = await checkCalibration(db, model);
  expect(c.decisions).toBe(3);
  // When decided: the two proposals, both confirmed, at the probability they were proposed with (from the
  // threshold, 0.5, up).
  expect(c.whenDecided.reduce((t, b) => t + b.decided, 0)).toBe(2);
  expect(c.whenDecided.filter((b) => b.from >= 0.5).reduce((t, b) => t + b.confirmed, 0)).toBe(2);
  // By the model now: the same two high, and the rejected namesakes in the lowest band, none confirmed there.
  expect(c.byModel[0]).toMatchObject({ from: 0, to: 0.2, decided: 1, confirmed: 0 });
  expect(c.byModel.filter((b) => b.from >= 0.5).reduce((t, b) => t + b.confirmed, 0)).toBe(2);
  expect(c.brier.byModel).toBeLessThan(0.05);
  expect(c.brier.whenDecided).toBeLessThan(0.05);
}, 120_000);
