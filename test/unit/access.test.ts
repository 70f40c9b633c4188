// The hit/no-hit decisions that need no database: the reports a verdict reads are given here as the
// statement access/reports.cypher (or a root statement's `reports` column) would return them.
import { Access } from '../../src/auth/access';
import { SYSTEM, type Agency, type Viewer } from '../../src/auth/identity';
import { RequestRecord } from '../../src/auth/record';
import { Sealer } from '../../src/auth/seal';
import type { Row } from '../../src/db/database';

const EE: Viewer = { analyst: 'ee.1', agency: 'EE-PPA', country: 'EE', roles: ['analyst'], purpose: 'test' };
const FI: Viewer = { ...EE, analyst: 'fi.1', agency: 'FI-POL', country: 'FI' };
const AGENCIES = new Map<string, Agency>([
  ['EE-PPA', { code: 'EE-PPA', country: 'EE' } as Agency],
  ['FI-POL', { code: 'FI-POL', country: 'FI' } as Agency],
]);

const report = (caseId: string, over: Partial<Row> = {}): Row => ({
  caseId,
  handle: `handle-of-${caseId}`,
  handlingCode: 'H1',
  country: caseId.includes('FI-POL') ? 'FI' : 'EE',
  shared: false,
  details: null,
  detailsAt: null,
  ...over,
});

/** An Access over a fixed graph: id → the cases reporting it; counts the lookups it makes. */
function accessFor(viewer: Viewer, graph: Record<string, Row[]>) {
  const lookups: string[][] = [];
  const db = {
    read: async (_name: string, params: Row = {}) => {
      const ids = params.ids as string[];
      lookups.push(ids);
      return ids.flatMap((id) => (graph[id] ?? []).map((r) => ({ id, ...r })));
    },
  };
  const record = new RequestRecord();
  const sealer = new Sealer('a-secret-of-at-least-32-characters!!', viewer.agency);
  return { access: new Access(db, viewer, AGENCIES, record, sealer), record, sealer, lookups };
}

const FI_CASE = 'case:FI-POL:FI-1';
const EE_CASE = 'case:EE-PPA:EE-1';
const PHONE = 'phone:+3725550001';

it("the viewer's own case and transfers are full without a lookup", async () => {
  const { access, lookups, record } = accessFor(EE, {});
  expect(await access.check(EE_CASE)).toEqual({ full: true, hit: null });
  expect(await access.check('transfer:EE-PPA:EE-1:t1')).toEqual({ full: true, hit: null });
  expect(lookups).toEqual([]);
  expect([...record.touched].sort()).toEqual([EE_CASE, 'transfer:EE-PPA:EE-1:t1']);
});

it("another agency's unshared case is a hit with its handle, country and handling code, notified once", async () => {
  const { access, record } = accessFor(EE, {
    [FI_CASE]: [report(FI_CASE, { handlingCode: 'H3' })],
    [PHONE]: [report(FI_CASE)],
  });
  const verdict = await access.check(FI_CASE);
  expect(verdict).toEqual({
    full: false,
    hit: {
      agency: 'FI-POL',
      country: 'FI',
      caseHandle: `handle-of-${FI_CASE}`,
      entityType: 'CASE',
      handlingCode: 'H3',
    },
  });
  await access.check(PHONE);
  // One notification per case: the phone says more than the case itself, so it replaces it.
  expect([...record.hits.values()]).toEqual([
    { caseId: FI_CASE, owner: 'FI-POL', entityId: PHONE, entityType: 'PHONE' },
  ]);
});

it('a shared case is full, but never in an export when it is H2 or H3', async () => {
  const { access } = accessFor(EE, { [FI_CASE]: [report(FI_CASE, { shared: true, handlingCode: 'H2' })] });
  expect((await access.check(FI_CASE)).full).toBe(true);
  expect((await access.check(FI_CASE, true)).full).toBe(false);
  expect(await access.caseVisible(FI_CASE)).toBe(true);
  expect(await access.caseVisible(FI_CASE, true)).toBe(false);
});

it("a person record is decided by its register's cases alone, not by the viewer's case that refers to it", async () => {
  const person = 'person:FI-POL:p1';
  const { access } = accessFor(EE, { [person]: [report(EE_CASE), report(FI_CASE)] });
  const verdict = await access.check(person);
  expect(verdict.full).toBe(false);
  expect(verdict.hit).toMatchObject({ agency: 'FI-POL', entityType: 'PERSON' });
  expect(await access.sees(person)).toBe(false);
});

