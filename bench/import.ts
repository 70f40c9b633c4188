// Import benchmark: our loader against a tuned bare-driver baseline, side by side on the same data and the
// same database, per batch size, with the same number of batches in flight. Prints entities/s and
// relationships/s, our rate as a ratio of the baseline's (goal: >= 0.8), and our loader's RSS.
//
//   npm run build && node dist/bench/import.js --data data/gen-100k/cases.jsonl [--batch-sizes 1000,5000]
//     [--writers 1,2] [--rounds 1] [--out bench/results/import-100k]
//
// The baseline is the fastest raw writer of the same nodes and relationships we could write (BASELINE
// below): its rows are normalised before its clock starts (it does no parsing or validation). Our
// loader's time includes reading, validating and normalising, its per-case history, hot-spot counts and
// audit entries, as `npm run import` does.
import fs from 'node:fs';
import { Command } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import os from 'node:os';
import path from 'node:path';
import { importAudit, importSources, STATIC_LINK_TYPES } from '../src/cases/importCases';
import { RequestAudit } from '../src/audit/audit';
import { SYSTEM } from '../src/auth/identity';
import { readSources } from '../src/cases/readCases';
import { validateCase, type NormalisedCase } from '../src/cases/caseInput';

const program = new Command()
  .requiredOption('--data <file>', 'a cases.jsonl file (from seed/generate)')
  .option('--batch-sizes <list>', 'cases per transaction', '200,1000')
  .option('--rounds <n>', 'runs per batch size and writer (median reported)', '1')
  .option('--writers <list>', 'batches in flight at once, for both writers', '2')
  .option('--neo4j-pid <pid>', "the Neo4j JVM's process id: its CPU seconds are reported per run (Linux /proc)")
  .option('--out <path>', 'also write <path>.md and <path>.json (e.g. bench/results/import-100k)')
  .parse();
const opts = program.opts<{
  data: string;
  batchSizes: string;
  rounds: string;
  writers: string;
  neo4jPid?: string;
  out?: string;
}>();

/**
 * CPU seconds used so far by this process and by Neo4j (when its pid is given). On a machine shared with
 * other work, wall time varies with the load; the CPU a run costs varies much less.
 */
function cpuSeconds(): { node: number; neo4j: number | null } {
  const { user, system } = process.cpuUsage();
  let neo4jCpu: number | null = null;
  if (opts.neo4jPid) {
    // Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 per second on Linux).
    const fields = fs.readFileSync(`/proc/${opts.neo4jPid}/stat`, 'utf8').split(') ')[1].split(' ');
    neo4jCpu = (Number(fields[11]) + Number(fields[12])) / 100;
  }
  return { node: (user + system) / 1e6, neo4j: neo4jCpu };
}
const cpuSince = (before: ReturnType<typeof cpuSeconds>) => {
  const now = cpuSeconds();
  const neo4jCpu = now.neo4j === null || before.neo4j === null ? '-' : (now.neo4j - before.neo4j).toFixed(1);
  return `${(now.node - before.node).toFixed(1)}/${neo4jCpu}`;
};

const HOLDER_TYPES = [...STATIC_LINK_TYPES];
const ENTITY_LABELS = ['Phone', 'Address', 'Vehicle', 'Account', 'IdentityDocument', 'Organisation'] as const;

// The best raw UNWIND shape for the same nodes and relationships, written for speed alone: shared nodes
// MERGEd once per batch (distinct, sorted) with static labels, everything a new case brings CREATEd,
// one statement per label and relationship type, lookups on the one label the row names. No history
// (versions, details per report), no hot-spot counts, no audit: what it leaves out is our overhead.
const holderOf = (isPerson: boolean) => (isPerson ? 'Person' : 'Entity');
const BASELINE = {
  agencies: `UNWIND $rows AS row MERGE (a:Agency {code: row.code}) ON CREATE SET a.country = row.country`,
  cases: `UNWIND $rows AS row
MATCH (a:Agency {code: row.agencyCode})
CREATE (c:Case {id: row.id, country: row.country, reference: row.reference, agency: row.agencyCode,
  typologies: row.typologies, status: row.status, openedOn: date(row.openedOn)})-[:REPORTED_BY]->(a)`,
  entities: Object.fromEntries(
    ENTITY_LABELS.map((label) => [
      label,
      `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e:${label}, e += row.props`,
    ]),
  ),
  buildings: `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e:Address, e += row.props`,
  mentions: `UNWIND $rows AS row
MATCH (c:Case {id: row.caseId}) MATCH (e:Entity {id: row.id})
CREATE (c)-[:MENTIONS {caseId: row.caseId}]->(e)`,
  persons: `UNWIND $rows AS row MERGE (p:Person {id: row.id}) ON CREATE SET p += row.props`,
  involves: `UNWIND $rows AS row
MATCH (c:Case {id: row.caseId}) MATCH (p:Person {id: row.id})
CREATE (c)-[:INVOLVES {caseId: row.caseId, role: row.role}]->(p)`,
  nameKeys: `UNWIND $rows AS key MERGE (:NameKey {key: key})`,
  hasNameKey: `UNWIND $rows AS row
MATCH (p:Person {id: row.id}) UNWIND row.keys AS key MATCH (k:NameKey {key: key})
MERGE (p)-[:HAS_NAME_KEY]->(k)`,
  links: Object.fromEntries(
    HOLDER_TYPES.flatMap((type) =>
      [true, false].map((isPerson) => [
        `${type}:${isPerson}`,
        `UNWIND $rows AS row
MATCH (h:${holderOf(isPerson)} {id: row.fromId}) MATCH (e:Entity {id: row.toId})
CREATE (h)-[:${type} {caseId: row.caseId}]->(e)`,
      ]),
    ),
  ),
  transfers: Object.fromEntries(
    [true, false].flatMap((fromPerson) =>
      [true, false].map((toPerson) => [
        `${fromPerson}:${toPerson}`,
        `UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MATCH (s:${holderOf(fromPerson)} {id: row.fromId}) MATCH (r:${holderOf(toPerson)} {id: row.toId})
CREATE (c)-[:MENTIONS {caseId: row.caseId}]->(t:MoneyTransfer {id: row.id})-[:TO {caseId: row.caseId}]->(r)
SET t += row.props, t.time = datetime(row.props.time)
CREATE (s)-[:SENT {caseId: row.caseId}]->(t)`,
      ]),
    ),
  ),
};

