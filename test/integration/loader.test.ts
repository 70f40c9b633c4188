// The command-line loader, run as users run it (the compiled CLI in a child process) against the real Neo4j.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphCounts, resetDatabase, testDatabase } from '../helpers';
import type { Database } from '../../src/db/database';
import { openCase } from '../openCase';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'src', 'cli', 'import.js');
const bundle = path.join(root, 'seed', 'examples', 'csv-bundle');
let db: Database;
let dir: string;

beforeAll(async () => {
  db = testDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-'));
});
afterAll(() => db.close());

// Every test runs the CLI as a child process; on a loaded machine that takes a while, so budgets are far
// above need, and no test waits for a time.
jest.setTimeout(300_000);

function runImport(args: string[]) {
  const r = spawnSync('node', [cli, '--no-progress', ...args], {
    encoding: 'utf8',
    env: process.env,
    timeout: 600_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, lines: unknown[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + (lines.length ? '\n' : ''),
  );
  return file;
};

/** Every node and relationship of the case data, described by its labels or type and properties. */
async function caseData(): Promise<string[]> {
  const session = db.driver.session();
  try {
    const found = await session.run(
      `MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead AND NOT n:AuditCheckpoint AND NOT n:Notification
       RETURN apoc.convert.toJson([labels(n), properties(n)]) AS x
       UNION ALL MATCH (a)-[r]->(b) WHERE NOT a:AuditEntry AND NOT a:Notification
       RETURN apoc.convert.toJson([type(r), elementId(a), elementId(b), properties(r)]) AS x`,
    );
    return found.records.map((r) => r.get('x') as string);
  } finally {
    await session.close();
  }
}

const validCase = (ref: string, extra: Record<string, unknown> = {}) => ({
  ...openCase('LV-VP', ref, '2024-01-01', 'FORCED_LABOUR'),
  persons: [
    { id: 'P1', name: 'Anna Liepa', role: 'VICTIM' },
    { id: 'P2', name: 'Jānis Bērziņš', role: 'SUSPECT', function: 'MONEY_HANDLER' },
  ],
  phones: [{ number: '+371 2123 4567', holders: ['P2'] }],
  ...extra,
});

describe('import CLI', () => {
  it('imports a CSV bundle, then a re-run changes nothing', async () => {
    await resetDatabase(db);
    const first = runImport([bundle]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/cases: 2 created, 0 updated, 0 unchanged, 0 rejected/);
    // The name key nodes and their links are not counted (an import report would tell of hidden records
    // holding a name): 16 nodes and 26 relationships of case data, beside 9 name keys.
    expect(first.stdout).toMatch(/graph: 16 nodes created, 0 deleted; 26 relationships created, 0 deleted/);
    expect(first.stdout).toMatch(/throughput: \d+ entities\/s, \d+ relationships\/s/);
    expect(first.stdout).toMatch(/audit: one entry per batch; 0 other agencies' cases hit, their owners notified/);
    const entry = (await db.read('audit/log', { scope: 'ALL', agency: null, beforeSeq: null, limit: 1 }))[0]
      .entry as any;
    expect(entry).toMatchObject({
      operation: 'import-cli',
      purpose: 'bulk import from the national case system',
      caseIds: ['case:LT-PD:LT-2023-0777', 'case:LT-PD:LT-2024-0901'],
    });
    const counts = await graphCounts(db);
    // 1 agency, 2 cases, 3 persons, 8 shared entities, 2 transfers, and 9 name keys of the matcher (a
    // name key per person, plus one with the birth year and one per word with the full date for the two
    // born on a known date); 2 REPORTED_BY, 3 INVOLVES, 10 MENTIONS, 7 holder links, 2 SENT, 2 TO and 9
    // HAS_NAME_KEY.
    expect(counts).toEqual({ nodes: 25, relationships: 35 });
    const codes = await db.read('cases/casesById', {
      ids: ['case:LT-PD:LT-2024-0901', 'case:LT-PD:LT-2023-0777'],
      agency: null,
    });
    expect(
      codes.map((r) => {
        const n = r.node as any;
        return [n.handlingCode, n.handlingText ?? null, n.sourceReliability ?? null, n.informationReliability ?? null];
      }),
    ).toEqual([
      ['H1', null, 'B', '2'],
      ['H3', 'Not to be shared with RU agencies', null, null],
    ]);
    const again = runImport([bundle]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/cases: 0 created, 0 updated, 2 unchanged, 0 rejected/);
    expect(await graphCounts(db)).toEqual(counts);
  });

  it('reports every class of bad input with file, line, field and reason, and still imports the valid cases', async () => {
    await resetDatabase(db);
    const huge = 'x'.repeat(10_000);
    const jsonl = write('mixed.jsonl', [
      validCase('LV-1'),
      '{"reference": "LV-2", "agency": ', // 2 malformed JSON
      validCase('LV-3', { typologies: 'FORCED_LABOUR' }), // 3 wrong type
      validCase('LV-4', { phones: [{ number: 'ask Ivan' }] }), // 4 invalid phone
      validCase('LV-5', { accounts: [{ iban: 'IBAN unknown' }] }), // 5 invalid IBAN
      validCase('LV-6', { status: 'PENDING' }), // 6 unknown enum
      validCase('LV-7', { phones: [{ number: '+371 2123 4567', holders: ['P9'] }] }), // 7 unknown id
      validCase('LV-1'), // 8 duplicate case
      validCase('LV-9', {
        persons: [
          { id: 'P1', name: 'A', role: 'VICTIM' },
          { id: 'P1', name: 'B', role: 'VICTIM' },
        ],
      }), // 9 duplicate local id
      validCase('LV-10', { persons: [{ id: 'P1', name: huge, role: 'VICTIM' }] }), // 10 huge string
      validCase('LV-11', { colour: 'red' }), // 11 unknown field
      validCase('LV-12'),
    ]);
    const empty = write('empty.jsonl', []);
    const badBundle = path.join(dir, 'bundle');
    fs.mkdirSync(badBundle);
    fs.writeFileSync(
      path.join(badBundle, 'cases.csv'),
      'agency,country,case,typologies,status,opened_on\nLT-PD,LT,C1,FORCED_BEGGING,OPEN,2024-01-01\nLT-PD,LT,C2,FORCED_BEGGING,OPEN\nLT-PD,LT,C3,FORCED_BEGGING,OPEN,2024-02-30\n',
    );
    fs.writeFileSync(
      path.join(badBundle, 'transfers.csv'),
      'agency,case,id,amount,currency,time,channel,from,to\nLT-PD,C1,T1,abc,EUR,2024-01-01T00:00:00Z,BANK,P1,P1\nLT-PD,C9,T2,1,EUR,2024-01-01T00:00:00Z,BANK,P1,P1\n',
    );
    // C4 is valid but one of its link rows names an entity it does not have: the whole case is refused.
    fs.appendFileSync(path.join(badBundle, 'cases.csv'), 'LT-PD,LT,C4,FORCED_BEGGING,OPEN,2024-03-01\n');
    fs.writeFileSync(path.join(badBundle, 'phones.csv'), 'agency,case,id,number\nLT-PD,C4,PH1,+370 612 34567\n');
    fs.writeFileSync(path.join(badBundle, 'links.csv'), 'agency,case,from,to\nLT-PD,C4,PH1,NOPE\n');
    const reportFile = path.join(dir, 'rejects.jsonl');

    const r = runImport(['--report', reportFile, jsonl, empty, badBundle]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cases: 2 created, 0 updated, 0 unchanged, 17 rejected/);
    const report = fs
      .readFileSync(reportFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const brief = report.map((x) => `${path.basename(x.file)}:${x.line} ${x.field}`);
    expect(brief).toEqual([
      'mixed.jsonl:2 (line)',
      'mixed.jsonl:3 typologies',
      'mixed.jsonl:4 phones[0].number',
      'mixed.jsonl:5 accounts[0].iban',
      'mixed.jsonl:6 status',
      'mixed.jsonl:7 phones[0].holders[0]',
      'mixed.jsonl:8 reference',
      'mixed.jsonl:9 persons[1].id',
      'mixed.jsonl:10 persons[0].name',
      'mixed.jsonl:11 (case)',
      'empty.jsonl:0 (file)',
      'cases.csv:3 (row)',
      'transfers.csv:3 case',
      'links.csv:2 to',
      'transfers.csv:2 amount',
      'cases.csv:4 openedOn',
      'cases.csv:5 (case)',
    ]);
    const message = (i: number) => report[i].message as string;
    expect(message(0)).toMatch(/^malformed JSON/);
    expect(message(1)).toMatch(/expected array, received string/);
    expect(message(2)).toBe("'ask Ivan' is not a valid phone number (read with default country LV)");
    expect(message(3)).toMatch(/not a valid IBAN/);
    expect(message(4)).toMatch(/must be one of OPEN, UNDER_INVESTIGATION, PROSECUTION, CLOSED/);
    expect(message(5)).toBe("refers to 'P9', which is no person or organisation of this case");
    expect(message(6)).toMatch(/duplicate case id case:LV-VP:LV-1, first at .*mixed.jsonl:1/);
    expect(message(7)).toMatch(/duplicate id 'P1'/);
    expect(message(8)).toBe('is longer than 200 characters');
    expect(message(9)).toBe('unknown field(s) colour');
    expect(message(10)).toBe('file is empty: no case in it');
    expect(message(11)).toMatch(/^malformed CSV/);
    expect(message(12)).toMatch(/refers to case 'C9'/);
    // The kinds of entity it names are the registry's, every one of them.
    expect(message(13)).toMatch(
      /^no phone, address, vehicle, account, identity document, organisation, .+ or crypto wallet with id 'NOPE' in case 'C4'$/,
    );
    expect(message(14)).toMatch(/expected number, received string/);
    expect(report[14].caseRef).toBe('C1');
    expect(message(15)).toBe('must be a calendar date as YYYY-MM-DD');
    expect(message(16)).toMatch(/^rejected whole because its row .*links.csv:2 was rejected$/);
    expect(r.stderr).toContain(
      `rejected ${jsonl}:4 case LV-4 phones[0].number: 'ask Ivan' is not a valid phone number`,
    );
    const cases = await db.read('cases/listCases', { country: null, agency: null, limit: 100 });
    expect(cases.map((c) => c.id).sort()).toEqual(['case:LV-VP:LV-1', 'case:LV-VP:LV-12']);
  });

  it('keeps a mistyped phone or IBAN as written, flags it in the report, and never merges it across cases', async () => {
    await resetDatabase(db);
    const typo = {
      phones: [{ number: '+371 555', holders: ['P2'] }],
      accounts: [{ iban: 'LV81BANK0000435195001', holders: ['P2'] }],
    };
    const file = write('typos.jsonl', [validCase('LV-20', typo), validCase('LV-21', typo)]);
    const reportFile = path.join(dir, 'flagged.jsonl');
    const r = runImport(['--report', reportFile, file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cases: 2 created, 0 updated, 0 unchanged, 0 rejected/);
    expect(r.stdout).toMatch(/flagged: 4 identifiers kept as written but unverified/);
    expect(r.stderr).toContain(
      `flagged ${file}:1 case LV-20 phones[0].number: '+371 555' is not a valid phone number (read with default country LV); kept as written`,
    );
    const report = fs
      .readFileSync(reportFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(report.map((x) => `${x.line} ${x.field} ${x.flagged}`)).toEqual([
      '1 phones[0].number true',
      '1 accounts[0].iban true',
      '2 phones[0].number true',
      '2 accounts[0].iban true',
    ]);
    const rows = await db.read('entities/nodesById', {
      ids: [
        'phone:unverified:LV-VP:LV-20:371555',
        'phone:unverified:LV-VP:LV-21:371555',
        'account:unverified:LV-VP:LV-20:LV81BANK0000435195001',
      ],
    });
    expect(rows.map((x) => ({ id: (x.node as any).id, unverified: (x.node as any).unverified }))).toEqual([
      { id: 'phone:unverified:LV-VP:LV-20:371555', unverified: true },
      { id: 'phone:unverified:LV-VP:LV-21:371555', unverified: true },
      { id: 'account:unverified:LV-VP:LV-20:LV81BANK0000435195001', unverified: true },
    ]);
  });

  it('stores injection payloads from a CSV bundle, a JSON Lines file, --purpose and --operator as plain text, and changes nothing else', async () => {
    await resetDatabase(db);
    expect(runImport([bundle]).code).toBe(0);
    const before = await caseData();
    const payloads = [
      "Robby' WITH true AS ignored MATCH (s) DETACH DELETE s //",
      "'}) RETURN 'x' AS x UNION MATCH (n) RETURN n.value AS x //",
      '"}) MATCH (n) SET n.pwned = true //',
      'Person`) DETACH DELETE n //',
      'a,"b",\nc',
    ];
    const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const hostile = path.join(dir, 'hostile-bundle');
    fs.mkdirSync(hostile, { recursive: true });
    fs.writeFileSync(
      path.join(hostile, 'cases.csv'),
      'agency,agency_name,country,case,title,typologies,status,opened_on\n' +
        payloads.map((p, i) => `LV-VP,${cell(p)},LV,LV-H${i},${cell(p)},FORCED_LABOUR,OPEN,2024-01-01\n`).join(''),
    );
    fs.writeFileSync(
      path.join(hostile, 'persons.csv'),
      'agency,case,id,name,role\n' + payloads.map((p, i) => `LV-VP,LV-H${i},P${i},${cell(`x ${p}`)},VICTIM\n`).join(''),
    );
    const jsonl = write(
      'hostile.jsonl',
      payloads.map((p, i) => ({
        ...validCase(`LV-J${i}`, { title: p, persons: [{ id: `J${i}`, name: `x ${p}`, role: 'VICTIM' }] }),
        phones: [],
      })),
    );
    const r = runImport(['--purpose', payloads[0], '--operator', payloads[2], hostile, jsonl]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cases: 10 created, 0 updated, 0 unchanged, 0 rejected/);
    const after = new Set(await caseData());
    expect(before.filter((x) => !after.has(x))).toEqual([]);
    const session = db.driver.session();
    try {
      const stored = await session.run(
        `MATCH (c:Case)-[:INVOLVES]->(p:Person) WHERE c.reference STARTS WITH 'LV-H' OR c.reference STARTS WITH 'LV-J'
         RETURN c.reference AS ref, c.title AS title, p.name AS name ORDER BY ref`,
      );
      const expected = payloads.flatMap((p, i) => [
        { ref: `LV-H${i}`, title: p, name: `x ${p}` },
        { ref: `LV-J${i}`, title: p, name: `x ${p}` },
      ]);
      expect(stored.records.map((x) => x.toObject())).toEqual(expected.sort((a, b) => a.ref.localeCompare(b.ref)));
      const pwned = await session.run('MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n');
      expect(pwned.records[0].get('n').toNumber()).toBe(0);
      // The arguments reach the audit log as written.
      const audited = await session.run(
        'MATCH (e:AuditEntry) WHERE e.purpose = $purpose AND e.analyst = $analyst RETURN count(e) AS n',
        { purpose: payloads[0], analyst: payloads[2] },
      );
      expect(audited.records[0].get('n').toNumber()).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });

  it('imports a JSON array file (our demo data), and names the line where a rejected element starts', async () => {
    await resetDatabase(db);
    const demo = runImport([path.join(root, 'seed', 'demo.json')]);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/cases: 12 created, 0 updated, 0 unchanged, 0 rejected/);
    const file = path.join(dir, 'array.json');
    const pretty = JSON.stringify(
      [validCase('LV-30'), validCase('LV-31', { status: 'PENDING' }), 'not a case'],
      null,
      2,
    );
    fs.writeFileSync(file, `\uFEFF\n  ${pretty}\n`);
    const r = runImport([file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cases: 1 created, 0 updated, 0 unchanged, 2 rejected/);
    const written = fs.readFileSync(file, 'utf8').split('\n');
    const lineOf = (text: string) => written.findIndex((l) => l.includes(text)) + 1;
    // Each element is named by the line it starts on: LV-31's "{" is the line before its reference.
    expect(r.stderr).toContain(`rejected ${file}:${lineOf('"LV-31"') - 1} case LV-31 status: `);
    expect(r.stderr).toContain(`rejected ${file}:${lineOf('"not a case"')} `);
  });

  it('a missing, unreadable or unrecognised input stops the loader before anything starts: exit 2, with the path', async () => {
    await resetDatabase(db);
    const text = write('notes.txt', ['hello, these are my notes']);
    const missing = path.join(dir, 'cases.jsonl');
    for (const [args, message] of [
      [[bundle, missing], `import failed: ${missing}: no such file or directory`],
      [[text], `import failed: ${text}: not a format the loader reads (it starts with 'hello, these are my ')`],
    ] as const) {
      const r = runImport([...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
    expect(runImport([text]).stderr).toContain(
      'give JSON Lines (one case object per line), a JSON array of cases, or a directory holding a CSV bundle',
    );
    if (process.getuid?.() !== 0) {
      // root reads any file
      const locked = write('locked.jsonl', [validCase('LV-40')]);
      fs.chmodSync(locked, 0o000);
      const r = runImport([locked]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`import failed: ${locked}: permission denied`);
    }
    // Nothing was written, not even the audit entry of an import.
    expect((await db.read('cases/countCases'))[0].cases).toBe(0);
    expect(await db.read('audit/log', { scope: 'ALL', agency: null, beforeSeq: null, limit: 1 })).toEqual([]);
  });

  it('killed mid-run, a re-run ends with exactly the counts of an uninterrupted import, and no half case', async () => {
    // 2000 cases sharing phones and flats from small pools, so batches overlap on shared entities.
    const cases = Array.from({ length: 2000 }, (_, i) => ({
      reference: `EE-K-${i}`,
      agency: { code: 'EE-PPA', country: 'EE' },
      typologies: ['FORCED_LABOUR'],
      status: 'OPEN',
      openedOn: '2024-01-01',
      persons: [0, 1, 2].map((p) => ({
        id: `K-${i}-${p}`,
        name: `Person ${i} ${p}`,
        role: p === 0 ? 'SUSPECT' : 'VICTIM',
        ...(p === 0 ? { function: 'RECRUITER' } : {}),
      })),
      phones: [
        { number: `5${String(1_000_000 + (i % 300)).slice(1)}0`, holders: [`K-${i}-0`] },
        { number: `+372 5${String(2_000_000 + i)}`, holders: [`K-${i}-1`] },
      ],
      addresses: [{ street: `Tööstuse tn ${i % 50}`, city: 'Tallinn', holders: [`K-${i}-1`, `K-${i}-2`] }],
    }));
    const file = write('big.jsonl', cases);

    await resetDatabase(db);
    const whole = runImport(['--batch-size', '20', file]);
    expect(whole.code).toBe(0);
    const expected = await graphCounts(db);

    await resetDatabase(db);
    const child = spawn('node', [cli, '--no-progress', '--batch-size', '20', file], {
      env: process.env,
      stdio: 'ignore',
    });
    let finished = false;
    const exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        finished = true;
        resolve(code);
      }),
    );
    // Kill it once 100 cases are committed, however long that takes on a loaded machine.
    let committed = 0;
    while (committed < 100) {
      if (finished) throw new Error(`the import ended before it could be killed (${committed} cases committed)`);
      await new Promise((r) => setTimeout(r, 50));
      committed = (await db.read('cases/countCases'))[0].cases;
    }
    child.kill('SIGKILL');
    await exited;
    const partial = (await db.read('cases/countCases'))[0].cases;
    expect(partial).toBeGreaterThanOrEqual(100);
    expect(partial).toBeLessThan(2000);
    // Every committed case is whole: three persons and three mentions each.
    const session = db.driver.session();
    try {
      const half = await session.run(
        `MATCH (c:Case) WHERE COUNT { (c)-[:INVOLVES]->() } <> 3 OR COUNT { (c)-[:MENTIONS]->() } <> 3 RETURN count(c) AS n`,
      );
      expect(half.records[0].get('n').toNumber()).toBe(0);
    } finally {
      await session.close();
    }

    const rerun = runImport(['--batch-size', '20', file]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`cases: ${2000 - partial} created, 0 updated, ${partial} unchanged, 0 rejected`);
    expect(await graphCounts(db)).toEqual(expected);
    // Three imports of 2000 cases as child processes: about 30 s on an idle machine, and the test waits
    // for conditions only, so its budget can be far above that.
  }, 900_000);
});
