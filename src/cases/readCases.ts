// Reads case-exchange files as a stream of cases, each with where it came from, and of rejections for
// what cannot even be read (malformed JSON or CSV, empty files). JSON Lines streams line by line, so
// memory stays flat whatever the file size. A JSON array (as seed/demo.json) is read whole, up to
// MAX_ARRAY_BYTES. A CSV bundle is a directory of one file per entity type, grouped by case in memory:
// it suits spreadsheet exports; bulk transfers should use JSON Lines.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parse } from 'csv-parse';
import type { z } from 'zod';
import { ENTITY_DECLS } from '../model/registry';

export interface Rejection {
  file: string;
  line: number;
  caseRef: string | null;
  field: string;
  message: string;
}
export type SourceItem =
  | {
      kind: 'case';
      file: string;
      line: number;
      input: unknown;
      locate: (field: string) => { file: string; line: number; field: string };
    }
  | { kind: 'rejection'; rejection: Rejection };

/** Longer lines are refused: no legitimate case is anywhere near this size. (readline holds one line in
 * memory before it is measured, so a single line costs at most its own size.) */
export const MAX_LINE_BYTES = 5 * 1024 * 1024;

/** A JSON array is parsed whole: larger files must come as JSON Lines, which stream. */
export const MAX_ARRAY_BYTES = 64 * 1024 * 1024;

export const ACCEPTED_FORMATS =
  'JSON Lines (one case object per line), a JSON array of cases, or a directory holding a CSV bundle (cases.csv, persons.csv …); see docs/exchange-format.md';

export type InputFormat = 'csv-bundle' | 'json-array' | 'json-lines' | 'empty';

/**
 * What an input is, told by its content, not its name: a directory is a CSV bundle, and a file is a JSON
 * array when its first non-blank character is '[', JSON Lines when it is '{'. Throws, naming the path,
 * for an input the loader cannot start on: missing, unreadable, or in no accepted format.
 */
export function inputFormat(file: string): InputFormat {
  let fd: number;
  try {
    if (fs.statSync(file).isDirectory()) {
      fs.accessSync(file, fs.constants.R_OK | fs.constants.X_OK);
      return 'csv-bundle';
    }
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      `${file}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`,
    );
  }
  try {
    const buffer = Buffer.alloc(4096);
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) {
      // Blanks and a UTF-8 byte-order mark come before the first character.
      const first = buffer
        .subarray(0, n)
        .toString('utf8')
        .replace(/^[\s\uFEFF]+/, '');
      if (first === '') continue;
      if (first[0] === '[') return 'json-array';
      if (first[0] === '{') return 'json-lines';
      throw new Error(
        `${file}: not a format the loader reads (it starts with '${first.split(/\r?\n/)[0].slice(0, 20)}'); give ${ACCEPTED_FORMATS}`,
      );
    }
    return 'empty';
  } finally {
    fs.closeSync(fd);
  }
}

export async function* readSources(
  files: string[],
  onBytes: (n: number) => void = () => {},
): AsyncGenerator<SourceItem> {
  for (const file of files) {
    const format = inputFormat(file);
    if (format === 'csv-bundle') yield* readCsvBundle(file, onBytes);
    else if (format === 'json-array') yield* readJsonArray(file, onBytes);
    else yield* readJsonLines(file, onBytes);
  }
}

/** Total bytes of the inputs, for progress and ETA. */
export function inputBytes(files: string[]): number {
  let total = 0;
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const stat = fs.statSync(file);
    if (!stat.isDirectory()) total += stat.size;
    else for (const f of fs.readdirSync(file)) if (f.endsWith('.csv')) total += fs.statSync(path.join(file, f)).size;
  }
  return total;
}

function reject(file: string, line: number, caseRef: string | null, field: string, message: string): SourceItem {
  return { kind: 'rejection', rejection: { file, line, caseRef, field, message } };
}

async function* readJsonLines(file: string, onBytes: (n: number) => void): AsyncGenerator<SourceItem> {
  const stream = fs.createReadStream(file);
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let cases = 0;
  for await (const text of lines) {
    lineNo += 1;
    // Progress counts the lines handed on, not the bytes read ahead from disk, so the ETA follows the writes.
    onBytes(Buffer.byteLength(text) + 1);
    if (!text.trim()) continue;
    if (Buffer.byteLength(text) > MAX_LINE_BYTES) {
      yield reject(file, lineNo, null, '(line)', `line is longer than ${MAX_LINE_BYTES} bytes`);
      continue;
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      yield reject(file, lineNo, null, '(line)', `malformed JSON: ${(error as Error).message}`);
      continue;
    }
    cases += 1;
    const line = lineNo;
    yield { kind: 'case', file, line, input, locate: (field) => ({ file, line, field }) };
  }
  if (cases === 0) yield reject(file, 0, null, '(file)', 'file is empty: no case in it');
}

