// Writes the README's load figures from the benchmark's own output (bench/results/load-<scale>.json),
// between the markers `<!-- load-table -->` and `<!-- /load-table -->`, so the table is never typed by hand.
//
//   npm run build && node dist/bench/readmeTable.js
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const SCALES = [
  ['10k', '10k'],
  ['100k', '100k'],
  ['1m', '1M'],
] as const;

interface Row {
  operation: string;
  clients: number;
  transactions?: number;
  ours: { p50: number };
  driver: { p50: number } | null;
  peer: { p50: number } | null;
}

/** Our p50 at each client count, with its ratio to the bare driver's p50 (or, without a statement, the peer's). */
function cell(rows: Row[]): string {
  return rows
    .map((r) =>
      r.driver
        ? `${r.ours.p50.toFixed(1)} (${(r.ours.p50 / r.driver.p50).toFixed(2)}×)`
        : r.peer
          ? `${r.ours.p50.toFixed(1)} (peer ${r.peer.p50.toFixed(1)}; ${(r.ours.p50 / r.peer.p50).toFixed(2)}×)`
          : r.ours.p50.toFixed(1),
    )
    .join(' / ');
}

export function table(): string {
  const results = SCALES.map(([file, title]) => {
    const f = path.join(root, 'bench', 'results', `load-${file}.json`);
    const r = fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : { rows: [] };
    return {
      title,
      rows: r.rows as Row[],
      measuredAt: r.measuredAt as string | undefined,
      load: r.loadAverage as string | undefined,
    };
  });
  const operations = [...new Set(results.flatMap((r) => r.rows.map((x) => x.operation)))];
  return [
    `| operation | ${results.map((r) => r.title).join(' | ')} |`,
    `|---|${results.map(() => '---|').join('')}`,
    ...operations.map(
      (op) =>
        `| ${op} | ${results.map((r) => cell(r.rows.filter((x) => x.operation === op).sort((a, b) => a.clients - b.clients)) || '–').join(' | ')} |`,
    ),
    '',
    // Runs of different days and loads are not comparable: each column says when and under what load it ran.
    ...results
      .filter((r) => r.rows.length)
      .map(
        (r) =>
          `- ${r.title}: clients ${[...new Set(r.rows.map((x) => x.clients))].sort((a, b) => a - b).join(' / ')}; ${r.measuredAt ? `measured ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC, load average ${r.load}` : 'an earlier run (no date recorded)'}; transactions per request ${[...new Set(r.rows.map((x) => x.transactions ?? '?'))].join(', ')}`,
      ),
  ].join('\n');
}

if (require.main === module) {
  const file = path.join(root, 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const start = '<!-- load-table -->';
  const end = '<!-- /load-table -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} markers`);
  fs.writeFileSync(file, `${text.slice(0, a + start.length)}\n${table()}\n${text.slice(b)}`);
  console.log(`README.md: load table written from bench/results/load-*.json`);
}
