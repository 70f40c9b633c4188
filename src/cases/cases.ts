// Cases as a caller may ask for them: by id (another agency's case named by its id answers as absent,
// Access.named) and as a list filtered on what the caller sees, and imported by a caller, who may refer
// only to person records it sees. The fields of a case are then redacted by the schema wrapper
// (src/auth/protect.ts).
import type { Context } from '../context';
import { personId } from '../model/ids';
import type { StoredNode } from '../model/nodes';
import type { FieldProblem } from './caseInput';
import { importAudit, importCases } from './importCases';

const MAX_CASES_PER_LIST = 100;

export type CaseNode = StoredNode & { agencyInfo: { code: string; name: string; country: string } };

/** Loads a case by id for any field of type Case. */
export async function loadCase(ctx: Context, id: string): Promise<CaseNode | null> {
  const row = await ctx.loaders.caseById.load(id);
  return row ? { ...row.node, agencyInfo: row.agency as CaseNode['agencyInfo'] } : null;
}

/** A case the caller names by its id, or null. Its own statement brings its verdict: it is read first. */
export async function namedCase(ctx: Context, id: string): Promise<CaseNode | null> {
  await ctx.loaders.caseById.load(id);
  return (await ctx.access.named(id)) ? loadCase(ctx, id) : null;
}

/** The first cases, of one country or all, among those the caller's scope lets a filter test. */
export async function listCases(ctx: Context, args: { first?: number | null; country?: string | null }) {
  const limit = Math.max(1, Math.min(args.first ?? 20, MAX_CASES_PER_LIST));
  // The statement reads the cases shared with the caller's agency itself (the scope a filter may test).
  const rows = await ctx.db.read('cases/listCases', {
    agency: ctx.viewer.agency,
    country: args.country ?? null,
    limit,
  });
  ctx.access.learn(rows);
  for (const r of rows) ctx.loaders.caseById.prime(r.id, r);
  return Promise.all(rows.map((r) => loadCase(ctx, r.id)));
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
      if (!register || register === ctx.viewer.agency || !p.id) continue;
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

/**
 * Imports cases as the caller: each case's write transaction ends with its audit entry, which notifies the
 * owners of other agencies' cases that report what the case reports (data, entry and notifications commit
 * together). Proposed pairs with a record the caller may not see are left out of the count: it would tell
 * that a hidden record resembles one of the caller's.
 */
export async function importForCaller(ctx: Context, cases: unknown[]) {
  // GraphQL gives DateTime values as Date objects; the exchange format is JSON, so read it as JSON.
  const inputs = JSON.parse(JSON.stringify(cases)) as CaseInputShape[];
  const viewer = ctx.viewer;
  const loader = viewer.agency
    ? { agency: viewer.agency, country: viewer.country, refused: await foreignRecords(ctx, inputs) }
    : null;
  const report = await importCases(ctx.db, inputs, 1, loader, importAudit(ctx.audit));
  for (const o of report.outcomes) if (o.caseId && o.status !== 'REJECTED') ctx.record.touched.add(o.caseId);
  const pairsSeen = await Promise.all(
    report.matching.proposedPairs.map(async (pair) =>
      (await Promise.all(pair.map((id) => ctx.access.sees(id)))).every(Boolean),
    ),
  );
  return { report, visiblePairs: pairsSeen.filter(Boolean).length };
}
