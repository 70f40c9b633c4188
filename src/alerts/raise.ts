// After an import commits: the watches its cases meet and the typology rules re-checked around what it
// touched become alerts. The import's own transaction records the alerts owed (an AlertDue per case), so a
// failed raise or a killed process loses nothing: the import raises its cases' alerts right after its
// commit, and a queue drainer (start-up, then every few seconds) raises whatever is still owed.
// A raise takes a few cases at a time: candidates are found first (reads); then, under the alerts' lock,
// what is new is written with an audit entry and the cases' debts are cleared, in one short transaction.
// An alert already raised is raised again only for new evidence (a case or a node it did not name), which
// also reopens it when it was confirmed or dismissed; so raising the same cases twice is harmless. The same
// holds for a candidate a summary counted over the cap: the summary keeps it with its evidence.
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { AuditWrite } from '../audit/audit';
import type { Database, Row } from '../db/database';
import type { ParamsOf } from '../db/statements';
import type { Logger } from '../logger';
import { alertRaiseFailures } from '../observability';
import { RULE_KINDS, WATCH_ALERTS_PER_IMPORT, type RuleKind, type RuleParams } from './rules';

/** Emitted after alerts commit in this process, so the live feed reads them at once instead of at its next poll. */
type RuleQuery = (typeof RULE_KINDS)[RuleKind]['query'];

export const alertsRaised = new EventEmitter();

/** What an alert names: its cases and the nodes they linked through. */
interface Evidence {
  caseIds: string[];
  through: string[];
}

interface Candidate {
  key: string;
  agency: string;
  analyst: string | null;
  kind: 'WATCH' | 'RULE' | 'SUMMARY';
  sourceId: string;
  sourceVersion: number | null;
  ruleKind: RuleKind | null;
  anchor: string | null;
  /** What linked: the watched node, or the account, address, phone or vehicle the rule found. */
  subject: string;
  caseIds: string[];
  through: string[];
  cap: number;
}

/**
 * The per-rule cap counts one whole import. The mutation writes each case, and the loader each batch, in
 * a transaction of its own, all under one audit writer: that writer identifies the import.
 */
interface ImportRun {
  id: string;
  raised: Map<string, number>;
}
const imports = new WeakMap<AuditWrite, ImportRun>();
const newRun = (): ImportRun => ({ id: crypto.randomUUID(), raised: new Map() });
function importRun(audit?: AuditWrite): ImportRun {
  const run = (audit && imports.get(audit)) ?? newRun();
  if (audit) imports.set(audit, run);
  return run;
}

/**
 * Cases per raise: their candidates are read together, outside the alerts' lock. Ten cases per raise made
 * a 1000-case loader batch a hundred raises of three round trips each, a fifth of the loader's time.
 */
const RAISE_CHUNK = 100;
/**
 * Candidates written per transaction under the alerts' lock. A raise of a whole loader batch (100 cases)
 * in one transaction held that lock for seconds under a concurrent 10k import (README, "Time to alert");
 * a few at a time keep each transaction short, so other imports' raises interleave instead of queueing.
 */
const WRITE_SLICE = 20;
/** A debt older than this is no longer being paid by its own import: the drainer pays it. */
const DUE_GRACE_MS = 30_000;
const DRAIN_EVERY_MS = 5_000;

interface Due {
  caseId: string;
  token: string;
}

/**
 * Right after an import's commit: raises the alerts still owed for these cases (an unchanged re-import
 * also raises what an earlier failed raise left owed). Never throws: a failed raise leaves the debt for
 * the drainer, and is logged and counted.
 */
export async function raiseAlerts(db: Database, caseIds: string[], audit?: AuditWrite): Promise<number> {
  if (caseIds.length === 0) return 0;
  try {
    const due = await db.read('alerts/dueOf', { caseIds });
    return await raiseChunks(db, due, importRun(audit), audit);
  } catch (error) {
    failed(error, caseIds.length);
    return 0;
  }
}

/**
 * Raises every alert owed since before `before` (default: all), in case id order, a page at a time. A
 * chunk that fails stays owed and the drain goes on past it. One drain counts as one import for the cap.
 */
export async function drainDue(db: Database, audit?: AuditWrite, before = new Date()): Promise<number> {
  const run = newRun();
  let written = 0;
  for (let after = ''; ;) {
    const due = await db.read('alerts/due', { before: before.toISOString(), after, limit: RAISE_CHUNK * 20 });
    if (due.length === 0) return written;
    written += await raiseChunks(db, due, run, audit);
    after = due[due.length - 1].caseId;
  }
}

