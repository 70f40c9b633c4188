// Incremental person matching: after an import, only the new and changed person records are compared,
// and only with records that share a blocking key. Pairs an analyst decided are never re-proposed.
import type { Database } from '../db/database';
import type { AuditWrite } from '../audit/audit';
import { AppError, checkListSize } from '../errors';
import {
  MATCH_THRESHOLD,
  inReviewBand,
  onlyBetweenSeen,
  REVIEW_THRESHOLD,
  nameSimilarity,
  namesWithinOneError,
  scorePair,
  type MatchModel,
  type MatchPerson,
} from './score';
import { currentModel } from './model';
import { DATE_KEY, FULL_DATE } from './nameKeys';
import type { NormalisedCase } from '../cases/caseInput';
import { isPersonOf, newIdentityId } from '../model/ids';
import { isSystem } from '../auth/identity';
import type { Context as Request } from '../context';
import { clamp } from '../links/analysis';
import type { PairRow } from '../db/statements';
import type { MutationDecideMatchArgs, QueryMatchCandidatesArgs } from '../generated/graphql';

/**
 * A blocking key (name key, name with birth year, or held identifier) shared by more records than this
 * says too little to be worth comparing: it is skipped and reported, and its records meet through their
 * smaller keys (a common name within its birth-year key). Measured: 300 made matching quadratic on
 * common names at 1M entities.
 */
export const MAX_BLOCK = 60;
const CHUNK = 500;
/** Pending records read at once, then compared chunk by chunk in the order read. */
const PENDING_READ = 20_000;
/** Birth years a name is spread over, to read a name's frequency off its name-with-year key. */
const BIRTH_YEARS = 50;
const YEAR_KEY = /\|\d{4}$/;

export interface MatchRun {
  personsChecked: number;
  pairsScored: number;
  /** Pairs proposed (from MATCH_THRESHOLD), and pairs written for review (the band below it). */
  proposed: number;
  forReview: number;
  seconds: number;
  /** The proposals' record ids (from MATCH_THRESHOLD), so an API caller is told only about pairs it may see. */
  proposedPairs: Array<[string, string]>;
  /** The model version that scored this run's pairs (stored on every proposal). */
  modelVersion: string;
  /** Blocking keys too large to compare all-pairs, skipped: key and its number of records. */
  oversizedBlocks: Array<{ key: string; size: number }>;
}

interface Context {
  model: MatchModel;
  population: number;
}

/**
 * Compares every record the imports marked as pending, chunk by chunk, until none is left. With `audit`,
 * each chunk's write transaction carries its own audit entry.
 */
