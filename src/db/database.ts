// The one module that talks to Neo4j. Queries are .cypher files under cypher/, named by their path
// ("cases/mergeCases") and typed in the catalogue (./statements); values reach them only as parameters.
// Reads open READ sessions, so a neo4j:// routing driver sends them to readers; every session shares the
// driver's bookmark manager, so a read issued after a write in this process sees that write
// (read-your-writes on a cluster). A request's reads share one explicit read transaction (forRequest):
// each further transaction would cost its own BEGIN and COMMIT round trips.
import fs from 'node:fs';
import path from 'node:path';
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import { AppError } from '../errors';
import { dbFailures, dbStatementSeconds, dbTransactions } from '../observability';
import type { ParamsArg, RowOf, StatementName } from './statements';

export type Row = Record<string, unknown>;
export type Counters = {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
};
export type StatementResult<R = Row> = { rows: R[]; counters: Counters };
/** Runs one statement of the catalogue inside the surrounding transaction. */
export type Run = <N extends StatementName>(name: N, ...params: ParamsArg<N>) => Promise<StatementResult<RowOf<N>>>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  poolSize?: number;
  queryTimeoutMs: number;
  acquisitionTimeoutMs?: number;
  maxRetryMs?: number;
  cypherDir?: string;
}

/**
 * At most `size` holders at once; the others wait in arrival order. One per request, so that a request of
 * many aliased fields cannot take the whole connection pool from the other callers.
 */
export class Gate {
  private held = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(readonly size: number) {}
  async hold<T>(work: () => Promise<T>): Promise<T> {
    if (this.held < this.size) this.held += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the releaser hands its place over
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.held -= 1;
    }
  }
}

/**
 * The one read transaction of a request: opened by its first read, committed when the response is
 * complete (finish). Its statements queue on its one connection, and each sees what was committed before
 * it ran (Neo4j reads at READ COMMITTED), so a DataLoader batch costs a statement, not a transaction.
 * A transaction that failed, or that began before one of the request's writes, is retired: the next read
 * opens a new one, which a write's bookmark then keeps up to date on a cluster.
 */
class RequestReads {
  private current: { session: Session; tx: Promise<Transaction>; running: number; retired: boolean } | null = null;
  /** Set once the response is complete: later reads (none are expected) run in managed transactions. */
  finished = false;
  /** A transient failure (a restart, a leader switch) hit this request: the whole request may be retried. */
  failedTransiently = false;
  /** A write of this request was attempted: it may have committed, and retrying the request would write again. */
  wrote = false;

  constructor(
    private readonly open: () => { session: Session; tx: Promise<Transaction> },
    private readonly closed: () => void,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    this.current ??= { ...this.open(), running: 0, retired: false };
    const held = this.current;
    held.running += 1;
    try {
      return await work(await held.tx);
    } catch (error) {
      if (neo4j.isRetryableError(error)) this.failedTransiently = true;
      this.retire(); // a failed transaction accepts no further statement
      throw error;
    } finally {
      held.running -= 1;
      if (held.retired && held.running === 0) void this.close(held, false);
    }
  }

  /** The request wrote: reads from now on see the write (a new transaction, begun with its bookmark). */
  retire(): void {
    const held = this.current;
    if (!held) return;
    this.current = null;
    held.retired = true;
    if (held.running === 0) void this.close(held, false);
  }

  /** The response is complete: commit (a read transaction changes nothing; this frees its connection). */
  async finish(): Promise<void> {
    this.finished = true;
    const held = this.current;
    this.current = null;
    if (held) await this.close(held, true);
  }

  private async close(held: { session: Session; tx: Promise<Transaction> }, commit: boolean): Promise<void> {
    try {
      const tx = await held.tx;
      if (tx.isOpen()) await (commit ? tx.commit() : tx.rollback());
    } catch {
      // Already failed and reported to the statement that failed; nothing was written.
    } finally {
      await held.session.close();
      this.closed();
    }
  }
}

