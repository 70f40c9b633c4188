// Integration tests run against the real Neo4j that `npm run test:all` starts (NEO4J_URI).
// Each suite starts from an empty graph, so suites can run in any order.
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { loadConfig, type MetricsAccess } from '../src/config';
import type { AddressInfo } from 'node:net';
import { createContext, exchangeFromConfig, type Context, type Exchange } from '../src/context';
import { createAuthenticator, type Role, type Viewer } from '../src/auth/identity';
import { createHttpServer } from '../src/http';
import { Database } from '../src/db/database';
import { importCases } from '../src/cases/importCases';
import { createLogger, type Logger } from '../src/logger';
import { buildServer } from '../src/server';
import type { WebOptions } from '../src/web';

export const logger = createLogger(process.env.TEST_LOG ?? 'silent');
export const exchange = exchangeFromConfig(loadConfig());

/** A caller of an agency; its country is the agency code's prefix ("EE-PPA": EE). */
export function viewer(analyst: string, agency: string, roles: Role[], purpose: string): Viewer {
  return { analyst, agency, country: agency.slice(0, 2), roles, purpose };
}

/** A suspected recruiter as a case lists them, for the person-matching suites. */
export const suspect = (id: string, name: string, birthDate: string | null, nationality: string) => ({
  id,
  name,
  birthDate,
  nationality,
  role: 'SUSPECT',
  function: 'RECRUITER',
});

/** An open case of one agency with one person in it. */
export const personCase = (code: string, country: string, ref: string, p: object, title = 'recruitment') => ({
  reference: ref,
  agency: { code, country },
  title,
  typologies: ['SEXUAL_EXPLOITATION'],
  status: 'OPEN',
  openedOn: '2024-01-01',
  persons: [p],
});

export function testDatabase(): Database {
  const config = loadConfig();
  return new Database({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
}

/** A suite's own database: emptied, migrated, and loaded with `cases` when given (as the in-process caller). */
export async function freshDatabase(cases?: unknown[]): Promise<Database> {
  const db = testDatabase();
  await resetDatabase(db);
  if (cases) await importCases(db, cases);
  return db;
}

/** Empties the graph and applies the migrations. */
export async function resetDatabase(db: Database): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await db.migrate();
}

// The exchange's own records (audit, notifications, access requests, locks, watches, rules and alerts)
// grow with every request; these counts are of the case data alone.
const CASE_DATA =
  'NOT n:AuditEntry AND NOT n:AuditHead AND NOT n:AuditCheckpoint AND NOT n:Notification AND NOT n:AccessRequest AND NOT n:Lock' +
  ' AND NOT n:Watch AND NOT n:AlertRule AND NOT n:Alert AND NOT n:AlertEvent AND NOT n:AlertCounted';

/**
 * Case data in the graph. `reported`: as an import report counts it, without the name key nodes and their
 * links, which it leaves out (whether a name key was new would tell of hidden records holding the name).
 */
export async function graphCounts(
  db: Database,
  { reported = false } = {},
): Promise<{ nodes: number; relationships: number }> {
  const session = db.driver.session();
  const where = reported ? `${CASE_DATA} AND NOT n:NameKey` : CASE_DATA;
  try {
    const nodes = (await session.run(`MATCH (n) WHERE ${where} RETURN count(n) AS n`)).records[0].get('n').toNumber();
    const relationships = (
      await session.run(
        `MATCH (n)-[r]->() WHERE ${where} AND type(r) <> 'SHARED_WITH' AND (NOT $reported OR type(r) <> 'HAS_NAME_KEY') RETURN count(r) AS n`,
        { reported },
      )
    ).records[0]
      .get('n')
      .toNumber();
    return { nodes, relationships };
  } finally {
    await session.close();
  }
}

export function demoCases(): unknown[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'seed', 'demo.json'), 'utf8')) as unknown[];
}

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown; extensions?: Record<string, unknown> }>;
}

/**
 * Runs an operation through the real server pipeline (parsing, validation, resolvers, hit/no-hit, audit,
 * formatError), without HTTP. Without a viewer it runs as the in-process SYSTEM caller, which sees
 * everything: the functional suites use it, and the security suites pass agency viewers.
 */