export async function matchPending(db: Database, audit?: AuditWrite): Promise<MatchRun> {
  const started = Date.now();
  const context = await loadContext(db);
  const run: MatchRun = {
    personsChecked: 0,
    pairsScored: 0,
    proposed: 0,
    forReview: 0,
    seconds: 0,
    proposedPairs: [],
    modelVersion: context.model.version,
    oversizedBlocks: [],
  };
  // Pairs scored in an earlier chunk of this run: a pair whose records fall in two chunks is met from
  // both sides, and is scored and counted once.
  const scored = new Map<string, boolean>();
  for (;;) {
    const ids = (await db.read('matching/pending', { limit: PENDING_READ })).map((r) => r.id);
    if (ids.length === 0) break;
    const chunk = await matchPersons(db, ids, { audit, clearPending: true, scored, context });
    run.personsChecked += chunk.personsChecked;
    run.pairsScored += chunk.pairsScored;
    run.proposed += chunk.proposed;
    run.forReview += chunk.forReview;
    run.proposedPairs.push(...chunk.proposedPairs);
    run.oversizedBlocks = mergeBlocks(run.oversizedBlocks, chunk.oversizedBlocks);
  }
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

async function loadContext(db: Database): Promise<Context> {
  const [{ persons }] = await db.read('matching/population');
  return { model: await currentModel(db), population: persons };
}

function mergeBlocks(a: MatchRun['oversizedBlocks'], b: MatchRun['oversizedBlocks']): MatchRun['oversizedBlocks'] {
  const all = new Map(a.map((x) => [x.key, x.size]));
  for (const x of b) all.set(x.key, x.size);
  return [...all].map(([key, size]) => ({ key, size })).sort((x, y) => y.size - x.size || x.key.localeCompare(y.key));
}

/**
 * How many records hold the pair's name: the smallest name key they share (a name-with-year key counts
 * as its name key, or as BIRTH_YEARS times its size when the plain key is not held); for a pair met
 * through an identifier or a date key only, the rarest name key of the first record. A date key (one word
 * and the birth date, see nameKeys) is small by construction and says nothing about the name's frequency.
 */
export function namesakes(sharedKeys: string[], keySizes: Array<[string, number]>): number {
  const size = new Map(keySizes.filter(([k]) => !DATE_KEY.test(k)));
  let least = Infinity;
  for (const k of sharedKeys.filter((key) => !DATE_KEY.test(key))) {
    const plain = YEAR_KEY.test(k)
      ? (size.get(k.replace(YEAR_KEY, '')) ?? (size.get(k) ?? 1) * BIRTH_YEARS)
      : size.get(k);
    if (plain !== undefined) least = Math.min(least, plain);
  }
  if (least === Infinity) for (const [k, s] of size) if (!YEAR_KEY.test(k)) least = Math.min(least, s);
  return Number.isFinite(least) ? least : 2;
}

/** A candidate pair as blocking met it, with what the graph knows about it. */
export interface CandidatePair {
  a: MatchPerson;
  b: MatchPerson;
  sharedKeys: string[];
  /** The records per name key of `a`. */
  keySizes: Array<[string, number]>;
  sharedDocuments: string[];
  sharedPhones: string[];
  sharedAccounts: string[];
  sharedOnline: string[];
  sharedAddresses: string[];
  /** Person records living at the least crowded shared address. */
  residents?: number;
  /** Either record came in a guess sweep (markGuessSweeps). */
  guessSweep?: boolean;
}

/**
 * A guess sweep: one name tried with many birth dates, to learn from which guess a hidden record is proposed
 * (a hit) which birth date that record holds (a black-box probe read a victim's birth date so, from one
 * import of 365 guesses). The records one agency sends in one import, born in one year, whose names are
 * close spellings of each other (name similarity SWEEP_SIMILARITY, the scorer's close band, directly or
 * through others: "Oksana Melnyt", "Oksama Melnyk" and "Oksana Welnyk" are guesses at one name too), are a
 * sweep when more than GUESS_SWEEP of them give different birth dates: each is marked `guessSweep`, and its
 * pairs are written `withheld`, shown like the review band only to a caller who sees both records
 * (onlyBetweenSeen). Three namesakes of one year in one import are rare in real files (a father and son
 * differ in year; a mistyped duplicate is one more). A sweep spread over many imports, two guesses a year
 * each, is not caught: each import is audited, and each hit read notifies the owner.
 */
const GUESS_SWEEP = 2;
const SWEEP_SIMILARITY = 0.8;

/** Marks the persons of one import that belong to a guess sweep (GUESS_SWEEP), and unmarks the others. */
export function markGuessSweeps(cases: Array<Pick<NormalisedCase, 'persons'>>): void {
  const persons = cases.flatMap((c) => c.persons).filter((p) => p.owned);
  const groups = new Map<string, typeof persons>();
  for (const p of persons) {
    p.props.guessSweep = null;
    const date = p.props.birthDate;
    if (typeof date !== 'string' || !FULL_DATE.test(date)) continue;
    const group = `${String(p.props.registeredBy)}|${date.slice(0, 4)}`;
    groups.set(group, [...(groups.get(group) ?? []), p]);
  }
  const record = (p: (typeof persons)[number]): MatchPerson => ({
    id: p.id,
    name: String(p.props.name),
    aliases: (p.props.aliases as string[]) ?? [],
    birthDate: p.props.birthDate as string,
    nationality: null,
  });
  for (const group of groups.values()) {
    if (group.length <= GUESS_SWEEP) continue;
    // Close spellings joined into clusters (union-find): a sweep need not hold the name itself.
    const parent = group.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
    const records = group.map(record);
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (root(i) !== root(j) && (nameSimilarity(records[i].name, records[j].name) ?? 0) >= SWEEP_SIMILARITY)
          parent[root(i)] = root(j);
    const dates = new Map<number, Set<unknown>>();
    group.forEach((p, i) => dates.set(root(i), (dates.get(root(i)) ?? new Set()).add(p.props.birthDate)));
    group.forEach((p, i) => {
      if (dates.get(root(i))!.size > GUESS_SWEEP) p.props.guessSweep = true;
    });
  }
}

/** The candidate pairs of some records, with their blocking keys too large to compare all-pairs. */
interface Candidates {
  pairs: CandidatePair[];
  oversizedBlocks: MatchRun['oversizedBlocks'];
}

/**
 * The candidate pairs of the given records, in one set-based read (matching/candidates). With
 * `deferPending`, a pair of two pending records comes once in a run over the pending records; `settled`
 * are pending records whose chunk is being written, which count as compared.
 */
async function readCandidates(
  db: Database,
  ids: string[],
  deferPending = false,
  settled: string[] = [],
): Promise<Candidates> {
  const pairs: CandidatePair[] = [];
  const oversized = new Map<string, number>();
  for (const r of await db.read('matching/candidates', { ids, maxBlock: MAX_BLOCK, deferPending, settled })) {
    const a = withDefaults(r.a);
    const keySizes = r.keySizes;
    const aSweeps = r.guessSweep;
    const homeSizes = new Map(r.homeSizes);
    for (const [key, size] of r.oversized) oversized.set(key, size);
    for (const c of r.candidates) {
      const shared: Record<string, string[]> = {
        HAS_NAME_KEY: [],
        HOLDS_DOCUMENT: [],
        USES: [],
        HOLDS_ACCOUNT: [],
        USES_EMAIL: [],
        USES_ONLINE_ACCOUNT: [],
        HOLDS_WALLET: [],
        LIVES_AT: [],
      };
      for (const [type, key] of c.shared) if (!shared[type].includes(key)) shared[type].push(key);
      const b = withDefaults(c.b);
      if (onlyDateKeys(shared) && !namesWithinOneError(a, b)) continue;
      pairs.push({
        a,
        b,
        keySizes,
        sharedKeys: shared.HAS_NAME_KEY,
        sharedDocuments: shared.HOLDS_DOCUMENT,
        sharedPhones: shared.USES,
        sharedAccounts: shared.HOLDS_ACCOUNT,
        sharedOnline: [...shared.USES_EMAIL, ...shared.USES_ONLINE_ACCOUNT, ...shared.HOLDS_WALLET],
        sharedAddresses: shared.LIVES_AT,
        residents: leastResidents(shared.LIVES_AT, homeSizes),
        guessSweep: aSweeps || c.guessSweep,
      });
    }
  }
  return {
    pairs,
    oversizedBlocks: mergeBlocks(
      [],
      [...oversized].map(([key, size]) => ({ key, size })),
    ),
  };
}

/** A pair's shared homes ([address id, person records living there]) as match evidence. */
export function homesEvidence(homes: Array<[string, number]>): { sharedAddresses: string[]; residents?: number } {
  const residents = new Map(homes);
  const sharedAddresses = [...residents.keys()];
  return { sharedAddresses, residents: leastResidents(sharedAddresses, residents) };
}

/** Residents of the least crowded of the shared addresses, or undefined when none is shared. */
export function leastResidents(shared: string[], residents: Map<string, number>): number | undefined {
  const sizes = shared.map((id) => residents.get(id) ?? 2);
  return sizes.length ? Math.min(...sizes) : undefined;
}

/**
 * A pair met through date keys alone (one word and the birth date, see nameKeys): such keys are there for
 * one typing error in the other word, so only such pairs are compared (namesWithinOneError); twins and
 * two people who share a given name and a birthday are not candidates.
 */
function onlyDateKeys(shared: Record<string, string[]>): boolean {
  return (
    shared.HAS_NAME_KEY.length > 0 &&
    shared.HAS_NAME_KEY.every((k) => DATE_KEY.test(k)) &&
    !shared.HOLDS_DOCUMENT.length &&
    !shared.USES.length &&
    !shared.HOLDS_ACCOUNT.length &&
    !shared.USES_EMAIL.length &&
    !shared.USES_ONLINE_ACCOUNT.length &&
    !shared.HOLDS_WALLET.length
  );
}

/** The candidate pairs of the given records (every pair from both sides: training and benchmarks). */
export async function candidatePairs(db: Database, ids: string[]): Promise<CandidatePair[]> {
  return (await readCandidates(db, ids)).pairs;
}

/**
 * Scores the records' candidate pairs. `clearPending` takes them off the pending list in the same
 * transaction; `scored` holds the pairs (key "a|b", whether proposed) already scored in this run, and is
 * filled as pairs are scored; with `audit`, each write transaction carries its entry.
 */
export async function matchPersons(
  db: Database,
  personIds: string[],
  options: { audit?: AuditWrite; clearPending?: boolean; scored?: Map<string, boolean>; context?: Context } = {},
): Promise<MatchRun> {
  const { audit, clearPending = false, scored = new Map<string, boolean>() } = options;
  const started = Date.now();
  const { model, population } = options.context ?? (await loadContext(db));
  let pairsScored = 0;
  let proposed = 0;
  let forReview = 0;
  const proposedPairs: Array<[string, string]> = [];
  let oversizedBlocks: MatchRun['oversizedBlocks'] = [];
  const ids = [...new Set(personIds)];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) chunks.push(ids.slice(i, i + CHUNK));
  const read = (i: number) => {
    // The previous chunk's records are still pending until its write commits: they count as compared.
    const reading = readCandidates(db, chunks[i], clearPending, i > 0 ? chunks[i - 1] : []);
    reading.catch(() => undefined); // awaited below; a failed write before then must not leave it unhandled
    return reading;
  };
  let next = chunks.length ? read(0) : null;
  for (let i = 0; i < chunks.length; i++) {
    const chunkIds = chunks[i];
    const candidates = await next!;
    // The next chunk's candidates are read while this one is scored and written: Neo4j and this process
    // work at the same time.
    next = i + 1 < chunks.length ? read(i + 1) : null;
    oversizedBlocks = mergeBlocks(oversizedBlocks, candidates.oversizedBlocks);
    // Pairs first met in this chunk, and the proposals of this chunk's records that stand, including
    // those scored in an earlier chunk.
    const met = new Set<string>();
    const fresh: string[] = [];
    const batch: Array<Record<string, unknown>> = [];
    for (const r of candidates.pairs) {
      const [a, b] = [r.a, r.b].sort((x, y) => x.id.localeCompare(y.id));
      const key = `${a.id}|${b.id}`;
      if (scored.has(key)) {
        if (scored.get(key) && !met.has(key)) fresh.push(key);
        continue;
      }
      const score = scorePair(a, b, { ...r, namesakes: namesakes(r.sharedKeys, r.keySizes), population }, model);
      // Written from the review band up: a pair below MATCH_THRESHOLD but at or above REVIEW_THRESHOLD is
      // a weaker link an analyst should look at (see matchThresholds in src/config.ts).
      const above = score.probability >= REVIEW_THRESHOLD;
      scored.set(key, above);
      met.add(key);
      if (!above) continue;
      fresh.push(key);
      // Only proposals are written: withdrawStale removes this chunk's proposals that were not renewed.
      batch.push({
        a: a.id,
        b: b.id,
        probability: score.probability,
        logOdds: score.logOdds,
        explanation: JSON.stringify(score.features),
        modelVersion: model.version,
        withheld: r.guessSweep === true,
      });
    }
    pairsScored += met.size;
    for (const p of batch) {
      if (inReviewBand(p.probability)) forReview += 1;
      else proposedPairs.push([p.a as string, p.b as string]);
    }
    proposed = proposedPairs.length;
    // The chunk's proposals, withdrawals and pending marks commit together: a killed run leaves no pair
    // half-written, and resumes with the records still pending.
    await db.transaction('WRITE', async (tx) => {
      if (batch.length) await tx('matching/writeCandidates', { rows: batch });
      await tx('matching/withdrawStale', { ids: chunkIds, fresh });
      if (clearPending) await tx('matching/clearPending', { ids: chunkIds });
      await audit?.(tx, {
        ids: chunkIds,
        // No count of the pairs written: the importer's auditors read this entry, and a count would tell
        // them whether a guess scored against a hidden record (the operator's report has the counts).
        outcome: `match candidates of ${chunkIds.length} person records scored (model ${model.version})`,
      });
    });
  }
  return {
    personsChecked: ids.length,
    pairsScored,
    proposed,
    forReview,
    seconds: (Date.now() - started) / 1000,
    proposedPairs,
    modelVersion: model.version,
    oversizedBlocks,
  };
}

