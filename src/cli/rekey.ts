// npm run rekey: rewrites the cases of a graph loaded under earlier key rules (src/cases/rekey.ts).
// Safe to run at any time and to run again: cases already under the current rules are skipped, and a
// killed run resumes where it stopped. Exit code: 0 done, 1 some cases could not be re-keyed, 2 could not run.
import { Command } from 'commander';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { rekeyGraph } from '../cases/rekey';
import { importAudit } from '../cases/importCases';
import { RequestAudit } from '../audit/audit';
import { SYSTEM } from '../auth/identity';
import { RULES_VERSION } from '../cases/caseInput';

const program = new Command()
  .name('rekey')
  .description(
    `Re-key cases written under key rules older than version ${RULES_VERSION}: entities whose keys now coincide merge.`,
  )
  .option('-b, --batch-size <n>', 'cases per transaction', (v) => Number(v), 50)
  .showHelpAfterError();

async function main() {
  program.parse();
  const { batchSize } = program.opts<{ batchSize: number }>();
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new Error('--batch-size must be a whole number from 1 to 10000');
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: Math.max(config.queryTimeoutMs, 120_000) });
  const started = Date.now();
  try {
    await db.migrate();
    // Each rewritten batch commits with its audit entry, like an import's.
    const audit = new RequestAudit(
      { hitSecret: config.hitSecret, keys: config.audit.keys },
      { ...SYSTEM, analyst: process.env.USER ?? 'operator', purpose: `re-key under rules v${RULES_VERSION}` },
    );
    audit.admit('rekey-cli', { batchSize });
    const r = await rekeyGraph(db, {
      batchSize,
      audit: importAudit(audit),
      onBatch: (done) => process.stderr.write(`rekey: ${done} cases checked\n`),
    });
    process.stdout.write(
      `rekey: ${r.cases.updated} cases rewritten under rules v${RULES_VERSION}, ${r.cases.unchanged} unchanged, ${r.failed.length} failed; ` +
        `${r.nodesCreated} nodes created, ${r.nodesDeleted} removed, ${r.relationshipsCreated} relationships created, ${r.relationshipsDeleted} removed; ` +
        `matching: ${r.matching?.proposed ?? 0} proposed and ${r.matching?.forReview ?? 0} for review; in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    for (const f of r.failed)
      process.stdout.write(
        `rekey: ${f.caseId} kept its old keys: ${f.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}\n`,
      );
    process.exitCode = r.failed.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`rekey failed: ${error.message}\n`);
  process.exit(2);
});
