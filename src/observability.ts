// Prometheus metrics (prom-client) and one structured log line per request. Labels are bounded: the
// operation label is the root field of the schema, never the client's free-chosen operation name, and
// nothing from variables or results (no personal data) reaches a log line or a label.
import client from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';

export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: 'linkgraph_' });

const requests = new client.Counter({
  name: 'linkgraph_graphql_requests_total',
  help: 'GraphQL requests by root field and outcome (ok or the error code).',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});
const requestSeconds = new client.Histogram({
  name: 'linkgraph_graphql_request_duration_seconds',
  help: 'GraphQL request latency by root field, from parsing to the audited response.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});
const errors = new client.Counter({
  name: 'linkgraph_graphql_errors_total',
  help: 'Errors returned to clients, by code.',
  labelNames: ['code'] as const,
  registers: [registry],
});
export const dbStatementSeconds = new client.Histogram({
  name: 'linkgraph_db_statement_duration_seconds',
  help: 'Time per Cypher statement (one .cypher file), including fetching its records.',
  labelNames: ['statement'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
  registers: [registry],
});
export const dbTransactions = new client.Counter({
  name: 'linkgraph_db_transactions_total',
  help: 'Transactions begun, by mode: a request reads in one, and each write (the audit entry included) is one.',
  labelNames: ['mode'] as const,
  registers: [registry],
});
export const auditWaitSeconds = new client.Histogram({
  name: 'linkgraph_audit_wait_seconds',
  help: "Time a read request's response waits for its audit entry (and its read transaction's commit), group commit included.",
  buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [registry],
});
export const dbFailures = new client.Counter({
  name: 'linkgraph_db_failures_total',
  help: 'Failed database transactions, by driver error code.',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const alertRaiseFailures = new client.Counter({
  name: 'linkgraph_alert_raise_failures_total',
  help: 'Cases whose alerts a raise failed to write: they stay owed (AlertDue) and the next drain raises them.',
  registers: [registry],
});

const refusals = new client.Counter({
  name: 'linkgraph_refusals_total',
  help: 'Requests refused before authentication or for a missing or bad purpose, by reason.',
  labelNames: ['reason'] as const,
  registers: [registry],
});

/** A bounded reason for a refused caller, from the refusal's code and message (never the token itself). */
function refusalReason(code: string, message: string): string {
  if (code === 'BAD_REQUEST')
    return /X-Purpose/.test(message)
      ? /longer|too long/.test(message)
        ? 'purpose_too_long'
        : /^state the purpose/.test(message)
          ? 'missing_purpose'
          : 'bad_purpose'
      : 'bad_request';
  if (code !== 'UNAUTHENTICATED') return 'other';
  const reasons: Array<[RegExp, string]> = [
    [/^missing bearer token/, 'missing_token'],
    [/^token expired/, 'token_expired'],
    [/^token claim rejected/, 'token_claim_rejected'],
    [/^token signature or format invalid/, 'token_invalid'],
    [/^token lacks the claims/, 'token_claims_missing'],
    [/is not a member of this exchange/, 'unknown_agency'],
  ];
  return reasons.find(([pattern]) => pattern.test(message))?.[1] ?? 'unauthenticated_other';
}

/**
 * A request refused before it had a caller (401) or a purpose (400): one log line and one count by reason,
 * so someone probing tokens or purposes is seen. The Authorization header is never logged.
 */
export function recordRefusal(
  logger: Logger,
  error: unknown,
  request: { requestId: string; method?: string; path: string; remote?: string; hasToken: boolean },
): void {
  const code = String((error as { extensions?: { code?: unknown } }).extensions?.code ?? '');
  if (code !== 'UNAUTHENTICATED' && code !== 'BAD_REQUEST') return;
  const reason = refusalReason(code, String((error as Error).message ?? ''));
  refusals.inc({ reason });
  logger.warn({ ...request, code, reason }, 'request refused: no authenticated caller or purpose');
}

/** Cases written under older key rules at start-up (see staleKeyRulesWarning): links missed until a re-key. */
export const staleKeyRulesCases = new client.Gauge({
  name: 'linkgraph_cases_stale_key_rules',
  help: 'Cases written under key rules older than the running version at start-up; run `npm run rekey` when above 0.',
  registers: [registry],
});

/** Pool usage: transactions holding a connection now, against the pool's size. */
export function trackPool(db: { readonly sessionsOpen: number; readonly poolSize: number }): void {
  registry.removeSingleMetric('linkgraph_db_sessions_in_use');
  registry.removeSingleMetric('linkgraph_db_pool_size');
  new client.Gauge({
    name: 'linkgraph_db_sessions_in_use',
    help: 'Database sessions open (each holds a pooled connection).',
    registers: [registry],
    collect() {
      this.set(db.sessionsOpen);
    },
  });
  new client.Gauge({
    name: 'linkgraph_db_pool_size',
    help: 'Maximum connections in the driver pool.',
    registers: [registry],
    collect() {
      this.set(db.poolSize);
    },
  });
}

/** The root fields of the executed operation: "query:lookup", "mutation:importCases". */
function operationLabel(
  operation: { operation: string; selectionSet: { selections: readonly unknown[] } } | undefined,
): string {
  if (!operation) return 'unparsed';
  const fields = operation.selectionSet.selections.map(
    (s) => (s as { name?: { value: string } }).name?.value ?? 'fragment',
  );
  return `${operation.operation}:${fields[0] ?? '?'}${fields.length > 1 ? `+${fields.length - 1}` : ''}`;
}

/**
 * What the request log reads of a request's context. Said here rather than importing Context, which
 * would close the cycle context → access → database → observability (the database reports its metrics here).
 */
type LoggedRequest = { requestId: string; viewer: { agency: string | null } };

export function observabilityPlugin(logger: Logger): ApolloServerPlugin<LoggedRequest> {
  return {
    // Apollo answers 500 for an error thrown outside resolvers (by a plugin); it must not pass unseen.
    async unexpectedErrorProcessingRequest({ error }) {
      errors.inc({ code: 'INTERNAL_SERVER_ERROR' });
      logger.error({ err: error }, 'unexpected error while processing a request');
    },
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, errors: errs, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const label = operationLabel(operation ?? undefined);
          const codes = [
            ...new Set(
              (response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : (errs ?? [])).map((e) =>
                String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
              ),
            ),
          ];
          requests.inc({ operation: label, outcome: codes[0] ?? 'ok' });
          requestSeconds.observe({ operation: label }, seconds);
          for (const code of codes) errors.inc({ code });
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: label,
              ms: Math.round(seconds * 10000) / 10,
              status: response.http.status ?? 200,
              outcome: codes[0] ?? 'ok',
              agency: contextValue.viewer.agency,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