const withDefaults = (p: MatchPerson): MatchPerson => ({ ...p, aliases: p.aliases ?? [] });

export type Decision = 'CONFIRM' | 'REJECT' | 'UNSURE';
const STATUS: Record<Decision, string> = { CONFIRM: 'CONFIRMED', REJECT: 'REJECTED', UNSURE: 'UNSURE' };

/** An analyst's decision on a pair, with who and when; a confirmation joins both records to one identity. */
export async function decide(
  db: Database,
  personA: string,
  personB: string,
  decision: Decision,
  analyst: string,
  note: string | null,
  audit?: AuditWrite,
) {
  if (personA === personB)
    throw new AppError('BAD_USER_INPUT', 'personB: must be another person record than personA', { field: 'personB' });
  const [a, b] = [personA, personB].sort();
  return db.transaction('WRITE', async (run) => {
    await run('matching/lockIdentities', {});
    const found = await run('entities/nodesById', { ids: [a, b] });
    const persons = found.rows.filter((r) => (r.node as { labels: string[] }).labels.includes('Person'));
    if (persons.length !== 2) throw new AppError('NOT_FOUND', 'both personA and personB must be ids of person records');
    const identity = (await run('matching/identityOf', { ids: [a] })).rows[0];
    await run('matching/decide', { a, b, status: STATUS[decision], analyst, note });
    if (decision === 'CONFIRM') {
      await run('matching/joinIdentity', { a, b, newId: newIdentityId() });
    } else if (identity) {
      // A withdrawn confirmation: the identity becomes whatever the remaining confirmed pairs hold together.
      const members = identity.members;
      const edges = (await run('matching/confirmedAmong', { ids: members })).rows.map((r) => [r.a, r.b] as const);
      const groups = components(members, edges)
        .filter((g) => g.length >= 2)
        .sort((x, y) => y.length - x.length || x[0].localeCompare(y[0]));
      await run('matching/regroupIdentity', {
        oldId: identity.identityId,
        groups: groups.map((members, i) => ({
          identityId: i === 0 ? identity.identityId : newIdentityId(),
          members,
        })),
      });
    }
    await audit?.(run, { ids: [a, b], outcome: `match ${STATUS[decision]}` });
    return { a, b, status: STATUS[decision] };
  });
}

