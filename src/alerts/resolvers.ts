// Watches, typology rules and alerts, as queries and mutations (the live feed is src/alerts/live.ts).
//   mutation { watch(target: { identifier: { kind: PHONE, value: "+372 5333 4444" } }) { id status node { label } } }
//   mutation { saveAlertRule(rule: { kind: FAN_IN_MONEY, params: { minVictims: 3 } }) { id version params } }
//   { alerts(first: 20) { edges { node { id status subject { label } cases { label access hit { agency country caseHandle } } } } } }
//   mutation { updateAlert(id: "…", status: IN_PROGRESS, assignee: "ee.analyst.2", comment: "checking the IBAN") { status } }
import crypto from 'node:crypto';
import type { Context } from '../context';
import { AppError, badInput, checkListSize, notFound } from '../errors';
import { targetId } from '../entities/find';
import { graphNodes, graphNodesInOrder } from '../links/graph';
import { page } from '../exchange/resolvers';
import { typeOfId } from '../auth/access';
import type { AlertRow, RuleRow } from '../db/statements';
import { ruleParams, type RuleKind } from './rules';

type Row = Record<string, unknown>;
type PageArgs = { first?: number | null; after?: string | null };

function caller(ctx: Context): { agency: string; analyst: string } {
  const { agency, analyst } = ctx.viewer;
  if (!agency) throw new AppError('FORBIDDEN', 'watches and alerts need a caller of an agency (a token)');
  return { agency, analyst };
}

const asRule = (r: RuleRow) => ({
  ...r,
  params: JSON.parse(r.params) as Row,
  history: r.history.map((h) => JSON.parse(h) as Row),
});

/** Which status may follow which, as an analyst moves an alert (new evidence reopens a closed one itself). */
const NEXT: Record<string, string[]> = {
  OPEN: ['IN_PROGRESS', 'CONFIRMED', 'DISMISSED'],
  IN_PROGRESS: ['OPEN', 'CONFIRMED', 'DISMISSED'],
  CONFIRMED: [],
  DISMISSED: [],
};

