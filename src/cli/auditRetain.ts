// Erases audit entries past their retention (AUDIT_RETENTION_YEARS): npm run audit:retain. Run it once a
// year, after New Year (or daily: it erases nothing until a year has passed). Exit code 0 done, 2 could not run.
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { retainAudit } from '../audit/audit';

async function main() {
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: Math.max(config.queryTimeoutMs, 600_000) });
  try {
    const { erasedThrough, cutoff } = await retainAudit(db, config.audit.keys, config.audit.retentionYears);
    process.stdout.write(
      erasedThrough
        ? `audit retention (${config.audit.retentionYears} year(s) after the year written): entries through ${erasedThrough} (written before ${cutoff}) are erased; a sealed checkpoint stands for them\n`
        : `audit retention: no entry was written before ${cutoff}; nothing erased\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`audit:retain: ${(error as Error).message}\n`);
  process.exit(2);
});