const byId = <T extends { id: string }>(rows: T[]): T[] =>
  [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** One batch in one transaction; returns the relationships created. */
async function baselineBatch(driver: Driver, database: string, batch: NormalisedCase[]): Promise<number> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      let rels = 0;
      const run = async (text: string, rows: unknown[]) => {
        if (rows.length) rels += (await tx.run(text, { rows })).summary.counters.updates().relationshipsCreated;
      };
      await run(
        BASELINE.agencies,
        byId(batch.map((c) => ({ id: c.agencyCode, code: c.agencyCode, country: c.country }))),
      );
      await run(BASELINE.cases, batch);
      const mentions = batch.flatMap((c) => c.entities.map((e) => ({ caseId: c.id, ...e })));
      for (const label of ENTITY_LABELS)
        await run(BASELINE.entities[label], byId(mentions.filter((e) => e.label === label)));
      await run(BASELINE.mentions, mentions);
      await run(BASELINE.buildings, byId(batch.flatMap((c) => c.buildings)));
      const involves = batch.flatMap((c) => c.persons.map((p) => ({ caseId: c.id, ...p })));
      await run(BASELINE.persons, byId(involves));
      await run(BASELINE.involves, involves);
      const owned = byId(involves.filter((p) => p.owned));
      await run(BASELINE.nameKeys, [...new Set(owned.flatMap((p) => p.nameKeys))].sort());
      await run(
        BASELINE.hasNameKey,
        owned.map((p) => ({ id: p.id, keys: p.nameKeys })),
      );
      const links = batch.flatMap((c) => c.links.map((l) => ({ caseId: c.id, ...l })));
      for (const [key, text] of Object.entries(BASELINE.links))
        await run(
          text,
          links.filter((l) => `${l.type}:${l.fromIsPerson}` === key),
        );
      const transfers = batch.flatMap((c) => c.transfers.map((t) => ({ caseId: c.id, ...t })));
      for (const [key, text] of Object.entries(BASELINE.transfers))
        await run(
          text,
          transfers.filter((t) => `${t.fromIsPerson}:${t.toIsPerson}` === key),
        );
      return rels;
    });
  } finally {
    await session.close();
  }
}

/** The baseline with the loader's concurrency: up to `writers` batches in flight. */
async function baseline(
  driver: Driver,
  database: string,
  cases: NormalisedCase[],
  batchSize: number,
  writers: number,
): Promise<number> {
  let relationships = 0;
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const batch = cases.slice(next, next + batchSize);
      next += batchSize;
      // Added after the await: `relationships += await …` reads the sum before the batch runs, and
      // concurrent writers then overwrite each other's counts.
      const created = await baselineBatch(driver, database, batch);
      relationships += created;
    }
  };
  await Promise.all(Array.from({ length: writers }, worker));
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
const mb = (bytes: number) => Math.round(bytes / 1e6);

/** Our loader as the CLI runs it (audited, batched, `writers` in flight), with the RSS it took. */
async function loader(db: Database, config: ReturnType<typeof loadConfig>, batchSize: number, writers: number) {
  const audit = new RequestAudit(
    { hitSecret: config.hitSecret, keys: config.audit.keys },
    { ...SYSTEM, analyst: 'bench', purpose: 'import benchmark' },
  );
  audit.admit('import-bench', { batchSize, writers });
  const rss = { start: process.memoryUsage().rss, peak: 0, atHalf: 0 };
  const sample = setInterval(() => (rss.peak = Math.max(rss.peak, process.memoryUsage().rss)), 200);
  const total = fs.statSync(opts.data).size;
  let read = 0;
  const cpu = cpuSeconds();
  const t = process.hrtime.bigint();
  const retriesBefore = db.transactionRetries;
  try {
    const totals = await importSources(
      db,
      readSources([opts.data], (n) => {
        read += n;
        if (!rss.atHalf && read > total / 2) rss.atHalf = process.memoryUsage().rss;
      }),
      { batchSize, writers, audit: importAudit(audit), onRejection: () => undefined },
    );
    return {
      seconds: Number(process.hrtime.bigint() - t) / 1e9,
      cpu: cpuSince(cpu),
      totals,
      retries: db.transactionRetries - retriesBefore,
      rss: { ...rss, end: process.memoryUsage().rss },
    };
  } finally {
    clearInterval(sample);
  }
}