it('a guessed case id is not named; an unknown foreign case id is a hit on its owner with an opaque handle', async () => {
  const { access, sealer } = accessFor(EE, {});
  expect(await access.named(FI_CASE)).toBe(false);
  expect(await access.named(PHONE)).toBe(true);
  const verdict = await access.check(FI_CASE);
  expect(verdict.hit).toMatchObject({ agency: 'FI-POL', caseHandle: sealer.opaque(FI_CASE), handlingCode: 'H2' });
});

it("reports given with a statement's rows decide without a lookup", async () => {
  const { access, lookups } = accessFor(EE, {});
  access.learn([{ id: FI_CASE, reports: [report(FI_CASE, { shared: true })] }]);
  expect((await access.check(FI_CASE)).full).toBe(true);
  expect(lookups).toEqual([]);
});

it('verdicts of one wave cost one lookup', async () => {
  const { access, lookups } = accessFor(EE, { [PHONE]: [report(FI_CASE)], [FI_CASE]: [report(FI_CASE)] });
  await Promise.all([access.check(PHONE), access.check(FI_CASE), access.publicId(PHONE)]);
  expect(lookups).toHaveLength(1);
  expect(lookups[0].sort()).toEqual([FI_CASE, PHONE].sort());
});

it('the in-process caller sees everything, and the newest visible report gives the details', async () => {
  const system = accessFor(SYSTEM, {});
  expect((await system.access.check(FI_CASE)).full).toBe(true);
  const { access } = accessFor(EE, {
    [PHONE]: [
      report(EE_CASE, { details: '{"note":"old"}', detailsAt: '2024-01-01T00:00:00Z' }),
      report(FI_CASE, { details: '{"note":"hidden"}', detailsAt: '2025-01-01T00:00:00Z' }),
    ],
  });
  expect(await access.details(PHONE)).toEqual({ note: 'old' });
});

it('sealing: stand-ins differ between agencies, cursors open only for the agency they were sealed for', () => {
  const ee = new Sealer('a-secret-of-at-least-32-characters!!', EE.agency);
  const fi = new Sealer('a-secret-of-at-least-32-characters!!', FI.agency);
  expect(ee.opaque(FI_CASE)).toBe(ee.opaque(FI_CASE));
  expect(ee.opaque(FI_CASE)).not.toBe(fi.opaque(FI_CASE));
  const cursor = ee.seal({ at: 5, id: PHONE });
  expect(ee.unseal(cursor)).toEqual({ at: 5, id: PHONE });
  expect(fi.unseal(cursor)).toBeNull();
  // Tampered: the last two characters changed (a random cursor ends in "AA" once in 4,096 seals).
  expect(ee.unseal(`${cursor.slice(0, -2)}${cursor.endsWith('AA') ? 'BB' : 'AA'}`)).toBeNull();
});

it('a count reads sees(), which records nothing: no audit entry or notification for what it leaves out', async () => {
  const { access, record } = accessFor(EE, { [PHONE]: [report(FI_CASE)] });
  expect(await access.sees(PHONE)).toBe(false);
  expect(record.touched.size).toBe(0);
  expect(record.hits.size).toBe(0);
});

it("a hidden id is shown as its case's handle (a case) or a stand-in (anything else)", async () => {
  const { access, sealer } = accessFor(EE, { [PHONE]: [report(FI_CASE)], [FI_CASE]: [report(FI_CASE)] });
  expect(await access.publicId(FI_CASE)).toBe(`handle-of-${FI_CASE}`);
  expect(await access.publicId(PHONE)).toBe(sealer.opaque(PHONE));
  expect(await access.publicId(EE_CASE)).toBe(EE_CASE);
  expect(await access.publicId(null)).toBeNull();
});

it("the viewer's own register's person records, agencies and identities need no lookup", async () => {
  const { access, lookups } = accessFor(EE, {});
  for (const id of ['person:EE-PPA:p1', 'agency:FI-POL', 'identity:abc'])
    expect(await access.check(id)).toEqual({ full: true, hit: null });
  expect(lookups).toEqual([]);
});

it('the sharing scope: the in-process caller filters nothing; an agency its own and shared cases', async () => {
  expect(await accessFor(SYSTEM, {}).access.scope()).toEqual({ agency: null, shared: [] });
  const reads: string[] = [];
  const db = {
    read: async (name: string) => {
      reads.push(name);
      return [{ caseId: FI_CASE }];
    },
  };
  const access = new Access(db as never, EE, AGENCIES, new RequestRecord(), new Sealer('s'.repeat(32), 'EE-PPA'));
  expect(await access.scope()).toEqual({ agency: 'EE-PPA', shared: [FI_CASE] });
  await access.scope();
  expect(reads).toEqual(['access/sharedWith']); // asked once per request
});
