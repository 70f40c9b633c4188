// The bulk first load's CSV writer (src/cases/bulkLoad.ts) streams: a shared node's row is spilled when
// first seen, and only the nodes later reports change are gathered at the end. What it writes must still
// be what the online import leaves: key properties from the first report, details from the last report
// that gives some, the registering agency's person record and name keys.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { writeCsv } from '../../src/cases/bulkLoad';
import type { SourceItem } from '../../src/cases/readCases';

const agency = { code: 'EE-PPA', name: 'Estonian Police and Border Guard Board', country: 'EE' };
const van = { plate: 'KRT 512', country: 'LT', holders: ['P-1'] };
const person = { id: 'P-1', name: 'Jaan Tamm', birthDate: '1979-05-14', role: 'SUSPECT' };
const cases = [
  { reference: 'EE-1', persons: [person], vehicles: [{ ...van, make: 'Volkswagen', colour: 'white' }] },
  // No details: the van keeps the first report's.
  { reference: 'EE-2', persons: [person], vehicles: [van] },
  // New details, and the person record edited by its own agency: both win.
  { reference: 'EE-3', persons: [{ ...person, name: 'Jaan Tamme' }], vehicles: [{ ...van, make: 'Ford' }] },
].map((c) => ({
  ...c,
  agency,
  title: c.reference,
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2024-02-01',
}));

async function* items(): AsyncIterable<SourceItem> {
  for (const [i, input] of cases.entries())
    yield { kind: 'case', file: 'test', line: i + 1, input, locate: (field) => ({ file: 'test', line: i + 1, field }) };
}

const rows = (dir: string, file: string) =>
  parse<Record<string, string>>(fs.readFileSync(path.join(dir, file)), {
    // `name:type` is the property name; `:ID`, `:START_ID` the importer's own columns (our integer ids).
    columns: (h: string[]) => h.map((c) => (c.startsWith(':') ? c.slice(1).replace(/\(.*\)$/, '') : c.split(':')[0])),
  });

it('writes each shared node once, with what the last report that changes it gives, and no spill left', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-'));
  try {
    const rejected: unknown[] = [];
    const load = await writeCsv(items(), dir, { onRejection: (r) => rejected.push(r) });
    expect(rejected).toEqual([]);
    expect(load.cases).toBe(3);
    const vans = rows(dir, 'nodes-Entity-Vehicle.csv');
    expect(vans).toHaveLength(1);
    expect(vans[0]).toMatchObject({ plate: 'KRT512', make: 'Ford', colour: '' });
    const persons = rows(dir, 'nodes-Person.csv');
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatchObject({ name: 'Jaan Tamme', matchPending: 'true' });
    const keys = rows(dir, 'rels-HAS_NAME_KEY.csv');
    expect(keys.length).toBeGreaterThan(0);
    expect(persons[0].id).toBe('person:EE-PPA:P-1');
    expect(new Set(keys.map((k) => k.START_ID))).toEqual(new Set([persons[0].ID]));
    const nameKeys = rows(dir, 'nodes-NameKey.csv');
    expect(nameKeys.map((k) => k.ID).sort()).toEqual(keys.map((k) => k.END_ID).sort());
    expect(nameKeys.every((k) => k.key.includes('|'))).toBe(true);
    // One integer per node over every node file, and each relationship end one of them.
    const nodeIds = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('nodes-'))
      .flatMap((f) => rows(dir, f).map((n) => n.ID));
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(nodeIds.every((n) => /^\d+$/.test(n))).toBe(true);
    const mentions = rows(dir, 'rels-MENTIONS.csv');
    expect(mentions).toHaveLength(3);
    expect(new Set(mentions.map((m) => m.END_ID))).toEqual(new Set([vans[0].ID]));
    expect(load.args).toContain('--id-type=integer');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('spill-'))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Cypher injection payloads and CSV's own syntax (quotes, commas, line breaks) in every text a case gives:
// the importer must read each back exactly, and a value the CSV cannot carry (the list delimiter U+001F)
// rejects its case alone, with the field, as the online import reports problems.
it('writes hostile text so that it reads back exactly, and rejects only the case a CSV cannot carry', async () => {
  const payloads = [
    "Robby' WITH true AS ignored MATCH (s) DETACH DELETE s //",
    '"}) MATCH (n) SET n.pwned = true //',
    'a,"b",\nc\r\nd',
    'Person`) DETACH DELETE n //',
  ];
  const hostile = payloads.map((p, i) => ({
    ...cases[0],
    reference: `EE-H${i}`,
    title: p,
    persons: [{ id: `P-H${i}`, name: `x ${p}`, aliases: [p, `${p} 2`], role: 'VICTIM' }],
    vehicles: [],
  }));
  const carried = { ...hostile[0], reference: 'EE-US', persons: [{ ...person, aliases: ['one\u001ftwo'] }] };
  async function* hostileItems(): AsyncIterable<SourceItem> {
    for (const [i, input] of [...hostile, carried].entries())
      yield { kind: 'case', file: 'h', line: i + 1, input, locate: (field) => ({ file: 'h', line: i + 1, field }) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-'));
  try {
    const rejected: object[] = [];
    const load = await writeCsv(hostileItems(), dir, { onRejection: (r) => rejected.push(r) });
    expect(load.cases).toBe(payloads.length);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ line: payloads.length + 1, field: 'persons[0].aliases[0]' });
    const titles = rows(dir, 'nodes-Case.csv').map((c) => c.title);
    expect(titles.sort()).toEqual([...payloads].sort());
    const persons = rows(dir, 'nodes-Person.csv');
    expect(persons.map((p) => p.name).sort()).toEqual(payloads.map((p) => `x ${p}`).sort());
    expect(persons.map((p) => p.aliases.split('\u001f')).sort()).toEqual(payloads.map((p) => [p, `${p} 2`]).sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