async function* readJsonArray(file: string, onBytes: (n: number) => void): AsyncGenerator<SourceItem> {
  const size = fs.statSync(file).size;
  if (size > MAX_ARRAY_BYTES) {
    yield reject(
      file,
      0,
      null,
      '(file)',
      `a JSON array over ${MAX_ARRAY_BYTES / 1024 / 1024} MB is not read whole; write it as JSON Lines (one case per line), which streams`,
    );
    return;
  }
  const text = (await fs.promises.readFile(file, 'utf8')).replace(/^\uFEFF/, ''); // JSON.parse refuses a byte-order mark
  onBytes(size);
  let cases: unknown;
  try {
    cases = JSON.parse(text);
  } catch (error) {
    yield reject(file, 0, null, '(file)', `malformed JSON array: ${(error as Error).message}`);
    return;
  }
  const list = cases as unknown[];
  if (list.length === 0) yield reject(file, 0, null, '(file)', 'file is empty: no case in it');
  const lines = elementLines(text);
  for (const [i, input] of list.entries()) {
    const line = lines[i];
    yield { kind: 'case', file, line, input, locate: (field) => ({ file, line, field }) };
  }
}

/** The line on which each element of a top-level JSON array starts (the text is known to parse). */
function elementLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expecting = false; // inside the top array, before the next element
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n') line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\uFEFF') continue;
    if (c === ',') {
      expecting = depth === 1;
      continue;
    }
    if (c === ']' || c === '}') {
      depth -= 1;
      continue;
    }
    if (depth === 1 && expecting) {
      starts.push(line);
      expecting = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth === 1) expecting = true;
    }
  }
  return starts;
}

// The CSV bundle: file name → the case list it fills. Multi-valued cells (typologies, holders, aliases)
// are separated by ';'. Every row names its case by `agency` and `case` (the reference).
const LIST_FILES: Record<string, string> = {
  'persons.csv': 'persons',
  ...Object.fromEntries(ENTITY_DECLS.map((d) => [d.entity.csvFile, d.entity.list])),
  'transfers.csv': 'transfers',
};
const ENTITY_WORDS = ENTITY_DECLS.map((d) => d.words[0])
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');
// Every list field of an entity declaration (holders, members, an advert's phones and emails), and the case's.
const MULTI = new Set([
  'typologies',
  'aliases',
  ...ENTITY_DECLS.flatMap((d) =>
    Object.entries(d.entity.item.shape)
      .filter(([, field]) => (field as z.ZodType).safeParse([]).success)
      .map(([key]) => key),
  ),
]);
const NUMBERS = new Set(['amount']);
const KNOWN_FILES = new Set(['cases.csv', 'links.csv', ...Object.keys(LIST_FILES)]);

type Row = Record<string, string>;
interface Assembled {
  input: Record<string, unknown>;
  line: number;
  sources: Record<string, Array<{ file: string; line: number }>>;
}

