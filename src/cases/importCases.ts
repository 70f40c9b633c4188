// Writes validated cases to the graph: batched UNWIND … MERGE, whole cases per transaction, so a case is
// never half-imported. An unchanged case (same content version) is recognised and skipped, which makes
// re-imports cheap and a re-run after a crash finish exactly where the first run stopped.
import type { Database, StatementResult } from '../db/database';
import { RULES_VERSION, validateCase, type FieldProblem, type NormalisedCase } from './caseInput';
import type { Rejection, SourceItem } from './readCases';
import { markGuessSweeps, matchPending, type MatchRun } from '../matching/match';
import { detailKeys } from '../model/nodes';
import { declOfLabel } from '../model/registry';
import type { AuditWrite, RequestAudit } from '../audit/audit';
import { typeOfId } from '../auth/access';
import type { HitRecord } from '../auth/record';
import { raiseAlerts } from '../alerts/raise';
import { kindOfId } from '../model/ids';

export interface CaseOutcome {
  index: number;
  caseId: string | null;
  reference: string | null;
  status: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';
  problems: FieldProblem[];
  /** Identifiers kept as written and flagged unverified; the case itself went in. */
  flagged: FieldProblem[];
}

export interface ImportTotals {
  cases: { created: number; updated: number; unchanged: number; rejected: number };
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  /** Rows merged onto nodes that already existed: the entities and persons other cases share. */
  entitiesMatched: number;
  entitiesCreated: number;
}

export interface ImportReport extends ImportTotals {
  outcomes: CaseOutcome[];
  matching: MatchRun;
}

export function emptyTotals(): ImportTotals {
  return {
    cases: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    entitiesMatched: 0,
    entitiesCreated: 0,
  };
}

/** Validates every case, writes the valid ones in batches, and reports each case's outcome. */
/** The mutation's path: each case in its own transaction (batch size 1), so one failure costs one case. */
/** A token caller's import: its agency and country, and problems found beforehand with its rights. */
export interface Loader {
  agency: string;
  country: string | null;
  refused: Map<number, FieldProblem[]>;
}

/**
 * The audit entry of one import transaction: the cases it wrote, and a notification to the owner of every
 * other agency's case that reports what these cases report. Data, entry and notifications commit together.
 */
export function importAudit(audit: RequestAudit): AuditWrite {
  return async (run, wrote) => {
    const caseIds = wrote.ids.filter((id) => kindOfId(id) === 'case');
    const hits: HitRecord[] =
      wrote.hits ??
      (caseIds.length
        ? (await run('access/importHits', { caseIds })).rows.map((h) => ({
            caseId: h.caseId,
            owner: h.owner,
            fromAgency: h.fromAgency,
            entityId: h.entityId,
            entityType: typeOfId(h.entityId),
          }))
        : []);
    await audit.write(run, { ...wrote, hits });
  };
}

