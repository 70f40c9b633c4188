// The exchange between agencies: owners' notifications of hits, access requests and decisions, and the
// audit log as owners and auditors read it.
//   mutation { requestAccess(caseHandle: "hit:…", justification: "same phone as EE-2024-0117") { id status } }
//   mutation { decideAccess(requestId: "…", approve: true, until: "2027-01-31T00:00:00Z") { status } }
//   { notifications(first: 20) { edges { node { at fromAgency analyst purpose through case { reference } } } pageInfo { hasNextPage endCursor } } }
import type { Context } from '../context';
import type {
  MutationDecideAccessArgs,
  MutationRequestAccessArgs,
  QueryAccessRequestsArgs,
  QueryAuditLogArgs,
  QueryAuditNodeIdArgs,
  QueryNotificationsArgs,
} from '../generated/graphql';
import { AppError, badInput } from '../errors';
import { loadCase } from '../cases/cases';
import { clamp } from '../links/analysis';
import { typeOfId } from '../auth/access';
import { auditNodeId, auditNodeIdFor, deliveredCheckpoint } from '../audit/audit';
import { isSystem } from '../auth/identity';
import { fileAccessRequest } from './requests';
import { isCaseHandle, isCaseOf } from '../model/ids';

type Row = Record<string, unknown>;

function ownAgency(ctx: Context): string {
  const agency = ctx.viewer.agency;
  if (!agency) throw new AppError('FORBIDDEN', 'the exchange needs a caller of an agency (a token)');
  return agency;
}

/** A page cursor: the (time, id) sort key of the last row, sealed for the caller's agency (as for hot spots). */
const encodeCursor = (ctx: Context, at: string, id: string) => ctx.sealer.seal({ at, id });
function decodeCursor(
  ctx: Context,
  cursor: string | null | undefined,
): { afterAt: string | null; afterId: string | null } {
  if (!cursor) return { afterAt: null, afterId: null };
  const key = (cursor.length <= 500 ? ctx.sealer.unseal(cursor) : null) as { at?: unknown; id?: unknown } | null;
  if (key && typeof key.at === 'string' && typeof key.id === 'string') return { afterAt: key.at, afterId: key.id };
  throw badInput(
    'after',
    'is not a cursor this API returned to your agency; pass pageInfo.endCursor from the previous page',
  );
}

