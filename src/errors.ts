// Expected errors carry a code in extensions.code; everything else is masked by the server's formatError.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** A bad argument: says which field, what is wrong, and (in the message) what to do. */
export function badInput(field: string, problem: string): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${problem}`, { field });
}

/** The most values any list argument takes (README, "Limits"): each value is tested against every row. */
export const MAX_LIST_VALUES = 20;

/** Refuses a list argument over MAX_LIST_VALUES, naming it; `what` names the values in the message. */
export function checkListSize(field: string, list: readonly unknown[] | null | undefined, what = 'values'): void {
  if ((list?.length ?? 0) > MAX_LIST_VALUES) throw badInput(field, `at most ${MAX_LIST_VALUES} ${what}`);
}

/**
 * The API's one rule for unknown ids. A field that looks a thing up by its id (`case`, `node`, `lookup`)
 * answers null when there is none: absence is an answer. An operation that starts from ids given as its
 * arguments (crossBorderLinks, paths, moneyFlow, subgraph, networkMetrics, exportSubgraph, the exchange's
 * and the matcher's mutations) answers NOT_FOUND naming the argument, so that a mistyped id is never read
 * as "no links". Whatever decides that an id counts as absent (it does not exist, or the caller must not
 * learn that it does) decides it once, and both answers follow from it.
 */
export function notFound(field: string, what = 'node'): AppError {
  return new AppError('NOT_FOUND', `no ${what} with the id given; check ${field}`, { field });
}

/** Codes that reach clients as they are. Any other error becomes INTERNAL_SERVER_ERROR. */
export const CLIENT_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  // A caller over its fair share (src/fairUse.ts, access requests per hour): retry later, unlike a 503.
  'RATE_LIMITED',
  // Apollo's own request-level codes: parse and validation failures of the client's document.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
