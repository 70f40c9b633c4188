// npm run match:train: re-estimates the person-matching model from the graph (src/matching/train.ts) and
// stores it as a new MatchModel version; matching runs after this use it, and record its version on each
// proposal. Existing proposals keep the version that scored them until their records are matched again.
// Exit code: 0 trained, 2 could not run.
import { Command } from 'commander';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { checkCalibration, trainModel, type CalibrationBand } from '../matching/train';
import { FIELDS, type Field } from '../matching/score';

const program = new Command()
  .name('match:train')
  .description(
    'Estimate the person-matching model (m and u probabilities) from the graph and store it as a new version.',
  )
  // 20,000: at 1M, three runs of 5,000 gave a prior of 0.0033 to 0.0080 duplicates per record, three of 20,000
  // 0.0072 to 0.0089 (bench/results/matching-1m.txt), for 5 to 6 s more.
  .option('-s, --sample <n>', 'records whose candidate pairs the EM learns from', (v) => Number(v), 20_000)
  .showHelpAfterError();

async function main() {
  program.parse();
  const { sample } = program.opts<{ sample: number }>();
  if (!Number.isInteger(sample) || sample < 10 || sample > 1_000_000)
    throw new Error('--sample must be a whole number from 10 to 1000000');
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: Math.max(config.queryTimeoutMs, 300_000) });
  const started = Date.now();
  try {
    await db.migrate();
    const t = await trainModel(db, { sample });
    const p = t.model.params;
    process.stdout.write(
      `match:train: model ${t.model.version} from ${t.pairs} candidate pairs of ${t.records} sampled records (of ${t.population}), ` +
        `${t.iterations} EM iterations, ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        (t.emAccepted
          ? ''
          : "  the EM found no class of one individual (one individual's records disagreed on the birth date more often than not): m kept at the defaults, u estimated\n") +
        `  duplicates per record ${p.duplicatesPerRecord.toFixed(4)} (pairs with one name and an equal birth date beyond chance); the EM's expected matches per record ${t.posteriorPerRecord.toFixed(4)}\n` +
        `  given the names agree (namesakes with different birth dates): gender agrees u=${p.namesakeAgreement.gender.toPrecision(4)}, nationality u=${p.namesakeAgreement.nationality.toPrecision(4)}\n`,
    );
    // A shared address's u is its term frequency, not a stored u (score.ts): only its m is printed.
    for (const field of Object.keys(FIELDS) as Field[]) {
      const levels = Object.entries(p.levels[field] as Record<string, { m: number; u: number }>).map(([l, { m, u }]) =>
        field === 'address'
          ? `${l} m=${m.toPrecision(3)} (u: the share of records living at the address)`
          : `${l} m=${m.toPrecision(3)} u=${u.toPrecision(3)} w=${Math.log(m / u).toFixed(2)}`,
      );
      process.stdout.write(`  ${field.padEnd(12)} ${levels.join('; ')}\n`);
    }
    // Analysts' decisions are the labels that check the model: a calibrated model's pairs in a band are
    // confirmed about as often as the band says.
    const c = await checkCalibration(db, t.model);
    if (c.decisions === 0) {
      process.stdout.write('  calibration: no analyst decisions yet (decideMatch) to check the model against\n');
    } else {
      const row = (b: CalibrationBand) =>
        `${b.from.toFixed(2)}–${b.to.toFixed(2)}: ${b.confirmed} of ${b.decided} confirmed${b.decided ? ` (${((100 * b.confirmed) / b.decided).toFixed(0)} %)` : ''}`;
      const brier = (x: number | null) => (x === null ? '-' : x.toFixed(3));
      process.stdout.write(
        `  calibration against ${c.decisions} analyst decisions (confirmed in each probability band):\n` +
          `    when decided (Brier ${brier(c.brier.whenDecided)}): ${c.whenDecided.map(row).join('; ')}\n` +
          `    by this model (Brier ${brier(c.brier.byModel)}): ${c.byModel.map(row).join('; ')}\n`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`match:train: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
