// The append-only, hash-chained audit log, kept in Neo4j so every API instance writes to one chain.
// Each entry's hash covers the previous entry's hash and the entry's canonical JSON, so changing,
// removing or reordering any entry breaks every hash after it. The chain is also sealed outside the
// database: every entry and the head carry an HMAC under a key only the API holds (AUDIT_HMAC_KEYS), so
// someone with write access to Neo4j can neither re-hash the chain from a point nor cut its tail and move
// the head without `npm run audit:verify` naming it.
// A read's entry is written before its response leaves; a mutation's entry is written in the same
// transaction as its data (RequestAudit.write), so both commit or neither does.
import crypto from 'node:crypto';
import type { AuditKey } from '../config';
import type { Database, Run } from '../db/database';
import type { HitRecord } from '../auth/record';
import { ownerOfCase, type Access } from '../auth/access';
import { isSystem, type Viewer } from '../auth/identity';
import { AppError } from '../errors';
import { kindOfId } from '../model/ids';

export const GENESIS = '0'.repeat(64);
/** Bounds one entry: a huge subgraph is recorded by its first ids and a count in the outcome. */
const MAX_IDS = 2000;
/** Every string stored on the audit and notification path is capped: a caller chooses most of them. */
export const MAX_CHARS = { operation: 200, purpose: 500, analyst: 200, outcome: 300 } as const;
/**
 * Request variables are bounded before anything runs, so that walking and hashing them cannot fail (a
 * variable nested 200,000 deep once overflowed the stack after a mutation had committed).
 */
export const VARIABLE_LIMITS = { depth: 32, values: 200_000, chars: 4_000_000 } as const;

export interface AuditRecord {
  at: string;
  analyst: string;
  agency: string | null;
  purpose: string;
  operation: string;
  variablesHash: string;
  caseIds: string[];
  /** Opaque ids (auditNodeId) of the other nodes reached: node ids carry phones, IBANs and addresses. */
  entityIds: string[];
  ownerAgencies: string[];
  /** Who received the data besides the caller's agency: the owners this entry's hits were notified to. */
  notifiedAgencies: string[];
  outcome: string;
}

export interface AuditSecrets {
  hitSecret: string;
  keys: AuditKey[];
}

/** At most `max` characters, cut on a character boundary and marked. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

const hmacHex = (secret: Buffer | string, text: string) =>
  crypto.createHmac('sha256', secret).update(text).digest('hex');
export const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
export const chainHash = (prevHash: string, payload: string) => sha256(`${prevHash}\n${payload}`);

/**
 * The id an entry stores for a node: keyed with HIT_SECRET, so it names no phone or IBAN and cannot be
 * reversed from a dictionary, yet is the same for every caller, so an auditor relates entries to a node
 * it may see by asking for that node's audit id (Query.auditNodeId).
 */
export function auditNodeId(hitSecret: string, id: string): string {
  // Remembered per process: every response's entry names the nodes it reached, mostly the same ones again,
  // and an HMAC each cost a visible share of a request's CPU. Bounded: cleared when full.
  if (auditIds.secret !== hitSecret || auditIds.ids.size >= AUDIT_ID_CACHE)
    auditIds = { secret: hitSecret, ids: new Map() };
  let opaque = auditIds.ids.get(id);
  if (opaque === undefined) {
    opaque = `node:${crypto.createHmac('sha256', hitSecret).update(`audit-node\n${id}`).digest('base64url').slice(0, 22)}`;
    auditIds.ids.set(id, opaque);
  }
  return opaque;
}
const AUDIT_ID_CACHE = 100_000;
let auditIds = { secret: '', ids: new Map<string, string>() };

/**
 * A node's audit id for a caller who sees the node, or who reads every entry (the exchange's supervisor,
 * the in-process caller); null otherwise, so that it tells nothing of hidden nodes' ids.
 */
export async function auditNodeIdFor(
  ctx: { viewer: Viewer; access: Pick<Access, 'sees'>; audit: { secrets: { hitSecret: string } } },
  id: string,
) {
  const readsAll = isSystem(ctx.viewer) || ctx.viewer.roles.includes('supervisor');
  return readsAll || (await ctx.access.sees(id)) ? auditNodeId(ctx.audit.secrets.hitSecret, id) : null;
}