async function* readCsvBundle(dir: string, onBytes: (n: number) => void): AsyncGenerator<SourceItem> {
  const casesFile = path.join(dir, 'cases.csv');
  if (!fs.existsSync(casesFile)) {
    yield reject(dir, 0, null, '(file)', 'a CSV bundle needs cases.csv');
    return;
  }
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith('.csv') && !KNOWN_FILES.has(f))
      yield reject(
        path.join(dir, f),
        0,
        null,
        '(file)',
        `unknown file in the bundle; expected ${[...KNOWN_FILES].join(', ')}`,
      );
  }
  const cases = new Map<string, Assembled>();
  const keyOf = (row: Row) => `${row.agency ?? ''}\u0000${row.case ?? ''}`;
  const rejections: SourceItem[] = [];
  // A case goes in whole or not at all: one rejected row of a case rejects the case.
  const tainted = new Map<string, string>();

  let rows = 0;
  for await (const { row, line } of readCsv(casesFile, onBytes, rejections)) {
    rows += 1;
    const key = keyOf(row);
    if (cases.has(key)) {
      rejections.push(
        reject(
          casesFile,
          line,
          row.case ?? null,
          'case',
          `duplicate case '${row.case}' of agency '${row.agency}' (first on line ${cases.get(key)!.line})`,
        ),
      );
      continue;
    }
    const nested = [
      'agency',
      'case',
      'agency_name',
      'country',
      'handling_code',
      'handling_text',
      'evaluation_source',
      'evaluation_information',
    ];
    const input: Record<string, unknown> = {
      reference: row.case,
      agency: clean({ code: row.agency, name: row.agency_name, country: row.country }),
      ...(row.handling_code ? { handling: clean({ code: row.handling_code, text: row.handling_text }) } : {}),
      ...(row.evaluation_source || row.evaluation_information
        ? { evaluation: { source: row.evaluation_source, information: row.evaluation_information } }
        : {}),
      ...clean(cells(row, nested)),
    };
    cases.set(key, { input, line, sources: {} });
  }
  if (rows === 0) rejections.push(reject(casesFile, 0, null, '(file)', 'file is empty: no case in it'));

  for (const [name, list] of Object.entries(LIST_FILES)) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    for await (const { row, line } of readCsv(file, onBytes, rejections)) {
      const target = cases.get(keyOf(row));
      if (!target) {
        rejections.push(
          reject(
            file,
            line,
            row.case ?? null,
            'case',
            `refers to case '${row.case}' of agency '${row.agency}', which is not in cases.csv`,
          ),
        );
        continue;
      }
      ((target.input[list] ??= []) as unknown[]).push(clean(cells(row, ['agency', 'case'])));
      (target.sources[list] ??= []).push({ file, line });
    }
  }

  // links.csv: holder → entity and member → organisation, by the local ids of one case.
  const linksFile = path.join(dir, 'links.csv');
  if (fs.existsSync(linksFile)) {
    for await (const { row, line } of readCsv(linksFile, onBytes, rejections)) {
      const target = cases.get(keyOf(row));
      const entity =
        target &&
        Object.values(LIST_FILES)
          .flatMap((list) => (target.input[list] ?? []) as Array<Record<string, unknown>>)
          .find((e) => e.id === row.to && !('role' in e));
      if (!target || !entity) {
        rejections.push(
          reject(
            linksFile,
            line,
            row.case ?? null,
            'to',
            target
              ? `no ${ENTITY_WORDS} with id '${row.to}' in case '${row.case}'`
              : `refers to case '${row.case}' of agency '${row.agency}', which is not in cases.csv`,
          ),
        );
        if (target) tainted.set(keyOf(row), `${linksFile}:${line}`);
        continue;
      }
      ((entity.holders ??= []) as string[]).push(row.from);
    }
  }

  yield* rejections;
  for (const [key, c] of cases.entries()) {
    const bad = tainted.get(key);
    if (bad) {
      yield reject(
        casesFile,
        c.line,
        String(c.input.reference ?? ''),
        '(case)',
        `rejected whole because its row ${bad} was rejected`,
      );
      continue;
    }
    yield {
      kind: 'case',
      file: casesFile,
      line: c.line,
      input: c.input,
      locate: (field) => locateCsvField(casesFile, c, field),
    };
  }
}

/** Maps a problem's field path inside a case ("persons[2].name") back to the CSV file and line it came from. */
function locateCsvField(casesFile: string, c: Assembled, field: string) {
  const m = /^(\w+)\[(\d+)\]\.?(.*)$/.exec(field);
  const source = m && c.sources[m[1]]?.[Number(m[2])];
  if (m && source) return { file: source.file, line: source.line, field: m[3] || m[1] };
  return { file: casesFile, line: c.line, field };
}

async function* readCsv(
  file: string,
  onBytes: (n: number) => void,
  rejections: SourceItem[],
): AsyncGenerator<{ row: Row; line: number }> {
  const stream = fs.createReadStream(file);
  stream.on('data', (chunk) => onBytes(chunk.length));
  const parser = stream.pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: false,
      skip_records_with_error: true,
      info: true,
      max_record_size: MAX_LINE_BYTES,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    rejections.push(reject(file, error.lines ?? 0, null, '(row)', `malformed CSV: ${error.message}`));
  });
  for await (const record of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
    yield { row: record.record, line: record.info.lines };
  }
}

/** CSV cells to exchange-format values: '' is absent, ';' splits lists, amounts are numbers. */
function cells(row: Row, skip: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(row)) {
    if (skip.includes(key) || raw === '' || raw === undefined) continue;
    const camel = key.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase());
    if (MULTI.has(camel))
      out[camel] = raw
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (NUMBERS.has(camel)) out[camel] = Number.isFinite(Number(raw)) ? Number(raw) : raw;
    else out[camel] = raw;
  }
  return out;
}

function clean<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== '')) as T;
}