/** Reads one page (asking for one row more, to know whether another page follows) as a connection. */
export async function page(
  ctx: Context,
  read: (position: { afterAt: string | null; afterId: string | null; limit: number }) => Promise<Row[]>,
  timeKey: string,
  args: { first?: number | null; after?: string | null },
) {
  const first = clamp(args.first ?? 50, 1, 100);
  const rows = await read({ ...decodeCursor(ctx, args.after), limit: first + 1 });
  const edges = rows
    .slice(0, first)
    .map((node) => ({ cursor: encodeCursor(ctx, node[timeKey] as string, node.id as string), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

export const exchangeResolvers = {
  Query: {
    notifications: (_: unknown, args: QueryNotificationsArgs, ctx: Context) =>
      page(
        ctx,
        async (position) =>
          (await ctx.db.read('access/notifications', { agency: ownAgency(ctx), ...position })).map(
            (r) => r.notification,
          ),
        'at',
        args,
      ),
    accessRequests: (_: unknown, args: QueryAccessRequestsArgs, ctx: Context) => {
      const agency = ownAgency(ctx);
      return page(
        ctx,
        async (position) =>
          (
            await ctx.db.read('access/requests', {
              owner: args.direction === 'INCOMING' ? agency : null,
              from: args.direction === 'OUTGOING' ? agency : null,
              status: args.status ?? null,
              ...position,
            })
          ).map((r) => r.request),
        'requestedAt',
        args,
      );
    },
    auditLog: async (_: unknown, args: QueryAuditLogArgs, ctx: Context) => {
      const viewer = ctx.viewer;
      // The exchange's supervisor reads every entry; an agency's auditor its own agency's entries and who
      // consulted its data; an agency's analysts who outside it consulted its data.
      const scope =
        isSystem(viewer) || viewer.roles.includes('supervisor')
          ? 'ALL'
          : viewer.roles.includes('auditor')
            ? 'AGENCY'
            : 'OWNER';
      const agency = scope === 'ALL' ? null : ownAgency(ctx);
      const rows = await ctx.db.read('audit/log', {
        scope,
        agency,
        beforeSeq: args.beforeSeq ?? null,
        limit: clamp(args.first ?? 50, 1, 500),
      });
      const own = (id: string) => isCaseOf(agency, id);
      return rows.map((r) => {
        const e = r.entry;
        if (!agency) return e;
        // The agency's own requests: other agencies' cases they reached appear by their audit ids only.
        if (scope === 'AGENCY' && e.agency === agency)
          return {
            ...e,
            caseIds: e.caseIds.map((id) => (own(id) ? id : auditNodeId(ctx.audit.secrets.hitSecret, id))),
          };
        // Another agency's request: only the agency's own cases, not which others that caller also saw
        // (nor which other agencies it notified), nor the hash of its variables (theirs to audit).
        return {
          ...e,
          caseIds: e.caseIds.filter(own),
          entityIds: scope === 'AGENCY' ? e.entityIds : [],
          notifiedAgencies: (e.notifiedAgencies as string[]).filter((a) => a === agency),
          variablesHash: '',
        };
      });
    },
    auditNodeId: (_: unknown, args: QueryAuditNodeIdArgs, ctx: Context) => auditNodeIdFor(ctx, args.id),
  },
  Mutation: {
    requestAccess: async (_: unknown, args: MutationRequestAccessArgs, ctx: Context) => {
      const agency = ownAgency(ctx);
      if (args.justification.length > 2000) throw badInput('justification', 'is longer than 2000 characters');
      if (!isCaseHandle(args.caseHandle)) throw badInput('caseHandle', 'is not a case handle (hit:…) from a hit');
      const request = await fileAccessRequest(
        ctx.db,
        ctx.limits.accessRequestsPerHour,
        {
          handle: args.caseHandle,
          fromAgency: agency,
          analyst: ctx.viewer.analyst,
          justification: args.justification.trim(),
        },
        ctx.audit.write,
      );
      ctx.record.touched.add(request.caseId);
      return request;
    },
    decideAccess: async (_: unknown, args: MutationDecideAccessArgs, ctx: Context) => {
      const agency = ownAgency(ctx);
      if ((args.note ?? '').length > 2000) throw badInput('note', 'is longer than 2000 characters');
      if (args.until && args.until.getTime() <= Date.now()) throw badInput('until', 'must be in the future');
      const request = await ctx.db.transaction('WRITE', async (run) => {
        const decided = (
          await run('access/decideRequest', {
            requestId: args.requestId,
            ownerAgency: agency,
            approve: args.approve,
            until: args.until ? args.until.toISOString() : null,
            analyst: ctx.viewer.analyst,
            note: args.note ?? null,
          })
        ).rows[0]?.request;
        if (decided)
          await ctx.audit.write(run, {
            ids: [decided.caseId],
            outcome: `access request ${String(decided.id)} ${String(decided.status)}`,
          });
        return decided;
      });
      // The same answer for an unknown request and another agency's: nothing about others' requests leaks.
      if (!request)
        throw new AppError('NOT_FOUND', "no access request with this id to your agency's cases", {
          field: 'requestId',
        });
      ctx.record.touched.add(request.caseId);
      return request;
    },
  },
  Notification: {
    case: (n: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, n.caseId),
    throughType: (n: { through: string; throughType?: string }) => n.throughType ?? typeOfId(n.through),
    checkpoint: (n: { chainSeq?: number | null; chainHash?: string | null }, _: unknown, ctx: Context) =>
      n.chainSeq && n.chainHash ? deliveredCheckpoint(ctx.audit.secrets.keys, n.chainSeq, n.chainHash) : null,
  },
  AccessRequest: {
    case: (r: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, r.caseId),
  },
};
