// The audit as an Apollo plugin. Before execution it bounds the request's variables and fixes what every
// entry of the request will say (so nothing that can throw is left for after a write). After execution
// it writes the request's own entry before the response leaves: who, agency, purpose, operation, a keyed
// hash of the variables, and every case and node the response reached; the hits on other agencies' cases
// become their owners' notifications in the same transaction. A mutation's writes carry their own entries,
// written inside their transactions (RequestAudit.write). If the entry cannot be written, the response is
// replaced by an error (fail closed).
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import type { Logger } from '../logger';
import { auditWaitSeconds } from '../observability';
import { appendAudit } from './audit';

export function auditPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let executed = false;
      return {
        async didResolveOperation({ contextValue, request, operation }) {
          if (!operation) return; // no operation to execute: Apollo refuses the request itself
          // The operation's own name, else its root fields: "query Probe", "query lookup", "mutation importCases".
          const rootFields = operation.selectionSet.selections
            .map((f) => ('name' in f && f.name ? f.name.value : '…'))
            .join(',');
          contextValue.audit.admit(
            `${operation.operation} ${operation.name?.value ?? request.operationName ?? rootFields}`,
            request.variables,
          );
        },
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ contextValue, response, errors }) {
          // A document refused before execution (parse, validation, limits, variables) read nothing: it is logged, not audited.
          if (!executed) {
            await contextValue.db.finishReads();
            logger.warn(
              {
                analyst: contextValue.viewer.analyst,
                agency: contextValue.viewer.agency,
                code: errors?.[0]?.extensions?.code,
              },
              'request refused before execution',
            );
            return;
          }
          const { viewer, audit, record } = contextValue;
          const outcome = errors?.length
            ? `error ${String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR')}`
            : 'ok';
          const hits = [...record.hits.values()].filter((h) => !audit.notified.has(h.caseId));
          const waited = auditWaitSeconds.startTimer();
          try {
            // The request's read transaction commits beside the entry's write: it changes nothing, so the
            // two need not wait for each other, and both are done before the response leaves.
            await Promise.all([
              contextValue.db.finishReads(),
              appendAudit(contextValue.db, audit.secrets.keys, audit.record(record.touched, hits, outcome), hits, {
                country: viewer.country,
              }),
            ]);
            waited();
          } catch (error) {
            logger.error({ err: error }, 'audit write failed: request refused');
            response.http.status = 503;
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'The audit log is unavailable, so the request was refused. Retry in a moment.',
                    extensions: { code: 'SERVICE_UNAVAILABLE' },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
