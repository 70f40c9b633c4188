// Integration tests run against the real Neo4j that `npm run test:all` starts (NEO4J_URI).
// Each suite starts from an empty graph, so suites can run in any order.
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { loadConfig } from '../src/config';
import { createContext, type Context } from '../src/context';
import { Database } from '../src/db/database';
import { createLogger } from '../src/logger';
import { buildServer } from '../src/server';

export const logger = createLogger('silent');

export function testDatabase(): Database {
  const config = loadConfig();
  return new Database({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
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

export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const session = db.driver.session();
  try {
    const nodes = (await session.run('MATCH (n) RETURN count(n) AS n')).records[0].get('n').toNumber();
    const relationships = (await session.run('MATCH ()-[r]->() RETURN count(r) AS n')).records[0].get('n').toNumber();
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

/** Runs an operation through the real server pipeline (parsing, validation, resolvers, formatError), without HTTP. */
export async function execute<T = Record<string, any>>(
  server: ApolloServer<Context>, db: Database, query: string, variables: Record<string, unknown> = {},
): Promise<GraphQLResult<T>> {
  const response = await server.executeOperation<T>({ query, variables }, { contextValue: createContext(db, logger) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  // As a client sees it over HTTP: serialised to JSON (DateTime values become strings).
  return JSON.parse(JSON.stringify(response.body.singleResult)) as GraphQLResult<T>;
}

export function testServer(production = false) {
  return buildServer({ logger, production });
}
