// The bulk first load (npm run import -- --initial): our code turns the validated cases into CSV files in
// the header format of Neo4j's offline importer, and only that importer (neo4j-admin database import
// full, run by neo4j/db.sh admin) writes the store. The files describe the graph the online import
// (importCases.ts, writeBatch) would build from the same cases in the same order; what that import
// computes in the database (hot-spot counts, name-key matching) runs once the database is up.
// Header format: https://neo4j.com/docs/operations-manual/5/tools/neo4j-admin/neo4j-admin-import/#import-tool-header-format
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { RULES_VERSION, validateCase, type NormalisedCase } from './caseInput';
import type { Rejection, SourceItem } from './readCases';
import { splitDetails } from './importCases';

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
  constructor(
    readonly file: string,
    header: string[],
  ) {
    this.out = fs.createWriteStream(file);
    this.columns = header.map((h) => h.split(':')[0]);
    this.out.write(`${header.map(quote).join(',')}\n`);
  }
  /** Resolves when the buffer drains, so a large load never holds more than a buffer of rows in memory. */
  async row(values: Value[]): Promise<void> {
    const line = values.map((v, i) => this.cell(v, i)).join(',');
    this.rows += 1;
    if (!this.out.write(`${line}\n`)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
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

/** The importer's type of a property, from the values it takes (a JS number is a Cypher float online). */
function typeOf(key: string, values: Value[]): string {
  const kinds = new Set(
    values.filter((v) => v !== null && v !== undefined).map((v) => (Array.isArray(v) ? 'list' : typeof v)),
  );
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

/** Nodes of one label set, kept until the end because their columns are the union of their rows' keys. */
class NodeTable {
  readonly rows = new Map<string, Props>();
  constructor(
    readonly labels: string,
    readonly fixed: Record<string, string> = {},
  ) {}
  async write(dir: string): Promise<CsvFile | null> {
    if (!this.rows.size) return null;
    const keys = new Set<string>();
    for (const p of this.rows.values()) for (const k of Object.keys(p)) if (k !== 'id') keys.add(k);
    const columns = [...keys].sort();
    const header = [
      'id:ID',
      ...columns.map(
        (k) =>
          this.fixed[k] ??
          typeOf(
            k,
            [...this.rows.values()].map((p) => p[k]),
          ),
      ),
    ];
    const file = new CsvFile(path.join(dir, `nodes-${this.labels.replace(/:/g, '-')}.csv`), header);
    for (const [id, p] of this.rows) await file.row([id, ...columns.map((k) => p[k])]);
    await file.close();
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
    'id:ID',
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
  ]);
  const transferMentions = rel('MENTIONS-transfers', [':START_ID', ':END_ID', 'caseId', 'version']);
  const involves = rel('INVOLVES', [':START_ID', ':END_ID', 'caseId', 'role', 'function', 'nameAsWritten', 'version']);
  const links = rel('links', [':START_ID', ':END_ID', ':TYPE', 'caseId', 'version']);
  const money = rel('money', [':START_ID', ':END_ID', ':TYPE', 'caseId', 'version']);
  const files = [cases, reportedBy, mentions, transferMentions, involves, links, money];

  const agencies = new NodeTable('Agency');
  const entities = new Map<string, NodeTable>();
  const persons = new NodeTable('Person');
  const transfers = new NodeTable('MoneyTransfer', { time: 'time:datetime' });
  const nameKeys = new Map<string, string[]>();
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
    const agency = agencies.rows.get(agencyId);
    if (!agency)
      agencies.rows.set(agencyId, { code: c.agencyCode, country: c.country, name: c.agencyName ?? c.agencyCode });
    else if (c.agencyName !== null) agency.name = c.agencyName;
    await cases.row([
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
    await reportedBy.row([c.id, agencyId, c.id]);
    for (const e of c.entities) {
      const table = entities.get(e.label) ?? entities.set(e.label, new NodeTable(`Entity:${e.label}`)).get(e.label)!;
      const { props, details, hasDetails, detailsJson } = splitDetails(e);
      let node = table.rows.get(e.id);
      if (!node) table.rows.set(e.id, (node = { ...(props as Props) }));
      if (hasDetails) setAll(node, details);
      await mentions.row([c.id, e.id, c.id, e.asWritten, c.version, detailsJson, detailsJson ? loadedAt : null]);
    }
    for (const b of c.buildings) {
      const table = entities.get('Address') ?? entities.set('Address', new NodeTable('Entity:Address')).get('Address')!;
      if (!table.rows.has(b.id)) table.rows.set(b.id, { ...(b.props as Props) });
    }
    for (const p of c.persons) {
      let node = persons.rows.get(p.id);
      if (!node) persons.rows.set(p.id, (node = { ...(p.props as Props) }));
      if (p.owned) {
        setAll(node, p.props);
        node.matchPending = true;
        nameKeys.set(p.id, p.nameKeys);
      }
      await involves.row([c.id, p.id, c.id, p.role, p.function, p.nameAsWritten, c.version]);
    }
    for (const l of c.links) await links.row([l.fromId, l.toId, l.type, c.id, c.version]);
    for (const t of c.transfers) {
      transfers.rows.set(t.id, { ...(t.props as Props) });
      await transferMentions.row([c.id, t.id, c.id, c.version]);
      await money.row([t.fromId, t.id, 'SENT', c.id, c.version]);
      await money.row([t.id, t.toId, 'TO', c.id, c.version]);
    }
  }

  // Name keys are shared by many records: one node per key, in their own id space.
  const keyFile = new CsvFile(path.join(dir, 'nodes-NameKey.csv'), ['key:ID(NameKey)']);
  const hasKey = rel('HAS_NAME_KEY', [':START_ID', ':END_ID(NameKey)']);
  const keys = new Set<string>();
  for (const [id, ks] of nameKeys)
    for (const k of ks) {
      keys.add(k);
      await hasKey.row([id, k]);
    }
  for (const k of keys) await keyFile.row([k]);
  files.push(keyFile, hasKey);

  const nodeTables = [agencies, persons, transfers, ...entities.values()];
  const nodeFiles: Array<[string, CsvFile | null]> = [
    ['Case', cases],
    ['NameKey', keyFile],
    ...(await Promise.all(nodeTables.map(async (t) => [t.labels, await t.write(dir)] as [string, CsvFile | null]))),
  ];
  await Promise.all(files.map((f) => f.close()));
  load.nodes = load.cases + keys.size + nodeTables.reduce((n, t) => n + t.rows.size, 0);
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
    '--id-type=string',
    `--report-file=${path.join(dir, 'import.report')}`,
    ...(all.some((f) => f.multiline) ? ['--multiline-fields=true'] : []),
  ];
  return load;
}
