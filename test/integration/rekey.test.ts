// The re-key migration (npm run rekey, src/cases/rekey.ts) on a graph written under the old key rules.
// test/fixtures/rekey-legacy-graph.json is what the importer before the issue-12 rules wrote for
// test/fixtures/rekey-cases.json: an Estonian and a Norwegian IBAN kept case-local (their national check
// failed), "Tartu mnt" and "Tartu maantee" as two flats, "Mannerheimint." and "Mannerheimintie" as two
// streets, and a Ukrainian name never compared with its Latin spelling.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { graphCounts, resetDatabase, testDatabase } from '../helpers';
import type { Database } from '../../src/db/database';
import { rekeyGraph, staleKeyRulesWarning } from '../../src/cases/rekey';
import { importCases, importSources } from '../../src/cases/importCases';
import { readSources } from '../../src/cases/readCases';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const cases = () => JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rekey-cases.json'), 'utf8')) as unknown[];

let db: Database;
beforeAll(async () => {
  db = testDatabase();
});
afterAll(() => db.close());

/** Writes the legacy graph as it was dumped: labels, properties (dates typed again) and relationships. */
async function loadLegacyGraph(): Promise<void> {
  const dump = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rekey-legacy-graph.json'), 'utf8')) as {
    nodes: Array<{ labels: string[]; props: Record<string, unknown> }>;
    relationships: Array<{ from: number; to: number; type: string; props: Record<string, unknown> }>;
  };
  const typed = (props: Record<string, unknown>) => {
    const plain: Record<string, unknown> = {};
    const dates: Record<string, string> = {};
    const datetimes: Record<string, string> = {};
    for (const [k, v] of Object.entries(props)) {
      if (v && typeof v === 'object' && '$date' in v) dates[k] = (v as { $date: string }).$date;
      else if (v && typeof v === 'object' && '$datetime' in v) datetimes[k] = (v as { $datetime: string }).$datetime;
      else plain[k] = v;
    }
    return { plain, dates, datetimes };
  };
  const session = db.driver.session();
  try {
    await session.run(
      `UNWIND $nodes AS n
       CREATE (x:Legacy {legacyIndex: n.index})
       SET x += n.plain, x:$(n.labels)
       FOREACH (k IN keys(n.dates) | SET x[k] = date(n.dates[k]))
       FOREACH (k IN keys(n.datetimes) | SET x[k] = datetime(n.datetimes[k]))`,
      { nodes: dump.nodes.map((n, index) => ({ index, labels: n.labels, ...typed(n.props) })) },
    );
    await session.run(
      `UNWIND $rels AS r
       MATCH (a:Legacy {legacyIndex: r.from}), (b:Legacy {legacyIndex: r.to})
       CALL apoc.create.relationship(a, r.type, r.props, b) YIELD rel
       RETURN count(rel)`,
      { rels: dump.relationships },
    );
    await session.run('MATCH (x:Legacy) REMOVE x:Legacy, x.legacyIndex');
  } finally {
    await session.close();
  }
  // As `npm run rekey` does first: the migrations bring the old graph's shape up to date.
  await db.migrate();
}