/** With `audit`, every write transaction appends its own audit entry before it commits (an API caller's import). */
export async function importCases(
  db: Database,
  inputs: unknown[],
  batchSize = 1,
  loader: Loader | null = null,
  audit?: AuditWrite,
): Promise<ImportReport> {
  const report: ImportReport = {
    ...emptyTotals(),
    outcomes: [],
    matching: {
      personsChecked: 0,
      pairsScored: 0,
      proposed: 0,
      forReview: 0,
      seconds: 0,
      proposedPairs: [],
      modelVersion: '',
      oversizedBlocks: [],
    },
  };
  const valid: Array<{ index: number; c: NormalisedCase }> = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, index) => {
    const result = validateCase(input);
    const ref = referenceOf(input);
    if (!result.ok) {
      report.outcomes.push({
        index,
        caseId: null,
        reference: ref,
        status: 'REJECTED',
        problems: result.problems,
        flagged: [],
      });
      return;
    }
    // A loader imports its own agency's cases only, in its own country: ownership is what the exchange rests on.
    const refused = [...(loader?.refused.get(index) ?? [])];
    if (loader && result.case.agencyCode !== loader.agency) {
      refused.unshift({
        field: 'agency.code',
        message: `your token is of agency ${loader.agency}; a loader imports its own agency's cases only`,
      });
    } else if (loader?.country && result.case.country !== loader.country) {
      refused.unshift({
        field: 'agency.country',
        message: `agency ${loader.agency} is in ${loader.country}, not ${result.case.country}`,
      });
    }
    if (refused.length) {
      report.outcomes.push({ index, caseId: null, reference: ref, status: 'REJECTED', problems: refused, flagged: [] });
      return;
    }
    const earlier = seen.get(result.case.id);
    if (earlier !== undefined) {
      report.outcomes.push({
        index,
        caseId: result.case.id,
        reference: ref,
        status: 'REJECTED',
        problems: [
          {
            field: 'reference',
            message: `duplicate of case ${earlier} in the same import (same agency and reference)`,
          },
        ],
        flagged: [],
      });
      return;
    }
    seen.set(result.case.id, index);
    valid.push({ index, c: result.case });
  });
  // One name tried with many birth dates in one import is a guess sweep: its pairs show as no hit.
  markGuessSweeps(valid.map((v) => v.c));
  for (let i = 0; i < valid.length; i += batchSize) {
    const batch = valid.slice(i, i + batchSize);
    const written = await writeCases(
      db,
      batch.map((b) => b.c),
      audit,
    );
    addTotals(report, written.totals);
    batch.forEach((b) => {
      const { status, problem } = written.outcomes.get(b.c.id)!;
      report.outcomes.push({
        index: b.index,
        caseId: b.c.id,
        reference: b.c.reference,
        status,
        problems: problem ? [problem] : [],
        flagged: status === 'REJECTED' ? [] : b.c.flagged,
      });
    });
  }
  report.cases.rejected = report.outcomes.filter((o) => o.status === 'REJECTED').length;
  report.outcomes.sort((a, b) => a.index - b.index);
  report.matching = await matchPending(db, audit);
  return report;
}

export function addTotals(into: ImportTotals, add: ImportTotals): void {
  into.cases.created += add.cases.created;
  into.cases.updated += add.cases.updated;
  into.cases.unchanged += add.cases.unchanged;
  into.cases.rejected += add.cases.rejected;
  into.nodesCreated += add.nodesCreated;
  into.relationshipsCreated += add.relationshipsCreated;
  into.nodesDeleted += add.nodesDeleted;
  into.relationshipsDeleted += add.relationshipsDeleted;
  into.entitiesMatched += add.entitiesMatched;
  into.entitiesCreated += add.entitiesCreated;
}

/**
 * Writes whole cases in one transaction. The transaction function may be retried: what it CREATEs is new
 * to the graph as read in the same attempt, everything else MERGEs. Shared nodes are written first, one
 * statement per kind in a fixed order (agencies, entities, buildings, persons, name keys) and each
 * statement's rows sorted by id, so that concurrent writers lock them in one order and queue instead of
 * deadlocking. With `audit`, the transaction's last statement is its audit entry, so the cases and their
 * entry commit together.
 */
