// Hit/no-hit, decided per node for one request from live grants. An analyst sees in full the agency's
// own cases, the cases shared with it, and whatever those cases report, except another register's person
// records, which only the register's own cases show. Anything else is a hit: the owning agency and
// country, an opaque case handle, the type of node, and the handling code. Every verdict is noted in the
// request's record (./record.ts), which the audit and the owners' notifications read; hidden ids are
// replaced by the sealer's stand-ins (./seal.ts).
import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database';
import type { RowOf } from '../db/statements';
import type { NodeType } from '../model/nodes';
import { caseOfId, kindOfId, makeId, ownerOfCase, registerOf } from '../model/ids';
import { declOfKind } from '../model/registry';
import { isSystem, type Agency, type Viewer } from './identity';
import type { RequestRecord } from './record';
import type { Sealer } from './seal';

export interface Hit {
  agency: string;
  country: string;
  caseHandle: string;
  entityType: NodeType;
  handlingCode: string;
}
export interface Verdict {
  full: boolean;
  hit: Hit | null;
}

/**
 * A case that reports a node, as the verdict sees it (cypher/access/reports.cypher), with the descriptive
 * details its report gave the node (JSON) and when they were last changed.
 */
type Report = RowOf<'access/reports'>;

const FULL: Verdict = { full: true, hit: null };
/** What detailsNow answers when the reports must be looked up first. */
export const NOT_AT_HAND = Symbol('not at hand');
const NOT_DISCLOSED = new Set(['H2', 'H3']);

/** The case an id belongs to when the id itself names it (cases and transfers), else null. */
export { caseOfId, ownerOfCase };
/** Every API id starts with its kind (src/model/ids.ts), so the type of a bare id is known. */
export const typeOfId = (id: string): NodeType => declOfKind(kindOfId(id))?.type ?? 'CASE';

export class Access {
  private readonly verdicts = new Map<string, Promise<Verdict>>();
  /** The verdicts already decided, by the same keys: read synchronously (checkNow). */
  private readonly settled = new Map<string, Verdict>();
  private sharedCases: Promise<string[]> | null = null;
  /** Id → the cases reporting it, batched per tick; per request, because sharing depends on the viewer. */
  private readonly reports: DataLoader<string, Report[]>;
  /** The reports already at hand (learned from a statement's rows or loaded), by the same keys. */
  private readonly known = new Map<string, Report[]>();

  constructor(
    private readonly db: Pick<Database, 'read'>,
    readonly viewer: Viewer,
    private readonly agencies: Map<string, Agency>,
    private readonly record: RequestRecord,
    private readonly sealer: Sealer,
  ) {
    this.reports = new DataLoader(async (ids) => {
      const rows = await db.read('access/reports', { ids: [...ids], agency: viewer.agency });
      const byId = new Map<string, Report[]>(ids.map((id) => [id, []]));
      for (const r of rows) byId.get(r.id)?.push(r);
      for (const [id, reports] of byId) if (!this.known.has(id)) this.known.set(id, reports);
      return ids.map((id) => this.known.get(id)!);
    });
  }
  get isSystem(): boolean {
    return isSystem(this.viewer);
  }

  /**
   * What a query needs to apply a filter on case attributes to visible cases only: the viewer's agency
   * (null for SYSTEM, which sees all) and the cases shared with it. A filter on a hidden case's dates or
   * typologies would otherwise tell, by what it lets through, what the hit does not.
   */
  async scope(): Promise<{ agency: string | null; shared: string[] }> {
    if (this.isSystem) return { agency: null, shared: [] };
    this.sharedCases ??= this.db
      .read('access/sharedWith', { agency: this.viewer.agency })
      .then((rows) => rows.map((r) => r.caseId));
    return { agency: this.viewer.agency, shared: await this.sharedCases };
  }

  /** Whether the viewer sees this reporting case: its own, or shared (for an export, H2 and H3 of others never). */
  private visibleReport(r: Report, forExport: boolean): boolean {
    if (ownerOfCase(r.caseId) === this.viewer.agency) return true;
    return r.shared && !(forExport && NOT_DISCLOSED.has(r.handlingCode ?? 'H2'));
  }

  /** May the viewer see this case's details? For an export (dissemination), H2 and H3 cases of others never. */
  async caseVisible(caseId: string, forExport = false): Promise<boolean> {
    if (this.isSystem || ownerOfCase(caseId) === this.viewer.agency) return true;
    const [report] = await this.reports.load(caseId);
    return report !== undefined && this.visibleReport(report, forExport);
  }

