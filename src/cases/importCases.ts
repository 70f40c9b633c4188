// Writes validated cases to the graph: batched UNWIND … MERGE, whole cases per transaction, so a case is
// never half-imported. An unchanged case (same content version) is recognised and skipped, which makes
// re-imports cheap and a re-run after a crash finish exactly where the first run stopped.
import type { Database, Run, StatementResult } from '../db/database';
import { RULES_VERSION, validateCase, type FieldProblem, type NormalisedCase } from './caseInput';
import type { Rejection, SourceItem } from './readCases';
import { matchPending, type MatchRun } from '../matching/match';
import { detailKeys, type NodeType } from '../model/nodes';
import type { AuditWrite, RequestAudit } from '../audit/audit';
import { typeOfId, type HitRecord } from '../auth/access';

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
    const caseIds = wrote.ids.filter((id) => id.startsWith('case:'));
    const hits: HitRecord[] = caseIds.length
      ? (await run('access/importHits', { caseIds })).rows.map((h) => ({
          caseId: h.caseId,
          owner: h.owner,
          fromAgency: h.fromAgency,
          entityId: h.entityId,
          entityType: typeOfId(h.entityId),
        }))
      : [];
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
  for (let i = 0; i < valid.length; i += batchSize) {
    const batch = valid.slice(i, i + batchSize);
    const written = await writeBatch(
      db,
      batch.map((b) => b.c),
      audit,
    );
    addTotals(report, written.totals);
    batch.forEach((b) =>
      report.outcomes.push({
        index: b.index,
        caseId: b.c.id,
        reference: b.c.reference,
        status: written.status.get(b.c.id)!,
        problems: [],
        flagged: b.c.flagged,
      }),
    );
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
 * Writes whole cases in one transaction. The transaction function may be retried: every step MERGEs.
 * With `audit`, the transaction's last statement is its audit entry, so the cases and their entry commit together.
 */
export async function writeBatch(
  db: Database,
  cases: NormalisedCase[],
  audit?: AuditWrite,
): Promise<{ totals: ImportTotals; status: Map<string, CaseOutcome['status']> }> {
  return db.transaction('WRITE', async (run) => {
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

    const count = (r: StatementResult) => {
      totals.nodesCreated += r.counters.nodesCreated;
      totals.relationshipsCreated += r.counters.relationshipsCreated;
      totals.nodesDeleted += r.counters.nodesDeleted;
      totals.relationshipsDeleted += r.counters.relationshipsDeleted;
      return r;
    };
    count(await run('cases/upsertCases', { cases: changed.map(caseRow) }));
    const persons = changed.flatMap((c) => c.persons.map((p) => ({ caseId: c.id, version: c.version, ...p })));
    // Absent details stay absent: a report without a van's colour does not erase another report's.
    const entities = changed.flatMap((c) =>
      c.entities.map((e) => ({ caseId: c.id, version: c.version, ...e, ...splitDetails(e) })),
    );
    const shared = count(await run('cases/mergeEntities', { rows: entities }));
    totals.entitiesCreated = shared.counters.nodesCreated;
    totals.entitiesMatched = entities.length - shared.counters.nodesCreated;
    const buildings = changed.flatMap((c) => c.buildings);
    await runIfAny(run, 'cases/mergeBuildings', buildings, count);
    count(await run('cases/mergePersons', { rows: persons }));
    const owned = persons.filter((p) => p.owned);
    if (owned.length)
      count(await run('matching/setNameKeys', { rows: owned.map((p) => ({ id: p.id, keys: p.nameKeys })) }));
    await runIfAny(
      run,
      'cases/mergeHolderLinks',
      changed.flatMap((c) => c.links.map((l) => ({ caseId: c.id, version: c.version, ...l }))),
      count,
    );
    await runIfAny(
      run,
      'cases/mergeTransfers',
      changed.flatMap((c) => c.transfers.map((t) => ({ caseId: c.id, version: c.version, ...t }))),
      count,
    );
    const updated = changed.filter((c) => status.get(c.id) === 'UPDATED');
    const touched = new Set([...entities.map((e) => e.id), ...buildings.map((b) => b.id), ...persons.map((p) => p.id)]);
    if (updated.length) {
      const versions = updated.map((c) => ({ id: c.id, version: c.version }));
      for (const r of (await run('cases/previousMentions', { cases: versions })).rows) touched.add(r.id);
      count(await run('cases/removeStale', { cases: versions }));
    }
    // The hot-spot counts of everything these cases report now or reported before, in the same transaction.
    await run('cases/hotSpotCounts', { ids: [...touched] });
    await audit?.(run, {
      ids: changed.map((c) => c.id),
      outcome: `wrote ${changed.map((c) => `${c.id} ${status.get(c.id)}`).join(', ')}`,
    });
    return { totals, status };
  });
}

type MergeStatement = 'cases/mergeBuildings' | 'cases/mergeHolderLinks' | 'cases/mergeTransfers';
async function runIfAny(
  run: Run,
  name: MergeStatement,
  rows: Array<Record<string, unknown>>,
  count: (r: StatementResult) => StatementResult,
) {
  if (rows.length) count(await run(name, { rows }));
}

const withoutNulls = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));

const TYPE_OF_LABEL: Record<string, NodeType> = {
  Phone: 'PHONE',
  Address: 'ADDRESS',
  Vehicle: 'VEHICLE',
  Account: 'ACCOUNT',
  IdentityDocument: 'IDENTITY_DOCUMENT',
  Organisation: 'ORGANISATION',
};

/**
 * Key properties go in as given (absent ones stay absent). Descriptive details go in as a whole, nulls
 * included, and only from a report that gives some: a report without them neither erases another
 * report's nor claims them as its own.
 */
function splitDetails(e: NormalisedCase['entities'][number]) {
  const keys = new Set(detailKeys(TYPE_OF_LABEL[e.label], e.id));
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
 * `batchSize` cases, one batch in flight while the next is read and validated. Rejections are reported
 * as they are found, with file, line and field; the valid cases go on.
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
  },
): Promise<ImportTotals & { entityRows: number }> {
  const totals = { ...emptyTotals(), entityRows: 0 };
  const firstSeen = new Map<string, string>();
  const progress: LoadProgress = { cases: 0, entities: 0, rejected: 0, flagged: 0 };
  const rejectOne = (r: Rejection) => {
    progress.rejected += 1;
    totals.cases.rejected += 1;
    options.onRejection(r);
  };
  let batch: NormalisedCase[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    const cases = batch;
    batch = [];
    await inFlight;
    const write = writeBatch(db, cases, options.audit).then(({ totals: written }) => {
      addTotals(totals, written);
      progress.cases += cases.length;
      progress.entities += cases.reduce((n, c) => n + entityRows(c), 0);
      options.onProgress?.(progress);
    });
    // A failed write surfaces at the next await; until then it must not count as unhandled.
    write.catch(() => undefined);
    inFlight = write;
  };

  for await (const item of items) {
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
    batch.push(result.case);
    if (batch.length >= options.batchSize) await flush();
  }
  if (batch.length) await flush();
  await inFlight;
  return totals;
}

const entityRows = (c: NormalisedCase) => c.persons.length + c.entities.length + c.transfers.length;