export async function writeBatch(
  db: Database,
  cases: NormalisedCase[],
  audit?: AuditWrite,
): Promise<{ totals: ImportTotals; status: Map<string, CaseOutcome['status']> }> {
  const written = await db.transaction('WRITE', async (run) => {
    const totals = emptyTotals();
    const status = new Map<string, CaseOutcome['status']>();
    const stored = new Map(
      (await run('cases/caseVersions', { ids: cases.map((c) => c.id) })).rows.map((r) => [r.id, r.version]),
    );
    const changed = cases.filter((c) => {
      const previous = stored.get(c.id);
      const s = previous === undefined ? 'CREATED' : previous === c.version ? 'UNCHANGED' : 'UPDATED';
      status.set(c.id, s);
      totals.cases[s === 'CREATED' ? 'created' : s === 'UPDATED' ? 'updated' : 'unchanged'] += 1;
      return s !== 'UNCHANGED';
    });
    if (changed.length === 0) return { totals, status };

    const count = <R extends StatementResult>(r: R): R => {
      totals.nodesCreated += r.counters.nodesCreated;
      totals.relationshipsCreated += r.counters.relationshipsCreated;
      totals.nodesDeleted += r.counters.nodesDeleted;
      totals.relationshipsDeleted += r.counters.relationshipsDeleted;
      return r;
    };
    // A case no earlier transaction wrote: its case node and everything that carries its caseId are new,
    // so CREATE; a changed case's are merged (the `merge…` statement of each pair).
    const isNew = (c: NormalisedCase) => status.get(c.id) === 'CREATED';
    const perCase = <T, R>(pick: (c: NormalisedCase) => T[], row: (x: T) => R) =>
      changed.flatMap((c) => pick(c).map((x) => ({ caseId: c.id, version: c.version, isNew: isNew(c), ...row(x) })));
    // The rows of new cases go to the `create…` statement, the others to its `merge…` twin.
    const createOrMerge = async <R extends { isNew: boolean }>(
      rows: R[],
      create: (rows: R[]) => Promise<StatementResult>,
      merge: (rows: R[]) => Promise<StatementResult | void>,
    ) => {
      const fresh = rows.filter((r) => r.isNew);
      const known = rows.filter((r) => !r.isNew);
      if (fresh.length) count(await create(fresh));
      const merged = known.length ? await merge(known) : undefined;
      if (merged) count(merged);
    };

    count(
      await run('cases/mergeAgencies', {
        rows: distinctById(
          changed.map((c) => ({
            id: c.agencyCode,
            agencyCode: c.agencyCode,
            agencyName: c.agencyName,
            country: c.country,
          })),
        ),
      }),
    );
    await createOrMerge(
      changed.map((c) => ({ ...caseRow(c), isNew: isNew(c) })),
      (cases) => run('cases/createCases', { cases }),
      (cases) => run('cases/mergeCases', { cases }),
    );
    // Absent details stay absent: a report without a van's colour does not erase another report's.
    const mentions = perCase(
      (c) => c.entities,
      (e) => ({ id: e.id, label: e.label, asWritten: e.asWritten, ...splitDetails(e) }),
    );
    // One node row per entity: the batch's last report that gives details is the node's latest.
    const entities = distinctById(mentions, (kept, next) => (next.hasDetails || !kept.hasDetails ? next : kept));
    const shared = count(await run('cases/mergeEntities', { rows: entities }));
    totals.entitiesCreated = shared.counters.nodesCreated;
    totals.entitiesMatched = mentions.length - shared.counters.nodesCreated;
    await createOrMerge(
      mentions,
      (rows) => run('cases/createMentions', { rows }),
      (rows) => run('cases/mergeMentions', { rows }),
    );
    const buildings = distinctById(changed.flatMap((c) => c.buildings));
    if (buildings.length) count(await run('cases/mergeBuildings', { rows: buildings }));
    const involves = perCase(
      (c) => c.persons,
      (p) => p,
    );
    // The registering agency's row sets a person's details; any other case only links to the record.
    const persons = distinctById(involves, (kept, next) => (next.owned || !kept.owned ? next : kept));
    count(await run('cases/mergePersons', { rows: persons }));
    await createOrMerge(
      involves,
      (rows) => run('cases/createInvolves', { rows }),
      (rows) => run('cases/mergeInvolves', { rows }),
    );
    const owned = persons.filter((p) => p.owned);
    if (owned.length) {
      const keys = [...new Set(owned.flatMap((p) => p.nameKeys))].sort();
      const rows = owned.map((p) => ({ id: p.id, keys: p.nameKeys }));
      // Not counted: whether a name key node was new says whether any record, hidden ones included, holds
      // that name (with that birth date): the report's counts would tell a hidden victim's name and date.
      // Unlinked first: a key one record drops and another takes up must exist when it is linked.
      await run('matching/unlinkNameKeys', { rows });
      await run('cases/mergeNameKeys', { keys });
      await run('matching/setNameKeys', { rows });
    }
    // A new case's links are created whatever their type; a changed case's are merged, with a static type
    // where mergeHolderLinks.cypher has one (STATIC_LINK_TYPES) and a dynamic one for the rest.
    const links = perCase(
      (c) => c.links,
      (l) => l,
    );
    await createOrMerge(
      links,
      (rows) => run('cases/createHolderLinks', { rows }),
      async (rows) => {
        const other = rows.filter((l) => !STATIC_LINK_TYPES.has(l.type));
        const fixed = rows.filter((l) => STATIC_LINK_TYPES.has(l.type));
        if (other.length) count(await run('cases/mergeOtherLinks', { rows: other }));
        if (fixed.length) count(await run('cases/mergeHolderLinks', { rows: fixed }));
      },
    );
    await createOrMerge(
      perCase(
        (c) => c.transfers,
        (t) => t,
      ),
      (rows) => run('cases/createTransfers', { rows }),
      (rows) => run('cases/mergeTransfers', { rows }),
    );
    const updated = changed.filter((c) => status.get(c.id) === 'UPDATED');
    const touched = new Set([...entities.map((e) => e.id), ...buildings.map((b) => b.id), ...persons.map((p) => p.id)]);
    if (updated.length) {
      const versions = updated.map((c) => ({ id: c.id, version: c.version }));
      for (const r of (await run('cases/previousMentions', { cases: versions })).rows) touched.add(r.id);
      const stale = count(await run('cases/removeStale', { cases: versions }));
      const orphans = [...new Set(stale.rows.flatMap((r) => r.orphans))].sort();
      if (orphans.length) await run('cases/removeOrphans', { ids: orphans });
      totals.nodesDeleted += orphans.length;
    }
    // The hot-spot counts of everything these cases report now or reported before, in the same transaction.
    await run('cases/hotSpotCounts', { ids: [...touched].sort() });
    // The alerts owed (src/alerts/raise.ts), and the agency's default watches of its open cases: both
    // written with the cases, so the import's audit entry covers them.
    const caseIds = changed.map((c) => c.id).sort();
    await run('alerts/markDue', { caseIds });
    await run('alerts/defaultWatches', { caseIds });
    await audit?.(run, {
      ids: changed.map((c) => c.id),
      outcome: `wrote ${changed.map((c) => `${c.id} ${status.get(c.id)}`).join(', ')}`,
    });
    return { totals, status };
  });
  // After the commit: the alerts these cases owe, including an unchanged case's still owed (src/alerts).
  await raiseAlerts(
    db,
    cases.map((c) => c.id),
    audit,
  );
  return written;
}

