// Link analysis for analysts and link-chart frontends.
//   { crossBorderLinks(caseId: "case:EE-PPA:EE-2024-0117", maxHops: 4) {
//       case { id country agency { name } } shortest
//       chains { length nodes { id type label } relationships { type from to reportedBy } } } }
//   { paths(fromId: "case:SE-NOA:SE-2024-1201", toId: "case:NO-KRIPOS:NO-2024-0310", k: 3) { length nodes { id label } } }
//   { subgraph(seeds: ["case:EE-PPA:EE-2024-0117"], depth: 2) { nodes { id type label cases } edges { id source target } omitted { label } } }
import type { Context } from '../context';
import type {
  QueryCrossBorderLinksArgs,
  QueryExplainLinkArgs,
  QueryExportSubgraphArgs,
  QueryMoneyFlowArgs,
  QueryNetworkMetricsArgs,
  QueryPathsArgs,
  QuerySubgraphArgs,
  RequireFields,
} from '../generated/graphql';
import { notFound } from '../errors';
import { nodeType } from '../model/nodes';
import { loadCase } from '../cases/resolvers';
import { asNode } from '../loaders';
import {
  clamp,
  cytoscapeElements,
  exportGraph,
  graphologyGraph,
  isWeakChain,
  findPaths,
  moneyFlow,
  neighbourhood,
  networkMetrics,
} from './analysis';
import { casesOfNode, toGraphNode, type ChartGraph, type GraphNode, type Subgraph } from './graph';
import { redactSubgraph } from '../auth/protect';
import { ownerOfCase } from '../auth/access';
import { FOLLOWED_RELATIONSHIPS } from '../model/registry';
import { explainLink } from './explain';
import { kindOfId } from '../model/ids';

/** Allowed chain lengths; anything else is clamped into this range, never passed through. */
export const HOPS = { min: 2, max: 4 } as const;
const MAX_CHAINS = 20;

/** One redaction per subgraph, shared by its cytoscape and graphology fields. */
const charts = new WeakMap<Subgraph, Promise<ChartGraph>>();
function chartOf(sub: Subgraph, ctx: Context): Promise<ChartGraph> {
  let chart = charts.get(sub);
  if (!chart) charts.set(sub, (chart = redactSubgraph(ctx, sub, false)));
  return chart;
}

/** The ends of a path must exist (errors.ts, notFound); another agency's case named by its id counts as absent (Access.named). */
async function requireNode(ctx: Context, field: string, id: string): Promise<void> {
  const [named, row] = await Promise.all([ctx.access.named(id), ctx.loaders.nodeById.load(id)]);
  if (!named || !asNode(row)) throw notFound(field);
}

