// The command-line loader: npm run import -- [options] <file.jsonl | file.json | csv-bundle-dir>...
// It shares validation and writing with the importCases mutation (src/cases/). Exit code: 0 all
// imported, 1 some input rejected (see the report), 2 the import could not run (a missing or unreadable
// input, or one in no accepted format, stops it before anything is written).
import fs from 'node:fs';
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { importAudit, importSources } from '../cases/importCases';
import { matchPending } from '../matching/match';
import { inputBytes, inputFormat, readSources, type Rejection } from '../cases/readCases';
import { RequestAudit } from '../audit/audit';
import { SYSTEM } from '../auth/identity';
import { initialLoad } from './initialLoad';
import { staleKeyRulesWarning } from '../cases/rekey';

const program = new Command()
  .name('import')
  .description('Import cases in the case-exchange format (docs/exchange-format.md) into the graph.')
  .argument(
    '<inputs...>',
    'JSON Lines files (one case per line), JSON files holding an array of cases, or directories holding a CSV bundle',
  )
  .option('-b, --batch-size <n>', 'cases per transaction', (v) => positiveInt(v, '--batch-size'), 100)
  .option(
    '-w, --writers <n>',
    'batches written at once (1 to 4); their transactions lock shared nodes in one order',
    (v) => {
      const n = positiveInt(v, '--writers');
      if (n > 4) throw new Error(`--writers must be a whole number from 1 to 4, got '${v}'`);
      return n;
    },
    2,
  )
  .option('-r, --report <file>', 'write every rejection as a JSON line to this file')
  .option('--no-progress', 'no progress bar or progress lines')
  .option(
    '-p, --purpose <text>',
    'why these cases are loaded, for the audit log',
    'bulk import from the national case system',
  )
  .option('-o, --operator <name>', 'who runs the import, for the audit log (default: $USER)')
  .option(
    '--initial',
    "a new database's first load: write CSV files and run Neo4j's offline importer on the stopped, empty store, then start it, migrate and match",
  )
  .option('--neo4j-home <dir>', "with --initial: the launcher's store directory (as NEO4J_HOME for npm run db:start)")
  .showHelpAfterError();

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000)
    throw new Error(`${name} must be a whole number from 1 to 100000, got '${value}'`);
  return n;
}

