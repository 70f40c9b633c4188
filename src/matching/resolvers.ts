// Person matching for analysts: candidates with their explanation, and decisions.
//   { matchCandidates(minProbability: 0.8) { a { id name } b { id name } probability explanation { feature detail weight } } }
//   mutation { decideMatch(personA: "person:RU-SPB:RU-P-7001", personB: "person:FI-POL:FI-P-0912", decision: CONFIRM, analyst: "fi.analyst.7") { status identity { id } } }
import type { Context } from '../context';
import type { PairRow } from '../db/statements';
import type { MutationDecideMatchArgs, QueryMatchCandidatesArgs } from '../generated/graphql';
import { AppError, badInput } from '../errors';
import { asNode } from '../loaders';
import { clamp } from '../links/analysis';
import { decide } from './match';
import { isPersonOf } from '../model/ids';

const pair = (r: PairRow) => ({ ...r, explanation: r.explanation ? (JSON.parse(r.explanation) as unknown[]) : [] });

export const matchingResolvers = {
  Query: {
    matchCandidates: async (_: unknown, args: QueryMatchCandidatesArgs, ctx: Context) => {
      const rows = await ctx.db.read('matching/pairs', {
        statuses: args.status?.length ? args.status : ['PROPOSED'],
        minProbability: Math.max(0, Math.min(1, args.minProbability ?? 0.5)),
        personId: args.personId ?? null,
        limit: clamp(args.first ?? 50, 1, 500),
      });
      // A pair of two records the caller cannot see is none of its business: not even that it exists.
      const shown = [];
      for (const r of rows) {
        if (ctx.access.isSystem || (await ctx.access.check(r.a)).full || (await ctx.access.check(r.b)).full)
          shown.push(pair(r));
      }
      return shown;
    },
  },
  Mutation: {
    decideMatch: async (_: unknown, args: MutationDecideMatchArgs, ctx: Context) => {
      if ((args.analyst ?? '').length > 100) throw badInput('analyst', 'is longer than 100 characters');
      if ((args.note ?? '').length > 2000) throw badInput('note', 'is longer than 2000 characters');
      // A token caller decides as the analyst its token names, and only on records it may see in full.
      const access = ctx.access;
      const analyst = access.isSystem ? args.analyst?.trim() || 'system' : access.viewer.analyst;
      for (const id of [args.personA, args.personB]) {
        if (!access.isSystem && !(await access.check(id)).full)
          throw new AppError('NOT_FOUND', 'both personA and personB must be ids of person records');
      }
      // Identities join registers: one of the two records must be in the caller's own agency's register.
      const own = (id: string) => isPersonOf(access.viewer.agency, id);
      if (!access.isSystem && !own(args.personA) && !own(args.personB)) {
        throw new AppError(
          'FORBIDDEN',
          "one of the two person records must be in your agency's register; ask the agencies that hold them",
        );
      }
      const { a, b } = await decide(
        ctx.db,
        args.personA,
        args.personB,
        args.decision,
        analyst,
        args.note ?? null,
        ctx.audit.write,
      );
      return pair((await ctx.db.read('matching/pair', { a, b }))[0]);
    },
  },
  MatchPair: {
    a: async (p: { a: string }, _: unknown, ctx: Context) => asNode(await ctx.loaders.nodeById.load(p.a)),
    b: async (p: { b: string }, _: unknown, ctx: Context) => asNode(await ctx.loaders.nodeById.load(p.b)),
    identity: async (p: { a: string; status: string }, _: unknown, ctx: Context) =>
      p.status === 'CONFIRMED' ? identityOf(ctx, p.a) : null,
  },
  Person: {
    identity: (p: { id: string }, _: unknown, ctx: Context) => identityOf(ctx, p.id),
    possibleMatches: async (p: { id: string }, _: unknown, ctx: Context) =>
      (await ctx.loaders.pairsByPerson.load(p.id)).map((r) => pair(r)),
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