export const linkResolvers = {
  Query: {
    crossBorderLinks: async (_: unknown, args: QueryCrossBorderLinksArgs, ctx: Context) => {
      // The origin's existence and the chains are asked at once: one round trip of waiting, not two.
      // Another agency's case named by its id answers as if absent (Access.named).
      const [named, origin, rows] = await Promise.all([
        ctx.access.named(args.caseId),
        loadCase(ctx, args.caseId),
        ctx.db.read('links/crossBorderLinks', {
          caseId: args.caseId,
          maxHops: clamp(args.maxHops ?? HOPS.max, HOPS.min, HOPS.max),
          maxChains: clamp(args.maxChainsPerCase ?? 5, 1, MAX_CHAINS),
          relationshipFilter: FOLLOWED_RELATIONSHIPS.join('|'),
        }),
      ]);
      if (!origin || !named) throw notFound('caseId', 'case');
      await ctx.access.prefetch(rows.flatMap((r) => [r.caseId, ...r.chains.flatMap((c) => c.nodes.map((n) => n.id))]));
      await Promise.all(
        rows.map(async (r) => {
          // The owner of a linked case hears through which node of its case the link came.
          const chain = r.chains[0];
          const through = chain?.nodes[chain.nodes.length - 2];
          if (through && !(await ctx.access.caseVisible(r.caseId))) {
            ctx.record.recordHit({
              caseId: r.caseId,
              owner: ownerOfCase(r.caseId),
              entityId: through.id,
              entityType: nodeType(through),
            });
          }
        }),
      );
      // Linked cases by chain length, then the visible ones by id and the others by handle: an order by
      // id would tell where a hidden case's reference stands among the caller's.
      const order = new Map(
        await Promise.all(
          rows.map(async (r) => {
            const id = r.caseId;
            return [id, (await ctx.access.caseVisible(id)) ? `0${id}` : `1${await ctx.access.publicId(id)}`] as const;
          }),
        ),
      );
      rows.sort((a, b) => a.shortest - b.shortest || order.get(a.caseId)!.localeCompare(order.get(b.caseId)!));
      return rows.map((r) => ({
        caseId: r.caseId,
        shortest: r.shortest,
        chains: r.chains.map((chain) => ({
          ...chain,
          weak: isWeakChain(chain.relationships.map((x) => x.type)),
          nodes: chain.nodes.map(toGraphNode),
        })),
      }));
    },
    paths: async (_: unknown, args: QueryPathsArgs, ctx: Context) => {
      await Promise.all([requireNode(ctx, 'fromId', args.fromId), requireNode(ctx, 'toId', args.toId)]);
      return ctx.budget.spend(ctx.access.viewer, 'paths', () => findPaths(ctx.db, args));
    },
    subgraph: (_: unknown, args: QuerySubgraphArgs, ctx: Context) =>
      ctx.budget.spend(ctx.access.viewer, 'subgraph', () => neighbourhood(ctx.db, args, ctx.access)),
    // GraphQL fills in the schema's default direction, so it is always there.
    moneyFlow: async (_: unknown, args: RequireFields<QueryMoneyFlowArgs, 'direction'>, ctx: Context) => {
      // The caller's scope matters only to a time window (which must not test hidden transfers).
      const windowed = Boolean(args.from || args.to);
      const [startRow, scope] = await Promise.all([
        ctx.loaders.nodeById.load(args.fromId),
        windowed ? ctx.access.scope() : undefined,
      ]);
      const start = asNode(startRow);
      if (!start || !['PERSON', 'ACCOUNT'].includes(nodeType(start))) {
        throw notFound('fromId', 'person or account');
      }
      const flow = await moneyFlow(
        ctx.db,
        args,
        {
          caseVisible: (caseId) => ctx.access.caseVisible(caseId),
          // The parties' rows come in the same wave as the verdicts (transfers and cases are no nodeById keys).
          prefetch: async (ids) => {
            await Promise.all([
              ctx.access.prefetch(ids),
              ctx.loaders.nodeById.loadMany([...ids].filter((id) => !['transfer', 'case'].includes(kindOfId(id)))),
            ]);
          },
        },
        scope,
      );
      return {
        chains: flow.chains,
        parties: await Promise.all(
          flow.parties.map(async (p) => ({
            party: toGraphNode(asNode(await ctx.loaders.nodeById.load(p.partyId))!),
            totals: p.totals,
          })),
        ),
      };
    },
    networkMetrics: async (_: unknown, args: QueryNetworkMetricsArgs, ctx: Context) => {
      const m = await ctx.budget.spend(ctx.access.viewer, 'networkMetrics', () =>
        networkMetrics(ctx.db, args, ctx.access),
      );
      return {
        components: m.components,
        communities: m.communities,
        nodes: m.nodes.map((n) => ({ ...n, node: m.byId.get(n.nodeId) })),
      };
    },
    explainLink: (_: unknown, args: QueryExplainLinkArgs, ctx: Context) => explainLink(ctx, args.a, args.b),
    // An export is redacted whole before it is serialised: it leaves the system.
    exportSubgraph: async (_: unknown, args: QueryExportSubgraphArgs, ctx: Context) =>
      ctx.budget.spend(ctx.access.viewer, 'exportSubgraph', async () =>
        exportGraph(await redactSubgraph(ctx, await neighbourhood(ctx.db, args, ctx.access), true), args.format),
      ),
  },
  // The same redacted nodes and edges as the fields beside them, in the shapes two chart libraries load as is.
  Subgraph: {
    cytoscape: async (sub: Subgraph, _: unknown, ctx: Context) => cytoscapeElements(await chartOf(sub, ctx)),
    graphology: async (sub: Subgraph, _: unknown, ctx: Context) => graphologyGraph(await chartOf(sub, ctx)),
  },
  ExplainedSide: {
    id: (s: { nodeId: string | null }) => s.nodeId,
  },
  CrossBorderLink: {
    case: (link: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, link.caseId),
  },
  GraphNode: {
    cases: (node: GraphNode, _: unknown, ctx: Context) => casesOfNode(node, ctx),
  },
};