/** The variables' hash, keyed so a dictionary of phone numbers cannot reverse it. Call only on admitted variables. */
export const variablesHash = (hitSecret: string, variables: unknown) =>
  hmacHex(hitSecret, JSON.stringify(variables ?? {}) ?? '');

/**
 * Why these variables are refused, or null. Walks them with an explicit stack (no recursion), so no
 * nesting can overflow it.
 */
export function variablesProblem(variables: unknown): string | null {
  const { depth: maxDepth, values: maxValues, chars: maxChars } = VARIABLE_LIMITS;
  const stack: Array<[unknown, number]> = [[variables, 0]];
  let values = 0;
  let chars = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (depth > maxDepth) return `variables are nested more than ${maxDepth} levels deep`;
    if (typeof value === 'string') chars += value.length;
    else if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value);
      values += entries.length;
      if (values > maxValues) return `variables hold more than ${maxValues} values`;
      for (const [key, inner] of entries) {
        chars += key.length;
        stack.push([inner, depth + 1]);
      }
    }
    if (chars > maxChars) return `variables hold more than ${maxChars} characters`;
  }
  return null;
}

/**
 * The entry as the hash sees it, fixed key order, minus its opening "[<seq>,": the number is known only
 * under the chain's lock (appendInTransaction prefixes it). The verifier checks the fields
 * stored beside the payload against this JSON.
 */
const canonicalTail = (r: AuditRecord) =>
  JSON.stringify([
    r.at,
    r.analyst,
    r.agency,
    r.purpose,
    r.operation,
    r.variablesHash,
    r.caseIds,
    r.entityIds,
    r.ownerAgencies,
    r.notifiedAgencies,
    r.outcome,
  ]).slice(1);

/** Builds one entry. Every caller-chosen string is capped; node ids are stored opaque. */
export function auditRecord(
  hitSecret: string,
  input: {
    analyst: string;
    agency: string | null;
    purpose: string;
    operation: string;
    variablesHash: string;
    touched: Iterable<string>;
    notified: HitRecord[];
    outcome: string;
  },
): AuditRecord {
  const ids = [...input.touched].sort();
  const caseIds = ids.filter((id) => kindOfId(id) === 'case');
  const entityIds = ids.filter((id) => kindOfId(id) !== 'case');
  const cut =
    caseIds.length > MAX_IDS || entityIds.length > MAX_IDS
      ? ` (first ${MAX_IDS} of ${caseIds.length} cases and ${entityIds.length} nodes recorded)`
      : '';
  return {
    at: new Date().toISOString(),
    analyst: capText(input.analyst, MAX_CHARS.analyst),
    agency: input.agency,
    purpose: capText(input.purpose, MAX_CHARS.purpose),
    operation: capText(input.operation, MAX_CHARS.operation),
    variablesHash: input.variablesHash,
    caseIds: caseIds.slice(0, MAX_IDS),
    entityIds: entityIds.slice(0, MAX_IDS).map((id) => auditNodeId(hitSecret, id)),
    ownerAgencies: [...new Set(caseIds.map(ownerOfCase))].sort(),
    notifiedAgencies: [...new Set(input.notified.map((h) => h.owner))].sort(),
    outcome: capText(input.outcome, MAX_CHARS.outcome) + cut,
  };
}

type SealKind = 'entry' | 'head' | 'checkpoint' | 'delivered';
/** The seal of an entry, of the head, of a retention checkpoint or of a delivered one: an HMAC of its place and hash. */
const sealOf = (key: AuditKey, kind: SealKind, seq: number, hash: string) =>
  hmacHex(key.secret, `${kind}\n${seq}\n${hash}`);

/** A point of the chain, sealed by the API: what an owner receives with each notification and keeps. */
export interface DeliveredCheckpoint {
  seq: number;
  hash: string;
  keyId: string;
  seal: string;
}

/**
 * The checkpoint a notification carries: the chain's end when it was written, sealed (under its own
 * kind, so it never passes for the head's seal). Owners keep them; `audit:verify --checkpoints` then
 * shows a chain cut or rewritten behind any of them, even by someone who kept an old seal of the head.
 */
export function deliveredCheckpoint(keys: AuditKey[], seq: number, hash: string): DeliveredCheckpoint {
  const [key] = keys;
  return { seq, hash, keyId: key.kid, seal: sealOf(key, 'delivered', seq, hash) };
}

/**
 * The chain's end as this process last appended to it: where the next entry most likely goes. Only a hint:
 * audit/append writes nothing unless the locked head is still there.
 */
