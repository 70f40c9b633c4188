// The core cross-border question: which cases of other countries share something with this one?
//   { crossBorderLinks(caseId: "case:EE-PPA:EE-2024-0117", maxHops: 4) {
//       case { id country agency { name } } shortest
//       chains { length nodes { id type label } relationships { type from to reportedBy } } } }
import type { Context } from '../context';
import { AppError } from '../errors';
import { displayLabel, nodeType, type StoredNode } from '../model/nodes';
import { loadCase } from '../cases/resolvers';

/** Allowed chain lengths; anything else is clamped into this range, never passed through. */
export const HOPS = { min: 2, max: 4 } as const;
const MAX_CHAINS = 20;

export const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.trunc(value)));

type Chain = { length: number; nodes: StoredNode[]; relationships: unknown[] };

export const linkResolvers = {
  Query: {
    crossBorderLinks: async (_: unknown, args: { caseId: string; maxHops?: number | null; maxChainsPerCase?: number | null }, ctx: Context) => {
      const origin = await loadCase(ctx, args.caseId);
      if (!origin) throw new AppError('NOT_FOUND', `no case with id '${args.caseId.slice(0, 200)}'`, { field: 'caseId' });
      const rows = await ctx.db.read('links/crossBorderLinks', {
        caseId: args.caseId,
        maxHops: clamp(args.maxHops ?? HOPS.max, HOPS.min, HOPS.max),
        maxChains: clamp(args.maxChainsPerCase ?? 5, 1, MAX_CHAINS),
      });
      return rows.map((r) => ({
        caseId: r.caseId,
        shortest: r.shortest,
        chains: (r.chains as Chain[]).map((chain) => ({
          ...chain,
          nodes: chain.nodes.map((n) => ({ id: n.id, type: nodeType(n), label: displayLabel(n) })),
        })),
      }));
    },
  },
  CrossBorderLink: {
    case: (link: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, link.caseId),
  },
};