export type WriteOutcome = { status: CaseOutcome['status']; problem: FieldProblem | null };

/**
 * Writes a batch in one transaction; should the database refuse it (a constraint the data breaks), writes
 * its cases one by one, so one bad case never drops its neighbours and each case stays all-or-nothing.
 * A failure that is not about the data (the database is down, a time limit) stops the import.
 */
export async function writeCases(
  db: Database,
  cases: NormalisedCase[],
  audit?: AuditWrite,
): Promise<{ totals: ImportTotals; outcomes: Map<string, WriteOutcome> }> {
  const outcomes = new Map<string, WriteOutcome>();
  try {
    const { totals, status } = await writeBatch(db, cases, audit);
    for (const [id, s] of status) outcomes.set(id, { status: s, problem: null });
    return { totals, outcomes };
  } catch (error) {
    // A batch larger than the database's transaction memory (dbms.memory.transaction.total.max): its
    // halves are written apart, each case still whole in one transaction.
    if (tooLarge(error) && cases.length > 1) {
      const half = Math.ceil(cases.length / 2);
      const parts = [await writeCases(db, cases.slice(0, half), audit), await writeCases(db, cases.slice(half), audit)];
      const totals = emptyTotals();
      for (const part of parts) {
        addTotals(totals, part.totals);
        for (const [id, o] of part.outcomes) outcomes.set(id, o);
      }
      return { totals, outcomes };
    }
    if (!refusedData(error)) throw error;
    if (cases.length === 1) {
      const reason = (error as Error).message.split('\n')[0];
      const message = `the database refused this case, so none of it was written (${reason}); the other cases go on`;
      outcomes.set(cases[0].id, { status: 'REJECTED', problem: { field: '(case)', message } });
      return { totals: emptyTotals(), outcomes };
    }
  }
  const totals = emptyTotals();
  for (const c of cases) {
    const one = await writeCases(db, [c], audit);
    addTotals(totals, one.totals);
    for (const [id, o] of one.outcomes) outcomes.set(id, o);
  }
  return { totals, outcomes };
}