/** Connected components of records linked by confirmed pairs, each sorted. */
function components(ids: string[], edges: ReadonlyArray<readonly [string, string]>): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (const [x, y] of edges) parent.set(find(x), find(y));
  const groups = new Map<string, string[]>();
  for (const id of ids) (groups.get(find(id)) ?? groups.set(find(id), []).get(find(id))!).push(id);
  return [...groups.values()].map((g) => g.sort());
}

/** Proposed (or decided) pairs for a caller: a pair of two records it cannot see is none of its business, not even that it exists. */
export async function candidatesFor(ctx: Request, args: QueryMatchCandidatesArgs): Promise<PairRow[]> {
  // Every list argument has a maximum size (README): the statuses are tested against every pair.
  checkListSize('status', args.status);
  // Pairs of a person named by an id the caller may not ask about (Access.named) are those of an absent id: none.
  if (args.personId && !(await ctx.access.named(args.personId))) return [];
  // Every pair of the statuses is read, the caller's bound and cut applied only after visibility: a bound or
  // a cut applied to pairs with a hidden record would let a probing import read the hidden record's score.
  const rows = await ctx.db.read('matching/pairs', {
    statuses: args.status?.length ? args.status : ['PROPOSED'],
    minProbability: 0,
    personId: args.personId ?? null,
    limit: MAX_PAIRS_READ,
  });
  const minProbability = Math.max(0, Math.min(1, args.minProbability ?? MATCH_THRESHOLD));
  const ordered = await inCallersOrder(ctx, rows, minProbability);
  return ordered.slice(0, clamp(args.first ?? 50, 1, 500));
}