export async function execute<T = Record<string, any>>(
  server: ApolloServer<Context>,
  db: Database,
  query: string,
  variables: Record<string, unknown> = {},
  viewer?: Viewer,
): Promise<GraphQLResult<T>> {
  const response = await server.executeOperation<T>(
    { query, variables },
    { contextValue: createContext(db, logger, exchange, viewer) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  // As a client sees it over HTTP: serialised to JSON (DateTime values become strings).
  return JSON.parse(JSON.stringify(response.body.singleResult)) as GraphQLResult<T>;
}

/** A suite's fresh database with each case imported by its own agency's loader through the API, each created whole. */
export async function importedAsOwners(
  server: ApolloServer<Context>,
  owned: ReadonlyArray<readonly [Viewer, object]>,
): Promise<Database> {
  const db = testDatabase();
  await resetDatabase(db);
  for (const [owner, c] of owned) {
    const res = await execute(server, db, IMPORT_CASES, { cases: [c] }, owner);
    expect(res.data?.importCases).toMatchObject({ casesCreated: 1, casesRejected: 0 });
  }
  return db;
}
const IMPORT_CASES = `mutation($cases: [CaseInput!]!) {
  importCases(cases: $cases) { casesCreated casesRejected outcomes { status problems { field message } } } }`;

/** An analyst (who also loads) of an agency, for suites that act as several agencies. */
export const analystOf = (agency: string, country: string, analyst: string): Viewer => ({
  analyst,
  agency,
  country,
  roles: ['analyst', 'loader'],
  purpose: `${agency}: ${analyst} in a test`,
});

export function testServer(production = false) {
  return buildServer({ logger, production });
}

/**
 * The real HTTP front over `server`, listening on a free loopback port, for suites that need an API of
 * their own settings (limits, timeouts, a small pool, the browser options). With `tokens`, callers
 * authenticate as in production; without, every request is the in-process SYSTEM caller.
 */
export async function listenHttp(
  server: ApolloServer<Context>,
  db: Database,
  options: {
    tokens?: boolean;
    exchange?: Exchange;
    ready?: () => Promise<boolean>;
    requestReceiveTimeoutMs?: number;
    maxBodyBytes?: number;
    httpLogger?: Logger;
    web?: WebOptions;
    metrics?: MetricsAccess;
  } = {},
) {
  const auth = options.tokens ? await createAuthenticator(loadConfig()) : null;
  const api = createHttpServer(server, {
    maxBodyBytes: options.maxBodyBytes ?? 1 << 20,
    logger: options.httpLogger ?? logger,
    requestReceiveTimeoutMs: options.requestReceiveTimeoutMs,
    ready: options.ready ?? (async () => true),
    web: options.web,
    metrics: options.metrics,
    context: async (req, requestId) =>
      createContext(
        db,
        logger,
        options.exchange ?? exchange,
        auth ? await auth.viewer(req.headers.authorization, req.headers['x-purpose'] as string | undefined) : undefined,
        requestId,
      ),
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  return {
    api,
    base: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => api.close(() => resolve())),
  };
}

/** The HTTP front with token authentication as in production (see listenHttp). */
export const listenWithTokens = (
  server: ApolloServer<Context>,
  db: Database,
  options: Omit<Parameters<typeof listenHttp>[2], 'tokens'> = {},
) => listenHttp(server, db, { ...options, tokens: true });

/** Starts `server` behind the HTTP front (see listenHttp); `close` stops the front, the server and `db`. */
export async function serveGraphql(
  server: ApolloServer<Context>,
  db: Database,
  options: Parameters<typeof listenHttp>[2] = {},
) {
  await server.start();
  const http = await listenHttp(server, db, options);
  return {
    url: `${http.base}/graphql`,
    close: async () => {
      await http.stop();
      await server.stop();
      await db.close();
    },
  };
}

/** A Latvian IBAN (ISO 13616 check digits) of a 13-digit account number. */
export function iban(n: number): string {
  const bban = `BANK${String(n).padStart(13, '0')}`;
  const digits = `${bban}LV00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return `LV${String(98 - rest).padStart(2, '0')}${bban}`;
}
