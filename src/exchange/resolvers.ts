// The exchange between agencies: owners' notifications of hits, access requests and decisions, and the
// audit log as owners and auditors read it.
//   mutation { requestAccess(caseHandle: "hit:…", justification: "same phone as EE-2024-0117") { id status } }
//   mutation { decideAccess(requestId: "…", approve: true, until: "2027-01-31T00:00:00Z") { status } }
//   { notifications(first: 20) { edges { node { at fromAgency analyst purpose through case { reference } } } pageInfo { hasNextPage endCursor } } }
import type { Context } from '../context';
import { AppError, badInput } from '../errors';
import { loadCase } from '../cases/resolvers';
import { clamp } from '../links/analysis';
import { typeOfId } from '../auth/access';
import { fileAccessRequest } from './requests';

type Row = Record<string, unknown>;

function ownAgency(ctx: Context): string {
  const agency = ctx.access.viewer.agency;
  if (!agency) throw new AppError('FORBIDDEN', 'the exchange needs a caller of an agency (a token)');
  return agency;
}

/** A page cursor: the (time, id) sort key of the last row, sealed for the caller's agency (as for hot spots). */
const encodeCursor = (ctx: Context, at: string, id: string) => ctx.access.seal({ at, id });
function decodeCursor(ctx: Context, cursor: string | null | undefined): { afterAt: string | null; afterId: string | null } {
  if (!cursor) return { afterAt: null, afterId: null };
  const key = (cursor.length <= 500 ? ctx.access.unseal(cursor) : null) as { at?: unknown; id?: unknown } | null;
  if (key && typeof key.at === 'string' && typeof key.id === 'string') return { afterAt: key.at, afterId: key.id };
  throw badInput('after', 'is not a cursor this API returned to your agency; pass pageInfo.endCursor from the previous page');
}

/** Reads one page (asking for one row more, to know whether another page follows) as a connection. */
async function page(ctx: Context, query: string, params: Row, column: string, timeKey: string, args: { first?: number | null; after?: string | null }) {
  const first = clamp(args.first ?? 50, 1, 100);
  const rows = (await ctx.db.read(query, { ...params, ...decodeCursor(ctx, args.after), limit: first + 1 })).map((r) => r[column] as Row);
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(ctx, node[timeKey] as string, node.id as string), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

type PageArgs = { first?: number | null; after?: string | null };

export const exchangeResolvers = {
  Query: {
    notifications: (_: unknown, args: PageArgs, ctx: Context) =>
      page(ctx, 'access/notifications', { agency: ownAgency(ctx) }, 'notification', 'at', args),
    accessRequests: (_: unknown, args: PageArgs & { direction: 'INCOMING' | 'OUTGOING'; status?: string | null }, ctx: Context) => {
      const agency = ownAgency(ctx);
      return page(ctx, 'access/requests', {
        owner: args.direction === 'INCOMING' ? agency : null, from: args.direction === 'OUTGOING' ? agency : null, status: args.status ?? null,
      }, 'request', 'requestedAt', args);
    },
    auditLog: async (_: unknown, args: { first?: number | null; beforeSeq?: number | null }, ctx: Context) => {
      const viewer = ctx.access.viewer;
      const auditor = viewer.roles.includes('auditor') || ctx.access.isSystem;
      const agency = auditor ? null : ownAgency(ctx);
      const rows = await ctx.db.read('audit/log', { agency, beforeSeq: args.beforeSeq ?? null, limit: clamp(args.first ?? 50, 1, 500) });
      return rows.map((r) => {
        const e = r.entry as Row & { caseIds: string[] };
        // An owner learns who consulted its own cases, not which other agencies' cases that caller also saw.
        // (Nor the hash of their variables, which a dictionary of phone numbers could reverse.)
        return agency ? { ...e, caseIds: e.caseIds.filter((id) => id.startsWith(`case:${agency}:`)), entityIds: [], variablesHash: '' } : e;
      });
    },
  },
  Mutation: {
    requestAccess: async (_: unknown, args: { caseHandle: string; justification: string }, ctx: Context) => {
      const agency = ownAgency(ctx);
      if (args.justification.length > 2000) throw badInput('justification', 'is longer than 2000 characters');
      if (!/^hit:[0-9a-f-]{36}$/.test(args.caseHandle)) throw badInput('caseHandle', 'is not a case handle (hit:…) from a hit');
      const request = await fileAccessRequest(ctx.db, ctx.limits.accessRequestsPerHour, {
        handle: args.caseHandle, fromAgency: agency, analyst: ctx.access.viewer.analyst, justification: args.justification.trim(),
      });
      // The owner hears of the request through its notifications, with the justification as the purpose.
      ctx.access.recordHit({ caseId: request.caseId as string, owner: request.ownerAgency as string, entityId: request.caseId as string, entityType: 'CASE' });
      return request;
    },
    decideAccess: async (_: unknown, args: { requestId: string; approve: boolean; until?: Date | null; note?: string | null }, ctx: Context) => {
      const agency = ownAgency(ctx);
      if ((args.note ?? '').length > 2000) throw badInput('note', 'is longer than 2000 characters');
      if (args.until && args.until.getTime() <= Date.now()) throw badInput('until', 'must be in the future');
      const rows = await ctx.db.write('access/decideRequest', {
        requestId: args.requestId, ownerAgency: agency, approve: args.approve, until: args.until ? args.until.toISOString() : null,
        analyst: ctx.access.viewer.analyst, note: args.note ?? null,
      });
      const request = rows.rows[0]?.request as Row | undefined;
      // The same answer for an unknown request and another agency's: nothing about others' requests leaks.
      if (!request) throw new AppError('NOT_FOUND', 'no access request with this id to your agency\'s cases', { field: 'requestId' });
      ctx.access.touched.add(request.caseId as string);
      return request;
    },
  },
  Notification: {
    case: (n: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, n.caseId),
    throughType: (n: { through: string; throughType?: string }) => n.throughType ?? typeOfId(n.through),
  },
  AccessRequest: {
    case: (r: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, r.caseId),
  },
};
