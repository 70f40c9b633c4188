// Filing an access request: one open request per requesting agency and case, and a limit per agency
// and hour. Per agency, not per analyst: the owner answers an agency (the grant goes to the agency), so
// a second analyst asking for the same case adds nothing for the owner to decide, and a flood from one
// agency's many analysts is still one agency's flood.
import type { AuditWrite } from '../audit/audit';
import type { Database } from '../db/database';
import type { AccessRequest } from '../db/statements';
import { AppError } from '../errors';

const HOUR_SECONDS = 3600;

export interface RequestInput {
  handle: string;
  fromAgency: string;
  analyst: string;
  justification: string;
}

/**
 * The new request, or NOT_FOUND / CONFLICT (naming the open request) / RATE_LIMITED. The request, the
 * owner's notification and the audit entry commit together.
 */
export async function fileAccessRequest(
  db: Database,
  perHour: number,
  input: RequestInput,
  audit: AuditWrite,
): Promise<AccessRequest> {
  // The refusals are decided under the agency's lock and raised after the transaction rolled back.
  type Outcome =
    | { request: AccessRequest }
    | { refused: 'NOT_FOUND' | 'RATE_LIMITED' }
    | { refused: 'CONFLICT'; openRequestId: string };
  const outcome = await db.transaction('WRITE', async (run): Promise<Outcome> => {
    const { recent } = (
      await run('access/lockRequester', { fromAgency: input.fromAgency, windowSeconds: HOUR_SECONDS })
    ).rows[0];
    const found = (await run('access/openRequest', { handle: input.handle, fromAgency: input.fromAgency })).rows[0];
    if (!found) return { refused: 'NOT_FOUND' };
    if (found.openRequestId) return { refused: 'CONFLICT', openRequestId: found.openRequestId };
    if (recent >= perHour) return { refused: 'RATE_LIMITED' };
    const request = (await run('access/requestAccess', { ...input })).rows[0].request;
    const caseId = request.caseId;
    await audit(run, {
      ids: [caseId],
      outcome: `access request ${String(request.id)}`,
      hits: [{ caseId, owner: request.ownerAgency, entityId: caseId, entityType: 'CASE' }],
    });
    return { request };
  });
  if ('request' in outcome) return outcome.request;
  switch (outcome.refused) {
    case 'NOT_FOUND':
      throw new AppError('NOT_FOUND', "no other agency's case has this handle", { field: 'caseHandle' });
    case 'CONFLICT':
      throw new AppError(
        'CONFLICT',
        `your agency already has an open request for this case (${outcome.openRequestId}); wait for the owner's decision, or see accessRequests(direction: OUTGOING)`,
        { field: 'caseHandle', requestId: outcome.openRequestId },
      );
    case 'RATE_LIMITED':
      throw new AppError(
        'RATE_LIMITED',
        `your agency filed ${perHour} access requests in the last hour, the most allowed; retry later`,
        { limit: perHour },
      );
  }
}