let lastHead: { seq: number; hash: string } | null = null;

/**
 * Appends entries, sealed, and the owners' notifications, and moves the sealed head, inside the caller's
 * transaction: one round trip when this process wrote the chain's end last (the head's lock, then the
 * append, sent together: Bolt pipelines them and Neo4j runs a transaction's statements in order, so the
 * append reads the head only once the lock is held). Otherwise the append writes nothing and returns the
 * head, and the batch is hashed and sealed again from it, under the lock now held.
 */
export async function appendInTransaction(
  run: Run,
  keys: AuditKey[],
  batch: Array<{ record: AuditRecord; hits: HitRecord[]; country: string | null }>,
): Promise<number[]> {
  const [key] = keys;
  const locked = run('audit/lockHead', { genesis: GENESIS });
  let head = lastHead;
  if (!head) {
    await locked;
    head = (await run('audit/head')).rows[0];
  }
  for (let attempt = 1; ; attempt++) {
    const { params, last } = sealedBatch(key, head, batch);
    const [, appended] = await Promise.all([locked, run('audit/append', params)]);
    const row = appended.rows[0];
    if (row.appended) {
      lastHead = last;
      return params.entries.map((e) => e.seq);
    }
    // Under the lock the head cannot move again: a second miss means something is wrong, not busy.
    if (attempt > 1) throw new Error('the audit head moved while this transaction held its lock');
    head = { seq: row.seq, hash: row.hash };
  }
}

/** The batch as the entries after `head`: each entry's payload, hash and seal, the head's seal, the notices. */
function sealedBatch(
  key: AuditKey,
  head: { seq: number; hash: string },
  batch: Array<{ record: AuditRecord; hits: HitRecord[]; country: string | null }>,
) {
  let prev = head;
  const entries = batch.map((p, i) => {
    const seq = head.seq + i + 1;
    const payload = `[${seq},${canonicalTail(p.record)}`;
    const hash = chainHash(prev.hash, payload);
    const entry = { entry: p.record, seq, payload, prevHash: prev.hash, hash, mac: sealOf(key, 'entry', seq, hash) };
    prev = { seq, hash };
    return entry;
  });
  const last = prev;
  const notices = batch.flatMap((p) =>
    p.hits.map((h) => ({
      ...h,
      fromAgency: h.fromAgency ?? p.record.agency,
      fromCountry: p.country,
      analyst: p.record.analyst,
      purpose: p.record.purpose,
      operation: p.record.operation,
    })),
  );
  return {
    last,
    params: {
      seq: head.seq,
      hash: head.hash,
      entries,
      notices,
      kid: key.kid,
      headMac: sealOf(key, 'head', last.seq, last.hash),
      last,
    },
  };
}

interface Pending {
  record: AuditRecord;
  hits: HitRecord[];
  country: string | null;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}
const queues = new WeakMap<Database, { pending: Pending[]; flushing: boolean }>();
const MAX_BATCH = 200;

/**
 * Appends one entry in a transaction of its own, and the owners' notifications of the request's hits: for
 * reads, whose entry is written before the response leaves. Entries are group-committed: the requests
 * that arrive while a write is in flight go together in the next transaction, so the chain's one lock is
 * taken once per batch rather than once per request. Each caller still waits until its own entry is
 * committed (or the batch failed, and then its request fails).
 */
export function appendAudit(
  db: Database,
  keys: AuditKey[],
  record: AuditRecord,
  hits: HitRecord[],
  from: { country: string | null },
): Promise<number> {
  // One queue per process, not per request's view of the database: requests in flight together share a batch.
  const shared = db.shared;
  return new Promise((resolve, reject) => {
    let queue = queues.get(shared);
    if (!queue) queues.set(shared, (queue = { pending: [], flushing: false }));
    queue.pending.push({ record, hits, country: from.country, resolve, reject });
    if (!queue.flushing) void flush(shared, keys, queue);
  });
}

async function flush(db: Database, keys: AuditKey[], queue: { pending: Pending[]; flushing: boolean }): Promise<void> {
  queue.flushing = true;
  while (queue.pending.length) {
    const batch = queue.pending.splice(0, MAX_BATCH);
    try {
      // A retried transaction (deadlock, leader switch) starts again from the head: nothing is written twice.
      const seqs = await db.transaction('WRITE', (run) => appendInTransaction(run, keys, batch));
      batch.forEach((p, i) => p.resolve(seqs[i]));
    } catch (error) {
      batch.forEach((p) => p.reject(error));
    }
  }
  queue.flushing = false;
}

