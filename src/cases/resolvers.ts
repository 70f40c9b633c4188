// Cases: import and lookups.
//   mutation { importCases(cases: [{ reference: "EE-2024-0117", agency: { code: "EE-PPA", country: "EE" },
//     typologies: [FORCED_LABOUR], status: OPEN, openedOn: "2024-02-01",
//     persons: [{ id: "P1", name: "Jaan Tamm", role: SUSPECT, function: RECRUITER }],
//     phones: [{ number: "5333 4444", holders: ["P1"] }] }]) { casesCreated outcomes { status problems { field message } } } }
//   { case(id: "case:EE-PPA:EE-2024-0117") { reference persons { role person { name } } entities { type label } } }
import type { Context } from '../context';
import type { MutationImportCasesArgs, QueryCaseArgs, QueryCasesArgs } from '../generated/graphql';
import { badInput } from '../errors';
import { asNode } from '../loaders';
import type { StoredNode } from '../model/nodes';
import { importAudit, importCases } from './importCases';
import type { FieldProblem } from './caseInput';
import { personId } from '../model/ids';

const MAX_CASES_PER_LIST = 100;
const MAX_CASES_PER_IMPORT = 500;

export type CaseNode = StoredNode & { agencyInfo: { code: string; name: string; country: string } };

/** Loads a case by id for any field of type Case. */
export async function loadCase(ctx: Context, id: string): Promise<CaseNode | null> {
  const row = await ctx.loaders.caseById.load(id);
  return row ? { ...row.node, agencyInfo: row.agency as CaseNode['agencyInfo'] } : null;
}

type CaseInputShape = { persons?: Array<{ id?: string; registeredBy?: string | null }> | null };

/**
 * A case may refer to another agency's person record (registeredBy), but only to one the loader's agency
 * already sees in full: otherwise an import would unlock the record, or plant one in another register.
 * The answer is the same whether the record exists or not.
 */
async function foreignRecords(ctx: Context, inputs: CaseInputShape[]): Promise<Map<number, FieldProblem[]>> {
  const refused = new Map<number, FieldProblem[]>();
  for (const [index, input] of inputs.entries()) {
    for (const [i, p] of (input.persons ?? []).entries()) {
      const register = p.registeredBy?.trim();
      if (!register || register === ctx.access.viewer.agency || !p.id) continue;
      const id = personId(register, p.id);
      const [exists, verdict] = await Promise.all([ctx.loaders.nodeById.load(id), ctx.access.check(id)]);
      if (!exists || !verdict.full) {
        (refused.get(index) ?? refused.set(index, []).get(index)!).push({
          field: `persons[${i}].registeredBy`,
          message: `person record ${p.id} of ${register} is not visible to your agency; request access to a case of ${register} that involves it first`,
        });
      }
    }
  }
  return refused;
}

export const caseResolvers = {
  Query: {
    // The case's own statement brings its verdict: it is read first, then shown only if named.
    case: async (_: unknown, args: QueryCaseArgs, ctx: Context) => {
      await ctx.loaders.caseById.load(args.id);
      return (await ctx.access.named(args.id)) ? loadCase(ctx, args.id) : null;
    },
    cases: async (_: unknown, args: QueryCasesArgs, ctx: Context) => {
      const limit = Math.max(1, Math.min(args.first ?? 20, MAX_CASES_PER_LIST));
      const rows = await ctx.db.read('cases/listCases', {
        ...(await ctx.access.scope()),
        country: args.country ?? null,
        limit,
      });
      ctx.access.learn(rows);
      for (const r of rows) ctx.loaders.caseById.prime(r.id, r);
      return Promise.all(rows.map((r) => loadCase(ctx, r.id)));
    },
  },
  Mutation: {
    importCases: async (_: unknown, args: MutationImportCasesArgs, ctx: Context) => {
      if (args.cases.length > MAX_CASES_PER_IMPORT) {
        throw badInput(
          'cases',
          `at most ${MAX_CASES_PER_IMPORT} cases per request; use the command-line loader for bulk imports`,
        );
      }
      // GraphQL gives DateTime values as Date objects; the exchange format is JSON, so read it as JSON.
      const inputs = JSON.parse(JSON.stringify(args.cases)) as CaseInputShape[];
      const viewer = ctx.access.viewer;
      const loader = viewer.agency
        ? { agency: viewer.agency, country: viewer.country, refused: await foreignRecords(ctx, inputs) }
        : null;
      // Each case's write transaction ends with its audit entry, which notifies the owners of other
      // agencies' cases that report what the case reports: data, entry and notifications commit together.
      const report = await importCases(ctx.db, inputs, 1, loader, importAudit(ctx.audit));
      for (const o of report.outcomes) if (o.caseId && o.status !== 'REJECTED') ctx.record.touched.add(o.caseId);
      // Pairs with a record the caller may not see are left out of the count: it would tell that a
      // hidden record resembles one of the caller's.
      const pairsSeen = await Promise.all(
        report.matching.proposedPairs.map(async (pair) =>
          (await Promise.all(pair.map((id) => ctx.access.sees(id)))).every(Boolean),
        ),
      );
      const visiblePairs = pairsSeen.filter(Boolean).length;
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
    entities: async (c: CaseNode, _: unknown, ctx: Context) =>
      (await ctx.loaders.entitiesByCase.load(c.id)).map(asNode),
    transfers: async (c: CaseNode, _: unknown, ctx: Context) =>
      (await ctx.loaders.transfersByCase.load(c.id)).map((r) => ({
        ...r.node,
        fromId: r.fromId,
        toId: r.toId,
      })),
  },
};