export class Database {
  readonly driver: Driver;
  private readonly queries: Map<string, string>;
  /** Shared by every per-request view of this database (see forRequest). */
  private readonly counts = { statements: 0, sessions: 0, transactions: 0, retries: 0 };
  /** The per-request limit on open sessions; null on the process-wide database. */
  private gate: Gate | null = null;
  /** The request's shared read transaction; null on the process-wide database. */
  private reads: RequestReads | null = null;
  /** A one-connection driver of its own for readiness checks, which then never queue behind callers. */
  private readonly probeDriver: Driver;
  readonly poolSize: number;
  /** The process-wide database, also from a per-request view: what requests share (the audit's queue). */
  readonly shared: Database = this;

  constructor(private readonly options: DatabaseOptions) {
    this.queries = loadQueries(options.cypherDir ?? findCypherDir());
    this.poolSize = options.poolSize ?? 50;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: this.poolSize,
      // When every connection is busy, a request waits this long for one and then fails fast with
      // "unavailable", rather than queueing without bound.
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 5_000,
      // Transient failures (a restart, a leader switch) are retried this long, then reported as unavailable.
      maxTransactionRetryTime: options.maxRetryMs ?? 5_000,
      disableLosslessIntegers: false,
      userAgent: 'linkgraph/0.1',
    });
    this.probeDriver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 0,
      userAgent: 'linkgraph/0.1 readiness',
    });
  }

  /** Statements sent to Neo4j since start: lets tests and benchmarks count round trips. */
  get statementsRun(): number {
    return this.counts.statements;
  }
  /** Transactions begun since start: a request reads in one, and each write (the audit entry's too) is one. */
  get transactionsRun(): number {
    return this.counts.transactions;
  }
  /** Write transactions run again after a transient failure (a deadlock, a lock wait timeout). */
  get transactionRetries(): number {
    return this.counts.retries;
  }
  /** Sessions open now: each holds one pooled connection while its transaction runs. */
  get sessionsOpen(): number {
    return this.counts.sessions;
  }

  /**
   * This database as one request uses it: the same driver, pool and counters, but at most
   * `maxSessions` of the request's transactions hold a connection at once; the others wait their turn.
   * Transactions never open another inside their work, so waiting cannot deadlock.
   */
  forRequest(maxSessions: number): Database {
    const view = Object.create(this) as Database;
    view.gate = new Gate(maxSessions);
    view.reads = new RequestReads(
      () => this.beginRead(),
      () => (this.counts.sessions -= 1),
    );
    return view;
  }

  /**
   * Commits the request's read transaction. Called once the response is complete (the audit plugin);
   * reads after it run in managed transactions of their own.
   */
  async finishReads(): Promise<void> {
    await this.reads?.finish();
  }

  /**
   * Whether this request may be run again from the start: a transient failure stopped it and it wrote
   * nothing. The driver retries other reads itself (writes: writeTransaction); the request's shared read
   * transaction is retried whole.
   */
  get retryable(): boolean {
    return Boolean(this.reads?.failedTransiently && !this.reads.wrote);
  }

  get maxRetryMs(): number {
    return this.options.maxRetryMs ?? 5_000;
  }

  /** The request's read transaction: a READ session (a reader on a cluster) with the shared bookmarks. */
  private beginRead(): { session: Session; tx: Promise<Transaction> } {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    this.counts.sessions += 1;
    this.counts.transactions += 1;
    dbTransactions.inc({ mode: 'READ' });
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'linkgraph' } };
    return { session, tx: Promise.resolve(session.beginTransaction(config)) };
  }

  /**
   * One statement for the readiness check, on a connection user requests never hold: a busy pool
   * must not make the instance look dead to its load balancer.
   */
  async probe<N extends StatementName>(name: N): Promise<RowOf<N>[]> {
    const session = this.probeDriver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.run(this.query(name), {}, { timeout: 5_000 });
      return result.records.map((r) => toPlain(r.toObject()) as RowOf<N>);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** One statement in a managed read transaction (routed to a reader on a cluster). */
  async read<N extends StatementName>(name: N, ...params: ParamsArg<N>): Promise<RowOf<N>[]> {
    return (await this.transaction('READ', (run) => run(name, ...params))).rows;
  }

  /** One statement in a write transaction (see writeTransaction for when it runs again). */
  async write<N extends StatementName>(name: N, ...params: ParamsArg<N>): Promise<StatementResult<RowOf<N>>> {
    return this.transaction('WRITE', (run) => run(name, ...params));
  }

  /**
   * Several statements in one transaction. `work` may run again after a transient failure (before the
   * COMMIT of a write went out, see writeTransaction), so it must be idempotent (our writes MERGE on keys).
   */
  async transaction<T>(mode: 'READ' | 'WRITE', work: (run: Run) => Promise<T>): Promise<T> {
    const reads = this.reads;
    if (mode === 'READ' && reads && !reads.finished) {
      try {
        return await reads.run((tx) => work((name, params = {}) => this.runIn(tx, name, params)));
      } catch (error) {
        dbFailures.inc({ code: String((error as { code?: string }).code ?? 'unknown').slice(0, 80) });
        throw translateError(error);
      }
    }
    // Marked before the write starts, not after it ends: a request whose other root field fails
    // transiently while this write is in flight must not be run again, and neither must one whose write's
    // commit outcome is unknown.
    if (mode === 'WRITE' && reads) reads.wrote = true;
    try {
      return await (this.gate ? this.gate.hold(() => this.session(mode, work)) : this.session(mode, work));
    } finally {
      if (mode === 'WRITE' && reads) reads.retire();
    }
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'linkgraph' } };
    this.counts.sessions += 1;
    this.counts.transactions += 1;
    dbTransactions.inc({ mode });
    try {
      // The catalogue's row types describe what these statements return; here they are taken on its word.
      if (mode === 'WRITE') return await this.writeTransaction(session, config, work);
      return await session.executeRead(
        (tx: ManagedTransaction) => work((name: string, params: object = {}) => this.runIn(tx, name, params)),
        config,
      );
    } catch (error) {
      dbFailures.inc({ code: String((error as { code?: string }).code ?? 'unknown').slice(0, 80) });
      throw translateError(error);
    } finally {
      this.counts.sessions -= 1;
      await session.close();
    }
  }

  /**
   * A write transaction, run again after a transient failure (a deadlock, a leader switch) as the driver's
   * executeWrite would, but never once its COMMIT has gone out and the connection was lost before the
   * answer came: Neo4j may have committed it, and running it again would write twice (a second rule, a
   * second access request, each with its own audit entry). The caller hears that the outcome is unknown.
   */
  private async writeTransaction<T>(
    session: Session,
    config: { timeout: number; metadata: Record<string, string> },
    work: (run: Run) => Promise<T>,
  ): Promise<T> {
    const started = Date.now();
    for (let attempt = 1, delayMs = RETRY_DELAY_MS; ; attempt++, delayMs *= 2) {
      if (attempt > 1) this.counts.retries += 1;
      const tx = session.beginTransaction(config);
      let committing = false;
      try {
        const result = await work((name: string, params: object = {}) => this.runIn(tx, name, params));
        committing = true;
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        if (committing && lostConnection(error)) throw commitUnknown();
        if (!neo4j.isRetryableError(error) || Date.now() - started >= this.maxRetryMs) throw error;
        await new Promise((resolve) => setTimeout(resolve, delayMs * (0.8 + 0.4 * Math.random())));
      }
    }
  }

  private query(name: string): string {
    const text = this.queries.get(name);
    if (!text) throw new Error(`no Cypher file cypher/${name}.cypher`);
    return text;
  }

  private async runIn(tx: ManagedTransaction | Transaction, name: string, params: object): Promise<StatementResult> {
    const text = this.query(name);
    this.counts.statements += 1;
    const timer = dbStatementSeconds.startTimer({ statement: name });
    const result: QueryResult<RecordShape> = await tx.run(text, params).finally(() => timer());
    const c = result.summary.counters.updates();
    return {
      rows: result.records.map((r) => toPlain(r.toObject()) as Row),
      counters: {
        nodesCreated: c.nodesCreated,
        nodesDeleted: c.nodesDeleted,
        relationshipsCreated: c.relationshipsCreated,
        relationshipsDeleted: c.relationshipsDeleted,
        propertiesSet: c.propertiesSet,
      },
    };
  }

  /** Applies cypher/migrations/*.cypher in name order. Every statement there may run again: IF NOT EXISTS, or a conversion that finds nothing left to convert. */
  async migrate(): Promise<string[]> {
    const names = [...this.queries.keys()].filter((n) => n.startsWith('migrations/')).sort();
    const session = this.driver.session({ database: this.options.database });
    try {
      for (const name of names) {
        for (const statement of splitStatements(this.queries.get(name)!)) {
          await session.run(statement);
        }
      }
      await session.run('CALL db.awaitIndexes(300)');
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
    return names;
  }

  async verifyConnectivity(): Promise<void> {
    await this.driver.getServerInfo({ database: this.options.database });
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.probeDriver.close()]);
  }
}

