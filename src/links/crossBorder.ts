// Cross-border links of a case: the other countries' cases its chains reach, shortest first. The owner
// of a hidden linked case hears through which node of its case the link came; the order of the linked
// cases says nothing of hidden references.
import type { Context } from '../context';
import type { QueryCrossBorderLinksArgs } from '../generated/graphql';
import { notFound } from '../errors';
import { nodeType } from '../model/nodes';
import { asNode } from '../loaders';
import { loadCase } from '../cases/cases';
import { ownerOfCase } from '../model/ids';
import { FOLLOWED_RELATIONSHIPS } from '../model/registry';
import { clamp, isWeakChain, pathOrderSalt } from './analysis';
import { toGraphNode } from './graph';

/** Allowed chain lengths; anything else is clamped into this range, never passed through. */
const HOPS = { min: 2, max: 4 } as const;
const MAX_CHAINS = 20;

/** The ends of a path must exist (errors.ts, notFound); another agency's case or person named by its id counts as absent (Access.named). */
export async function requireNode(ctx: Context, field: string, id: string): Promise<void> {
  const [named, row] = await Promise.all([ctx.access.named(id), ctx.loaders.nodeById.load(id)]);
  if (!named || !asNode(row)) throw notFound(field);
}

export async function crossBorderLinks(ctx: Context, args: QueryCrossBorderLinksArgs) {
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
      salt: pathOrderSalt(ctx.access),
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
}
