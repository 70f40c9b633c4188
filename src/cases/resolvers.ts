// Cases: import and lookups.
//   mutation { importCases(cases: [{ reference: "EE-2024-0117", agency: { code: "EE-PPA", country: "EE" },
//     typologies: [FORCED_LABOUR], status: OPEN, openedOn: "2024-02-01",
//     persons: [{ id: "P1", name: "Jaan Tamm", role: SUSPECT, function: RECRUITER }],
//     phones: [{ number: "5333 4444", holders: ["P1"] }] }]) { casesCreated outcomes { status problems { field message } } } }
//   { case(id: "case:EE-PPA:EE-2024-0117") { reference persons { role person { name } } entities { type label } } }
import type { Context } from '../context';
import type { CaseEntitiesArgs, MutationImportCasesArgs, QueryCaseArgs, QueryCasesArgs } from '../generated/graphql';
import { badInput } from '../errors';
import { asNode } from '../loaders';
import { declOf } from '../model/registry';
import { importForCaller, listCases, namedCase, type CaseNode } from './cases';

const MAX_CASES_PER_IMPORT = 500;

export const caseResolvers = {
  Query: {
    case: (_: unknown, args: QueryCaseArgs, ctx: Context) => namedCase(ctx, args.id),
    cases: (_: unknown, args: QueryCasesArgs, ctx: Context) => listCases(ctx, args),
  },
  Mutation: {
    importCases: async (_: unknown, args: MutationImportCasesArgs, ctx: Context) => {
      if (args.cases.length > MAX_CASES_PER_IMPORT) {
        throw badInput(
          'cases',
          `at most ${MAX_CASES_PER_IMPORT} cases per request; use the command-line loader for bulk imports`,
        );
      }
      const { report, visiblePairs } = await importForCaller(ctx, args.cases);
      return {
        casesCreated: report.cases.created,
        casesUpdated: report.cases.updated,
        casesUnchanged: report.cases.unchanged,
        casesRejected: report.cases.rejected,
        matchingChecked: report.matching.personsChecked,
        matchingProposed: visiblePairs,
        ...report,
      };
    },
  },
  Case: {
    agency: (c: CaseNode) => c.agencyInfo,
    persons: async (c: CaseNode, _: unknown, ctx: Context) => {
      const rows = await ctx.loaders.personsByCase.load(c.id);
      return rows.map((r) => ({ role: r.role, function: r.function, nameAsWritten: r.nameAsWritten, person: r.node }));
    },
    entities: async (c: CaseNode, args: CaseEntitiesArgs, ctx: Context) =>
      (
        await ctx.loaders.entitiesByCase(args.types?.length ? args.types.map((t) => declOf(t).label) : null).load(c.id)
      ).map(asNode),
    transfers: async (c: CaseNode, _: unknown, ctx: Context) =>
      (await ctx.loaders.transfersByCase.load(c.id)).map((r) => ({
        ...r.node,
        fromId: r.fromId,
        toId: r.toId,
      })),
  },
};
