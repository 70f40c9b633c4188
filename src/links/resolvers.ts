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
import { loadCase } from '../cases/cases';
import {
  cytoscapeElements,
  exportGraph,
  graphologyGraph,
  findPaths,
  moneyFlow,
  neighbourhood,
  networkMetrics,
} from './analysis';
import { crossBorderLinks, requireNode } from './crossBorder';
import { casesOfNode, type ChartGraph, type GraphNode, type Subgraph } from './graph';
import { redactSubgraph } from '../auth/protect';
import { explainLink } from './explain';

/** One redaction per subgraph, shared by its cytoscape and graphology fields. */
const charts = new WeakMap<Subgraph, Promise<ChartGraph>>();
function chartOf(sub: Subgraph, ctx: Context): Promise<ChartGraph> {
  let chart = charts.get(sub);
  if (!chart) charts.set(sub, (chart = redactSubgraph(ctx, sub, false)));
  return chart;
}

export const linkResolvers = {
  Query: {
    crossBorderLinks: (_: unknown, args: QueryCrossBorderLinksArgs, ctx: Context) => crossBorderLinks(ctx, args),
    paths: async (_: unknown, args: QueryPathsArgs, ctx: Context) => {
      await Promise.all([requireNode(ctx, 'fromId', args.fromId), requireNode(ctx, 'toId', args.toId)]);
      return ctx.budget.spend(ctx.viewer, 'paths', () => findPaths(ctx, args));
    },
    subgraph: (_: unknown, args: QuerySubgraphArgs, ctx: Context) =>
      ctx.budget.spend(ctx.viewer, 'subgraph', () => neighbourhood(ctx, args)),
    // GraphQL fills in the schema's default direction, so it is always there.
    moneyFlow: (_: unknown, args: RequireFields<QueryMoneyFlowArgs, 'direction'>, ctx: Context) => moneyFlow(ctx, args),
    networkMetrics: async (_: unknown, args: QueryNetworkMetricsArgs, ctx: Context) => {
      const m = await ctx.budget.spend(ctx.viewer, 'networkMetrics', () => networkMetrics(ctx, args));
      return {
        components: m.components,
        communities: m.communities,
        nodes: m.nodes.map((n) => ({ ...n, node: m.byId.get(n.nodeId) })),
      };
    },
    explainLink: (_: unknown, args: QueryExplainLinkArgs, ctx: Context) => explainLink(ctx, args.a, args.b),
    // An export is redacted whole before it is serialised: it leaves the system.
    exportSubgraph: async (_: unknown, args: QueryExportSubgraphArgs, ctx: Context) =>
      ctx.budget.spend(ctx.viewer, 'exportSubgraph', async () =>
        exportGraph(await redactSubgraph(ctx, await neighbourhood(ctx, args, true), true), args.format),
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
