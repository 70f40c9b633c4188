// The core query, checked against every demo case: the exact set of foreign cases and the chains between them.
import { analystOf, demoCases, execute, freshDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';

let db: Database;
const server = testServer();

beforeAll(async () => (db = await freshDatabase(demoCases())));
afterAll(() => db.close());

const QUERY = `query($id: ID!, $hops: Int, $chains: Int) { crossBorderLinks(caseId: $id, maxHops: $hops, maxChainsPerCase: $chains) {
  case { id country } shortest chains { length nodes { id type label } relationships { type from to reportedBy } } } }`;

/** Each link as "case [shortest] via node > node", one line per chain, for an exact comparison. */
async function links(caseId: string, hops?: number, chains?: number): Promise<string[]> {
  const res = await execute(server, db, QUERY, { id: caseId, hops, chains });
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

/** A link of two steps from EE-2024-0117, as QUERY returns it: both cases mention one node. */
function mentionedByBoth(
  node: { id: string; type: string; label: string },
  [linked, country, label]: [string, string, string],
) {
  const origin = 'case:EE-PPA:EE-2024-0117';
  const mention = (caseId: string) => ({ type: 'MENTIONS', from: caseId, to: node.id, reportedBy: caseId });
  return {
    case: { id: linked, country },
    shortest: 2,
    chains: [
      {
        length: 2,
        nodes: [{ id: origin, type: 'CASE', label: 'EE-2024-0117 (EE)' }, node, { id: linked, type: 'CASE', label }],
        relationships: [mention(origin), mention(linked)],
      },
    ],
  };
}

describe('crossBorderLinks on the demo data', () => {
  it('finds the shared phone (EE-FI) and the shared van (EE-LT), each with its chain', async () => {
    const res = await execute(server, db, QUERY, { id: 'case:EE-PPA:EE-2024-0117' });
    expect(res.data!.crossBorderLinks).toEqual([
      mentionedByBoth({ id: 'phone:+37253334444', type: 'PHONE', label: '+37253334444' }, [
        'case:FI-POL:FI-2024-0456',
        'FI',
        'FI-2024-0456 (FI)',
      ]),
      mentionedByBoth({ id: 'vehicle:LT:KRT512', type: 'VEHICLE', label: 'KRT512 (LT)' }, [
        'case:LT-PD:LT-2024-0789',
        'LT',
        'LT-2024-0789 (LT)',
      ]),
    ]);
  });

  it('follows a money chain: Swedish victims pay a Latvian account that forwards to a Russian one', async () => {
    expect(await links('case:SE-NOA:SE-2024-1201')).toEqual([
      'case:LV-VP:LV-2024-0033 [2] account:iban:LV80BANK0000435195001',
      'case:RU-SPB:RU-2024-0077 [4] account:iban:LV80BANK0000435195001 > transfer:LV-VP:LV-2024-0033:T1 > account:sberbank:40817810099910004312',
    ]);
  });

  it('links the Russian recruiter to the Norwegian case through every online identifier, each written differently', async () => {
    // seed/demo.json: RU-2024-0077 writes Natasha.Rabota+norway@gmail.com, @Nordic_Jobs_Recruit, WhatsApp
    // 8 921 555-12-34, an avito.ru link with utm_source and 0x5aAeb…; NO-2024-0310 writes the googlemail
    // address, t.me and wa.me links, site + advert number and an ethereum: payment link.
    // Seven identifiers link the two cases; more chains than the default five are asked for to see them all.
    expect(await links('case:RU-SPB:RU-2024-0077', undefined, 10)).toEqual([
      'case:LV-VP:LV-2024-0033 [2] account:sberbank:40817810099910004312',
      'case:NO-KRIPOS:NO-2024-0310 [2] advert:id:avito.ru:3456789012',
      'case:NO-KRIPOS:NO-2024-0310 [2] email:natasharabota@gmail.com',
      'case:NO-KRIPOS:NO-2024-0310 [2] online:telegram:nordic_jobs_recruit',
      'case:NO-KRIPOS:NO-2024-0310 [2] online:whatsapp:+79215551234',
      'case:NO-KRIPOS:NO-2024-0310 [2] phone:+79211234567',
      'case:NO-KRIPOS:NO-2024-0310 [2] phone:+79215551234',
      'case:NO-KRIPOS:NO-2024-0310 [2] wallet:ethereum:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
      'case:SE-NOA:SE-2024-1201 [4] account:sberbank:40817810099910004312 > transfer:LV-VP:LV-2024-0033:T1 > account:iban:LV80BANK0000435195001',
    ]);
  });

  it('shows the Norwegian case to the Russian analyst as a hit, through the new types too', async () => {
    const res = await execute(
      server,
      db,
      `{ crossBorderLinks(caseId: "case:RU-SPB:RU-2024-0077", maxChainsPerCase: 10) { case { id access hit { agency country } } chains { nodes { type } } } }`,
      {},
      analystOf('RU-SPB', 'RU', 'ru.analyst.1'),
    );
    expect(res.errors).toBeUndefined();
    const norway = res.data!.crossBorderLinks.find((l: any) => l.case.hit?.agency === 'NO-KRIPOS');
    // A hit names the owner, never the case: its id is a request handle, not the case's id.
    expect(norway.case).toEqual({
      id: expect.stringMatching(/^hit:/),
      access: 'HIT',
      hit: { agency: 'NO-KRIPOS', country: 'NO' },
    });
    expect(norway.chains.map((ch: any) => ch.nodes[1].type).sort()).toEqual([
      'ADVERT',
      'CRYPTO_WALLET',
      'EMAIL_ADDRESS',
      'ONLINE_ACCOUNT',
      'ONLINE_ACCOUNT',
      'PHONE',
      'PHONE',
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