function findCypherDir(): string {
  // Works from src/ (ts-jest) and from dist/src/ (compiled).
  for (const dir of [
    path.resolve(__dirname, '..', '..', 'cypher'),
    path.resolve(__dirname, '..', '..', '..', 'cypher'),
  ]) {
    if (fs.existsSync(dir)) return dir;
  }
  throw new Error(`cypher/ directory not found near ${__dirname}`);
}

function loadQueries(dir: string): Map<string, string> {
  const queries = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.cypher'))
        queries.set(
          rel
            .replace(/\.cypher$/, '')
            .split(path.sep)
            .join('/'),
          withoutComments(fs.readFileSync(path.join(dir, rel), 'utf8')),
        );
    }
  };
  walk('');
  return queries;
}

/**
 * A statement as sent: without its comment lines (`//` first on the line). The comments are for readers
 * and would travel with every RUN: the Bolt driver writes 1,400 bytes per socket write, so a commented
 * statement cost several writes (each a system call) where the bare one costs one.
 */
function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** Migration files hold several statements, one per `;`-terminated block (comments already dropped). */
function splitStatements(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Neo4j values to plain JSON-able values: integers to numbers, temporals to ISO strings, nodes to properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans first: they are most values, and the checks below cost more.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return value.toString();
  const v = value as Record<string, unknown>;
  if (v.properties && v.labels && v.elementId) return { ...(toPlain(v.properties) as Row), labels: v.labels };
  if (v.properties && v.type && v.elementId) return { ...(toPlain(v.properties) as Row), type: v.type };
  const out: Row = {};
  for (const [k, inner] of Object.entries(v)) out[k] = toPlain(inner);
  return out;
}

