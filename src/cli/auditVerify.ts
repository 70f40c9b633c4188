// Verifies the audit log's hash chain and its seals (AUDIT_HMAC_KEYS): npm run audit:verify. Exit code 0
// intact, 1 broken, 2 could not run.
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { verifyAuditChain } from '../audit/audit';

async function main() {
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: Math.max(config.queryTimeoutMs, 120_000) });
  try {
    const started = Date.now();
    const report = await verifyAuditChain(db, config.audit.keys);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (report.ok) {
      process.stdout.write(`audit chain intact: ${report.entries} entries, head ${report.headHash}${report.erasedBefore > 1 ? `, entries before ${report.erasedBefore} erased under retention (sealed checkpoint)` : ''} (${seconds} s)\n`);
    } else {
      process.stdout.write(`audit chain BROKEN at ${report.problem}; ${report.entries} entries before it verify (${seconds} s)\n`);
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`audit:verify: ${(error as Error).message}\n`);
  process.exit(2);
});
