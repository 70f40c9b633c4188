// The bulk first load (npm run import -- --initial): our code turns the validated cases into CSV files in
// the header format of Neo4j's offline importer, and only that importer (neo4j-admin database import
// full, run by neo4j/db.sh admin) writes the store. The files describe the graph the online import
// (importCases.ts, writeBatch) would build from the same cases in the same order; what that import
// computes in the database (hot-spot counts, name-key matching) runs once the database is up.
// Header format: https://neo4j.com/docs/operations-manual/5/tools/neo4j-admin/neo4j-admin-import/#import-tool-header-format
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { RULES_VERSION, validateCase, type NormalisedCase } from './caseInput';
import type { Rejection, SourceItem } from './readCases';
import { splitDetails } from './importCases';

/**
 * The offline importer's off-heap memory (its id map and caches). A fixed bound rather than the tool's
 * default of 90% of free memory, which on a shared machine takes the neighbours' memory.
 */
const IMPORT_OFF_HEAP = '2G';
const IMPORT_MIN_THREADS = 8;

/** Between the elements of a list value: a control character no validated value holds (checked). */
export const ARRAY_DELIMITER = '\u001f';

type Value = string | number | boolean | string[] | null | undefined;
type Props = Record<string, Value>;

/** Appends CSV rows to one file under a fixed header; values are typed by the header (`name:type`). */
class CsvFile {
  private readonly out: fs.WriteStream;
  private readonly columns: string[];
  multiline = false;
  rows = 0;
  /** Without a header: a file of plain lines (a node spill). */
  constructor(
    readonly file: string,
    header: string[] | null,
  ) {
    this.out = fs.createWriteStream(file);
    this.columns = (header ?? []).map((h) => h.split(':')[0]);
    if (header) this.out.write(`${header.map(quote).join(',')}\n`);
  }
  async row(values: Value[]): Promise<void> {
    this.rows += 1;
    await this.line(values.map((v, i) => this.cell(v, i)).join(','));
  }
  /** Resolves when the buffer drains, so a large load never holds more than a buffer of rows in memory. */
  async line(text: string): Promise<void> {
    if (!this.out.write(`${text}\n`)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }
  private cell(v: Value, i: number): string {
    // An empty unquoted field is no property at all, as a null the online import leaves unset.
    // An empty list too: the importer has no empty list, and a reader takes an absent list as empty.
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return '';
    if (Array.isArray(v)) {
      for (const s of v)
        if (s.includes(ARRAY_DELIMITER))
          throw new Error(`a list value of ${this.columns[i]} holds the control character U+001F`);
      return this.text(v.join(ARRAY_DELIMITER));
    }
    return typeof v === 'string' ? this.text(v) : String(v);
  }
  private text(s: string): string {
    if (/[\r\n]/.test(s)) this.multiline = true;
    return quote(s);
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The importer's node ids (--id-type=integer): our string ids become dense integers, given when a node is
 * first written, and relationships name their ends by them. With string ids the tool builds, sorts and
 * de-duplicates a map of every node's string, and looks every relationship end up in it; integers spare
 * most of that work. Our `id` stays an ordinary property column, so the graph is the same.
 */
class NodeIds {
  /** Each string id's number, in the order they were given. */
  readonly numbers = new Map<string, number>();
  constructor(private readonly counter = { next: 0 }) {}
  /** Another id space (the name keys' strings) numbered from the same counter: no two nodes share a number. */
  space(): NodeIds {
    return new NodeIds(this.counter);
  }
  /** A node's number; a second node with the same id is our bug, as the importer reports it with string ids. */
  add(id: string): number {
    if (this.numbers.has(id)) throw new Error(`two nodes have the id ${id}`);
    const n = this.counter.next++;
    this.numbers.set(id, n);
    return n;
  }
  /** A relationship end: a node written before it, else our bug (the importer would drop or refuse it). */
  of(id: string): number {
    const n = this.numbers.get(id);
    if (n === undefined) throw new Error(`a relationship names node ${id}, which no node row gives`);
    return n;
  }
}

/** The importer's type of a property, from the kinds of value it takes (a JS number is a Cypher float online). */
function typeOf(key: string, kinds: Set<string>): string {
  if (kinds.size > 1) throw new Error(`property ${key} holds values of several types (${[...kinds].join(', ')})`);
  const kind = [...kinds][0];
  return kind === 'number'
    ? `${key}:double`
    : kind === 'boolean'
      ? `${key}:boolean`
      : kind === 'list'
        ? `${key}:string[]`
        : key;
}

/**
 * The nodes of one label set, streamed: a node's row goes to a spill file (JSON lines) when its id is
 * first seen, and so does every later report that changes it; only the ids are held (their numbers, in
 * NodeIds), and the columns with the kinds of their values. At the end the spill is read back once into the CSV file:
 * a node reported once is written as it comes, and only the nodes reported again are gathered in memory,
 * in report order (`SET n += props`, as the online import applies them), and written after the others.
 */
class NodeStream {
  private count = 0;
  private readonly changed = new Set<string>();
  private readonly kinds = new Map<string, Set<string>>();
  private readonly spill: CsvFile;
  constructor(
    private readonly ids: NodeIds,
    private readonly dir: string,
    readonly labels: string,
    readonly fixed: Record<string, string> = {},
  ) {
    this.spill = new CsvFile(path.join(dir, `spill-${this.fileName}.jsonl`), null);
  }
  get size(): number {
    return this.count;
  }
  private get fileName(): string {
    return this.labels.replace(/:/g, '-');
  }
  /** An id names its node's kind (src/model/ids.ts): a node of any stream with this id is this stream's. */
  has(id: string): boolean {
    return this.ids.numbers.has(id);
  }
  /**
   * The node's properties as first reported, or a later report's change; `extra` travels with the row to
   * write()'s `each` (the last one given wins).
   */
  async put(id: string, props: Props, extra?: unknown): Promise<void> {
    if (this.has(id)) this.changed.add(id);
    else {
      this.ids.add(id);
      this.count += 1;
    }
    for (const [k, v] of Object.entries(props)) {
      if (k === 'id' || v === undefined) continue;
      const kinds = this.kinds.get(k) ?? this.kinds.set(k, new Set()).get(k)!;
      if (v !== null) kinds.add(Array.isArray(v) ? 'list' : typeof v);
    }
    await this.spill.line(JSON.stringify([id, props, extra]));
  }
  async write(each?: (id: string, extra: unknown) => Promise<void>): Promise<CsvFile | null> {
    await this.spill.close();
    if (!this.count) {
      fs.rmSync(this.spill.file);
      return null;
    }
    const columns = [...this.kinds.keys()].sort();
    const header = [':ID', 'id', ...columns.map((k) => this.fixed[k] ?? typeOf(k, this.kinds.get(k)!))];
    const file = new CsvFile(path.join(this.dir, `nodes-${this.fileName}.csv`), header);
    const gathered = new Map<string, { props: Props; extra: unknown }>();
    const lines = readline.createInterface({ input: fs.createReadStream(this.spill.file), crlfDelay: Infinity });
    for await (const line of lines) {
      const [id, props, extra] = JSON.parse(line) as [string, Props, unknown];
      if (!this.changed.has(id)) {
        await file.row([this.ids.of(id), id, ...columns.map((k) => props[k])]);
        await each?.(id, extra);
        continue;
      }
      const node = gathered.get(id) ?? gathered.set(id, { props: {}, extra: undefined }).get(id)!;
      setAll(node.props, props);
      node.extra = extra ?? node.extra;
    }
    for (const [id, node] of gathered) {
      await file.row([this.ids.of(id), id, ...columns.map((k) => node.props[k])]);
      await each?.(id, node.extra);
    }
    await file.close();
    fs.rmSync(this.spill.file);
    return file;
  }
}

/** `SET n += props`: a null removes the property. */
function setAll(into: Props, props: Record<string, unknown>) {
  for (const [k, v] of Object.entries(props)) {
    if (v === null) delete into[k];
    else into[k] = v as Value;
  }
}

export interface CsvLoad {
  dir: string;
  /** Arguments for neo4j-admin database import full. */
  args: string[];
  cases: number;
  rejected: number;
  flagged: number;
  entityRows: number;
  nodes: number;
  relationships: number;
  caseIds: string[];
}

/**
 * Reads and validates every case, and writes the CSV files for neo4j-admin into `dir`. Rejections are
 * reported as the online import reports them; a second copy of a case is rejected the same way.
 */
export async function writeCsv(
  items: AsyncIterable<SourceItem>,
  dir: string,
  options: { onRejection: (r: Rejection) => void; onFlagged?: (r: Rejection) => void },
): Promise<CsvLoad> {
  fs.mkdirSync(dir, { recursive: true });
  const loadedAt = new Date().toISOString();
  const rel = (name: string, header: string[]) => new CsvFile(path.join(dir, `rels-${name}.csv`), header);
  const cases = new CsvFile(path.join(dir, 'nodes-Case.csv'), [
    ':ID',
    'id',
    'handle',
    'handlingCode',
    'handlingText',
    'sourceReliability',
    'informationReliability',
    'agency',
    'reference',
    'country',
    'title',
    'typologies:string[]',
    'status',
    'openedOn:date',
    'closedOn:date',
    'version',
    'rules:double',
  ]);
  const reportedBy = rel('REPORTED_BY', [':START_ID', ':END_ID', 'caseId']);
  const mentions = rel('MENTIONS', [
    ':START_ID',
    ':END_ID',
    'caseId',
    'asWritten:string[]',
    'version',
    'details',
    'detailsAt:datetime',
    'searchText',
  ]);
  const transferMentions = rel('MENTIONS-transfers', [':START_ID', ':END_ID', 'caseId', 'version']);
  const involves = rel('INVOLVES', [':START_ID', ':END_ID', 'caseId', 'role', 'function', 'nameAsWritten', 'version']);
  const links = rel('links', [':START_ID', ':END_ID', ':TYPE', 'caseId', 'version']);
  const money = rel('money', [':START_ID', ':END_ID', ':TYPE', 'caseId', 'version']);
  const files = [cases, reportedBy, mentions, transferMentions, involves, links, money];

  // Agencies are few: held until the end, with the name the last case that gives one gives.
  const agencies = new Map<string, Props>();
  const entities = new Map<string, NodeStream>();
  const ids = new NodeIds();
  const entityStream = (label: string) =>
    entities.get(label) ?? entities.set(label, new NodeStream(ids, dir, `Entity:${label}`)).get(label)!;
  const persons = new NodeStream(ids, dir, 'Person');
  const transfers = new NodeStream(ids, dir, 'MoneyTransfer', { time: 'time:datetime' });
  const seen = new Map<string, string>();
  const load: CsvLoad = {
    dir,
    args: [],
    cases: 0,
    rejected: 0,
    flagged: 0,
    entityRows: 0,
    nodes: 0,
    relationships: 0,
    caseIds: [],
  };
  const reject = (r: Rejection) => {
    load.rejected += 1;
    options.onRejection(r);
  };

  for await (const item of items) {
    if (item.kind === 'rejection') {
      reject(item.rejection);
      continue;
    }
    const ref = (item.input as { reference?: unknown } | null)?.reference;
    const caseRef = typeof ref === 'string' ? ref : null;
    const result = validateCase(item.input);
    if (!result.ok) {
      reject({
        ...item.locate(result.problems[0].field),
        caseRef,
        message: result.problems
          .map((p) => (p === result.problems[0] ? p.message : `${p.field}: ${p.message}`))
          .join('; '),
      });
      continue;
    }
    const c = result.case;
    const earlier = seen.get(c.id);
    if (earlier) {
      reject({
        file: item.file,
        line: item.line,
        caseRef,
        field: 'reference',
        message: `duplicate case id ${c.id}, first at ${earlier}`,
      });
      continue;
    }
    seen.set(c.id, `${item.file}:${item.line}`);
    for (const f of c.flagged) {
      load.flagged += 1;
      options.onFlagged?.({ ...item.locate(f.field), caseRef, message: f.message });
    }
    await writeCase(c);
  }

  async function writeCase(c: NormalisedCase) {
    load.cases += 1;
    load.caseIds.push(c.id);
    load.entityRows += c.persons.length + c.entities.length + c.transfers.length;
    const agencyId = `agency:${c.agencyCode}`;
    const agency = agencies.get(agencyId);
    if (!agency) {
      ids.add(agencyId);
      agencies.set(agencyId, { code: c.agencyCode, country: c.country, name: c.agencyName ?? c.agencyCode });
    } else if (c.agencyName !== null) agency.name = c.agencyName;
    const caseNode = ids.add(c.id);
    await cases.row([
      caseNode,
      c.id,
      `hit:${randomUUID()}`,
      c.handlingCode,
      c.handlingText,
      c.sourceReliability,
      c.informationReliability,
      c.agencyCode,
      c.reference,
      c.country,
      c.title,
      c.typologies,
      c.status,
      c.openedOn,
      c.closedOn,
      c.version,
      RULES_VERSION,
    ]);
    await reportedBy.row([caseNode, ids.of(agencyId), c.id]);
    for (const e of c.entities) {
      const table = entityStream(e.label);
      const { props, details, hasDetails, detailsJson } = splitDetails(e);
      // As mergeEntities: key properties when the node is new, and a report's details when it gives some.
      if (!table.has(e.id)) await table.put(e.id, { ...(props as Props), ...(hasDetails ? (details as Props) : {}) });
      else if (hasDetails) await table.put(e.id, details as Props);
      await mentions.row([
        caseNode,
        ids.of(e.id),
        c.id,
        e.asWritten,
        c.version,
        detailsJson,
        detailsJson ? loadedAt : null,
        (details.searchText as string | null | undefined) ?? null,
      ]);
    }
    for (const b of c.buildings) {
      const table = entityStream('Address');
      if (!table.has(b.id)) await table.put(b.id, b.props as Props);
    }
    for (const p of c.persons) {
      // As mergePersons and setNameKeys: the registering agency's report sets the record and its name keys.
      if (p.owned) await persons.put(p.id, { ...(p.props as Props), matchPending: true }, p.nameKeys);
      else if (!persons.has(p.id)) await persons.put(p.id, p.props as Props);
      await involves.row([caseNode, ids.of(p.id), c.id, p.role, p.function, p.nameAsWritten, c.version]);
    }
    for (const l of c.links) await links.row([ids.of(l.fromId), ids.of(l.toId), l.type, c.id, c.version]);
    for (const t of c.transfers) {
      await transfers.put(t.id, t.props as Props);
      const transfer = ids.of(t.id);
      await transferMentions.row([caseNode, transfer, c.id, c.version]);
      await money.row([ids.of(t.fromId), transfer, 'SENT', c.id, c.version]);
      await money.row([transfer, ids.of(t.toId), 'TO', c.id, c.version]);
    }
  }

  const agencyFile = new CsvFile(path.join(dir, 'nodes-Agency.csv'), [':ID', 'id', 'code', 'country', 'name']);
  for (const [id, a] of agencies) await agencyFile.row([ids.of(id), id, a.code, a.country, a.name]);
  // Name keys are shared by many records: one node per key, its strings in their own id space. A
  // record's keys are its registering agency's last report's.
  const keyFile = new CsvFile(path.join(dir, 'nodes-NameKey.csv'), [':ID', 'key']);
  const hasKey = rel('HAS_NAME_KEY', [':START_ID', ':END_ID']);
  const keys = ids.space();
  const personFile = await persons.write(async (id, nameKeys) => {
    for (const k of (nameKeys as string[] | undefined) ?? [])
      await hasKey.row([ids.of(id), keys.numbers.get(k) ?? keys.add(k)]);
  });
  for (const [k, n] of keys.numbers) await keyFile.row([n, k]);
  files.push(agencyFile, keyFile, hasKey);

  const streams = [transfers, ...entities.values()];
  const nodeFiles: Array<[string, CsvFile | null]> = [
    ['Case', cases],
    ['Agency', agencyFile],
    ['Person', personFile],
    ['NameKey', keyFile],
    ...(await Promise.all(streams.map(async (t) => [t.labels, await t.write()] as [string, CsvFile | null]))),
  ];
  await Promise.all(files.map((f) => f.close()));
  load.nodes = load.cases + agencies.size + persons.size + keys.numbers.size + streams.reduce((n, t) => n + t.size, 0);
  const relFiles = [reportedBy, mentions, transferMentions, involves, links, money, hasKey];
  load.relationships = relFiles.reduce((n, f) => n + f.rows, 0);
  const typed: Record<string, string> = {
    [reportedBy.file]: 'REPORTED_BY=',
    [mentions.file]: 'MENTIONS=',
    [transferMentions.file]: 'MENTIONS=',
    [involves.file]: 'INVOLVES=',
    [hasKey.file]: 'HAS_NAME_KEY=',
  };
  const all = [...nodeFiles.flatMap(([, f]) => (f ? [f] : [])), ...relFiles];
  load.args = [
    ...nodeFiles.flatMap(([labels, f]) => (f ? [`--nodes=${labels}=${f.file}`] : [])),
    ...relFiles.map((f) => `--relationships=${typed[f.file] ?? ''}${f.file}`),
    `--array-delimiter=U+001F`,
    // NodeIds' integers, one per node: writeCsv writes each node once, so no --skip-duplicate-nodes (a
    // duplicate would be our bug, and the tool then fails rather than hides it).
    '--id-type=integer',
    // The importer's stages wait on reads and writes, so on a small machine more threads than cores keep
    // the cores busy: at 1M on 2 cores, 8 threads took the import phase from 21-23 s to 15-18 s (16 was
    // slower again). A large machine keeps the tool's own default, one per core.
    `--threads=${Math.max(os.availableParallelism(), IMPORT_MIN_THREADS)}`,
    '--high-parallel-io=on',
    `--max-off-heap-memory=${IMPORT_OFF_HEAP}`,
    `--report-file=${path.join(dir, 'import.report')}`,
    ...(all.some((f) => f.multiline) ? ['--multiline-fields=true'] : []),
  ];
  return load;
}
