// Names across scripts and systems, end to end: a Ukrainian record in Cyrillic and the same person in
// the Ukrainian passport spelling meet; a graph keyed under older name rules is re-keyed and re-matched.
import { execute, freshDatabase, personCase, suspect, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import { rekeyGraph } from '../../src/cases/rekey';
import { personNameKeys } from '../../src/matching/nameKeys';

jest.setTimeout(300_000); // a shared, loaded machine: waits on the database, never on a fixed time
let db: Database;
const server = testServer();
const q = (query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables) as Promise<any>;

const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated matchingChecked matchingProposed } }`;
const PAIRS = `{ matchCandidates(status: [PROPOSED], minProbability: 0) { a { id } b { id } status probability } }`;
async function cypher(query: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session();
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
const keysOf = async (id: string) =>
  (await cypher('MATCH (:Person {id: $id})-[:HAS_NAME_KEY]->(k) RETURN k.key AS key ORDER BY key', { id })).map(
    (r) => r.key as string,
  );

beforeAll(async () => (db = await freshDatabase()));
afterAll(() => db.close());

describe('names in every script and system', () => {
  const UA = personCase('RU-SPB', 'RU', 'RU-UA-1', suspect('P-UA', 'Олексій Ковальчук', '1988-07-14', 'UA'));
  const LATIN = personCase('EE-PPA', 'EE', 'EE-UA-1', suspect('P-LAT', 'Oleksii Kovalchuk', '1988-07-14', 'UA'));
  const ids = { ua: 'person:RU-SPB:P-UA', latin: 'person:EE-PPA:P-LAT' };

  it('a Ukrainian record in Cyrillic and its passport spelling in another country become a POSSIBLY_SAME candidate', async () => {
    const res = await q(IMPORT, { cases: [UA, LATIN] });
    expect(res.data.importCases).toMatchObject({ casesCreated: 2, matchingChecked: 2, matchingProposed: 1 });
    const pairs = (await q(PAIRS)).data.matchCandidates;
    expect(pairs.map((m: any) => `${m.a.id} ~ ${m.b.id} ${m.status}`)).toEqual([`${ids.latin} ~ ${ids.ua} PROPOSED`]);
    // As near certain as the Russian control pair of issue 12 (0.989): name, birth date and nationality agree.
    expect(pairs[0].probability).toBeGreaterThanOrEqual(0.989);
  });

  it('re-keys a graph loaded under older name keys (npm run rekey), drops the old keys, and matching finds the pair again', async () => {
    // The graph as the old rules left it: keys that no longer match, nothing pending, no candidate, and
    // cases written under an older rules version (whose content versions the old keys went into).
    const old = [
      { id: ids.ua, keys: ['old-key|1988'] },
      { id: ids.latin, keys: ['other-old-key|1988'] },
    ];
    await db.transaction('WRITE', async (run) => {
      await run('matching/unlinkNameKeys', { rows: old });
      await run('cases/mergeNameKeys', { keys: old.flatMap((r) => r.keys).sort() });
      await run('matching/setNameKeys', { rows: old });
    });
    expect(await keysOf(ids.ua)).toEqual(['old-key|1988']);
    await db.write('matching/clearPending', { ids: [ids.ua, ids.latin] });
    await cypher('MATCH (:Person)-[m:POSSIBLY_SAME]-(:Person) DELETE m');
    await cypher("MATCH (c:Case) SET c.rules = 0, c.version = 'written under the old rules'");
    expect((await q(PAIRS)).data.matchCandidates).toEqual([]);

    const report = await rekeyGraph(db, { batchSize: 1 });
    expect(report.cases.updated).toBe(2);
    expect(await keysOf(ids.ua)).toEqual(
      [...personNameKeys({ name: 'Олексій Ковальчук', birthDate: '1988-07-14' })].sort(),
    );
    expect(await keysOf(ids.latin)).not.toContain('other-old-key|1988');
    expect(await cypher("MATCH (k:NameKey) WHERE k.key ENDS WITH 'old-key|1988' RETURN k.key AS key")).toEqual([]);
    expect(report.matching?.personsChecked).toBe(2);
    expect((await q(PAIRS)).data.matchCandidates.map((m: any) => `${m.a.id} ~ ${m.b.id}`)).toEqual([
      `${ids.latin} ~ ${ids.ua}`,
    ]);

    // Resumable and idempotent: a second run finds nothing to change.
    const again = await rekeyGraph(db);
    expect(again.cases.updated + again.cases.unchanged).toBe(0);
  });

  it('a key one record of a case drops and another takes up in the same import stays, and links the second', async () => {
    const first = personCase('LT-KPD', 'LT', 'LT-KEYS-1', suspect('P-1', 'Vytautas Žemaitis', '1979-03-02', 'LT'));
    await q(IMPORT, { cases: [first] });
    const before = await keysOf('person:LT-KPD:P-1');
    expect(before).toContain('semat|vitaut|1979');
    // The case again: P-1's name corrected, and a second person with P-1's former name and birth date.
    const again = {
      ...first,
      persons: [
        suspect('P-1', 'Jonas Kazlauskas', '1979-03-02', 'LT'),
        suspect('P-2', 'Vytautas Žemaitis', '1979-03-02', 'LT'),
      ],
    };
    await q(IMPORT, { cases: [again] });
    expect(await keysOf('person:LT-KPD:P-2')).toEqual(before);
    expect(await keysOf('person:LT-KPD:P-1')).not.toContain('semat|vitaut|1979');
    expect(await keysOf('person:LT-KPD:P-1')).toEqual(
      [...personNameKeys({ name: 'Jonas Kazlauskas', birthDate: '1979-03-02' })].sort(),
    );
  });
});
