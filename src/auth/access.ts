// Hit/no-hit, decided per node for one request. An analyst sees in full the agency's own cases, the
// cases shared with it, and whatever those cases report. Anything else is a hit: the owning agency and
// country, an opaque case handle, the type of node, and the handling code. Every id the response carries
// passes through here, so this is also where the audit learns what was returned and where owners' hit
// notifications come from.
import crypto from 'node:crypto';
import type { Database } from '../db/database';
import type { Loaders } from '../loaders';
import type { NodeType } from '../model/nodes';
import type { Agency, Viewer } from './identity';

export interface Hit { agency: string; country: string; caseHandle: string; entityType: NodeType; handlingCode: string }
export interface Verdict { full: boolean; hit: Hit | null; /** Descriptive details came from a case the viewer may not see. */ foreignDetails: boolean }
export interface HitRecord { caseId: string; owner: string; entityId: string; entityType: NodeType; /** When not the caller's agency: the bulk loader's cases. */ fromAgency?: string }

const FULL: Verdict = { full: true, hit: null, foreignDetails: false };
const NOT_DISCLOSED = new Set(['H2', 'H3']);

/** The case an id belongs to when the id itself names it (cases and transfers), else null. */
export function caseOfId(id: string): string | null {
  if (id.startsWith('case:')) return id;
  const transfer = /^transfer:([^:]+):([^:]+):/.exec(id);
  return transfer ? `case:${transfer[1]}:${transfer[2]}` : null;
}
export const ownerOfCase = (caseId: string) => caseId.split(':')[1];

const TYPE_BY_PREFIX: Record<string, NodeType> = {
  case: 'CASE', person: 'PERSON', phone: 'PHONE', address: 'ADDRESS', vehicle: 'VEHICLE', account: 'ACCOUNT',
  document: 'IDENTITY_DOCUMENT', organisation: 'ORGANISATION', transfer: 'MONEY_TRANSFER', agency: 'AGENCY', identity: 'IDENTITY',
};
/** Every API id starts with its kind (see the exchange format), so the type of a bare id is known. */
export const typeOfId = (id: string): NodeType => TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))] ?? 'CASE';

export class Access {
  /** Real ids of every node the response reached, in full or as a hit: the audit's record. */
  readonly touched = new Set<string>();
  /** Foreign cases hit in this request, one record per case: the owners' notifications. */
  readonly hits = new Map<string, HitRecord>();
  private readonly verdicts = new Map<string, Promise<Verdict>>();
  private sharedCases: Promise<Map<string, string>> | null = null;

  constructor(
    private readonly db: Database,
    readonly viewer: Viewer,
    private readonly loaders: Loaders,
    private readonly hitSecret: string,
    private readonly agencies: Map<string, Agency>,
  ) {}

  get isSystem(): boolean {
    return this.viewer.agency === null;
  }

  /** Case id → handling code of the cases shared with the viewer's agency (approved and not expired). */
  private shared(): Promise<Map<string, string>> {
    this.sharedCases ??= this.db.read('access/sharedWith', { agency: this.viewer.agency })
      .then((rows) => new Map(rows.map((r) => [r.caseId as string, r.handlingCode as string])));
    return this.sharedCases;
  }

  /**
   * What a query needs to apply a filter on case attributes to visible cases only: the viewer's agency
   * (null for SYSTEM, which sees all) and the cases shared with it. A filter on a hidden case's dates or
   * typologies would otherwise tell, by what it lets through, what the hit does not.
   */
  async scope(): Promise<{ agency: string | null; shared: string[] }> {
    if (this.isSystem) return { agency: null, shared: [] };
    return { agency: this.viewer.agency, shared: [...(await this.shared()).keys()] };
  }

  /** May the viewer see this case's details? For an export (dissemination), H2 and H3 cases of others never. */
  async caseVisible(caseId: string, forExport = false): Promise<boolean> {
    if (this.isSystem || ownerOfCase(caseId) === this.viewer.agency) return true;
    const handling = (await this.shared()).get(caseId);
    if (handling === undefined) return false;
    return !(forExport && NOT_DISCLOSED.has(handling));
  }

  /** The cases that report a node: itself for a case, its case for a transfer, mentions otherwise. */
  private async casesOf(id: string): Promise<string[]> {
    const own = caseOfId(id);
    if (own) return [own];
    if (id.startsWith('agency:') || id.startsWith('identity:')) return [];
    return (await this.loaders.mentionsByNode.load(id)).map((r) => r.caseId as string);
  }