export const alertResolvers = {
  Query: {
    watches: (_: unknown, args: PageArgs, ctx: Context) =>
      page(
        ctx,
        async (position) => (await ctx.db.read('alerts/watches', { ...caller(ctx), ...position })).map((r) => r.watch),
        'createdAt',
        args,
      ),
    alertRules: async (_: unknown, __: unknown, ctx: Context) =>
      (await ctx.db.read('alerts/rules', { agency: caller(ctx).agency })).map((r) => asRule(r.rule)),
    alerts: (_: unknown, args: PageArgs & { status?: string[] | null }, ctx: Context) => {
      checkListSize('status', args.status);
      return page(
        ctx,
        async (position) =>
          (await ctx.db.read('alerts/alerts', { ...caller(ctx), status: args.status ?? null, ...position })).map(
            (r) => r.alert,
          ),
        'at',
        args,
      );
    },
  },
  Mutation: {
    watch: async (
      _: unknown,
      args: {
        target: {
          nodeId?: string | null;
          identifier?: { kind: string; value: string; country?: string | null } | null;
        };
        forAgency?: boolean | null;
      },
      ctx: Context,
    ) => {
      const { agency, analyst } = caller(ctx);
      const id = await targetId(ctx, args.target);
      const holder = args.forAgency ? null : analyst;
      const watchId = `watch:${crypto
        .createHash('sha256')
        .update(`${agency}\n${holder ?? ''}\n${id}`)
        .digest('base64url')
        .slice(0, 22)}`;
      const watch = await ctx.db.transaction('WRITE', async (run) => {
        const row = (
          await run('alerts/saveWatch', {
            id: watchId,
            agency,
            country: ctx.viewer.country,
            analyst: holder,
            nodeId: id,
            nodeType: typeOfId(id),
            value: args.target.identifier?.value ?? null,
            by: analyst,
          })
        ).rows[0].watch;
        await ctx.audit.write(run, { ids: [id], outcome: `watch ${watchId} on ${typeOfId(id)}` });
        return row;
      });
      return watch;
    },
    setWatchStatus: async (_: unknown, args: { id: string; status: string }, ctx: Context) => {
      const { agency, analyst } = caller(ctx);
      const watch = await ctx.db.transaction('WRITE', async (run) => {
        const row = (
          await run('alerts/setWatchStatus', { id: args.id, agency, analyst, status: args.status, by: analyst })
        ).rows[0]?.watch;
        if (row) await ctx.audit.write(run, { ids: [row.nodeId], outcome: `watch ${args.id} ${args.status}` });
        return row;
      });
      if (!watch) throw notFound('id', 'watch of yours or your agency');
      return watch;
    },
    saveAlertRule: async (
      _: unknown,
      args: {
        rule: { id?: string | null; kind: RuleKind; name?: string | null; params?: unknown; enabled?: boolean | null };
      },
      ctx: Context,
    ) => {
      const { agency, analyst } = caller(ctx);
      const { rule } = args;
      const params = ruleParams(rule.kind, rule.params);
      if ((rule.name ?? '').length > 200) throw badInput('rule.name', 'is longer than 200 characters');
      // A rule id is made here: one the caller gives must name a rule of its agency's (ours are short), so
      // no caller picks an id (of any length, in another agency's name) for a new rule.
      if ((rule.id?.length ?? 0) > 200) throw notFound('rule.id', "rule of your agency's");
      const saved = await ctx.db.transaction('WRITE', async (run) => {
        const row = (
          await run('alerts/saveRule', {
            create: rule.id == null,
            id: rule.id ?? `rule:${agency}:${crypto.randomUUID()}`,
            agency,
            kind: rule.kind,
            name: rule.name ?? null,
            params,
            enabled: rule.enabled ?? true,
            by: analyst,
          })
        ).rows[0]?.rule;
        if (row && row.kind !== rule.kind) return 'KIND';
        if (row)
          await ctx.audit.write(run, { ids: [], outcome: `rule ${String(row.id)} version ${String(row.version)}` });
        return row;
      });
      if (saved === 'KIND') throw badInput('rule.kind', 'a saved rule keeps its kind; save a new rule instead');
      if (!saved) throw notFound('rule.id', "rule of your agency's");
      return asRule(saved);
    },
    updateAlert: async (
      _: unknown,
      args: { id: string; status?: string | null; assignee?: string | null; comment?: string | null },
      ctx: Context,
    ) => {
      const { agency, analyst } = caller(ctx);
      if ((args.comment ?? '').length > 4000) throw badInput('comment', 'is longer than 4000 characters');
      if ((args.assignee ?? '').length > 200) throw badInput('assignee', 'is longer than 200 characters');
      if (!args.status && args.assignee === undefined && !args.comment)
        throw badInput('status', 'give a status, an assignee or a comment');
      type Outcome = { alert: AlertRow } | { refused: 'NOT_FOUND' } | { refused: 'CONFLICT'; from: string };
      const outcome = await ctx.db.transaction('WRITE', async (run): Promise<Outcome> => {
        const found = (await run('alerts/alertForChange', { id: args.id, agency, analyst })).rows[0];
        if (!found) return { refused: 'NOT_FOUND' };
        const from = found.status;
        const to = args.status ?? from;
        if (to !== from && !NEXT[from].includes(to)) return { refused: 'CONFLICT', from };
        const action = to !== from ? 'STATUS' : args.assignee !== undefined ? 'ASSIGNED' : 'COMMENT';
        const alert = (
          await run('alerts/change', {
            id: args.id,
            by: analyst,
            action,
            fromStatus: from,
            toStatus: to,
            setAssignee: args.assignee !== undefined,
            assignee: args.assignee ?? null,
            note: args.comment ?? null,
          })
        ).rows[0].alert;
        await ctx.audit.write(run, {
          ids: found.caseIds,
          outcome: `alert ${args.id} ${action.toLowerCase()} ${from}→${to}`,
        });
        return { alert };
      });
      if ('alert' in outcome) return outcome.alert;
      if (outcome.refused === 'NOT_FOUND') throw notFound('id', 'alert of yours or your agency');
      throw new AppError(
        'CONFLICT',
        `an alert ${outcome.from} cannot become ${String(args.status)}${
          NEXT[outcome.from].length
            ? `; it can become ${NEXT[outcome.from].join(' or ')}`
            : ': it is closed, and new evidence reopens it'
        }`,
        { field: 'status' },
      );
    },
  },
  Watch: {
    node: async (w: { nodeId: string }, _: unknown, ctx: Context) => (await graphNodes(ctx, [w.nodeId]))[0] ?? null,
    // An agency-wide watch stores no analyst (Neo4j keeps no nulls): the row has no such key.
    forAgency: (w: { analyst?: string | null }) => !w.analyst,
    nodeType: (w: { nodeType: string }) => w.nodeType,
  },
  AlertRule: {
    description: (r: { kind: RuleKind }) => RULE_DESCRIPTIONS[r.kind],
  },
  Alert: {
    subject: async (a: { subject: string | null }, _: unknown, ctx: Context) =>
      a.subject ? ((await graphNodes(ctx, [a.subject]))[0] ?? null) : null,
    watchId: (a: { kind: string; sourceId: string }) => (a.kind === 'WATCH' ? a.sourceId : null),
    ruleId: (a: { kind: string; sourceId: string }) => (a.kind === 'WATCH' ? null : a.sourceId),
    cases: (a: { caseIds: string[] }, _: unknown, ctx: Context) => graphNodesInOrder(ctx, a.caseIds),
    through: (a: { through: string[] }, _: unknown, ctx: Context) => graphNodesInOrder(ctx, a.through),
    newCases: (a: { newCaseIds?: string[] | null }, _: unknown, ctx: Context) =>
      graphNodesInOrder(ctx, a.newCaseIds ?? []),
    newThrough: (a: { newThrough?: string[] | null }, _: unknown, ctx: Context) =>
      graphNodesInOrder(ctx, a.newThrough ?? []),
    count: (a: { kind: string; count: number }) => (a.kind === 'SUMMARY' ? a.count : null),
    raisedAt: (a: { createdAt: string }) => a.createdAt,
    updatedAt: (a: { at: string }) => a.at,
    history: (a: { events: Row[] }) => a.events,
  },
};

const RULE_DESCRIPTIONS: Record<RuleKind, string> = {
  FAN_IN_MONEY:
    'One account receives transfers from at least minVictims victims within windowDays, in cases of at least minCountries countries.',
  CROWDED_FLAT: 'At least minPersons persons at one address, in cases of at least minCountries countries.',
  RECRUITER_PHONE: 'One phone in at least minCases cases, where its holder is a suspect recruiter.',
  VEHICLE_ACROSS_BORDERS: 'One vehicle in cases of at least minCountries countries within windowDays.',
};
