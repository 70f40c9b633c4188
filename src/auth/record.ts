// What one request reached, as the audit and the owners' notifications read it: filled by the verdicts
// (src/auth/access.ts) and by writes that reach other agencies' cases, read once the response is complete.
import type { NodeType } from '../model/nodes';

export interface HitRecord {
  caseId: string;
  owner: string;
  entityId: string;
  entityType: NodeType;
  /** When not the caller's agency: the bulk loader's cases. */ fromAgency?: string;
}

export class RequestRecord {
  /** Real ids of every node the response reached, in full or as a hit: the audit's record. */
  readonly touched = new Set<string>();
  /** Foreign cases hit in this request, one record per case: the owners' notifications. */
  readonly hits = new Map<string, HitRecord>();

  /** A hit on another agency's case: audited, and notified to its owner once per request. */
  recordHit(record: HitRecord): void {
    this.touched.add(record.caseId);
    // One notification per case and request; a shared phone or person says more than the case itself.
    const known = this.hits.get(record.caseId);
    if (!known || (known.entityType === 'CASE' && record.entityType !== 'CASE')) this.hits.set(record.caseId, record);
  }
}