/** Pairs read for one matchCandidates call, before visibility; beyond it the oldest-scored are not listed. */
const MAX_PAIRS_READ = 20_000;

/**
 * A caller's pairs in an order no hidden value shapes (README, "Hidden data never shapes a visible answer"):
 * the pairs it sees in full, at `minProbability` or above, best first; then the pairs whose other record is
 * hidden (a hit: that a record of another agency may be the same person), whatever their score, in an order
 * keyed for the caller's agency. A pair of two hidden records is left out.
 */
export async function inCallersOrder(ctx: Request, rows: PairRow[], minProbability = 0): Promise<PairRow[]> {
  if (isSystem(ctx.viewer)) return rows.filter((r) => (r.probability ?? 1) >= minProbability);
  const seen: PairRow[] = [];
  const hits: Array<{ row: PairRow; key: string }> = [];
  // Sorting is no disclosure: `sees` records nothing, so only the pairs a page shows reach the audit and
  // their owners' notifications (as the answer's fields are checked), not every pair read.
  await ctx.access.prefetch(rows.flatMap((r) => [r.a, r.b]));
  const sees = await Promise.all(rows.map((r) => Promise.all([ctx.access.sees(r.a), ctx.access.sees(r.b)])));
  for (const [i, r] of rows.entries()) {
    const [a, b] = sees[i];
    if (a && b) {
      if ((r.probability ?? 1) >= minProbability) seen.push(r);
      // A hit only from MATCH_THRESHOLD up: that a hidden record scores in the review band against a guess
      // would tell a month of its birth dates per import (see reviewBand in src/links/graph.ts); and never
      // from a guess sweep, whose proposal would tell the day (GUESS_SWEEP).
    } else if ((a || b) && !onlyBetweenSeen(r))
      hits.push({ row: r, key: ctx.access.opaque(`match-order\n${r.a}\n${r.b}`) });
  }
  hits.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return [...seen, ...hits.map((h) => h.row)];
}

/**
 * A caller's decision on a pair: a token caller decides as the analyst its token names, only on records
 * it may see in full, one of them in its own agency's register (identities join registers).
 */
export async function decideAsCaller(ctx: Request, args: MutationDecideMatchArgs) {
  const system = isSystem(ctx.viewer);
  const analyst = system ? args.analyst?.trim() || 'system' : ctx.viewer.analyst;
  for (const id of [args.personA, args.personB]) {
    if (!system && !(await ctx.access.check(id)).full)
      throw new AppError('NOT_FOUND', 'both personA and personB must be ids of person records');
  }
  const own = (id: string) => isPersonOf(ctx.viewer.agency, id);
  if (!system && !own(args.personA) && !own(args.personB)) {
    throw new AppError(
      'FORBIDDEN',
      "one of the two person records must be in your agency's register; ask the agencies that hold them",
    );
  }
  return decide(ctx.db, args.personA, args.personB, args.decision, analyst, args.note ?? null, ctx.audit.write);
}