async function main() {
  program.parse();
  const files = program.args;
  const opts = program.opts<{
    batchSize: number;
    writers: number;
    report?: string;
    progress: boolean;
    purpose: string;
    operator?: string;
    initial?: boolean;
    neo4jHome?: string;
  }>();
  for (const file of files) inputFormat(file); // throws for an input it cannot start on: exit 2
  const config = loadConfig();
  if (opts.initial) return initialLoad(files, config, opts);
  const db = new Database({ ...config.neo4j, queryTimeoutMs: Math.max(config.queryTimeoutMs, 120_000) });
  const report = opts.report ? fs.createWriteStream(opts.report) : null;
  report?.on('error', (error) => {
    process.stderr.write(`import failed: cannot write the report ${opts.report}: ${error.message}\n`);
    process.exit(2);
  });
  const started = Date.now();
  const totalBytes = inputBytes(files);
  let bytesRead = 0;
  const shown: Rejection[] = [];
  const shownFlagged: Rejection[] = [];
  let flaggedCount = 0;

  const bar =
    opts.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            format:
              'import [{bar}] {percentage}% | {cases} cases | {rate} entities/s | {rejected} rejected | ETA {eta_formatted}',
            stream: process.stderr,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(totalBytes, 0, { cases: 0, rate: 0, rejected: 0 });
  let lastLine = 0;

  try {
    await db.migrate();
    // New cases would not link to cases keyed under older rules: say so before the import, not after.
    const stale = await staleKeyRulesWarning(db);
    if (stale) process.stderr.write(`warning: ${stale.message}\n`);
    // Audited like any other import: every batch's transaction ends with its entry, which notifies the
    // owners of other agencies' cases that report what the batch reports. No entry, no data (exit 2).
    const audit = new RequestAudit(
      { hitSecret: config.hitSecret, keys: config.audit.keys },
      { ...SYSTEM, analyst: opts.operator ?? process.env.USER ?? 'loader', purpose: opts.purpose },
    );
    audit.admit('import-cli', { files, batchSize: opts.batchSize, writers: opts.writers });
    const totals = await importSources(
      db,
      readSources(files, (n) => {
        bytesRead += n;
      }),
      {
        batchSize: opts.batchSize,
        writers: opts.writers,
        audit: importAudit(audit),
        onRejection: (r) => {
          report?.write(`${JSON.stringify(r)}\n`);
          if (shown.length < 50) shown.push(r);
        },
        // Kept, but an analyst should know the value could not be verified: reported like a rejection.
        onFlagged: (r) => {
          flaggedCount += 1;
          report?.write(`${JSON.stringify({ ...r, flagged: true })}\n`);
          if (shownFlagged.length < 50) shownFlagged.push(r);
        },
        onProgress: (p) => {
          const seconds = (Date.now() - started) / 1000;
          const rate = Math.round(p.entities / Math.max(seconds, 0.001));
          bar?.update(bytesRead, { cases: p.cases, rate, rejected: p.rejected });
          if (!bar && opts.progress && Date.now() - lastLine > 5000) {
            lastLine = Date.now();
            const pct = totalBytes ? Math.round((100 * bytesRead) / totalBytes) : 0;
            const eta = bytesRead ? Math.round((seconds * (totalBytes - bytesRead)) / bytesRead) : 0;
            process.stderr.write(
              `progress: ${pct}% read, ${p.cases} cases, ${p.entities} entities, ${rate} entities/s, ${p.rejected} rejected, ETA ${eta}s\n`,
            );
          }
        },
      },
    );
    bar?.update(totalBytes);
    bar?.stop();
    const importSeconds = (Date.now() - started) / 1000;
    // Matching runs on the new and changed person records only, once the cases are in. Records are
    // marked in the import's own transactions, so a killed run's comparisons happen on the next run.
    const matching = await matchPending(db);
    await new Promise<void>((resolve) => (report ? report.end(resolve) : resolve()));

    const seconds = (Date.now() - started) / 1000;
    for (const r of shown)
      process.stderr.write(
        `rejected ${r.file}:${r.line} ${r.caseRef ? `case ${r.caseRef} ` : ''}${r.field}: ${r.message}\n`,
      );
    if (totals.cases.rejected > shown.length)
      process.stderr.write(
        `… and ${totals.cases.rejected - shown.length} more rejections${opts.report ? ` (all in ${opts.report})` : ' (use --report FILE for all)'}\n`,
      );
    for (const r of shownFlagged)
      process.stderr.write(
        `flagged ${r.file}:${r.line} ${r.caseRef ? `case ${r.caseRef} ` : ''}${r.field}: ${r.message}\n`,
      );
    if (flaggedCount > shownFlagged.length)
      process.stderr.write(`… and ${flaggedCount - shownFlagged.length} more flagged identifiers\n`);
    const c = totals.cases;
    const lines = [
      `import finished in ${seconds.toFixed(1)} s (batch size ${opts.batchSize}, ${opts.writers} writers)`,
      `cases: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected`,
      `flagged: ${flaggedCount} identifiers kept as written but unverified (never merged)`,
      `entities: ${totals.entityRows} in the input; ${totals.entitiesCreated} new shared entities, ${totals.entitiesMatched} mentions matched an existing one`,
      `graph: ${totals.nodesCreated} nodes created, ${totals.nodesDeleted} deleted; ${totals.relationshipsCreated} relationships created, ${totals.relationshipsDeleted} deleted`,
      `throughput: ${Math.round(totals.entityRows / importSeconds)} entities/s, ${Math.round(totals.relationshipsCreated / importSeconds)} relationships/s (import ${importSeconds.toFixed(1)} s)`,
      `audit: one entry per batch; ${audit.notified.size} other agencies' cases hit, their owners notified`,
      `transactions: ${totals.retried} run again after a transient failure (a deadlock, a lock wait timeout), each batch still written once`,
      `matching: ${matching.personsChecked} person records checked, ${matching.pairsScored} candidate pairs scored, ${matching.proposed} proposed and ${matching.forReview} for review, in ${matching.seconds.toFixed(1)} s after the import (${(matching.pairsScored / Math.max(1, matching.personsChecked)).toFixed(2)} pairs per record, model ${matching.modelVersion})`,
      ...(matching.oversizedBlocks.length
        ? [
            `matching: ${matching.oversizedBlocks.length} blocking keys held too many records to compare all-pairs, skipped (largest: ${matching.oversizedBlocks
              .slice(0, 5)
              .map((b) => `${b.key} ${b.size}`)
              .join(', ')})`,
          ]
        : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    process.exitCode = c.rejected > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`import failed: ${(error as Error).message}\n`);
  process.exitCode = 2;
});
