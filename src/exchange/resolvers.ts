// The exchange between agencies: owners' notifications of hits, access requests and decisions, and the
// audit log as owners and auditors read it.
//   mutation { requestAccess(caseHandle: "hit:…", justification: "same phone as EE-2024-0117") { id status } }
//   mutation { decideAccess(requestId: "…", approve: true, until: "2027-01-31T00:00:00Z") { status } }
//   { notifications { at fromAgency analyst purpose through case { reference } } }
import type { Context } from '../context';
import { AppError, badInput } from '../errors';
import { loadCase } from '../cases/resolvers';
import { clamp } from '../links/analysis';
import { typeOfId } from '../auth/access';
import { auditNodeId, deliveredCheckpoint } from '../audit/audit';

type Row = Record<string, unknown>;

function ownAgency(ctx: Context): string {
  const agency = ctx.access.viewer.agency;
  if (!agency) throw new AppError('FORBIDDEN', 'the exchange needs a caller of an agency (a token)');
  return agency;
}

export const exchangeResolvers = {
  Query: {
    notifications: async (_: unknown, args: { first?: number | null }, ctx: Context) =>
      (await ctx.db.read('access/notifications', { agency: ownAgency(ctx), limit: clamp(args.first ?? 50, 1, 500) })).map((r) => r.notification as Row),
    accessRequests: async (_: unknown, args: { direction: 'INCOMING' | 'OUTGOING'; status?: string | null }, ctx: Context) => {
      const agency = ownAgency(ctx);
      const rows = await ctx.db.read('access/requests', {
        owner: args.direction === 'INCOMING' ? agency : null, from: args.direction === 'OUTGOING' ? agency : null, status: args.status ?? null,
      });
      return rows.map((r) => r.request as Row);
    },
    auditLog: async (_: unknown, args: { first?: number | null; beforeSeq?: number | null }, ctx: Context) => {
      const { viewer, isSystem } = ctx.access;
      // The exchange's supervisor reads every entry; an agency's auditor its own agency's entries and who
      // consulted its data; an agency's analysts who outside it consulted its data.
      const scope = isSystem || viewer.roles.includes('supervisor') ? 'ALL' : viewer.roles.includes('auditor') ? 'AGENCY' : 'OWNER';
      const agency = scope === 'ALL' ? null : ownAgency(ctx);
      const rows = await ctx.db.read('audit/log', { scope, agency, beforeSeq: args.beforeSeq ?? null, limit: clamp(args.first ?? 50, 1, 500) });
      const own = (id: string) => id.startsWith(`case:${agency}:`);
      return rows.map((r) => {
        const e = r.entry as Row & { caseIds: string[]; agency: string | null };
        if (!agency) return e;
        // The agency's own requests: other agencies' cases they reached appear by their audit ids only.
        if (scope === 'AGENCY' && e.agency === agency) return { ...e, caseIds: e.caseIds.map((id) => (own(id) ? id : auditNodeId(ctx.audit.secrets.hitSecret, id))) };
        // Another agency's request: only the agency's own cases, not which others that caller also saw,
        // nor the hash of its variables (theirs to audit).
        return { ...e, caseIds: e.caseIds.filter(own), entityIds: scope === 'AGENCY' ? e.entityIds : [], variablesHash: '' };
      });
    },
    auditNodeId: async (_: unknown, args: { id: string }, ctx: Context) =>
      (ctx.access.isSystem || ctx.access.viewer.roles.includes('supervisor') || (await ctx.access.sees(args.id)) ? auditNodeId(ctx.audit.secrets.hitSecret, args.id) : null),
  },
  Mutation: {
    requestAccess: async (_: unknown, args: { caseHandle: string; justification: string }, ctx: Context) => {
      const agency = ownAgency(ctx);
      if (args.justification.length > 2000) throw badInput('justification', 'is longer than 2000 characters');
      if (!/^hit:[0-9a-f-]{36}$/.test(args.caseHandle)) throw badInput('caseHandle', 'is not a case handle (hit:…) from a hit');
      const request = await ctx.db.transaction('WRITE', async (run) => {
        const filed = (await run('access/requestAccess', { handle: args.caseHandle, fromAgency: agency, analyst: ctx.access.viewer.analyst, justification: args.justification.trim() })).rows[0]?.request as Row | undefined;
        // The owner hears of the request through its notifications, written with the request and its audit entry.
        if (filed) await ctx.audit.write(run, { ids: [filed.caseId as string], outcome: `access request ${String(filed.id)}`, hits: [{ caseId: filed.caseId as string, owner: filed.ownerAgency as string, entityId: filed.caseId as string, entityType: 'CASE' }] });
        return filed;
      });
      if (!request) throw new AppError('NOT_FOUND', 'no other agency\'s case has this handle', { field: 'caseHandle' });
      ctx.access.touched.add(request.caseId as string);
      return request;
    },
    decideAccess: async (_: unknown, args: { requestId: string; approve: boolean; until?: Date | null; note?: string | null }, ctx: Context) => {
      const agency = ownAgency(ctx);
      if ((args.note ?? '').length > 2000) throw badInput('note', 'is longer than 2000 characters');
      if (args.until && args.until.getTime() <= Date.now()) throw badInput('until', 'must be in the future');
      const request = await ctx.db.transaction('WRITE', async (run) => {
        const decided = (await run('access/decideRequest', {
          requestId: args.requestId, ownerAgency: agency, approve: args.approve, until: args.until ? args.until.toISOString() : null,
          analyst: ctx.access.viewer.analyst, note: args.note ?? null,
        })).rows[0]?.request as Row | undefined;
        if (decided) await ctx.audit.write(run, { ids: [decided.caseId as string], outcome: `access request ${String(decided.id)} ${String(decided.status)}` });
        return decided;
      });
      // The same answer for an unknown request and another agency's: nothing about others' requests leaks.
      if (!request) throw new AppError('NOT_FOUND', 'no access request with this id to your agency\'s cases', { field: 'requestId' });
      ctx.access.touched.add(request.caseId as string);
      return request;
    },
  },
  Notification: {
    case: (n: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, n.caseId),
    throughType: (n: { through: string; throughType?: string }) => n.throughType ?? typeOfId(n.through),
    checkpoint: (n: { chainSeq?: number | null; chainHash?: string | null }, _: unknown, ctx: Context) =>
      (n.chainSeq && n.chainHash ? deliveredCheckpoint(ctx.audit.secrets.keys, n.chainSeq, n.chainHash) : null),
  },
  AccessRequest: {
    case: (r: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, r.caseId),
  },
};
