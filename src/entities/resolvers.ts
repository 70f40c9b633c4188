// Persons, shared entities and transfers: lookups by id or by an identifier in any written format.
//   { lookup(kind: PHONE, value: "+372 5333 4444") { id label mentions { case { id country } asWritten } } }
//   { node(id: "vehicle:LT:KRT512") { label ... on Entity { cases { id country } } } }
import type { Context } from '../context';
import { AppError, badInput } from '../errors';
import { asNode } from '../loaders';
import { displayLabel, nodeType, typeName, type StoredNode } from '../model/nodes';
import { normaliseDocumentNumber, normaliseIban, normalisePhone, normalisePlate, type Normalised } from '../model/normalise';
import { loadCase } from '../cases/resolvers';

type LookupArgs = { kind: 'PHONE' | 'PLATE' | 'IBAN' | 'DOCUMENT'; value: string; country?: string | null };

/** The entity id an identifier normalises to, or a BAD_USER_INPUT that says what is wrong. */
export function identifierToId({ kind, value, country }: LookupArgs): string {
  const need = <T>(r: Normalised<T>): T => {
    if (!r.ok) throw badInput('value', r.problem);
    return r.value;
  };
  const needCountry = () => {
    if (!country) throw badInput('country', `a ${kind.toLowerCase()} lookup needs the issuing country`);
    return country;
  };
  switch (kind) {
    case 'PHONE': {
      if (!country && !/^\s*(\+|00)/.test(value)) throw badInput('country', 'a local phone number needs the country it was written in');
      return `phone:${need(normalisePhone(value, country ?? 'EE')).e164}`;
    }
    case 'PLATE': return `vehicle:${needCountry()}:${need(normalisePlate(value))}`;
    case 'IBAN': return `account:iban:${need(normaliseIban(value))}`;
    case 'DOCUMENT': return `document:${needCountry()}:${need(normaliseDocumentNumber(value))}`;
  }
}

const MAX_ID_LENGTH = 600;

const nodeFields = {
  type: (n: StoredNode) => nodeType(n),
  label: (n: StoredNode) => displayLabel(n),
};

const entityFields = {
  ...nodeFields,
  mentions: async (n: StoredNode, _: unknown, ctx: Context) =>
    (await ctx.loaders.mentionsByNode.load(n.id)).map((r) => ({ caseId: r.caseId, asWritten: r.asWritten })),
  cases: async (n: StoredNode, _: unknown, ctx: Context) => {
    const rows = await ctx.loaders.mentionsByNode.load(n.id);
    return (await Promise.all(rows.map((r) => loadCase(ctx, r.caseId as string)))).filter(Boolean);
  },
};

export const entityResolvers = {
  Query: {
    node: async (_: unknown, args: { id: string }, ctx: Context) => {
      if (args.id.length > MAX_ID_LENGTH) throw badInput('id', `is longer than ${MAX_ID_LENGTH} characters`);
      if (args.id.startsWith('case:')) return loadCase(ctx, args.id);
      return asNode(await ctx.loaders.nodeById.load(args.id));
    },
    lookup: async (_: unknown, args: LookupArgs, ctx: Context) => {
      if (args.value.length > 100) throw badInput('value', 'is longer than 100 characters');
      return asNode(await ctx.loaders.nodeById.load(identifierToId(args)));
    },
  },
  Node: { __resolveType: (n: StoredNode) => typeName(n) },
  Entity: { __resolveType: (n: StoredNode) => typeName(n) },
  Case: nodeFields,
  Person: { ...entityFields, aliases: (p: { aliases?: string[] | null }) => p.aliases ?? [] },
  Phone: entityFields,
  Address: entityFields,
  Vehicle: entityFields,
  Account: entityFields,
  IdentityDocument: entityFields,
  Organisation: entityFields,
  Mention: { case: (m: { caseId: string }, _: unknown, ctx: Context) => loadCase(ctx, m.caseId) },
  MoneyTransfer: {
    ...nodeFields,
    from: async (t: { fromId: string }, _: unknown, ctx: Context) => partyNode(ctx, t.fromId),
    to: async (t: { toId: string }, _: unknown, ctx: Context) => partyNode(ctx, t.toId),
  },
};

async function partyNode(ctx: Context, id: string): Promise<StoredNode> {
  const node = asNode(await ctx.loaders.nodeById.load(id));
  if (!node) throw new AppError('NOT_FOUND', `transfer party ${id} no longer exists`);
  return node;
}
