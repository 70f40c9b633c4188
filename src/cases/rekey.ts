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
    for (const row of await db.read('rekey/caseContent', { ids })) {
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
  // Persons whose name keys changed were marked pending by the import path; compare them now.
  report.matching = await matchPending(db, options.audit);
  return report;
}

type Entity = Row & { id: string; labels: string[]; asWritten: string[] | null; reportDetails?: string | null };

/**
 * The entity as this case reported it: the node's key properties, and the descriptive details of this
 * case's own report (none when it gave none), never those of another agency's report of the same node.
 */
function asReported(e: Entity): Entity {
  const own = e.reportDetails ? (JSON.parse(e.reportDetails) as Row) : {};
  const keys = detailKeys(nodeType(e as unknown as StoredNode), e.id).filter((k) => k !== 'searchText');
  return { ...e, ...Object.fromEntries(keys.map((k) => [k, own[k] ?? null])), node: e };
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
  for (const p of persons) localOf.set(p.id as string, localPart(p.id as string, `person:${String(p.registeredBy)}:`));
  entities.forEach((e, i) => localOf.set(e.id, `e${i + 1}`));
  const holdersOf = (entityId: string, types: string[]) =>
    links
      .filter((l) => l.to === entityId && types.includes(l.type) && localOf.has(l.from))
      .map((l) => localOf.get(l.from)!)
      .sort();
  const spellings = (e: Entity) => (e.asWritten?.length ? [...e.asWritten].sort() : [spellingOf(e)]);
  // An entity written several ways in one case: every spelling goes back, the holders once.
  const each = <T>(e: Entity, make: (spelling: string, first: boolean) => T) =>
    spellings(e).map((s, i) => make(s, i === 0));
  const of = (label: string) => entities.filter((e) => e.labels.includes(label));

  const organisations = of('Organisation').map((o) => ({
    id: localOf.get(o.id),
    name: spellings(o)[0] ?? o.name,
    country: o.country,
    registrationNumber: o.registrationNumber ?? null,
    members: links
      .filter((l) => l.to === o.id && l.type === 'MEMBER_OF' && l.from.startsWith('person:'))
      .map((l) => localOf.get(l.from)!)
      .sort(),
    holders: links
      .filter((l) => l.to === o.id && l.type === 'MEMBER_OF' && !l.from.startsWith('person:') && localOf.has(l.from))
      .map((l) => localOf.get(l.from)!)
      .sort(),
  }));

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
    phones: of('Phone').flatMap((e) =>
      each(e, (number, first) => ({ number, holders: first ? holdersOf(e.id, ['USES']) : [] })),
    ),
    addresses: of('Address').flatMap((e) =>
      each(e, (written, first) => ({
        // The spelling is the report's own; which parts it had, its details say (or, failing those, the node's).
        ...addressParts(written, e.street ? e : (e.node as Entity)),
        country: e.country,
        holders: first ? holdersOf(e.id, ['LIVES_AT', 'LOCATED_AT']) : [],
      })),
    ),
    vehicles: of('Vehicle').flatMap((e) =>
      each(e, (written, first) => {
        // Written as "<plate>", "VIN <vin>" or "<plate>, VIN <vin>" (caseInput's spelling of a vehicle).
        const parts = written.split(', ');
        const vin = parts.find((p) => p.startsWith('VIN '))?.slice(4) ?? null;
        const plate = parts.find((p) => !p.startsWith('VIN ')) ?? null;
        return {
          plate,
          vin,
          country: e.country,
          make: e.make ?? null,
          model: e.model ?? null,
          colour: e.colour ?? null,
          holders: first ? holdersOf(e.id, ['USES_VEHICLE']) : [],
        };
      }),
    ),
    accounts: of('Account').flatMap((e) =>
      each(e, (written, first) => ({
        id: first ? localOf.get(e.id) : null,
        ...(e.iban || e.rawIban
          ? { iban: written, provider: e.provider ?? null }
          : { provider: e.provider, number: e.number }),
        holders: first ? holdersOf(e.id, ['HOLDS_ACCOUNT']) : [],
      })),
    ),
    identityDocuments: of('IdentityDocument').flatMap((e) =>
      each(e, (number, first) => ({
        number,
        country: e.country,
        kind: e.kind ?? null,
        holders: first ? holdersOf(e.id, ['HOLDS_DOCUMENT']) : [],
      })),
    ),
    organisations,
    transfers: transfers.map((t) => ({
      id: localPart(t.id as string, `transfer:${String(c.agencyCode)}:${String(c.reference)}:`),
      amount: t.amount,
      currency: t.currency,
      time: t.time,
      channel: t.channel,
      from: localOf.get(t.from as string),
      to: localOf.get(t.to as string),
    })),
  };
}

/**
 * An address's spelling is stored as "street, postal code, city" (empty parts left out). The node's own
 * fields say which parts there were; the street is everything before them, commas included ("д. 28, кв. 15").
 */
function addressParts(written: string, node: Entity): { street: string; postalCode: string | null; city: string } {
  const parts = written.split(', ');
  const hasPostal = node.postalCode != null && node.postalCode !== '' && parts.length >= 3;
  const city = parts.length >= 2 ? parts[parts.length - 1] : String(node.city);
  const postalCode = hasPostal ? parts[parts.length - 2] : null;
  const street = parts.slice(0, parts.length - (hasPostal ? 2 : parts.length >= 2 ? 1 : 0)).join(', ');
  return { street, postalCode, city };
}

/** The spelling of an entity whose mention kept none, from its own fields (caseInput's spelling of each type). */
function spellingOf(e: Entity): string {
  if (e.labels.includes('Address')) return [e.street, e.postalCode, e.city].filter(Boolean).join(', ');
  if (e.labels.includes('Vehicle')) return [e.plate, e.vin && `VIN ${String(e.vin)}`].filter(Boolean).join(', ');
  if (e.labels.includes('Account')) return String(e.rawIban ?? e.iban ?? `${String(e.provider)} ${String(e.number)}`);
  return String(e.raw ?? e.e164 ?? e.number ?? e.name);
}

const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));
const localPart = (id: string, prefix: string) => (id.startsWith(prefix) ? id.slice(prefix.length) : id);