async function rows(query: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session();
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

const mentionedBy = async (id: string) =>
  (await rows(
    'MATCH (c:Case)-[m:MENTIONS]->(e {id: $id}) RETURN c.id AS caseId, m.asWritten AS asWritten ORDER BY caseId',
    { id },
  )) as Array<{ caseId: string; asWritten: string[] }>;

/** Entity and person ids, and every relationship as type(from→to)@case: the graph's content, not its internal ids. */
async function content() {
  const nodes = (await rows('MATCH (n) WHERE n:Entity OR n:Person OR n:Case RETURN n.id AS id ORDER BY id')).map(
    (r) => r.id as string,
  );
  const rels = (
    await rows(
      "MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Person OR a:Case) AND type(r) <> 'HAS_NAME_KEY' RETURN type(r) + '(' + a.id + '>' + b.id + ')@' + coalesce(r.caseId, '') AS r ORDER BY r",
    )
  ).map((r) => r.r as string);
  return { nodes, rels };
}

describe('rekey: a graph loaded under the old rules', () => {
  beforeAll(async () => {
    await resetDatabase(db);
    await loadLegacyGraph();
  });

  it('starts with the old keys: nothing linked across cases', async () => {
    expect(await mentionedBy('account:unverified:EE-PPA:EE-RK-1:EE112200221020145686')).toHaveLength(1);
    expect(await mentionedBy('account:iban:EE112200221020145686')).toHaveLength(0);
  });

  it('warns (API start-up, import CLI) that the cases need a re-key, until they have one', async () => {
    const stale = await staleKeyRulesWarning(db);
    expect(stale?.cases).toBe(4);
    expect(stale?.message).toMatch(/4 cases were written under key rules older than version \d+: .*npm run rekey/);
  });

  it('re-keys every case once; entities whose keys now coincide merge, each report keeping its spelling', async () => {
    const report = await rekeyGraph(db, { batchSize: 2 });
    expect(report.failed).toEqual([]);
    expect(report.cases.updated).toBe(4);
    expect(await staleKeyRulesWarning(db)).toBeNull();

    // ISO 13616: mod-97 is what makes an IBAN valid; the failed national check no longer isolates it.
    expect(await mentionedBy('account:iban:EE112200221020145686')).toEqual([
      { caseId: 'case:EE-PPA:EE-RK-1', asWritten: ['EE11 2200 2210 2014 5686'] },
      { caseId: 'case:FI-POL:FI-RK-1', asWritten: ['EE112200221020145686'] },
    ]);
    expect(await mentionedBy('account:iban:NO2386011117946')).toEqual([
      { caseId: 'case:NO-KRIPOS:NO-RK-1', asWritten: ['NO2386011117946'] },
      { caseId: 'case:SE-NOA:SE-RK-1', asWritten: ['NO23 8601 1117 946'] },
    ]);
    // The case-local nodes of the old rules are gone: nothing reaches them any more.
    expect(await rows("MATCH (e:Entity) WHERE e.id STARTS WITH 'account:unverified:' RETURN e.id")).toEqual([]);

    // "Mannerheimint. 12 B 7" (SE case) and "Mannerheimintie 12 B 7" (FI case) are one flat now.
    const flats = await rows(
      "MATCH (c1:Case {id: 'case:FI-POL:FI-RK-1'})-[:MENTIONS]->(a:Address)<-[:MENTIONS]-(c2:Case {id: 'case:SE-NOA:SE-RK-1'}) RETURN a.id AS id",
    );
    expect(flats).toHaveLength(1);
    // "Tartu mnt 25-12" (EE case) and "Tartu maantee 25" (FI case, no flat) meet at the building.
    const building = await rows(
      `MATCH (ee:Case {id: 'case:EE-PPA:EE-RK-1'}), (fi:Case {id: 'case:FI-POL:FI-RK-1'})
       MATCH p = (ee)-[:MENTIONS]->(:Address)-[*0..1]-(:Address)<-[:MENTIONS]-(fi) RETURN length(p) AS hops`,
    );
    expect(building.length).toBeGreaterThan(0);
  });

  it('compares the Ukrainian name with its Latin spelling once re-keyed (a POSSIBLY_SAME candidate)', async () => {
    const pairs = await rows(
      "MATCH (a:Person {id: 'person:EE-PPA:EE-RK-P2'})-[:POSSIBLY_SAME]-(b:Person {id: 'person:FI-POL:FI-RK-P1'}) RETURN count(*) AS n",
    );
    expect(Number(pairs[0].n)).toBe(1);
  });

  it('is resumable and idempotent: a second run finds nothing to do', async () => {
    const before = await content();
    const again = await rekeyGraph(db);
    expect(again.cases.updated + again.cases.unchanged + again.failed.length).toBe(0);
    expect(await content()).toEqual(before);
  });

  it('leaves the graph a fresh import under the new rules makes, and a re-import of the same cases changes nothing', async () => {
    const rekeyed = await content();
    const counts = await graphCounts(db);
    const again = await importCases(db, cases(), 10);
    expect(again.outcomes.map((o) => o.status)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(await graphCounts(db)).toEqual(counts);

    await resetDatabase(db);
    await importCases(db, cases(), 10);
    expect(await content()).toEqual(rekeyed);
    // An import writes under the current rules: nothing to warn about.
    expect(await staleKeyRulesWarning(db)).toBeNull();
  });
});

describe('rekey: the demo data and the CSV bundle example', () => {
  it('re-keying a graph already under the current rules changes nothing, and neither does re-importing afterwards', async () => {
    await resetDatabase(db);
    const demo = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', '..', 'seed', 'demo.json'), 'utf8'),
    ) as unknown[];
    await importCases(db, demo, 50);
    const bundle = path.join(__dirname, '..', '..', 'seed', 'examples', 'csv-bundle');
    await importSources(db, readSources([bundle]), {
      batchSize: 50,
      onRejection: (r) => {
        throw new Error(`rejected ${JSON.stringify(r)}`);
      },
    });
    const before = await content();
    const counts = await graphCounts(db);

    // As if the cases had been written under older rules: every one is read back and rewritten.
    await rows('MATCH (c:Case) SET c.rules = 0');
    const report = await rekeyGraph(db, { batchSize: 5 });
    expect(report.failed).toEqual([]);
    expect(await content()).toEqual(before);
    expect(await graphCounts(db)).toEqual(counts);

    const reimport = await importCases(db, demo, 50);
    expect(reimport.outcomes.filter((o) => o.status !== 'UNCHANGED')).toEqual([]);
    const csv = await importSources(db, readSources([bundle]), { batchSize: 50, onRejection: () => undefined });
    expect(csv.cases.created + csv.cases.updated).toBe(0);
    expect(await content()).toEqual(before);
  });
});

describe('npm run rekey', () => {
  it('rewrites the cases under older rules, each batch with its audit entry, and says what it did', async () => {
    await resetDatabase(db);
    await loadLegacyGraph();
    const cli = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'rekey.js');
    const r = spawnSync('node', [cli, '--batch-size', '2'], { encoding: 'utf8', env: process.env, timeout: 300_000 });
    expect(r.stderr).toMatch(/rekey: 4 cases checked/);
    expect(r.stdout).toMatch(/rekey: 4 cases rewritten under rules v\d+, 0 unchanged, 0 failed/);
    expect(r.status).toBe(0);
    const entries = (await db.read('audit/log', { scope: 'ALL', agency: null, beforeSeq: null, limit: 10 })).map(
      (x) => x.entry,
    );
    const rewritten = entries
      // The rewrites' entries (alerts the new keys raise have entries of their own: "raised …").
      .filter((e) => e.operation === 'rekey-cli' && String(e.outcome).startsWith('wrote'))
      .flatMap((e) => e.caseIds)
      .sort();
    expect(rewritten).toEqual([
      'case:EE-PPA:EE-RK-1',
      'case:FI-POL:FI-RK-1',
      'case:NO-KRIPOS:NO-RK-1',
      'case:SE-NOA:SE-RK-1',
    ]);
    const again = spawnSync('node', [cli], { encoding: 'utf8', env: process.env, timeout: 300_000 });
    expect(again.stdout).toMatch(/rekey: 0 cases rewritten/);
  });
});