  /** The verdict on one node (memoised per request), recording it for the audit and notifications. */
  check(id: string, forExport = false): Promise<Verdict> {
    const key = `${forExport ? 'x' : 'v'}|${id}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      const now = this.checkNow(id, forExport);
      if (now) return this.verdicts.get(key)!;
      verdict = this.decide(id, forExport).then((v) => {
        this.settled.set(key, v);
        return v;
      });
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /**
   * The verdict on one node now, when it needs no lookup (its reports are at hand, or none are needed);
   * undefined when it must wait for one (then use check). The same verdict check gives, recorded once: a
   * list of hundreds of nodes is then checked without a promise per field.
   */
  checkNow(id: string, forExport = false): Verdict | undefined {
    const key = `${forExport ? 'x' : 'v'}|${id}`;
    const settled = this.settled.get(key);
    if (settled || this.verdicts.has(key)) return settled; // decided, or being decided by a lookup
    const reportsKey = this.reportsKey(id);
    const reports = reportsKey === null ? null : this.known.get(reportsKey);
    if (reports === undefined) return undefined;
    const verdict = this.verdictFrom(id, forExport, reports);
    this.settled.set(key, verdict);
    this.verdicts.set(key, Promise.resolve(verdict));
    return verdict;
  }

  /**
   * Where the verdict on an id comes from: null when it needs no lookup (a person record of the viewer's
   * own register, a public agency or identity, the viewer's own case or transfer), else the id whose
   * reporting cases decide: a case reports itself, a transfer is reported by the case its id names, and
   * anything else by the cases the graph says.
   */
  private reportsKey(id: string): string | null {
    if (this.isSystem || ['agency', 'identity'].includes(kindOfId(id))) return null;
    if (registerOf(id) === this.viewer.agency) return null;
    const ownCase = caseOfId(id);
    if (ownCase && ownerOfCase(ownCase) === this.viewer.agency) return null;
    return ownCase ?? id;
  }

  /**
   * Reports a statement returned with its rows (a `reports` column, as access/reports.cypher gives them,
   * about the node `idOf` names: the row's id unless said): the verdicts on those nodes then need no
   * lookup of their own. A row whose reports are null (not needed) primes nothing.
   */
  learn<R extends Row>(rows: R[], idOf: (row: R) => string = (row) => row.id as string): void {
    for (const row of rows) {
      if (!Array.isArray(row.reports)) continue;
      const id = idOf(row);
      if (this.known.has(id)) continue; // the first answer stands, as with the loader's cache
      this.known.set(id, row.reports as Report[]);
      this.reports.prime(id, row.reports as Report[]);
    }
  }

  /**
   * Loads in one batch what the verdicts on these ids will need. A root field's result is checked field
   * by field as GraphQL walks it, in several waves; without this each wave would cost a round trip.
   */
  async prefetch(ids: Iterable<string>): Promise<void> {
    const keys = new Set<string>();
    for (const id of ids) {
      const key = declOfKind(kindOfId(id)) ? this.reportsKey(id) : null;
      if (key) keys.add(key);
    }
    if (keys.size) await this.reports.loadMany([...keys]);
  }

  /**
   * Whether an id the caller typed names something it may ask about. An id another agency owns (a case id,
   * a transfer id, which carries its case's reference, or a person id of another register) is not an
   * identifier the caller holds: unless a case the caller sees reports it (the case itself, the transfer's
   * case, a case that involves the person, the caller's own referring case included), it is answered as if
   * absent, so that guessing references tells nothing. Identifiers the caller holds (phones, plates, IBANs,
   * documents) still reach hits, and so does a person the caller's case refers to.
   */
  async named(id: string): Promise<boolean> {
    const owned = caseOfId(id) !== null || registerOf(id) !== undefined;
    const key = owned ? this.reportsKey(id) : null;
    return key === null || (await this.reports.load(key)).some((r) => this.visibleReport(r, false));
  }

  /**
   * The reports that decide whether a node is visible. A person record belongs to its register: only the
   * register's own cases decide, so a case that refers to the record (registeredBy), the viewer's own
   * included, never makes it visible. Visibility then follows the register's live grants alone.
   */
  private deciding(id: string, reports: Report[]): Report[] {
    const register = registerOf(id);
    return register ? reports.filter((r) => ownerOfCase(r.caseId) === register) : reports;
  }

  private async decide(id: string, forExport: boolean): Promise<Verdict> {
    const key = this.reportsKey(id);
    return this.verdictFrom(id, forExport, key === null ? null : await this.reports.load(key));
  }

  /** The verdict from the reports of the id's reportsKey (null: it needs none), recorded. */
  private verdictFrom(id: string, forExport: boolean, allReports: Report[] | null): Verdict {
    this.record.touched.add(id);
    if (this.isSystem || allReports === null) return FULL;
    const type = typeOfId(id);
    const register = registerOf(id);
    const ownCase = caseOfId(id);
    const reports = this.deciding(id, allReports);
    if (reports.length === 0 && ownCase) {
      // A case or transfer id of another agency that is not (or no longer) there: a hit on its owner.
      const owner = ownerOfCase(ownCase);
      this.record.recordHit({ caseId: ownCase, owner, entityId: id, entityType: type });
      return {
        full: false,
        hit: {
          agency: owner,
          country: this.agencies.get(owner)?.country ?? 'XX',
          caseHandle: this.opaque(ownCase),
          entityType: type,
          handlingCode: 'H2',
        },
      };
    }
    if (reports.length === 0) {
      // Anything no case reports (a person record left only in its agency's register) belongs to that
      // register: a hit for everyone else.
      const agency = register ?? 'unknown';
      return {
        full: false,
        hit: {
          agency,
          country: this.agencies.get(agency)?.country ?? 'ZZ',
          caseHandle: this.opaque(makeId('register', agency)),
          entityType: type,
          handlingCode: 'H2',
        },
      };
    }
    if (reports.some((r) => this.visibleReport(r, forExport))) return FULL;
    const first = this.hitReport(reports);
    const owner = ownerOfCase(first.caseId);
    this.record.recordHit({ caseId: first.caseId, owner, entityId: id, entityType: type });
    return {
      full: false,
      hit: {
        agency: owner,
        country: first.country ?? this.agencies.get(owner)?.country ?? 'XX',
        caseHandle: this.handleOf(first),
        entityType: type,
        handlingCode: first.handlingCode ?? 'H2',
      },
    };
  }

  /** The handle a hit on this report shows: the case's (random), or a stand-in for its id. */
  private handleOf(r: Report): string {
    return r.handle ?? this.opaque(r.caseId);
  }

  /**
   * The report a hit names when several hidden cases report a node: the one with the lowest handle, so the
   * same hit whichever path reached the node. Not the lowest case id: a chart shows which cases (by
   * handle) report a hit node, and the one it named would tell how their hidden references stand.
   */
  private hitReport(reports: Report[]): Report {
    return reports.reduce((a, b) => (this.handleOf(b) < this.handleOf(a) ? b : a));
  }

  /**
   * Whether the viewer sees a node in full (for an export, as check(id, true) decides), without recording
   * it as reached: for a count that tells the caller nothing about the nodes it leaves out (so there is
   * nothing to audit or notify).
   */
  async sees(id: string, forExport = false): Promise<boolean> {
    const key = this.reportsKey(id);
    if (key === null) return true;
    return this.deciding(id, await this.reports.load(key)).some((r) => this.visibleReport(r, forExport));
  }

  /**
   * Items that each name a case (a node's reporting cases, a chart node's case ids) in an order no hidden
   * value shapes: the cases the viewer sees (as sees decides), in the order given; then the others by the
   * handle their hit shows (random), never by their ids, which would tell how another agency's hidden
   * references stand to one another. Sorting records nothing (as sees): only what a field shows does.
   */
  async inDisclosureOrder<T>(items: T[], caseOf: (item: T) => string, forExport = false): Promise<T[]> {
    if (this.isSystem || items.length < 2) return items;
    const keys = await Promise.all(
      items.map(async (item): Promise<string | null> => {
        const id = caseOf(item);
        const key = this.reportsKey(id);
        if (key === null) return null;
        const reports = this.deciding(id, await this.reports.load(key));
        if (reports.some((r) => this.visibleReport(r, forExport))) return null;
        return reports.length ? this.handleOf(this.hitReport(reports)) : this.opaque(id); // as its hit shows
      }),
    );
    const hits = items
      .map((item, i) => ({ item, key: keys[i] }))
      .filter((x): x is { item: T; key: string } => x.key !== null)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return [...items.filter((_, i) => keys[i] === null), ...hits.map((h) => h.item)];
  }

  /**
   * The descriptive details of a shared entity (see detailKeys) as the viewer may see them: those the
   * newest report it sees gave, or null when no such report gives any. Each report keeps its own, so a
   * report never erases another's. Undefined when the node needs no lookup: the in-process caller, who
   * reads the details of the latest report, kept on the node.
   */
  async details(id: string, forExport = false): Promise<Record<string, unknown> | null | undefined> {
    const key = this.reportsKey(id);
    if (key === null || key !== id) return undefined;
    return this.newestDetails(await this.reports.load(key), forExport);
  }

  /** details(), now, when the reports are at hand; NOT_AT_HAND when they must be looked up first. */
  detailsNow(id: string, forExport = false): Record<string, unknown> | null | undefined | typeof NOT_AT_HAND {
    const key = this.reportsKey(id);
    if (key === null || key !== id) return undefined;
    const reports = this.known.get(key);
    return reports ? this.newestDetails(reports, forExport) : NOT_AT_HAND;
  }

  private newestDetails(reports: Report[], forExport: boolean): Record<string, unknown> | null {
    const newest = reports
      .filter((r) => r.details !== null && this.visibleReport(r, forExport))
      .sort((a, b) => (b.detailsAt ?? '').localeCompare(a.detailsAt ?? '') || a.caseId.localeCompare(b.caseId))[0];
    return newest ? (JSON.parse(newest.details!) as Record<string, unknown>) : null;
  }

  /** The stand-in for a hidden id (see Sealer.opaque). */
  opaque(id: string): string {
    return this.sealer.opaque(id);
  }

  /** The id as the viewer may see it: itself when visible, the case handle or an opaque id otherwise. */
  async publicId(id: string | null | undefined, forExport = false): Promise<string | null> {
    if (!id) return null;
    const verdict = await this.check(id, forExport);
    if (verdict.full) return id;
    return typeOfId(id) === 'CASE' ? verdict.hit!.caseHandle : this.opaque(id);
  }
}