/** The transaction outgrew the memory Neo4j grants transactions (Neo.TransientError.General.MemoryPoolOutOfMemoryError). */
function tooLarge(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
}

/** Neo4j refused the statement for what the data says (Neo.ClientError.Schema / .Statement), not for its own state. */
function refusedData(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^Neo\.ClientError\.(Schema|Statement)\./.test(code);
}

/** One row per id, in id order (the lock order); `pick` chooses between two rows of the same id. */
function distinctById<T extends { id: string }>(rows: T[], pick: (kept: T, next: T) => T = (kept) => kept): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const kept = byId.get(row.id);
    byId.set(row.id, kept ? pick(kept, row) : row);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The relationship types cypher/cases/mergeHolderLinks.cypher merges with a FOREACH of their own. */
export const STATIC_LINK_TYPES = new Set([
  'USES',
  'LIVES_AT',
  'LOCATED_AT',
  'USES_VEHICLE',
  'HOLDS_ACCOUNT',
  'HOLDS_DOCUMENT',
  'MEMBER_OF',
  'IN_BUILDING',
]);

const withoutNulls = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));

/**
 * Key properties go in as given (absent ones stay absent). Descriptive details go in as a whole, nulls
 * included, and only from a report that gives some: a report without them neither erases another
 * report's nor claims them as its own.
 */
export function splitDetails(e: NormalisedCase['entities'][number]) {
  const keys = new Set(detailKeys(declOfLabel(e.label)!.type, e.id));
  const details = Object.fromEntries(Object.entries(e.props).filter(([k]) => keys.has(k)));
  const props = withoutNulls(Object.fromEntries(Object.entries(e.props).filter(([k]) => !keys.has(k))));
  for (const k of keys) details[k] ??= null;
  const hasDetails = Object.values(details).some((v) => v !== null);
  // The report's own copy, as the caller reads them (the search text is the index's, not a detail shown).
  const { searchText: _searchText, ...shown } = details;
  return { props, details, hasDetails, detailsJson: hasDetails ? JSON.stringify(shown) : null };
}

function caseRow(c: NormalisedCase) {
  return {
    id: c.id,
    reference: c.reference,
    agencyCode: c.agencyCode,
    agencyName: c.agencyName,
    country: c.country,
    title: c.title,
    handlingCode: c.handlingCode,
    handlingText: c.handlingText,
    sourceReliability: c.sourceReliability,
    informationReliability: c.informationReliability,
    typologies: c.typologies,
    status: c.status,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    version: c.version,
    rules: RULES_VERSION,
  };
}

function referenceOf(input: unknown): string | null {
  const ref = (input as { reference?: unknown } | null)?.reference;
  return typeof ref === 'string' ? ref : null;
}

export interface LoadProgress {
  cases: number;
  entities: number;
  rejected: number;
  flagged: number;
}

/**
 * The bulk path: reads case after case from a stream, validates each, and writes them in batches of
 * `batchSize` cases, up to `writers` batches in flight while the next is read and validated. Rejections
 * are reported as they are found, with file, line and field; the valid cases go on, and so do the other
 * cases of a batch the database refused one case of (writeCases).
 */
