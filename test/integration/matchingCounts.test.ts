// The loader's matching figures against the graph, for an import whose person records fall in several
// matching chunks (500 records each): a pair whose two records are in different chunks counts once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase } from '../helpers';
import type { Database } from '../../src/db/database';
import { MAX_BLOCK, matchPending, matchPersons } from '../../src/matching/match';

const cli = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'import.js');
let db: Database;

const FIRST = [
  'Aivar',
  'Birgitta',
  'Cecilie',
  'Dainis',
  'Eerik',
  'Folke',
  'Gunta',
  'Hjalmar',
  'Ilze',
  'Jurgis',
  'Kirsti',
  'Leevi',
  'Maija',
  'Nils',
  'Oskars',
  'Pirkko',
  'Ragnhild',
  'Saulius',
  'Torbjørn',
  'Ulla',
];
const LAST = [
  'Ozoliņš',
  'Mäkinen',
  'Lindqvist',
  'Petrauskas',
  'Tamm',
  'Kalnin',
  'Sepp',
  'Haugen',
  'Johansen',
  'Nieminen',
  'Balodis',
  'Vaitkus',
  'Rebane',
  'Bjørnstad',
  'Eklund',
  'Korhonen',
];
const PAIRS = FIRST.length * LAST.length; // 320 pairs, 640 records: two chunks

/** 32 cases of 10 records, then 32 more with a namesake (same birth date) of each: pairs across cases. */
function cases() {
  const persons = Array.from({ length: PAIRS }, (_, k) => ({
    name: `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length)]}`,
    birthDate: `19${50 + (k % 40)}-0${1 + (k % 9)}-1${k % 10}`,
  }));
  return [0, 1].flatMap((half) =>
    Array.from({ length: 32 }, (_, c) => ({
      reference: `LV-M-${half}-${c}`,
      agency: { code: 'LV-VP', country: 'LV' },
      typologies: ['FORCED_LABOUR'],
      status: 'OPEN',
      openedOn: '2024-01-01',
      persons: persons
        .slice(c * 10, c * 10 + 10)
        .map((p, i) => ({ id: `P-${half}-${c}-${i}`, ...p, nationality: 'LV', role: 'SUSPECT' })),
    })),
  );
}

beforeAll(async () => (db = await freshDatabase()));
afterAll(() => db.close());

it('counts each person record and each pair once, as the graph holds them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'match-counts-'));
  const file = path.join(dir, 'cases.jsonl');
  fs.writeFileSync(
    file,
    cases()
      .map((c) => JSON.stringify(c))
      .join('\n') + '\n',
  );
  const run = spawnSync('node', [cli, '--no-progress', file], { encoding: 'utf8', env: process.env, timeout: 300_000 });
  expect(run.status).toBe(0);
  const figures = /matching: (\d+) person records checked, (\d+) candidate pairs scored, (\d+) proposed/.exec(
    run.stdout,
  );
  expect(figures).not.toBeNull();
  const [checked, scored, proposed] = figures!.slice(1).map(Number);

  const session = db.driver.session();
  try {
    const count = async (cypher: string) => (await session.run(cypher)).records[0].get('n').toNumber() as number;
    const persons = await count('MATCH (p:Person) RETURN count(p) AS n');
    const links = await count("MATCH (:Person)-[m:POSSIBLY_SAME {status: 'PROPOSED'}]->(:Person) RETURN count(m) AS n");
    // The candidate pairs as matching/candidates defines them, counted once per unordered pair.
    const candidates = await count(`MATCH (p:Person)-[:HAS_NAME_KEY]->(k:NameKey)<-[:HAS_NAME_KEY]-(q:Person)
      WHERE p.id < q.id AND COUNT { (k)<-[:HAS_NAME_KEY]-() } <= 60 AND NOT EXISTS { (p)<-[:INVOLVES]-(:Case)-[:INVOLVES]->(q) }
      RETURN count(DISTINCT [p, q]) AS n`);
    expect(persons).toBe(2 * PAIRS);
    expect(checked).toBe(persons);
    expect(proposed).toBe(links);
    expect(links).toBeGreaterThanOrEqual(PAIRS); // every namesake pair is proposed
    expect(scored).toBe(candidates);
  } finally {
    await session.close();
  }
}, 300_000);

it('a run killed after some chunks resumes with the records still pending, and writes each pair once', async () => {
  // The graph of the test above: every record marked pending again, as a re-import would.
  const session = db.driver.session();
  const count = async (cypher: string) => (await session.run(cypher)).records[0].get('n').toNumber() as number;
  try {
    const before = await count(
      "MATCH (:Person)-[m:POSSIBLY_SAME {status: 'PROPOSED'}]->(:Person) RETURN count(m) AS n",
    );
    expect(before).toBeGreaterThanOrEqual(PAIRS);
    await session.run('MATCH (p:Person) SET p.matchPending = true');
    // The run "killed" after one chunk: a chunk of 100 records committed, the rest still pending.
    const ids = (await session.run('MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 100')).records.map((r) =>
      r.get('id'),
    );
    await matchPersons(db, ids, { clearPending: true });
    expect(await count('MATCH (p:Person) WHERE p.matchPending = true RETURN count(p) AS n')).toBe(2 * PAIRS - 100);
    // No link vanished meanwhile: a pair whose other record is still pending waits for that record's turn.
    expect(await count("MATCH (:Person)-[m:POSSIBLY_SAME {status: 'PROPOSED'}]->(:Person) RETURN count(m) AS n")).toBe(
      before,
    );
    const resumed = await matchPending(db);
    expect(resumed.personsChecked).toBe(2 * PAIRS - 100);
    expect(await count('MATCH (p:Person) WHERE p.matchPending = true RETURN count(p) AS n')).toBe(0);
    // The same proposals as before, each pair linked once.
    expect(await count("MATCH (:Person)-[m:POSSIBLY_SAME {status: 'PROPOSED'}]->(:Person) RETURN count(m) AS n")).toBe(
      before,
    );
    expect(
      await count(
        'MATCH (a:Person)-[m:POSSIBLY_SAME]-(b:Person) WHERE a.id < b.id WITH a, b, count(m) AS k WHERE k > 1 RETURN count(*) AS n',
      ),
    ).toBe(0);
  } finally {
    await session.close();
  }
}, 300_000);

it('a name key held by more records than MAX_BLOCK is reported with its size, and its records are not compared through it', async () => {
  const session = db.driver.session();
  try {
    const ids = Array.from({ length: MAX_BLOCK + 1 }, (_, i) => `person:LV-VP:CROWD-${i}`);
    await session.run(
      `MERGE (k:NameKey {key: 'crowd|oversized'})
       WITH k UNWIND $ids AS id
       CREATE (p:Person:Entity {id: id, name: 'Crowd Oversized', birthDate: '1980-01-01'})
       CREATE (p)-[:HAS_NAME_KEY]->(k)`,
      { ids },
    );
    const run = await matchPersons(db, ids.slice(0, 3));
    expect(run.oversizedBlocks).toEqual([{ key: 'crowd|oversized', size: MAX_BLOCK + 1 }]);
    expect(run.pairsScored).toBe(0);
  } finally {
    await session.close();
  }
}, 300_000);
