// The core query, checked against every demo case: the exact set of foreign cases and the chains between them.
import { demoCases, execute, resetDatabase, testDatabase, testServer } from '../helpers';
import { importCases } from '../../src/cases/importCases';
import type { Database } from '../../src/db/database';

let db: Database;
const server = testServer();

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await importCases(db, demoCases());
});
afterAll(() => db.close());

const QUERY = `query($id: ID!, $hops: Int) { crossBorderLinks(caseId: $id, maxHops: $hops) {
  case { id country } shortest chains { length nodes { id type label } relationships { type from to reportedBy } } } }`;

/** Each link as "case [shortest] via node > node", one line per chain, for an exact comparison. */
async function links(caseId: string, hops?: number): Promise<string[]> {
  const res = await execute(server, db, QUERY, { id: caseId, hops });
  expect(res.errors).toBeUndefined();
  return res.data!.crossBorderLinks.flatMap((l: any) =>
    l.chains.map(
      (ch: any) =>
        `${l.case.id} [${l.shortest}] ${ch.nodes
          .slice(1, -1)
          .map((n: any) => n.id)
          .join(' > ')}`,
    ),
  );
}

describe('crossBorderLinks on the demo data', () => {
  it('finds the shared phone (EE-FI) and the shared van (EE-LT), each with its chain', async () => {
    const res = await execute(server, db, QUERY, { id: 'case:EE-PPA:EE-2024-0117' });
    expect(res.data!.crossBorderLinks).toEqual([
      {
        case: { id: 'case:FI-POL:FI-2024-0456', country: 'FI' },
        shortest: 2,
        chains: [
          {
            length: 2,
            nodes: [
              { id: 'case:EE-PPA:EE-2024-0117', type: 'CASE', label: 'EE-2024-0117 (EE)' },
              { id: 'phone:+37253334444', type: 'PHONE', label: '+37253334444' },
              { id: 'case:FI-POL:FI-2024-0456', type: 'CASE', label: 'FI-2024-0456 (FI)' },
            ],
            relationships: [
              {
                type: 'MENTIONS',
                from: 'case:EE-PPA:EE-2024-0117',
                to: 'phone:+37253334444',
                reportedBy: 'case:EE-PPA:EE-2024-0117',
              },
              {
                type: 'MENTIONS',
                from: 'case:FI-POL:FI-2024-0456',
                to: 'phone:+37253334444',
                reportedBy: 'case:FI-POL:FI-2024-0456',
              },
            ],
          },
        ],
      },
      {
        case: { id: 'case:LT-PD:LT-2024-0789', country: 'LT' },
        shortest: 2,
        chains: [
          {
            length: 2,
            nodes: [
              { id: 'case:EE-PPA:EE-2024-0117', type: 'CASE', label: 'EE-2024-0117 (EE)' },
              { id: 'vehicle:LT:KRT512', type: 'VEHICLE', label: 'KRT512 (LT)' },
              { id: 'case:LT-PD:LT-2024-0789', type: 'CASE', label: 'LT-2024-0789 (LT)' },
            ],
            relationships: [
              {
                type: 'MENTIONS',
                from: 'case:EE-PPA:EE-2024-0117',
                to: 'vehicle:LT:KRT512',
                reportedBy: 'case:EE-PPA:EE-2024-0117',
              },
              {
                type: 'MENTIONS',
                from: 'case:LT-PD:LT-2024-0789',
                to: 'vehicle:LT:KRT512',
                reportedBy: 'case:LT-PD:LT-2024-0789',
              },
            ],
          },
        ],
      },
    ]);
  });

  it('follows a money chain: Swedish victims pay a Latvian account that forwards to a Russian one', async () => {
    expect(await links('case:SE-NOA:SE-2024-1201')).toEqual([
      'case:LV-VP:LV-2024-0033 [2] account:iban:LV80BANK0000435195001',
      'case:RU-SPB:RU-2024-0077 [4] account:iban:LV80BANK0000435195001 > transfer:LV-VP:LV-2024-0033:T1 > account:sberbank:40817810099910004312',
    ]);
  });

  it('links through one person record shared by two agencies (after an exchange)', async () => {
    expect(await links('case:EE-PPA:EE-2023-0550')).toEqual(['case:FI-POL:FI-2024-0456 [2] person:FI-POL:FI-P-2210']);
  });

  it('links phone → person → phone: a controller whose two phones turn up in two other countries', async () => {
    expect(await links('case:NO-KRIPOS:NO-2023-0101')).toEqual([
      'case:DK-NSK:DK-2024-0021 [2] phone:+4520123456',
      'case:LT-PD:LT-2023-0412 [4] phone:+4520123456 > person:DK-NSK:DK-P-0042 > phone:+40721234567',
    ]);
  });

  it('ignores links within one country: the Finnish cases share a flat but have no foreign link', async () => {
    expect(await links('case:FI-POL:FI-2023-0999')).toEqual([]);
  });

  it('with maxHops 2 keeps only direct links; out-of-range values are clamped', async () => {
    const direct = ['case:LV-VP:LV-2024-0033 [2] account:iban:LV80BANK0000435195001'];
    expect(await links('case:SE-NOA:SE-2024-1201', 2)).toEqual(direct);
    expect(await links('case:SE-NOA:SE-2024-1201', -5)).toEqual(direct);
    expect(await links('case:SE-NOA:SE-2024-1201', 3)).toEqual(direct);
    expect(await links('case:SE-NOA:SE-2024-1201', 1_000_000)).toEqual(await links('case:SE-NOA:SE-2024-1201', 4));
  });

  it('is symmetric over the whole demo: every link is found from both ends', async () => {
    const all = new Set<string>();
    for (const c of demoCases() as Array<{ agency: { code: string }; reference: string }>) {
      const id = `case:${c.agency.code}:${c.reference}`;
      for (const line of await links(id)) all.add(`${id} ${line.split(' ')[0]}`);
    }
    for (const pair of all) {
      const [a, b] = pair.split(' ');
      expect(all.has(`${b} ${a}`)).toBe(true);
    }
    expect(all.size).toBe(24); // 12 linked pairs, each seen from both ends
  });

  it('answers NOT_FOUND for an unknown case', async () => {
    const res = await execute(server, db, QUERY, { id: 'case:XX:nope' });
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(res.errors![0].message).toBe('no case with the id given; check caseId');
  });
});
