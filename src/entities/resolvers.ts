// Persons, shared entities and transfers: lookups by id or by an identifier in any written format.
//   { lookup(kind: PHONE, value: "+372 5333 4444") { id label mentions { case { id country } asWritten } } }
//   { node(id: "vehicle:LT:KRT512") { label ... on Entity { cases { id country } } } }
import type { Context } from '../context';
import type { QueryHotSpotsArgs, QueryLookupArgs, QueryNodeArgs, QuerySearchArgs } from '../generated/graphql';
import { badInput } from '../errors';
import { asNode } from '../loaders';
import { displayLabel, nodeType, typeName, type StoredNode } from '../model/nodes';
import { ENTITY_DECLS } from '../model/registry';
import { loadCase } from '../cases/cases';
import { hotSpots, identifierToId, namedNode, partyNode, reportingCases, search } from './find';

const nodeFields = {
  type: (n: StoredNode) => nodeType(n),
  label: (n: StoredNode) => displayLabel(n),
};

const entityFields = {
  ...nodeFields,
  mentions: async (n: StoredNode, _: unknown, ctx: Context) => {
    const rows = await reportingCases(ctx, n.id);
    return rows.map((r) => ({ caseId: r.caseId, asWritten: r.asWritten }));
  },
  cases: async (n: StoredNode, _: unknown, ctx: Context) => {
    const rows = await reportingCases(ctx, n.id);
    return (await Promise.all(rows.map((r) => loadCase(ctx, r.caseId)))).filter(Boolean);
  },
};

/** Notes on a node that never stop a link (an account's national check, an organisation's number). */
const notes = (n: StoredNode) => (n.notes as string[] | undefined) ?? [];

export const entityResolvers = {
  Query: {
    node: (_: unknown, args: QueryNodeArgs, ctx: Context) => namedNode(ctx, args.id),
    hotSpots: (_: unknown, args: QueryHotSpotsArgs, ctx: Context) => hotSpots(ctx, args),
    search: (_: unknown, args: QuerySearchArgs, ctx: Context) => search(ctx, args),
    lookup: async (_: unknown, args: QueryLookupArgs, ctx: Context) => {
      if (args.value.length > 100) throw badInput('value', 'is longer than 100 characters');
      return asNode(await ctx.loaders.nodeById.load(identifierToId(args)));
    },
  },
  Node: { __resolveType: (n: StoredNode) => typeName(n) },
  Entity: { __resolveType: (n: StoredNode) => typeName(n) },
  Case: nodeFields,
  Person: { ...entityFields, aliases: (p: { aliases?: string[] | null }) => p.aliases ?? [] },
  ...Object.fromEntries(ENTITY_DECLS.map((d) => [d.label, entityFields])),
  Phone: { ...entityFields, unverified: (n: StoredNode) => n.unverified === true },
  Address: { ...entityFields, unverified: (n: StoredNode) => n.unverified === true },
  Account: { ...entityFields, unverified: (n: StoredNode) => n.unverified === true, notes },
  Organisation: { ...entityFields, notes },
  HotSpot: {
    // Batched for the whole page through the mentions loader.
    cases: async (h: { nodeId: string }, _: unknown, ctx: Context) =>
      Promise.all((await ctx.loaders.mentionsByNode.load(h.nodeId)).map((m) => loadCase(ctx, m.caseId))),
  },
  Mention: { case: (m: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, m.caseId) },
  MoneyTransfer: {
    ...nodeFields,
    from: async (t: { fromId: string }, _: unknown, ctx: Context) => partyNode(ctx, t.fromId),
    to: async (t: { toId: string }, _: unknown, ctx: Context) => partyNode(ctx, t.toId),
  },
};