async function main() {
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: 600_000 });
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  const lines: string[] = [];
  const header =
    'batch | writers | writer   | seconds | entities/s | relationships/s | ratio | load | retries | CPU s node/neo4j | RSS start/half/peak/end MB';
  console.log(`data: ${opts.data}; Neo4j at ${config.neo4j.uri}`);
  console.log(header);
  const rounds = Number(opts.rounds);
  const results: unknown[] = [];
  // The baseline's rows are normalised before its clock starts, after our loader ran: our loader's RSS is its own.
  let prepared: NormalisedCase[] | null = null;
  const combinations = opts.batchSizes
    .split(',')
    .flatMap((b) => opts.writers.split(',').map((w) => [Number(b), Number(w)] as const));
  for (const [batchSize, writers] of combinations) {
    const ours: Array<Awaited<ReturnType<typeof loader>> & { load: number }> = [];
    const baseLoad: number[] = [];
    const base: number[] = [];
    const baseCpu: string[] = [];
    let baseRels = 0;
    for (let r = 0; r < rounds; r++) {
      await reset(db);
      ours.push({ ...(await loader(db, config, batchSize, writers)), load: os.loadavg()[0] });
      prepared ??= fs
        .readFileSync(opts.data, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((l) => {
          const v = validateCase(JSON.parse(l));
          return v.ok ? [v.case] : [];
        });
      await reset(db);
      const cpu = cpuSeconds();
      const t = process.hrtime.bigint();
      baseRels = await baseline(driver, config.neo4j.database, prepared, batchSize, writers);
      base.push(Number(process.hrtime.bigint() - t) / 1e9);
      baseCpu.push(cpuSince(cpu));
      baseLoad.push(os.loadavg()[0]);
    }
    const o = ours.find((x) => x.seconds === median(ours.map((y) => y.seconds)))!;
    const b = median(base);
    const entityRows = o.totals.entityRows;
    // The machine's 1-minute load average when the run ended: other work on the cores shows here.
    const row = (
      name: string,
      s: number,
      rels: number,
      ratio: string,
      load: number,
      retries: string,
      cpu: string,
      rss: string,
    ) => {
      const line = `${String(batchSize).padStart(5)} | ${String(writers).padStart(7)} | ${name.padEnd(8)} | ${s.toFixed(1).padStart(7)} | ${Math.round(
        entityRows / s,
      )
        .toString()
        .padStart(10)} | ${Math.round(rels / s)
        .toString()
        .padStart(
          15,
        )} | ${ratio.padStart(5)} | ${load.toFixed(1).padStart(4)} | ${retries.padStart(7)} | ${cpu.padStart(16)} | ${rss}`;
      lines.push(line);
      console.log(line);
    };
    row(
      'loader',
      o.seconds,
      o.totals.relationshipsCreated,
      (b / o.seconds).toFixed(2),
      o.load,
      String(o.retries),
      o.cpu,
      [o.rss.start, o.rss.atHalf, o.rss.peak, o.rss.end].map(mb).join('/'),
    );
    row('baseline', b, baseRels, '1.00', baseLoad[base.indexOf(b)], '', baseCpu[base.indexOf(b)], '');
    results.push({
      batchSize,
      writers,
      entityRows,
      loader: {
        seconds: o.seconds,
        entitiesPerSecond: Math.round(entityRows / o.seconds),
        relationships: o.totals.relationshipsCreated,
        retries: o.retries,
        cpuSeconds: o.cpu,
        rssMB: { start: mb(o.rss.start), atHalf: mb(o.rss.atHalf), peak: mb(o.rss.peak), end: mb(o.rss.end) },
      },
      baseline: {
        seconds: b,
        entitiesPerSecond: Math.round(entityRows / b),
        relationships: baseRels,
        cpuSeconds: baseCpu[base.indexOf(b)],
      },
      loadAverage: { loader: o.load, baseline: baseLoad[base.indexOf(b)] },
      ratio: b / o.seconds,
    });
  }
  if (opts.out) {
    const command = `node dist/bench/import.js ${process.argv.slice(2).join(' ')}`;
    fs.writeFileSync(`${opts.out}.json`, `${JSON.stringify({ command, data: opts.data, results }, null, 2)}\n`);
    fs.writeFileSync(
      `${opts.out}.md`,
      [
        `# Import benchmark: ${path.basename(path.dirname(opts.data))}`,
        '',
        `\`${command}\` (Neo4j ${config.neo4j.uri}, ${new Date().toISOString().slice(0, 10)})`,
        '',
        '```',
        header,
        ...lines,
        '```',
        '',
      ].join('\n'),
    );
  }
  await driver.close();
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
