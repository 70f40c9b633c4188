// The append-only, hash-chained audit log, kept in Neo4j so every API instance writes to one chain.
// Each entry's hash covers the previous entry's hash and the entry's canonical JSON, so changing,
// removing or reordering any entry breaks every hash after it; `npm run audit:verify` walks the chain.
// An entry is written before the response leaves; if it cannot be written, the request fails.
import crypto from 'node:crypto';
import type { Database } from '../db/database';
import type { HitRecord } from '../auth/access';
import { ownerOfCase } from '../auth/access';

export const GENESIS = '0'.repeat(64);
/** Bounds one entry: a huge subgraph is recorded by its first ids and a count in the outcome. */
const MAX_IDS = 2000;

export interface AuditRecord {
  at: string;
  analyst: string;
  agency: string | null;
  purpose: string;
  operation: string;
  variablesHash: string;
  caseIds: string[];
  entityIds: string[];
  ownerAgencies: string[];
  outcome: string;
}

export const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * The entry as the hash sees it, fixed key order, minus its opening "[<seq>,": the number is known only
 * under the chain's lock, so cypher/audit/append.cypher prefixes it. The verifier checks the fields
 * stored beside the payload against this JSON.
 */
const canonicalTail = (r: AuditRecord) =>
  JSON.stringify([r.at, r.analyst, r.agency, r.purpose, r.operation, r.variablesHash, r.caseIds, r.entityIds, r.ownerAgencies, r.outcome]).slice(1);

export const chainHash = (prevHash: string, payload: string) => sha256(`${prevHash}\n${payload}`);

/** Builds the record of one request from what its Access saw. */
export function auditRecord(input: {
  analyst: string; agency: string | null; purpose: string; operation: string; variables: unknown; touched: Iterable<string>; outcome: string;
}): AuditRecord {
  const ids = [...input.touched].sort();
  const caseIds = ids.filter((id) => id.startsWith('case:'));
  const entityIds = ids.filter((id) => !id.startsWith('case:'));
  const cut = caseIds.length > MAX_IDS || entityIds.length > MAX_IDS ? ` (first ${MAX_IDS} of ${caseIds.length} cases and ${entityIds.length} nodes recorded)` : '';
  return {
    at: new Date().toISOString(),
    analyst: input.analyst, agency: input.agency, purpose: input.purpose, operation: input.operation,
    variablesHash: sha256(JSON.stringify(input.variables ?? {})),
    caseIds: caseIds.slice(0, MAX_IDS), entityIds: entityIds.slice(0, MAX_IDS),
    ownerAgencies: [...new Set(caseIds.map(ownerOfCase))].sort(),
    outcome: input.outcome + cut,
  };
}

interface Pending {
  record: AuditRecord;
  hits: HitRecord[];
  from: { country: string | null };
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}
const queues = new WeakMap<Database, { pending: Pending[]; flushing: boolean }>();
const MAX_BATCH = 200;

/**
 * Appends one entry, and the owners' notifications of the request's hits. Entries are group-committed:
 * the requests that arrive while a write is in flight go together in the next transaction, so the chain's
 * one lock is taken once per batch rather than once per request. Each caller still waits until its own
 * entry is committed (or the batch failed, and then its request fails).
 */
export function appendAudit(db: Database, record: AuditRecord, hits: HitRecord[], from: { country: string | null }): Promise<number> {
  return new Promise((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) queues.set(db, (queue = { pending: [], flushing: false }));
    queue.pending.push({ record, hits, from, resolve, reject });
    if (!queue.flushing) void flush(db, queue);
  });
}

async function flush(db: Database, queue: { pending: Pending[]; flushing: boolean }): Promise<void> {
  queue.flushing = true;
  while (queue.pending.length) {
    const batch = queue.pending.splice(0, MAX_BATCH);
    try {
      // One statement: the chain's hashes are computed in Neo4j under the head's lock (see the .cypher
      // file). A retried transaction (deadlock, leader switch) starts again from the head: nothing is
      // written twice.
      const entries = batch.map((p) => ({ entry: p.record, tail: canonicalTail(p.record) }));
      const notices = batch.flatMap((p) => p.hits.map((h) => ({
        ...h, fromAgency: h.fromAgency ?? p.record.agency, fromCountry: p.from.country, analyst: p.record.analyst, purpose: p.record.purpose, operation: p.record.operation,
      })));
      const seqs = (await db.write('audit/append', { genesis: GENESIS, entries, notices })).rows[0].seqs as number[];
      batch.forEach((p, i) => p.resolve(seqs[i]));
    } catch (error) {
      batch.forEach((p) => p.reject(error));
    }
  }
  queue.flushing = false;
}

export interface ChainReport { ok: boolean; entries: number; headHash: string; problem: string | null }

/** Walks the whole chain in order and reports the first entry that does not hold. */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<ChainReport> {
  let prev = GENESIS;
  let expectedSeq = 1;
  for (;;) {
    const rows = await db.read('audit/entries', { afterSeq: expectedSeq - 1, limit: pageSize });
    for (const r of rows) {
      const seq = r.seq as number;
      const fail = (problem: string): ChainReport => ({ ok: false, entries: expectedSeq - 1, headHash: prev, problem: `entry ${seq}: ${problem}` });
      if (seq !== expectedSeq) return fail(`expected entry ${expectedSeq} next: entries are missing`);
      if (r.prevHash !== prev) return fail('does not name the previous entry\'s hash');
      if (chainHash(prev, r.payload as string) !== r.hash) return fail('its hash does not match its content');
      const f = r.fields as Record<string, unknown>;
      const payload = JSON.parse(r.payload as string) as unknown[];
      const stored = [seq, new Date(f.at as string).toISOString(), f.analyst, f.agency ?? null, f.purpose, f.operation, f.variablesHash, f.caseIds, f.entityIds, f.ownerAgencies, f.outcome];
      if (JSON.stringify(stored) !== JSON.stringify(payload)) return fail('its fields differ from the content its hash covers');
      prev = r.hash as string;
      expectedSeq += 1;
    }
    if (rows.length < pageSize) break;
  }
  const head = (await db.read('audit/head'))[0];
  const entries = expectedSeq - 1;
  if (head && ((head.seq as number) !== entries || head.hash !== prev)) {
    return { ok: false, entries, headHash: prev, problem: `the chain ends at entry ${entries} but its head records entry ${head.seq as number}: entries were removed from the end` };
  }
  return { ok: true, entries, headHash: prev, problem: null };
}
