// Import benchmark: our loader against a bare-driver baseline, side by side on the same data and the
// same database, at three batch sizes. Prints entities/s and relationships/s and our rate as a ratio of
// the baseline's (goal: >= 0.8).
//
//   npm run build && node dist/bench/import.js --data data/gen-100k/cases.jsonl [--batch-sizes 50,200,1000] [--rounds 1]
//
// The baseline is the plainest writer of the same graph: the rows are normalised before its clock
// starts (it does no parsing or validation), and each batch is one transaction of plain UNWIND … MERGE
// statements. Our loader's time includes reading, validating and normalising, as a real import does.
import fs from 'node:fs';
import { Command } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { importSources, STATIC_LINK_TYPES } from '../src/cases/importCases';
import { readSources } from '../src/cases/readCases';
import { validateCase, type NormalisedCase } from '../src/cases/caseInput';

const program = new Command()
  .requiredOption('--data <file>', 'a cases.jsonl file (from seed/generate)')
  .option('--batch-sizes <list>', 'cases per transaction', '50,200,1000')
  .option('--rounds <n>', 'runs per batch size and writer (median reported)', '1')
  .parse();
const opts = program.opts<{ data: string; batchSizes: string; rounds: string }>();

const HOLDER_TYPES = [...STATIC_LINK_TYPES];
// One plain statement per relationship type (a static type is what makes MERGE fast).
const BASELINE_LINKS = Object.fromEntries(
  HOLDER_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row
OPTIONAL MATCH (p:Person {id: row.fromId})
OPTIONAL MATCH (o:Entity {id: row.fromId})
WITH row, coalesce(p, o) AS holder
MATCH (e:Entity {id: row.toId})
MERGE (holder)-[:${type} {caseId: row.caseId}]->(e)`,
  ]),
);

const BASELINE = {
  cases: `UNWIND $rows AS row
MERGE (a:Agency {code: row.agencyCode})
MERGE (c:Case {id: row.id}) SET c.country = row.country, c.reference = row.reference, c.agency = row.agencyCode,
  c.typologies = row.typologies, c.status = row.status, c.openedOn = date(row.openedOn)
MERGE (c)-[:REPORTED_BY {caseId: row.id}]->(a)`,
  entities: `UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MERGE (e:Entity {id: row.id}) ON CREATE SET e += row.props
SET e:$(row.label)
MERGE (c)-[m:MENTIONS]->(e) SET m.caseId = row.caseId`,
  persons: `UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MERGE (p:Person {id: row.id}) ON CREATE SET p += row.props
MERGE (c)-[r:INVOLVES]->(p) SET r.caseId = row.caseId, r.role = row.role`,
  transfers: `UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MERGE (t:MoneyTransfer {id: row.id}) SET t += row.props
MERGE (c)-[:MENTIONS {caseId: row.caseId}]->(t)
WITH row, t
OPTIONAL MATCH (fp:Person {id: row.fromId}) OPTIONAL MATCH (fa:Entity {id: row.fromId})
OPTIONAL MATCH (tp:Person {id: row.toId}) OPTIONAL MATCH (ta:Entity {id: row.toId})
WITH row, t, coalesce(fp, fa) AS s, coalesce(tp, ta) AS r
MERGE (s)-[:SENT {caseId: row.caseId}]->(t)
MERGE (t)-[:TO {caseId: row.caseId}]->(r)`,
};

async function baseline(driver: Driver, database: string, cases: NormalisedCase[], batchSize: number): Promise<number> {
  let relationships = 0;
  for (let i = 0; i < cases.length; i += batchSize) {
    const batch = cases.slice(i, i + batchSize);
    const session = driver.session({ database });
    try {
      relationships += await session.executeWrite(async (tx) => {
        let rels = 0;
        const run = async (text: string, rows: unknown[]) => {
          if (rows.length) rels += (await tx.run(text, { rows })).summary.counters.updates().relationshipsCreated;
        };
        await run(BASELINE.cases, batch);
        await run(
          BASELINE.entities,
          batch.flatMap((c) => c.entities.map((e) => ({ caseId: c.id, ...e }))),
        );
        await run(
          BASELINE.persons,
          batch.flatMap((c) => c.persons.map((p) => ({ caseId: c.id, ...p }))),
        );
        const links = batch.flatMap((c) => c.links.map((l) => ({ caseId: c.id, ...l })));
        for (const type of HOLDER_TYPES)
          await run(
            BASELINE_LINKS[type],
            links.filter((l) => l.type === type),
          );
        await run(
          BASELINE.transfers,
          batch.flatMap((c) => c.transfers.map((t) => ({ caseId: c.id, ...t }))),
        );
        return rels;
      });
    } finally {
      await session.close();
    }
  }
  return relationships;
}

async function reset(db: Database) {
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await db.migrate();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: 600_000 });
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  const lines = fs.readFileSync(opts.data, 'utf8').split('\n').filter(Boolean);
  const prepared = lines.map((l) => validateCase(JSON.parse(l))).flatMap((r) => (r.ok ? [r.case] : []));
  const entityRows = prepared.reduce((n, c) => n + c.persons.length + c.entities.length + c.transfers.length, 0);
  console.log(
    `data: ${opts.data}: ${prepared.length} cases, ${entityRows} entity rows (${lines.length - prepared.length} invalid lines skipped by the baseline)`,
  );
  console.log('batch | writer   | seconds | entities/s | relationships/s | ratio');
  const rounds = Number(opts.rounds);
  for (const batchSize of opts.batchSizes.split(',').map(Number)) {
    const ours: number[] = [];
    const base: number[] = [];
    let oursRels = 0;
    let baseRels = 0;
    for (let r = 0; r < rounds; r++) {
      await reset(db);
      let t = process.hrtime.bigint();
      const totals = await importSources(db, readSources([opts.data]), { batchSize, onRejection: () => undefined });
      ours.push(Number(process.hrtime.bigint() - t) / 1e9);
      oursRels = totals.relationshipsCreated;

      await reset(db);
      t = process.hrtime.bigint();
      baseRels = await baseline(driver, config.neo4j.database, prepared, batchSize);
      base.push(Number(process.hrtime.bigint() - t) / 1e9);
    }
    const [o, b] = [median(ours), median(base)];
    const row = (name: string, s: number, rels: number, ratio: string) =>
      console.log(
        `${String(batchSize).padStart(5)} | ${name.padEnd(8)} | ${s.toFixed(1).padStart(7)} | ${Math.round(
          entityRows / s,
        )
          .toString()
          .padStart(10)} | ${Math.round(rels / s)
          .toString()
          .padStart(15)} | ${ratio}`,
      );
    row('loader', o, oursRels, (b / o).toFixed(2));
    row('baseline', b, baseRels, '1.00');
  }
  await driver.close();
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
