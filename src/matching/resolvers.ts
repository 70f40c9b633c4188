// Person matching for analysts: candidates with their explanation, and decisions.
//   { matchCandidates(minProbability: 0.8) { a { id name } b { id name } probability explanation { feature detail weight } } }
//   mutation { decideMatch(personA: "person:RU-SPB:RU-P-7001", personB: "person:FI-POL:FI-P-0912", decision: CONFIRM, analyst: "fi.analyst.7") { status identity { id } } }
import type { Context } from '../context';
import type { PairRow } from '../db/statements';
import type { MutationDecideMatchArgs, QueryMatchCandidatesArgs } from '../generated/graphql';
import { badInput } from '../errors';
import { asNode } from '../loaders';
import { candidatesFor, decideAsCaller, inCallersOrder } from './match';
import { inReviewBand } from './score';

const pair = (r: PairRow) => ({ ...r, explanation: r.explanation ? (JSON.parse(r.explanation) as unknown[]) : [] });

export const matchingResolvers = {
  Query: {
    matchCandidates: async (_: unknown, args: QueryMatchCandidatesArgs, ctx: Context) =>
      (await candidatesFor(ctx, args)).map(pair),
  },
  Mutation: {
    decideMatch: async (_: unknown, args: MutationDecideMatchArgs, ctx: Context) => {
      if ((args.analyst ?? '').length > 100) throw badInput('analyst', 'is longer than 100 characters');
      if ((args.note ?? '').length > 2000) throw badInput('note', 'is longer than 2000 characters');
      const { a, b } = await decideAsCaller(ctx, args);
      return pair((await ctx.db.read('matching/pair', { a, b }))[0]);
    },
  },
  MatchPair: {
    a: async (p: { a: string }, _: unknown, ctx: Context) => asNode(await ctx.loaders.nodeById.load(p.a)),
    b: async (p: { b: string }, _: unknown, ctx: Context) => asNode(await ctx.loaders.nodeById.load(p.b)),
    review: (p: { status: string; probability: number | null }) =>
      p.status === 'PROPOSED' && inReviewBand(p.probability),
    identity: async (p: { a: string; status: string }, _: unknown, ctx: Context) =>
      p.status === 'CONFIRMED' ? identityOf(ctx, p.a) : null,
  },
  Person: {
    identity: (p: { id: string }, _: unknown, ctx: Context) => identityOf(ctx, p.id),
    possibleMatches: async (p: { id: string }, _: unknown, ctx: Context) =>
      (await inCallersOrder(ctx, await ctx.loaders.pairsByPerson.load(p.id))).map((r) => pair(r)),
  },
  Identity: {
    persons: async (i: { members: string[] }, _: unknown, ctx: Context) =>
      (await ctx.loaders.nodeById.loadMany(i.members)).map((r) => asNode(r as never)),
  },
};

async function identityOf(ctx: Context, personId: string) {
  const row = await ctx.loaders.identityOf.load(personId);
  return row ? { id: row.identityId, members: [...row.members].sort() } : null;
}
