// Verifies the audit log's hash chain and its seals (AUDIT_HMAC_KEYS): npm run audit:verify [-- --checkpoints
// FILE], FILE being the checkpoints member agencies kept from their notifications (a JSON array of
// { seq, hash, keyId, seal }). Exit code 0 intact, 1 broken, 2 could not run.
import fs from 'node:fs';
import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { verifyAuditChain } from '../audit/audit';

const program = new Command()
  .name('audit:verify')
  .description('Walk the audit chain and check every hash and seal, and the checkpoints agencies hold.')
  .option(
    '-c, --checkpoints <file>',
    "JSON array of checkpoints { seq, hash, keyId, seal } from agencies' notifications",
  )
  .showHelpAfterError();

const checkpoints = z.array(
  z.object({
    seq: z.number().int().min(1),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    keyId: z.string().min(1),
    seal: z.string().min(1),
  }),
);

function readCheckpoints(file: string | undefined) {
  if (!file) return [];
  const parsed = checkpoints.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `--checkpoints ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

async function main() {
  program.parse();
  const delivered = readCheckpoints(program.opts<{ checkpoints?: string }>().checkpoints);
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: Math.max(config.queryTimeoutMs, 120_000) });
  try {
    const started = Date.now();
    const report = await verifyAuditChain(db, config.audit.keys, delivered);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (report.ok) {
      process.stdout.write(
        `audit chain intact: ${report.entries} entries, head ${report.headHash}${report.erasedBefore > 1 ? `, entries before ${report.erasedBefore} erased under retention (sealed checkpoint)` : ''} (${seconds} s)\n`,
      );
    } else {
      process.stdout.write(
        `audit chain BROKEN at ${report.problem}; ${report.entries} entries before it verify (${seconds} s)\n`,
      );
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
