// Re-keys a graph written under earlier key rules (addresses, IBANs, name keys). Each case is read back
// from the graph in the exchange format, exactly as it reported its entities (the spellings on its
// MENTIONS, its holder links and transfers), and written again through the one import path with today's
// rules. So the re-key can never disagree with a fresh import: entities whose keys now coincide merge,
// each report keeps its spelling and provenance on its own relationships, and what no case reaches any
// more is removed by the import's own clean-up. A case whose keys did not change is left as it is.
// It runs case batch by case batch and marks each case with the rules version it was written under, so a
// killed run resumes where it stopped.
import type { AuditWrite } from '../audit/audit';
import type { Database, Row } from '../db/database';
import { RULES_VERSION, validateCase, type FieldProblem } from './caseInput';
import { addTotals, emptyTotals, writeBatch, type ImportTotals } from './importCases';
import { matchPending, type MatchRun } from '../matching/match';
import { detailKeys, nodeType, type StoredNode } from '../model/nodes';
import { localOfId, registerOf } from '../model/ids';
import { declOfLabel, ENTITY_DECLS, ENTITY_LINKS, HOLDER_RELATIONSHIPS, type Reported } from '../model/registry';

export interface RekeyReport extends ImportTotals {
  /** Cases that could not be written back under the new rules, with why; they keep their old keys. */
  failed: Array<{ caseId: string; problems: FieldProblem[] }>;
  matching: MatchRun | null;
}

/** Rewrites every case written under earlier rules; returns what changed. */
export async function rekeyGraph(
  db: Database,
  options: { batchSize?: number; onBatch?: (done: number) => void; audit?: AuditWrite } = {},
): Promise<RekeyReport> {
  const report: RekeyReport = { ...emptyTotals(), failed: [], matching: null };
  const batchSize = options.batchSize ?? 50;
  let done = 0;
  for (;;) {
    const ids = (await db.read('rekey/pending', { rules: RULES_VERSION, limit: batchSize })).map((r) => r.id);
    if (ids.length === 0) break;
    const cases = [];
    for (const row of await db.read('rekey/caseContent', {
      ids,
      holderTypes: [...HOLDER_RELATIONSHIPS, ...ENTITY_LINKS],
    })) {
      const input = caseInputFromGraph(row);
      const result = validateCase(input);
      if (result.ok) cases.push(result.case);
      else report.failed.push({ caseId: (row.case as Row).id as string, problems: result.problems });
    }
    // A rewritten batch is an alteration of the graph: its transaction carries its audit entry.
    if (cases.length) addTotals(report, (await writeBatch(db, cases, options.audit)).totals);
    // Failed cases are marked too: they would fail the same way on the next run, and are reported now.
    await db.write('rekey/markRules', { ids, rules: RULES_VERSION });
    done += ids.length;
    options.onBatch?.(done);
  }
  // Keys no record holds any more (imports leave them, see unlinkNameKeys).
  await db.write('matching/sweepNameKeys');
  // Persons whose name keys changed were marked pending by the import path; compare them now.
  report.matching = await matchPending(db, options.audit);
  return report;
}

/**
 * A warning when cases were written under earlier key rules than the running code's (a store loaded by an
 * older version): until `npm run rekey` rewrites them, links that today's rules find through them (a date
 * key, a re-read address or IBAN) are missed, and nothing else would say so. Null when every case is current.
 */
export async function staleKeyRulesWarning(db: Database): Promise<{ cases: number; message: string } | null> {
  const [{ cases }] = await db.read('rekey/staleCount', { rules: RULES_VERSION });
  if (!cases) return null;
  return {
    cases,
    message: `${cases} cases were written under key rules older than version ${RULES_VERSION}: links that today's rules find through their persons and entities are missed until you run \`npm run rekey\``,
  };
}

type Entity = Row & { id: string; labels: string[]; asWritten: string[] | null; reportDetails?: string | null };

/**
 * The entity as this case reported it: the node's key properties, and the descriptive details of this
 * case's own report (none when it gave none), never those of another agency's report of the same node.
 */
function asReported(e: Entity): Entity {
  const own = e.reportDetails ? (JSON.parse(e.reportDetails) as Row) : null;
  const keys = detailKeys(nodeType(e as unknown as StoredNode), e.id).filter((k) => k !== 'searchText');
  // A detail a report written before it was one (an organisation's registration number) lacks: the node's.
  const value = (k: string) => (own === null ? null : k in own ? (own[k] ?? null) : (e[k] ?? null));
  return { ...e, ...Object.fromEntries(keys.map((k) => [k, value(k)])), node: e };
}
type Link = { from: string; type: string; to: string };