function isTemporal(value: unknown): value is { toString(): string } {
  return neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isDuration(value);
}

/** The driver's first pause before running a failed transaction again (as its executeWrite); it doubles. */
const RETRY_DELAY_MS = 1_000;

/** The connection went away (the driver's codes for it), as opposed to an answer from Neo4j. */
const lostConnection = (error: unknown) =>
  ['ServiceUnavailable', 'SessionExpired'].includes((error as { code?: string }).code ?? '');

/** A write whose COMMIT went out and whose answer never came. */
const commitUnknown = () =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    'The connection to the graph database was lost while the change was being committed: it may or may not have been saved. Check before repeating it.',
    { outcome: 'UNKNOWN' },
  );

/** The driver's failures as our errors: unavailability is expected and said plainly; the rest is masked upstream. */
function translateError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  ) {
    return new AppError('SERVICE_UNAVAILABLE', 'The graph database is unavailable. Retry in a moment.');
  }
  // Every pooled connection is busy: the request is shed at once rather than queued without bound.
  if (/^Connection acquisition timed out/.test(String((error as { message?: unknown }).message ?? ''))) {
    return new AppError(
      'SERVICE_UNAVAILABLE',
      'The service is busy: every database connection is in use. Retry in a moment.',
    );
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new AppError(
      'SERVICE_UNAVAILABLE',
      'The query took longer than the time limit and was stopped. Narrow it (fewer hops, a smaller limit) and retry.',
    );
  }
  return error;
}