  /** The verdict on one node (memoised per request), recording it for the audit and notifications. */
  check(id: string, detailsCase?: string | null, forExport = false): Promise<Verdict> {
    const key = `${forExport ? 'x' : 'v'}|${detailsCase ?? ''}|${id}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.decide(id, typeOfId(id), detailsCase ?? null, forExport);
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  private async decide(id: string, type: NodeType, detailsCase: string | null, forExport: boolean): Promise<Verdict> {
    this.touched.add(id);
    if (this.isSystem) return FULL;
    // A person record of the viewer's own register is the viewer's own, whichever case involves it.
    const register = /^person:([^:]+):/.exec(id)?.[1];
    if (register === this.viewer.agency) return FULL;
    const cases = await this.casesOf(id);
    if (cases.length === 0) {
      // Agencies and identities are public. Anything else that no case reports (a person record left
      // only in its agency's register) belongs to that register: a hit for everyone else.
      if (id.startsWith('agency:') || id.startsWith('identity:')) return FULL;
      const agency = register ?? 'unknown';
      this.touched.add(id);
      return {
        full: false, foreignDetails: true,
        hit: { agency, country: this.agencies.get(agency)?.country ?? 'ZZ', caseHandle: this.opaque(`register:${agency}`), entityType: type, handlingCode: 'H2' },
      };
    }
    const visible = await Promise.all(cases.map((c) => this.caseVisible(c, forExport)));
    if (visible.some(Boolean)) {
      const foreignDetails = detailsCase ? !(await this.caseVisible(detailsCase, forExport)) : false;
      return { full: true, hit: null, foreignDetails };
    }
    const caseId = [...cases].sort()[0];
    const row = await this.loaders.caseById.load(caseId);
    const node = (row?.node ?? {}) as { handle?: string; handlingCode?: string; country?: string };
    const owner = ownerOfCase(caseId);
    this.recordHit({ caseId, owner, entityId: id, entityType: type });
    return {
      full: false,
      foreignDetails: true,
      hit: {
        agency: owner, country: node.country ?? this.agencies.get(owner)?.country ?? 'XX',
        caseHandle: node.handle ?? this.opaque(caseId), entityType: type, handlingCode: node.handlingCode ?? 'H2',
      },
    };
  }

  /** A hit recorded outside a node check: an import whose entities other agencies' cases also report. */
  recordHit(record: HitRecord): void {
    this.touched.add(record.caseId);
    // One notification per case and request; a shared phone or person says more than the case itself.
    const known = this.hits.get(record.caseId);
    if (!known || (known.entityType === 'CASE' && record.entityType !== 'CASE')) this.hits.set(record.caseId, record);
  }

  /**
   * A stable id that says nothing: keyed with the server's secret, so it cannot be reversed by guessing,
   * and with the viewer's agency, so two agencies cannot match up each other's hidden nodes.
   */
  opaque(id: string): string {
    return `hidden:${crypto.createHmac('sha256', this.hitSecret).update(`${this.viewer.agency ?? ''}\n${id}`).digest('base64url').slice(0, 22)}`;
  }

  /** Seals a value for a client to hand back (a page cursor): encrypted and authenticated, so it shows nothing and cannot be forged. */
  seal(value: unknown): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.sealKey(), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The sealed value, or null if the token was not sealed by this service for this agency. */
  unseal(token: string): unknown {
    try {
      const raw = Buffer.from(token, 'base64url');
      const decipher = crypto.createDecipheriv('aes-256-gcm', this.sealKey(), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
    } catch {
      return null;
    }
  }

  private sealKey(): Buffer {
    return crypto.createHash('sha256').update(`cursor\n${this.viewer.agency ?? ''}\n${this.hitSecret}`).digest();
  }

  /** The id as the viewer may see it: itself when visible, the case handle or an opaque id otherwise. */
  async publicId(id: string | null | undefined, forExport = false): Promise<string | null> {
    if (!id) return null;
    const verdict = await this.check(id, null, forExport);
    if (verdict.full) return id;
    return typeOfId(id) === 'CASE' ? verdict.hit!.caseHandle : this.opaque(id);
  }
}