export async function importSources(
  db: Database,
  items: AsyncIterable<SourceItem>,
  options: {
    batchSize: number;
    onRejection: (r: Rejection) => void;
    onFlagged?: (r: Rejection) => void;
    onProgress?: (p: LoadProgress) => void;
    /** Each batch's audit entry, written in the batch's own transaction. */
    audit?: AuditWrite;
    /** Batches written at once (1 when not given). */
    writers?: number;
  },
): Promise<ImportTotals & { entityRows: number; retried: number }> {
  const totals = { ...emptyTotals(), entityRows: 0, retried: 0 };
  // Transactions run again after a transient failure (a deadlock, a lock wait timeout): counted on the
  // database, which one import has to itself (the command line), and reported with the totals.
  const retriesBefore = db.transactionRetries;
  const firstSeen = new Map<string, string>();
  const progress: LoadProgress = { cases: 0, entities: 0, rejected: 0, flagged: 0 };
  const rejectOne = (r: Rejection) => {
    progress.rejected += 1;
    totals.cases.rejected += 1;
    options.onRejection(r);
  };
  let batch: Array<{ c: NormalisedCase; file: string; line: number; ref: string | null }> = [];
  // Up to `writers` batches in flight while the next is read and validated: their transactions lock
  // shared nodes in one order (writeBatch), so they queue on a shared entity instead of deadlocking.
  const inFlight = new Set<Promise<void>>();
  const flush = async () => {
    const cases = batch;
    batch = [];
    while (inFlight.size >= (options.writers ?? 1)) await Promise.race(inFlight);
    const write = writeCases(
      db,
      cases.map((b) => b.c),
      options.audit,
    ).then(({ totals: written, outcomes }) => {
      addTotals(totals, written);
      for (const b of cases) {
        const problem = outcomes.get(b.c.id)?.problem;
        if (problem) rejectOne({ file: b.file, line: b.line, caseRef: b.ref, ...problem });
      }
      progress.cases += cases.length;
      progress.entities += cases.reduce((n, b) => n + entityRows(b.c), 0);
      options.onProgress?.(progress);
    });
    const tracked: Promise<void> = write.finally(() => inFlight.delete(tracked));
    // A failed write surfaces at the next wait for a free writer or at the end; until then it must not
    // count as unhandled.
    tracked.catch(() => undefined);
    inFlight.add(tracked);
  };

  for await (const item of items) {
    // Lines the reader has buffered arrive as resolved promises, so without this the loop validates a
    // whole batch or more without letting the socket's answers in: the batch in flight waits on this
    // process while Neo4j idles (the first raises of a 100k load took 5 s each instead of 20 ms).
    await new Promise((resolve) => setImmediate(resolve));
    if (item.kind === 'rejection') {
      rejectOne(item.rejection);
      continue;
    }
    const ref = referenceOf(item.input);
    const result = validateCase(item.input);
    if (!result.ok) {
      // One rejection per case, naming its first problem's place; every problem is in the message.
      const where = item.locate(result.problems[0].field);
      rejectOne({
        ...where,
        caseRef: ref,
        message: result.problems
          .map((p) => (p === result.problems[0] ? p.message : `${p.field}: ${p.message}`))
          .join('; '),
      });
      continue;
    }
    const place = `${item.file}:${item.line}`;
    const earlier = firstSeen.get(result.case.id);
    if (earlier) {
      rejectOne({
        file: item.file,
        line: item.line,
        caseRef: ref,
        field: 'reference',
        message: `duplicate case id ${result.case.id}, first at ${earlier}`,
      });
      continue;
    }
    firstSeen.set(result.case.id, place);
    for (const f of result.case.flagged) {
      progress.flagged += 1;
      options.onFlagged?.({ ...item.locate(f.field), caseRef: ref, message: f.message });
    }
    totals.entityRows += entityRows(result.case);
    batch.push({ c: result.case, file: item.file, line: item.line, ref });
    if (batch.length >= options.batchSize) await flush();
  }
  if (batch.length) await flush();
  await Promise.all(inFlight);
  totals.retried = db.transactionRetries - retriesBefore;
  return totals;
}

const entityRows = (c: NormalisedCase) => c.persons.length + c.entities.length + c.transfers.length;
