// Builds the Apollo server (no listening here): schema, resolvers, error masking.
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  CountryCodeResolver,
  CurrencyResolver,
  DateTimeResolver,
  JSONObjectResolver,
  LocalDateResolver,
  NonEmptyStringResolver,
  NonNegativeFloatResolver,
} from 'graphql-scalars';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Context } from './context';
import { AppError, CLIENT_CODES } from './errors';
import type { Logger } from './logger';
import { caseResolvers } from './cases/resolvers';
import { entityResolvers } from './entities/resolvers';
import { linkResolvers } from './links/resolvers';
import { matchingResolvers } from './matching/resolvers';
import { exchangeResolvers } from './exchange/resolvers';
import { alertResolvers } from './alerts/resolvers';
import { liveResolvers } from './alerts/live';
import { protectResolvers } from './auth/protect';
import { auditPlugin } from './audit/plugin';
import { observabilityPlugin } from './observability';
import { documentLimits, overTokenLimit } from './documentLimits';

export function loadTypeDefs(): string {
  for (const dir of [path.resolve(__dirname, '..', 'schema'), path.resolve(__dirname, '..', '..', 'schema')]) {
    const file = path.join(dir, 'schema.graphql');
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  throw new Error('schema/schema.graphql not found');
}

function mergeResolvers(...maps: Array<Record<string, object>>): Record<string, Record<string, unknown>> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...(merged[type] ?? {}), ...fields };
  return merged;
}

export interface ServerOptions {
  logger: Logger;
  production: boolean;
  /** The executable schema, when the caller shares it (the WebSocket subscriptions use the same). */
  schema?: GraphQLSchema;
}

/** The schema with its resolvers, every case-data field behind hit/no-hit (src/auth/protect.ts). */
export function buildSchema(): GraphQLSchema {
  const typeDefs = loadTypeDefs();
  return makeExecutableSchema({
    typeDefs,
    resolvers: {
      CountryCode: CountryCodeResolver,
      Currency: CurrencyResolver,
      LocalDate: LocalDateResolver,
      DateTime: DateTimeResolver,
      NonEmptyString: NonEmptyStringResolver,
      NonNegativeFloat: NonNegativeFloatResolver,
      JSONObject: JSONObjectResolver,
      ...protectResolvers(
        mergeResolvers(
          caseResolvers,
          entityResolvers,
          linkResolvers,
          matchingResolvers,
          exchangeResolvers,
          alertResolvers,
          liveResolvers,
        ),
        typeDefs,
      ),
    },
  });
}

/** Every answer is another agency's business: no cache keeps one (what the cache-control plugin said). */
const noStore: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export function buildServer({ logger, production, schema = buildSchema() }: ServerOptions): ApolloServer<Context> {
  // The document limits (src/documentLimits.ts), checked before any resolver or database call; the same
  // for subscriptions over WebSocket. Field suggestions ("Did you mean…") are off in production, where
  // they would map the schema for an attacker. Batched HTTP requests stay refused.
  const { validationRules, plugins, parseOptions } = documentLimits(production);
  return new ApolloServer<Context>({
    validationRules,
    parseOptions,
    // Audit first: it may replace the response (fail closed), and the metrics count the final one.
    // Apollo's cache-control plugin is off: it wraps every field's resolver to gather hints this schema
    // never gives (a nested list paid for it on each of its hundreds of fields), only to answer no-store.
    plugins: [
      ...plugins,
      auditPlugin(logger),
      observabilityPlugin(logger),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
    ],
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    schema,
    // Off in production all the same: documentLimits adds its own rule there, whose message names no
    // framework (Apollo's says "pass introspection: true to ApolloServer"), and holds WebSocket too.
    introspection: true,
    // No automatic persisted queries: their cache is one per process, shared by every agency, so a caller
    // could run by hash alone a document another agency sent, and learn what it was; no client here uses them.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, logger),
    // main.ts drains on SIGTERM/SIGINT in every NODE_ENV; Apollo's default handlers (on outside tests)
    // would stop at once and re-raise the signal, cutting requests in flight (exit 143).
    stopOnTerminationSignals: false,
  });
}

/**
 * Expected errors (our AppError, and Apollo's parse/validation/input errors) reach the client as they
 * are, without stack traces (graphql-js's token-limit error said as the other document limits say theirs).
 * Everything else is logged in full and replaced by a bare INTERNAL_SERVER_ERROR, so no database code,
 * query text or internal message leaks.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = String(formatted.extensions?.code ?? '');
  if (
    original instanceof AppError ||
    (CLIENT_CODES.has(code) && !(original instanceof Error && isDriverError(original)))
  ) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? overTokenLimit(formatted.message) : undefined;
    if (tokens) return { message: tokens.message, extensions: { ...extensions, ...tokens.extensions } };
    return { ...formatted, extensions };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function isDriverError(error: Error): boolean {
  return error.name === 'Neo4jError' || /^Neo\./.test(String((error as { code?: unknown }).code ?? ''));
}
