// Every request goes through the public GraphQL API with the analyst's token and the session's purpose,
// so hit/no-hit applies to the page exactly as to any other client.
import { Client, cacheExchange, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import type { Session } from './session';

export function createClient(session: Session): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'network-only',
    // POST with JSON: Apollo's CSRF prevention refuses a GET without a preflight header.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${session.token}`, 'x-purpose': session.purpose } }),
  });
}

/** Runs one operation and returns its data, or throws the API's own message (what, where, what to do). */
export async function run<T = any>(
  client: Client,
  query: string | TypedDocumentNode,
  variables: AnyVariables = {},
): Promise<T> {
  const isMutation = typeof query === 'string' && /^\s*mutation/.test(query);
  const result = await (isMutation ? client.mutation(query, variables) : client.query(query, variables)).toPromise();
  if (result.error) throw new Error(result.error.graphQLErrors[0]?.message ?? result.error.message);
  return result.data as T;
}

export const NODE_FIELDS = 'id type label country access hit { agency country caseHandle handlingCode }';

export interface Hit {
  agency: string;
  country: string;
  caseHandle: string;
  handlingCode: string;
}
export interface ChartNodeData {
  id: string;
  type: string;
  label: string;
  country: string | null;
  access: 'FULL' | 'HIT';
  hit: Hit | null;
  cases: string[];
  [property: string]: unknown;
}
export interface Omitted {
  type: string;
  count: number;
  label: string;
}
