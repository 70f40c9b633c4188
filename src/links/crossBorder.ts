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
import { clamp, isWeakChain, knownOf, pathOrderSalt } from './analysis';
import { disclosedPath, toGraphNode } from './graph';
import { MATCH_THRESHOLD } from '../matching/score';

/** Allowed chain lengths; anything else is clamped into this range, never passed through. */
const HOPS = { min: 2, max: 4 } as const;
const MAX_CHAINS = 20;
/**
 * Chains read per linked case, shortest first, before those behind a hit are dropped: more than can be
 * shown, so that hidden detours rarely crowd out a chain the caller may see, and the same whatever the
 * caller asks (a number read that followed maxChainsPerCase would let it count hidden chains).
 */
export const CHAINS_READ = 2 * MAX_CHAINS;

/** The ends of a path must exist (errors.ts, notFound); another agency's case or person named by its id counts as absent (Access.named). */
export async function requireNode(ctx: Context, field: string, id: string): Promise<void> {
  const [named, row] = await Promise.all([ctx.access.named(id), ctx.loaders.nodeById.load(id)]);
  if (!named || !asNode(row)) throw notFound(field);
}

export async function crossBorderLinks(ctx: Context, args: QueryCrossBorderLinksArgs) {
  // Another agency's case named by its id answers as an absent one does, and as fast: its chains are
  // not walked (their cost would tell the hidden case's size).
  const [named, origin] = await Promise.all([ctx.access.named(args.caseId), loadCase(ctx, args.caseId)]);
  if (!origin || !named) throw notFound('caseId', 'case');
  const maxChains = clamp(args.maxChainsPerCase ?? 5, 1, MAX_CHAINS);
  const rows = await ctx.db.read('links/crossBorderLinks', {
    caseId: args.caseId,
    maxHops: clamp(args.maxHops ?? HOPS.max, HOPS.min, HOPS.max),
    maxChains: CHAINS_READ,
    relationshipFilter: FOLLOWED_RELATIONSHIPS.join('|'),
    salt: pathOrderSalt(ctx.access),
    agency: ctx.access.viewer.agency,
    matchThreshold: MATCH_THRESHOLD,
  });
  // Only chains within what hits disclose (disclosedPath): a case reached only behind a hit is not linked.
  const known = await knownOf(
    ctx.access,
    [args.caseId],
    rows.flatMap((r) => [r.caseId, ...r.chains.flatMap((c) => c.nodes.map((n) => n.id))]),
  );
  const linked = rows
    .map((r) => ({ caseId: r.caseId, chains: r.chains.filter((c) => disclosedPath(c.relationships, known)) }))
    .filter((r) => r.chains.length > 0)
    .map((r) => ({ ...r, shortest: r.chains[0].length, chains: r.chains.slice(0, maxChains) }));
  await Promise.all(
    linked.map(async (r) => {
      // The owner of a linked case hears through which node of its case the link came.
      const chain = r.chains[0];
      const through = chain.nodes[chain.nodes.length - 2];
      if (!(await ctx.access.caseVisible(r.caseId))) {
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
      linked.map(async (r) => {
        const id = r.caseId;
        return [id, (await ctx.access.caseVisible(id)) ? `0${id}` : `1${await ctx.access.publicId(id)}`] as const;
      }),
    ),
  );
  linked.sort((a, b) => a.shortest - b.shortest || order.get(a.caseId)!.localeCompare(order.get(b.caseId)!));
  return linked.map((r) => ({
    caseId: r.caseId,
    shortest: r.shortest,
    chains: r.chains.map((chain) => ({
      ...chain,
      weak: isWeakChain(chain.relationships.map((x) => x.type)),
      nodes: chain.nodes.map(toGraphNode),
    })),
  }));
}