async function raiseChunks(db: Database, due: Due[], run: ImportRun, audit?: AuditWrite): Promise<number> {
  let written = 0;
  for (let i = 0; i < due.length; i += RAISE_CHUNK) {
    const chunk = due.slice(i, i + RAISE_CHUNK);
    written += await raiseChunk(db, chunk, run, audit).catch((error: unknown) => failed(error, chunk.length));
  }
  return written;
}

let log: { error: (details: object, message: string) => void } = { error: (d, m) => console.error(m, d) };
function failed(error: unknown, cases: number): 0 {
  alertRaiseFailures.inc(cases);
  log.error({ err: error, cases }, 'alerts: raise failed; the alerts stay owed and are raised at the next drain');
  return 0;
}

/**
 * The drainer of a long-running process: at once (a killed process's debts), then every few seconds
 * those older than DUE_GRACE_MS (an import's own raise that failed). One drain at a time.
 */
export function startAlertQueue(db: Database, logger: Logger, audit: AuditWrite): { stop: () => Promise<void> } {
  log = logger;
  let running: Promise<unknown> = Promise.resolve();
  const drain = (before: Date) =>
    (running = running.then(() =>
      drainDue(db, audit, before).then(
        (n) => n && logger.info({ alerts: n }, 'alerts: owed alerts raised'),
        (error: unknown) => failed(error, 0),
      ),
    ));
  void drain(new Date());
  const timer = setInterval(() => void drain(new Date(Date.now() - DUE_GRACE_MS)), DRAIN_EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Raises the alerts of owed cases, a slice of candidates per transaction, and clears their debts in the
 * last one. Should a slice fail, the debts stay and a later raise writes only what is still new.
 */
async function raiseChunk(db: Database, due: Due[], run: ImportRun, audit?: AuditWrite): Promise<number> {
  const caseIds = due.map((d) => d.caseId);
  const candidates = (await Promise.all([watchCandidates(db, caseIds), ruleCandidates(db, caseIds)])).flat();
  if (candidates.length === 0) {
    // Not audited: an AlertDue marker is this service's own to-do note (which cases still owe a raise),
    // neither case data nor a disclosure. Deleting it changes no answer anyone is given; the import
    // that wrote it and the alerts raised for it (below) are audited.
    await db.write('alerts/paid', { due });
    return 0;
  }
  let written = 0;
  for (let i = 0; i < candidates.length; i += WRITE_SLICE) {
    const last = i + WRITE_SLICE >= candidates.length;
    written += await writeAlerts(db, candidates.slice(i, i + WRITE_SLICE), last ? due : [], run, audit);
  }
  return written;
}

/** Writes what is new among these candidates under the alerts' lock, and clears the debts `due`. */
async function writeAlerts(
  db: Database,
  candidates: Candidate[],
  due: Due[],
  run: ImportRun,
  audit?: AuditWrite,
): Promise<number> {
  // The cap's counts are taken on a copy and kept only once the transaction commits: the driver may run
  // this work again after a transient error, and a retry must not count the same candidates twice.
  const { written, raised: counts } = await db.transaction('WRITE', async (tx) => {
    const raised = new Map(run.raised);
    const seq = (await tx('alerts/lockFeed')).rows[0].seq;
    const keys = candidates.map((c) => c.key);
    // The evidence already raised, or counted by a summary, under each key: a candidate counted by an
    // earlier import's (or slice's) summary is not raised again by a later raise for the same evidence.
    const existing = new Map<string, Evidence>();
    for (const r of (await tx('alerts/counted', { keys })).rows) {
      const counted = JSON.parse(r.evidence) as Evidence;
      const known = existing.get(r.key);
      existing.set(r.key, {
        caseIds: union(known?.caseIds, counted.caseIds),
        through: union(known?.through, counted.through),
      });
    }
    // A raised alert holds all the evidence of its key, counted or not (it was raised as the union).
    for (const r of (await tx('alerts/existing', { keys })).rows) existing.set(r.key, r);
    const rows: Row[] = [];
    const excess = new Map<string, { candidate: Candidate; counted: { key: string; evidence: Evidence }[] }>();
    for (const c of candidates) {
      const before = existing.get(c.key);
      const newCaseIds = c.caseIds.filter((id) => !(before?.caseIds ?? []).includes(id));
      const newThrough = c.through.filter((id) => !(before?.through ?? []).includes(id));
      if (before && newCaseIds.length === 0 && newThrough.length === 0) continue; // nothing new: not raised again
      const sofar = raised.get(c.sourceId) ?? 0;
      if (sofar >= c.cap) {
        const over = excess.get(c.sourceId) ?? { candidate: c, counted: [] };
        over.counted.push({
          key: c.key,
          evidence: { caseIds: union(before?.caseIds, c.caseIds), through: union(before?.through, c.through) },
        });
        excess.set(c.sourceId, over);
        continue;
      }
      raised.set(c.sourceId, sofar + 1);
      rows.push({
        ...row(c),
        caseIds: union(before?.caseIds, c.caseIds),
        through: union(before?.through, c.through),
        newCaseIds: before ? newCaseIds : [],
        newThrough: before ? newThrough : [],
        note: before ? `new evidence: ${[...newCaseIds, ...newThrough].length} new case(s) or node(s)` : null,
      });
    }
    for (const { candidate: c, counted } of excess.values()) {
      const count = counted.length;
      rows.push({
        ...row(c),
        key: `summary|${c.sourceId}|${run.id}`,
        kind: 'SUMMARY',
        anchor: null,
        subject: null,
        caseIds: [],
        through: [],
        newCaseIds: [],
        newThrough: [],
        count,
        countedKeys: counted.map((x) => x.key),
        countedEvidence: counted.map((x) => JSON.stringify(x.evidence)),
        note: `one import raised more than ${c.cap} alerts of this ${c.kind === 'WATCH' ? 'watch' : 'rule'}: ${count} more are counted here`,
      });
    }
    if (due.length) await tx('alerts/paid', { due });
    if (rows.length === 0) return { written: 0, raised };
    await tx('alerts/raise', { rows, seq });
    await audit?.(tx, {
      ids: [...new Set(rows.flatMap((r) => [...(r.caseIds as string[]), ...(r.through as string[])]))],
      hits: [],
      outcome: `raised ${rows.length} alert(s) for ${[...new Set(rows.map((r) => r.agency as string))].sort().join(', ')}`,
    });
    return { written: rows.length, raised };
  });
  for (const [source, n] of counts) run.raised.set(source, n);
  if (written) alertsRaised.emit('raised');
  return written;
}

const row = (c: Candidate): Row => ({
  key: c.key,
  agency: c.agency,
  analyst: c.analyst,
  kind: c.kind,
  sourceId: c.sourceId,
  sourceVersion: c.sourceVersion,
  ruleKind: c.ruleKind,
  anchor: c.anchor,
  subject: c.subject,
  count: 0,
});
const union = (a: string[] | undefined, b: string[]) => [...new Set([...(a ?? []), ...b])].sort();

async function watchCandidates(db: Database, caseIds: string[]): Promise<Candidate[]> {
  return (await db.read('alerts/watchHits', { caseIds })).map((r) => ({
    key: `watch|${r.watchId}|${r.caseId}`,
    agency: r.agency,
    analyst: r.analyst ?? null,
    kind: 'WATCH',
    sourceId: r.watchId,
    sourceVersion: null,
    ruleKind: null,
    anchor: r.caseId,
    subject: r.watched,
    caseIds: [r.caseId],
    through: [r.through],
    cap: WATCH_ALERTS_PER_IMPORT,
  }));
}

/** Every enabled rule, each over what its owner may see (its own cases and those shared with it). */
async function ruleCandidates(db: Database, caseIds: string[]): Promise<Candidate[]> {
  const rules = (await db.read('alerts/rules', { agency: null })).map((r) => r.rule);
  const shared = new Map<string, string[]>();
  const out: Candidate[] = [];
  for (const agency of new Set(rules.map((r) => r.agency)))
    shared.set(
      agency,
      (await db.read('access/sharedWith', { agency })).map((r) => r.caseId),
    );
  // The rules run side by side: the time to alert is the slowest rule's, not their sum.
  const found = await Promise.all(
    rules.map((rule) => {
      const params = JSON.parse(rule.params) as RuleParams;
      return db
        .read(RULE_KINDS[rule.kind].query, {
          // The stored parameters were checked against the rule kind's schema when saved (rules.ts).
          ...params,
          caseIds,
          owner: rule.agency,
          shared: shared.get(rule.agency)!,
        } as ParamsOf<RuleQuery>)
        .then((rows) => ({ rule, params, rows }));
    }),
  );
  for (const { rule, params, rows } of found) {
    for (const r of rows)
      out.push({
        key: `rule|${rule.id}|${r.anchor}`,
        agency: rule.agency,
        analyst: null,
        kind: 'RULE',
        sourceId: rule.id,
        sourceVersion: rule.version,
        ruleKind: rule.kind,
        anchor: r.anchor,
        subject: r.anchor,
        caseIds: r.caseIds,
        through: [r.anchor],
        cap: params.maxAlertsPerImport,
      });
  }
  return out;
}
