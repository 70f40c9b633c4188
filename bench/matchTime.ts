// Matching time on a loaded dataset: marks person records pending (all, or --records N of them, as an
// incremental import of them would) and runs the matcher as the import does, then prints its report.
//
//   npm run build && node dist/bench/matchTime.js                  (everything, from scratch)
//   node dist/bench/matchTime.js --records 3200                     (about a 10k-entity import's persons)
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { matchPending } from '../src/matching/match';

const opts = new Command()
  .description('Time person matching over a loaded dataset.')
  .option('--records <n>', 'mark only this many person records pending (default: all)', (v) => Number(v))
  .parse()
  .opts<{ records?: number }>();

async function main() {
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: 600_000 });
  try {
    let ids = (await db.read('bench/personIds')).map((r) => r.id);
    if (opts.records !== undefined)
      ids = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / opts.records!)) === 0).slice(0, opts.records);
    for (let i = 0; i < ids.length; i += 10_000) await db.write('bench/markPending', { ids: ids.slice(i, i + 10_000) });
    const run = await matchPending(db);
    console.log(
      `matching: ${run.personsChecked} person records, ${run.pairsScored} candidate pairs scored (${(run.pairsScored / Math.max(1, run.personsChecked)).toFixed(2)} per record), ` +
        `${run.proposed} proposed and ${run.forReview} for review by model ${run.modelVersion}, in ${run.seconds.toFixed(1)} s; ${run.oversizedBlocks.length} oversized blocking keys skipped` +
        (run.oversizedBlocks.length
          ? ` (largest: ${run.oversizedBlocks
              .slice(0, 5)
              .map((b) => `${b.key} ${b.size}`)
              .join(', ')})`
          : ''),
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