/** What a write transaction tells its audit entry: the ids it wrote, and the owners to notify. */
export type AuditWrite = (run: Run, wrote: { ids: string[]; hits?: HitRecord[]; outcome: string }) => Promise<void>;

/** One request's audit: admitted before execution, then its write transactions' entries and its own. */
export class RequestAudit {
  operation = 'unknown';
  variablesHash: string;
  /** Cases whose owners a write transaction's entry already notified: the request's entry does not repeat them. */
  readonly notified = new Set<string>();

  constructor(
    readonly secrets: AuditSecrets,
    private readonly viewer: Viewer,
  ) {
    this.variablesHash = variablesHash(secrets.hitSecret, {});
  }

  /** Bounds the variables and fixes what every entry of the request will say; before execution. */
  admit(operation: string, variables: unknown): void {
    this.operation = capText(operation, MAX_CHARS.operation);
    const problem = variablesProblem(variables);
    if (problem)
      throw new AppError('BAD_USER_INPUT', `${problem}; send only the variables the operation declares`, {
        field: 'variables',
        http: { status: 400 },
      });
    this.variablesHash = variablesHash(this.secrets.hitSecret, variables);
  }

  record(touched: Iterable<string>, notified: HitRecord[], outcome: string): AuditRecord {
    const v = this.viewer;
    return auditRecord(this.secrets.hitSecret, {
      analyst: v.analyst,
      agency: v.agency,
      purpose: v.purpose,
      operation: this.operation,
      variablesHash: this.variablesHash,
      touched,
      notified,
      outcome,
    });
  }

  /**
   * The entry of one write transaction, appended as its last statement: it commits with the data or
   * not at all. A retried transaction runs it again, from the same arguments.
   */
  readonly write: AuditWrite = async (run, { ids, hits = [], outcome }) => {
    await appendInTransaction(run, this.secrets.keys, [
      { record: this.record(ids, hits, outcome), hits, country: this.viewer.country },
    ]);
    for (const h of hits) this.notified.add(h.caseId);
  };
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  headHash: string;
  problem: string | null;
  erasedBefore: number;
}

/**
 * Walks the chain in order, from the retention checkpoint if there is one, and reports the first thing
 * that does not hold: a hash, a field, an entry's or the head's seal, a missing entry, or a checkpoint
 * delivered to an owner (and kept outside the database) that the chain no longer contains.
 */
