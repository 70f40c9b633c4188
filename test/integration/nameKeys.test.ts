// Names across scripts and systems, end to end: a Ukrainian record in Cyrillic and the same person in
// the Ukrainian passport spelling meet; a graph keyed under older name rules is re-keyed and re-matched.
import { execute, resetDatabase, testDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import { matchPending, rekeyPersons } from '../../src/matching/match';
import { personNameKeys } from '../../src/matching/nameKeys';

jest.setTimeout(300_000); // a shared, loaded machine: waits on the database, never on a fixed time
let db: Database;
const server = testServer();
const q = (query: string, variables: Record<string, unknown> = {}) => execute(server, db, query, variables) as Promise<any>;

const person = (id: string, name: string, birthDate: string | null, nationality: string) => ({ id, name, birthDate, nationality, role: 'SUSPECT', function: 'RECRUITER' });
const caseOf = (code: string, country: string, ref: string, p: object) => ({
  reference: ref, agency: { code, country }, title: 'recruitment', typologies: ['SEXUAL_EXPLOITATION'], status: 'OPEN', openedOn: '2024-01-01', persons: [p],
});
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated matchingChecked matchingProposed } }`;
const PAIRS = `{ matchCandidates(status: [PROPOSED], minProbability: 0) { a { id } b { id } status probability } }`;
const keysOf = async (id: string) => (await db.read('matching/personsToRekey', { after: '', limit: 1000 })).find((r) => r.id === id)?.keys as string[];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

describe('names in every script and system', () => {
  const UA = caseOf('RU-SPB', 'RU', 'RU-UA-1', person('P-UA', 'Олексій Ковальчук', '1988-07-14', 'UA'));
  const LATIN = caseOf('EE-PPA', 'EE', 'EE-UA-1', person('P-LAT', 'Oleksii Kovalchuk', '1988-07-14', 'UA'));
  const ids = { ua: 'person:RU-SPB:P-UA', latin: 'person:EE-PPA:P-LAT' };

  it('a Ukrainian record in Cyrillic and its passport spelling in another country become a POSSIBLY_SAME candidate', async () => {
    const res = await q(IMPORT, { cases: [UA, LATIN] });
    expect(res.data.importCases).toMatchObject({ casesCreated: 2, matchingChecked: 2, matchingProposed: 1 });
    const pairs = (await q(PAIRS)).data.matchCandidates;
    expect(pairs.map((m: any) => `${m.a.id} ~ ${m.b.id} ${m.status}`)).toEqual([`${ids.latin} ~ ${ids.ua} PROPOSED`]);
    // As near certain as the Russian control pair of issue 12 (0.989): name, birth date and nationality agree.
    expect(pairs[0].probability).toBeGreaterThanOrEqual(0.989);
  });

  it('re-keys a graph loaded under older name keys, marks the changed records pending, and matching finds the pair again', async () => {
    // The graph as the old rules left it: keys that no longer match, and nothing pending.
    await db.write('matching/setNameKeys', { rows: [{ id: ids.ua, keys: ['old-key|1988'] }, { id: ids.latin, keys: ['other-old-key|1988'] }] });
    await db.write('matching/clearPending', { ids: [ids.ua, ids.latin] });
    expect(await db.read('matching/pending', { limit: 10 })).toEqual([]);

    expect(await rekeyPersons(db, 1)).toEqual({ checked: 2, changed: 2 });
    expect(await keysOf(ids.ua)).toEqual(expect.arrayContaining(personNameKeys({ name: 'Олексій Ковальчук', birthDate: '1988-07-14' })));
    expect((await db.read('matching/pending', { limit: 10 })).map((r) => r.id).sort()).toEqual([ids.latin, ids.ua]);
    const stale = await db.read('matching/personsToRekey', { after: '', limit: 10 });
    expect(stale.flatMap((r) => r.keys as string[]).filter((k) => k.startsWith('old-key') || k.startsWith('other-old-key'))).toEqual([]);

    const run = await matchPending(db);
    expect(run.personsChecked).toBe(2);
    expect((await q(PAIRS)).data.matchCandidates.map((m: any) => `${m.a.id} ~ ${m.b.id}`)).toEqual([`${ids.latin} ~ ${ids.ua}`]);

    // Resumable and idempotent: a second run finds nothing to change.
    expect(await rekeyPersons(db)).toEqual({ checked: 2, changed: 0 });
  });
});