/**
 * One case as the exchange format would have sent it, rebuilt from its graph rows. Local ids of entities
 * are made up (they never reach the graph); person and transfer ids are the case's own.
 */
export function caseInputFromGraph(row: Row): Record<string, unknown> {
  const c = row.case as Row;
  const persons = (row.persons as Row[]).slice().sort(byId);
  const entities = (row.entities as Entity[]).map(asReported).sort(byId);
  const links = row.links as Link[];
  const transfers = (row.transfers as Row[]).slice().sort(byId);

  const localOf = new Map<string, string>();
  for (const p of persons) localOf.set(p.id as string, localOfId(p.id as string, 'person', p.registeredBy as string));
  entities.forEach((e, i) => localOf.set(e.id, `e${i + 1}`));
  const spellings = (e: Entity) =>
    e.asWritten?.length
      ? [...e.asWritten].sort()
      : [declOfLabel(e.labels.find((l) => declOfLabel(l))!)!.entity!.spelling(e)];
  // An entity written several ways in one case: every spelling goes back, the holders once.
  const of = (label: string) => entities.filter((e) => e.labels.includes(label)) as Array<Entity & Reported>;
  const isPerson = (id: string) => registerOf(id) !== undefined;
  const linked = (from: string) => (type: string) =>
    links
      .filter((l) => l.from === from && l.type === type)
      .flatMap((l) => entities.filter((t) => t.id === l.to).map((t) => spellings(t)[0]))
      .sort();

  // Every entity type's list, through its declaration: each spelling one item, the holders on the first.
  const lists = Object.fromEntries(
    ENTITY_DECLS.map(({ label, entity }) => {
      const holderTypes = [entity.holders.person, entity.holders.organisation];
      return [
        entity.list,
        of(label).flatMap((e) =>
          // A holder is named by its local id: once, with its first spelling.
          spellings(e)
            .slice(0, entity.isHolder ? 1 : undefined)
            .map((spelling, i) => {
              const first = i === 0;
              const holders = (fromPersons: boolean) =>
                first
                  ? links
                      .filter(
                        (l) =>
                          l.to === e.id &&
                          holderTypes.includes(l.type) &&
                          isPerson(l.from) === fromPersons &&
                          localOf.has(l.from),
                      )
                      .map((l) => localOf.get(l.from)!)
                      .sort()
                  : [];
              return {
                id: first ? localOf.get(e.id) : null,
                ...entity.toInput(e, spelling, linked(e.id)),
                // An organisation's persons are its members; other holders hold it as organisations.
                ...(entity.isHolder
                  ? { members: holders(true), holders: holders(false) }
                  : { holders: [...holders(true), ...holders(false)].sort() }),
              };
            }),
        ),
      ];
    }),
  );

  return {
    reference: c.reference,
    agency: { code: c.agencyCode, name: c.agencyName ?? null, country: c.country },
    title: c.title ?? null,
    handling: { code: c.handlingCode, text: c.handlingText ?? null },
    evaluation:
      c.sourceReliability && c.informationReliability
        ? { source: c.sourceReliability, information: c.informationReliability }
        : null,
    typologies: c.typologies,
    status: c.status,
    openedOn: c.openedOn,
    closedOn: c.closedOn ?? null,
    persons: persons.map((p) => ({
      role: p.role,
      function: p.function ?? null,
      ...(p.registeredBy === c.agencyCode
        ? {
            name: p.name,
            aliases: p.aliases ?? [],
            birthDate: p.birthDate ?? null,
            nationality: p.nationality ?? null,
            gender: p.gender ?? null,
          }
        : // A case that refers to another agency's record gave its name as written; the details are the owner's.
          { registeredBy: p.registeredBy, name: p.nameAsWritten ?? p.name }),
      id: localOf.get(p.id as string),
    })),
    ...lists,
    transfers: transfers.map((t) => ({
      id: localOfId(t.id as string, 'transfer', c.agencyCode as string, c.reference as string),
      amount: t.amount,
      currency: t.currency,
      time: t.time,
      channel: t.channel,
      from: localOf.get(t.from as string),
      to: localOf.get(t.to as string),
    })),
  };
}

const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));