export async function verifyAuditChain(
  db: Database,
  keys: AuditKey[],
  delivered: DeliveredCheckpoint[] = [],
  pageSize = 5000,
): Promise<ChainReport> {
  const byKid = new Map(keys.map((k) => [k.kid, k]));
  const sealHolds = (kind: SealKind, seq: number, hash: string, kid: unknown, mac: unknown): string | null => {
    const key = byKid.get(String(kid));
    if (!key)
      return kid ? `it is sealed with key '${String(kid)}', which is not in AUDIT_HMAC_KEYS` : 'it carries no seal';
    const expected = Buffer.from(sealOf(key, kind, seq, hash), 'hex');
    const given = Buffer.from(String(mac ?? ''), 'hex');
    return given.length === expected.length && crypto.timingSafeEqual(given, expected)
      ? null
      : `its seal (HMAC under key '${key.kid}') does not match`;
  };
  let prev = GENESIS;
  let expectedSeq = 1;
  /** A seal that does not hold before any entry is read: nothing after it can be trusted. */
  const refused = (erased: number, problem: string): ChainReport => ({
    ok: false,
    entries: 0,
    headHash: prev,
    erasedBefore: erased,
    problem,
  });
  const checkpoint = (await db.read('audit/checkpoint'))[0];
  if (checkpoint) {
    const problem = sealHolds('checkpoint', checkpoint.seq, checkpoint.hash, checkpoint.kid, checkpoint.mac);
    if (problem)
      return refused(
        0,
        `the retention checkpoint (entry ${checkpoint.seq}): ${problem}: it was changed outside the API`,
      );
    prev = checkpoint.hash;
    expectedSeq = checkpoint.seq + 1;
  }
  const erasedBefore = expectedSeq;
  // What owners hold: each must be a genuine seal, and the chain must still pass through it.
  const expected = new Map<number, string>();
  for (const [i, c] of delivered.entries()) {
    const problem = sealHolds('delivered', c.seq, c.hash, c.keyId, c.seal);
    if (problem)
      return refused(
        erasedBefore,
        `delivered checkpoint ${i + 1} (entry ${c.seq}): ${problem}: it was not issued by the API`,
      );
    if (c.seq >= erasedBefore) expected.set(c.seq, c.hash);
  }
  for (;;) {
    const rows = await db.read('audit/entries', { afterSeq: expectedSeq - 1, limit: pageSize });
    for (const r of rows) {
      const seq = r.seq;
      const fail = (problem: string): ChainReport => ({
        ok: false,
        entries: expectedSeq - erasedBefore,
        headHash: prev,
        erasedBefore,
        problem: `entry ${seq}: ${problem}`,
      });
      if (seq !== expectedSeq) return fail(`expected entry ${expectedSeq} next: entries are missing`);
      if (r.prevHash !== prev) return fail("does not name the previous entry's hash");
      if (chainHash(prev, r.payload) !== r.hash) return fail('its hash does not match its content');
      const f = r.fields;
      const payload = JSON.parse(r.payload) as unknown[];
      const stored = [
        seq,
        new Date(f.at as string).toISOString(),
        f.analyst,
        f.agency ?? null,
        f.purpose,
        f.operation,
        f.variablesHash,
        f.caseIds,
        f.entityIds,
        f.ownerAgencies,
        f.notifiedAgencies,
        f.outcome,
      ];
      if (JSON.stringify(stored) !== JSON.stringify(payload))
        return fail('its fields differ from the content its hash covers');
      const unsealed = sealHolds('entry', seq, r.hash, r.kid, r.mac);
      if (unsealed) return fail(`${unsealed}: the chain was rewritten from here outside the API`);
      if (expected.has(seq) && expected.get(seq) !== r.hash)
        return fail('its hash differs from the one a delivered checkpoint seals: the chain was rewritten up to here');
      prev = r.hash;
      expectedSeq += 1;
    }
    if (rows.length < pageSize) break;
  }
  const head = (await db.read('audit/head'))[0];
  const last = expectedSeq - 1;
  const entries = expectedSeq - erasedBefore;
  const broken = (problem: string): ChainReport => ({ ok: false, entries, headHash: prev, erasedBefore, problem });
  const beyond = Math.max(0, ...expected.keys());
  if (beyond > last)
    return broken(
      `the chain ends at entry ${last}, but a delivered checkpoint seals entry ${beyond}: entries were cut from the end`,
    );
  if (!head)
    return last === 0
      ? { ok: true, entries, headHash: prev, erasedBefore, problem: null }
      : broken('the chain has no head');
  if (head.seq !== last || head.hash !== prev) {
    return broken(
      `the chain ends at entry ${last} but its head records entry ${head.seq}: entries were removed from the end`,
    );
  }
  const unsealed = last === 0 ? null : sealHolds('head', last, prev, head.kid, head.mac);
  if (unsealed)
    return broken(
      `the head (entry ${last}): ${unsealed}: the end of the chain was moved outside the API (entries cut from the end)`,
    );
  return { ok: true, entries, headHash: prev, erasedBefore, problem: null };
}

/**
 * Directive (EU) 2016/680 Art. 25(3) keeps logs only as long as needed: entries (and the notifications
 * written with them) are erased at the end of the `years`-th year after the year they were written. The
 * erased prefix of the chain is replaced by one sealed checkpoint carrying the last erased entry's seq and
 * hash, from which the rest still verifies.
 */
export async function retainAudit(
  db: Database,
  keys: AuditKey[],
  years: number,
  now = new Date(),
): Promise<{ erasedThrough: number; cutoff: string }> {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear() - years, 0, 1)).toISOString();
  return db.transaction('WRITE', async (run) => {
    const point = (await run('audit/retainPoint', { cutoff })).rows[0];
    const seq = point?.seq;
    if (!point || seq === null || !point.hash) return { erasedThrough: point?.checkpointSeq ?? 0, cutoff };
    const [key] = keys;
    await run('audit/erase', {
      cutoff,
      seq,
      hash: point.hash,
      kid: key.kid,
      mac: sealOf(key, 'checkpoint', seq, point.hash),
    });
    return { erasedThrough: seq, cutoff };
  });
}
