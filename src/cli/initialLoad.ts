// npm run import -- --initial [--neo4j-home DIR] <inputs...>: a new database's first load. Our code writes
// the validated cases as CSV (src/cases/bulkLoad.ts); Neo4j's offline importer (neo4j-admin database
// import full, from the launcher's classpath via neo4j/db.sh admin) writes the store; then the database
// is started, migrated (constraints and indexes over the loaded data), given what the online import
// computes in the database (hot-spot counts), audited, and matched. It refuses a running or non-empty
// database: the offline importer writes a new store and nothing else may hold it.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { loadConfig } from '../config';
import { Database } from '../db/database';
import { writeCsv } from '../cases/bulkLoad';
import { readSources, type Rejection } from '../cases/readCases';
import { importAudit } from '../cases/importCases';
import { matchPending } from '../matching/match';
import { drainDue } from '../alerts/raise';
import { RequestAudit } from '../audit/audit';
import { SYSTEM } from '../auth/identity';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Ids per hot-spot and audit transaction after the load. */
const CHUNK = 2000;

export async function initialLoad(
  files: string[],
  config: ReturnType<typeof loadConfig>,
  opts: { neo4jHome?: string; report?: string; purpose: string; operator?: string },
): Promise<void> {
  const port = new URL(config.neo4j.uri.replace(/^[a-z+]+:/, 'http:')).port || '7687';
  // The launcher's default store directory (neo4j/db.sh) when none is given.
  const home = path.resolve(opts.neo4jHome ?? path.join(ROOT, '.neo4j', port));
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_BOLT_PORT: port };
  const db = new Database({ ...config.neo4j, queryTimeoutMs: Math.max(config.queryTimeoutMs, 600_000) });
  try {
    await refuseUnlessEmpty(db, config.neo4j.uri, home);
    const report = opts.report ? fs.createWriteStream(opts.report) : null;
    let shown = 0;
    const started = Date.now();
    const csv = await writeCsv(readSources(files), path.join(home, 'import-csv'), {
      onRejection: (r: Rejection) => {
        report?.write(`${JSON.stringify(r)}\n`);
        if (shown++ < 50)
          process.stderr.write(
            `rejected ${r.file}:${r.line} ${r.caseRef ? `case ${r.caseRef} ` : ''}${r.field}: ${r.message}\n`,
          );
      },
      onFlagged: (r: Rejection) => report?.write(`${JSON.stringify({ ...r, flagged: true })}\n`),
    });
    await new Promise<void>((resolve) => (report ? report.end(resolve) : resolve()));
    const csvSeconds = (Date.now() - started) / 1000;

    const importStarted = Date.now();
    await run('admin', ['database', 'import', 'full', ...csv.args, config.neo4j.database], env);
    const importSeconds = (Date.now() - importStarted) / 1000;
    fs.rmSync(csv.dir, { recursive: true, force: true });

    const afterStarted = Date.now();
    await run('start', [], env);
    await db.migrate();
    // What the online import computes in its own transactions: each entity's and person's hot-spot counts.
    const ids = (await db.read('cases/countedNodes')).map((r) => r.id);
    for (let i = 0; i < ids.length; i += CHUNK) await db.write('cases/hotSpotCounts', { ids: ids.slice(i, i + CHUNK) });
    // The audit log says who loaded which cases, and notifies the owners of other agencies' cases these
    // cases report the same entities as, as the online import's entries do.
    const audit = new RequestAudit(
      { hitSecret: config.hitSecret, keys: config.audit.keys },
      { ...SYSTEM, analyst: opts.operator ?? process.env.USER ?? 'loader', purpose: opts.purpose },
    );
    audit.admit('import-cli-initial', { files });
    const write = importAudit(audit);
    for (let i = 0; i < csv.caseIds.length; i += CHUNK) {
      const chunk = csv.caseIds.slice(i, i + CHUNK);
      // As the online import does in each case's transaction: the alerts owed and the default watches.
      await db.transaction('WRITE', async (tx) => {
        await tx('alerts/markDue', { caseIds: chunk });
        await tx('alerts/defaultWatches', { caseIds: chunk });
        await write(tx, {
          ids: chunk,
          outcome: `bulk first load: ${chunk.length} cases CREATED by neo4j-admin import`,
        });
      });
    }
    const afterSeconds = (Date.now() - afterStarted) / 1000;
    const matching = await matchPending(db);
    const alerts = await drainDue(db, write);

    process.stdout.write(
      [
        `initial load finished in ${((Date.now() - started) / 1000).toFixed(1)} s into ${home}`,
        `cases: ${csv.cases} created, ${csv.rejected} rejected; ${csv.flagged} identifiers flagged`,
        `csv: ${csv.entityRows} entity rows, ${csv.nodes} nodes and ${csv.relationships} relationships written in ${csvSeconds.toFixed(1)} s`,
        `import phase (neo4j-admin database import full): ${importSeconds.toFixed(1)} s, ${Math.round(csv.entityRows / importSeconds)} entities/s`,
        `after the load: migrations, hot-spot counts and ${Math.ceil(csv.caseIds.length / CHUNK)} audit entries in ${afterSeconds.toFixed(1)} s`,
        `matching: ${matching.personsChecked} person records checked, ${matching.pairsScored} candidate pairs scored, ${matching.proposed} proposed and ${matching.forReview} for review, in ${matching.seconds.toFixed(1)} s`,
        `alerts: ${alerts} raised from the watches and typology rules`,
        `neo4j: running on ${config.neo4j.uri} (stop with NEO4J_HOME=${home} NEO4J_BOLT_PORT=${port} npm run db:stop)`,
      ].join('\n') + '\n',
    );
    process.exitCode = csv.rejected > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

/** The offline importer writes a new store: refused on a running database and on an existing store. */
async function refuseUnlessEmpty(db: Database, uri: string, home: string): Promise<void> {
  let nodes: number | null = null;
  try {
    nodes = (await db.read('cases/graphNodes'))[0].nodes;
  } catch {
    // Nothing answers at the URI: the database is stopped, as the offline importer needs.
  }
  if (nodes !== null && nodes > 0)
    throw new Error(
      `the database at ${uri} holds ${nodes} nodes; --initial loads an empty database only (import without --initial to add cases to it)`,
    );
  if (nodes !== null)
    throw new Error(
      `Neo4j is running at ${uri}; the offline importer needs it stopped: NEO4J_HOME=${home} npm run db:stop, then run again`,
    );
  const store = path.join(home, 'data', 'databases');
  if (fs.existsSync(store) && fs.readdirSync(store).some((d) => d !== 'system'))
    throw new Error(
      `${home} already holds a database store (${store}); --initial writes a new one only. Start it and import without --initial, or give an empty --neo4j-home`,
    );
}

/** bash neo4j/db.sh <command>: its output goes to stderr, beside our progress; a failure stops the load. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path.join(ROOT, 'neo4j', 'db.sh'), command, ...args], {
      env,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`neo4j/db.sh ${command} failed (exit ${code}); see its output above`)),
    );
  });
}
