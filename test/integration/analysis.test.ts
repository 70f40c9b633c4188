// The analyst's queries on the demo data, with exact expected answers; paths are also checked against an
// independent shortest-path computation (graphology) over the same graph read straight from Neo4j.
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { parse as parseGraphML } from 'graphology-graphml';
import { demoCases, execute, freshDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';

let db: Database;
const server = testServer();
const q = (query: string, variables: Record<string, unknown> = {}) => execute(server, db, query, variables);

beforeAll(async () => (db = await freshDatabase(demoCases())));
afterAll(() => db.close());

/** The whole graph as the API traverses it (no agencies), undirected, from a plain Cypher read. */
async function independentGraph(maxDegree = Infinity, keep: string[] = []): Promise<Graph> {
  const session = db.driver.session();
  try {
    const rows = await session.run(
      `MATCH (a)-[r]->(b) WHERE NOT a:Agency AND NOT b:Agency AND NOT b:NameKey AND NOT r:NOT_SAME AND NOT r:CONFIRMED_SAME RETURN a.id AS a, b.id AS b`,
    );
    const g = new Graph({ type: 'undirected', multi: true });
    for (const r of rows.records) {
      g.mergeNode(r.get('a'));
      g.mergeNode(r.get('b'));
      g.addEdge(r.get('a'), r.get('b'));
    }
    // Hub avoidance, computed independently: drop nodes over the degree (counting agencies' REPORTED_BY too,
    // not the matcher's name keys and matches, whose number would count a hidden record's matches).
    const degrees = await session.run(
      `MATCH (n) WHERE NOT n:Agency AND NOT n:NameKey
       RETURN n.id AS id, COUNT { (n)-[r]-() WHERE NOT type(r) IN $matcher } AS d`,
      { matcher: ['POSSIBLY_SAME', 'NOT_SAME', 'CONFIRMED_SAME', 'SAME_AS', 'HAS_NAME_KEY'] },
    );
    for (const r of degrees.records) {
      if (r.get('d').toNumber() > maxDegree && !keep.includes(r.get('id'))) g.dropNode(r.get('id'));
    }
    return g;
  } finally {
    await session.close();
  }
}

const ALL_HOT_SPOTS = [
  'account:iban:LV80BANK0000435195001',
  'account:sberbank:40817810099910004312',
  'advert:id:avito.ru:3456789012',
  'email:natasharabota@gmail.com',
  'online:telegram:nordic_jobs_recruit',
  'online:whatsapp:+79215551234',
  'person:FI-POL:FI-P-2210',
  'phone:+37253334444',
  'phone:+40721234567',
  'phone:+4520123456',
  'phone:+79211234567',
  'phone:+79215551234',
  'vehicle:LT:KRT512',
  'wallet:ethereum:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
];

describe('hotSpots', () => {
  const HOT = `query($f: HotSpotFilter, $first: Int, $after: String) { hotSpots(filter: $f, first: $first, after: $after) {
    edges { cursor node { entity { id type } countries caseCount cases { id } } } pageInfo { hasNextPage endCursor } } }`;

  it('the counts the import keeps give the same ranking as reading every mention', async () => {
    const everyCountry = ['DK', 'EE', 'FI', 'IS', 'LT', 'LV', 'NO', 'RU', 'SE'];
    const kept = (await q(HOT, { first: 50 })).data!.hotSpots.edges.map((e: any) => [
      e.node.entity.id,
      e.node.countries,
      e.node.caseCount,
    ]);
    const scanned = (await q(HOT, { first: 50, f: { countries: everyCountry } })).data!.hotSpots.edges.map((e: any) => [
      e.node.entity.id,
      e.node.countries,
      e.node.caseCount,
    ]);
    expect(kept.length).toBeGreaterThan(3);
    expect(kept).toEqual(scanned);
  });

  it('lists every entity reported in two countries, paged by cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const res: any = await q(HOT, { first: 3, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.hotSpots.edges.map((e: any) => e.node.entity.id));
      pages.push(res.data.hotSpots.pageInfo.hasNextPage);
      after = res.data.hotSpots.pageInfo.hasNextPage ? res.data.hotSpots.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ALL_HOT_SPOTS);
    expect(pages).toEqual([true, true, true, true, false]); // 14 hot spots in pages of 3
  });

  it('gives countries, case count and the cases of each hot spot', async () => {
    const res: any = await q(HOT, { f: { types: ['VEHICLE'] } });
    expect(res.data.hotSpots.edges.map((e: any) => e.node)).toEqual([
      {
        entity: { id: 'vehicle:LT:KRT512', type: 'VEHICLE' },
        countries: ['EE', 'LT'],
        caseCount: 2,
        cases: [{ id: 'case:EE-PPA:EE-2024-0117' }, { id: 'case:LT-PD:LT-2024-0789' }],
      },
    ]);
  });

  it('filters by entity type, country, typology and time window', async () => {
    const ids = async (f: object) =>
      ((await q(HOT, { f })).data as any).hotSpots.edges.map((e: any) => e.node.entity.id);
    expect(await ids({ types: ['PHONE'] })).toEqual([
      'phone:+37253334444',
      'phone:+40721234567',
      'phone:+4520123456',
      'phone:+79211234567',
      'phone:+79215551234',
    ]);
    expect(await ids({ countries: ['EE', 'FI'] })).toEqual(['person:FI-POL:FI-P-2210', 'phone:+37253334444']);
    // The Russian and Norwegian cases are the only SEXUAL_EXPLOITATION ones, and the only ones opened since June 2024.
    const russianNorwegian = ALL_HOT_SPOTS.filter((id) => /^(advert|email|online|wallet):|^phone:\+7921/.test(id));
    expect(russianNorwegian).toHaveLength(7);
    expect(await ids({ typologies: ['SEXUAL_EXPLOITATION'] })).toEqual(russianNorwegian);
    expect(await ids({ openedFrom: '2024-06-01' })).toEqual(russianNorwegian);
    expect(await ids({ minCountries: 3 })).toEqual([]);
  });

  it('refuses a forged cursor and clamps a huge page size', async () => {
    const bad = await q(HOT, { after: 'not-a-cursor' });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const huge: any = await q(HOT, { first: 99999999 });
    expect(huge.data.hotSpots.edges).toHaveLength(ALL_HOT_SPOTS.length);
  });

  it('costs one round trip per nesting level for a page with nested cases', async () => {
    const before = db.statementsRun;
    await q(`{ hotSpots(first: 8) { edges { node { entity { id cases } cases { id agency { code } } } } } }`);
    // hotSpots, mentionsByNode (entity.cases and HotSpot.cases share it), casesById, and the audit
    // entry (two statements sent together: the head's lock; then the entry, sealed, with its notifications).
    expect(db.statementsRun - before).toBe(5);
  });
});

describe('paths', () => {
  const PATHS = `query($a: ID!, $b: ID!, $k: Int, $len: Int, $deg: Int) { paths(fromId: $a, toId: $b, k: $k, maxLength: $len, maxDegree: $deg) {
    length nodes { id type } edges { id type source target caseId } } }`;

  it('case to case: the shortest connection first, with nodes and stable edge ids', async () => {
    const res: any = await q(PATHS, { a: 'case:EE-PPA:EE-2024-0117', b: 'case:FI-POL:FI-2024-0456', k: 1 });
    expect(res.data.paths).toEqual([
      {
        length: 2,
        nodes: [
          { id: 'case:EE-PPA:EE-2024-0117', type: 'CASE' },
          { id: 'phone:+37253334444', type: 'PHONE' },
          { id: 'case:FI-POL:FI-2024-0456', type: 'CASE' },
        ],
        edges: [
          {
            id: 'MENTIONS:case:EE-PPA:EE-2024-0117>phone:+37253334444@case:EE-PPA:EE-2024-0117',
            type: 'MENTIONS',
            source: 'case:EE-PPA:EE-2024-0117',
            target: 'phone:+37253334444',
            caseId: 'case:EE-PPA:EE-2024-0117',
          },
          {
            id: 'MENTIONS:case:FI-POL:FI-2024-0456>phone:+37253334444@case:FI-POL:FI-2024-0456',
            type: 'MENTIONS',
            source: 'case:FI-POL:FI-2024-0456',
            target: 'phone:+37253334444',
            caseId: 'case:FI-POL:FI-2024-0456',
          },
        ],
      },
    ]);
  });

  it.each([
    ['case:SE-NOA:SE-2024-1201', 'case:NO-KRIPOS:NO-2024-0310'],
    ['person:EE-PPA:EE-P-1001', 'person:LT-PD:LT-P-3301'],
    ['account:iban:SE9880000832790000012345', 'phone:+79211234567'],
    ['case:EE-PPA:EE-2023-0550', 'case:LT-PD:LT-2024-0789'],
  ])('%s to %s agrees with an independent shortest-path computation, and every path is a real walk', async (a, b) => {
    const graph = await independentGraph();
    const expected = bidirectional(graph, a, b)!;
    const res: any = await q(PATHS, { a, b, k: 5, len: 8 });
    const paths = res.data.paths as Array<{ length: number; nodes: Array<{ id: string }> }>;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].length).toBe(expected.length - 1);
    const keys = new Set<string>();
    for (const [i, p] of paths.entries()) {
      if (i > 0) expect(p.length).toBeGreaterThanOrEqual(paths[i - 1].length);
      expect(p.nodes[0].id).toBe(a);
      expect(p.nodes.at(-1)!.id).toBe(b);
      for (let j = 1; j < p.nodes.length; j++) expect(graph.areNeighbors(p.nodes[j - 1].id, p.nodes[j].id)).toBe(true);
      keys.add(JSON.stringify(res.data.paths[i].edges.map((e: any) => e.id)));
    }
    expect(keys.size).toBe(paths.length);
  });

  it.each([
    ['case:SE-NOA:SE-2024-1201', 'case:NO-KRIPOS:NO-2024-0310'],
    ['case:NO-KRIPOS:NO-2023-0101', 'case:LT-PD:LT-2023-0412'],
    ['person:EE-PPA:EE-P-1001', 'case:EE-PPA:EE-2023-0550'],
  ])(
    'avoids hubs from %s to %s: at every maxDegree, the same answer as the independent graph without those nodes',
    async (a, b) => {
      const lengths: Array<[number, number | null]> = [];
      for (const maxDegree of [2, 3, 4, 5, 6, 7, 8, 10]) {
        const graph = await independentGraph(maxDegree, [a, b]);
        const expected = graph.hasNode(a) && graph.hasNode(b) ? bidirectional(graph, a, b) : null;
        const res: any = await q(PATHS, { a, b, k: 3, len: 8, deg: maxDegree });
        expect(res.errors).toBeUndefined();
        const ours = res.data.paths[0]?.length ?? null;
        expect(ours).toBe(expected && expected.length - 1 <= 8 ? expected.length - 1 : null);
        for (const p of res.data.paths) for (const n of p.nodes.slice(1, -1)) expect(graph.hasNode(n.id)).toBe(true);
        lengths.push([maxDegree, ours]);
      }
      // The limit matters: some degree cuts a path that a higher one allows.
      expect(new Set(lengths.map(([, l]) => l)).size).toBeGreaterThan(1);
    },
  );

  it('clamps hostile k and length; an unknown end is NOT_FOUND, unlinked ends give no path', async () => {
    const res: any = await q(PATHS, {
      a: 'case:EE-PPA:EE-2024-0117',
      b: 'case:FI-POL:FI-2024-0456',
      k: 1_000_000,
      len: 1_000_000,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.paths.length).toBeLessThanOrEqual(10);
    expect(res.data.paths.every((p: any) => p.length <= 8)).toBe(true);
    const none: any = await q(PATHS, { a: 'case:none', b: 'case:FI-POL:FI-2024-0456' });
    expect(none.errors[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'fromId' });
    const short: any = await q(PATHS, { a: 'case:SE-NOA:SE-2024-1201', b: 'case:NO-KRIPOS:NO-2024-0310', len: 3 });
    expect(short.data.paths).toEqual([]);
  });
});

describe('subgraph', () => {
  const SUB = `query($s: [ID!]!, $d: Int, $t: [NodeType!], $r: [RelationshipType!], $from: DateTime, $to: DateTime, $max: Int) {
    subgraph(seeds: $s, depth: $d, nodeTypes: $t, relationshipTypes: $r, from: $from, to: $to, maxNodes: $max) {
      nodes { id type label country cases properties } edges { id type source target caseId } truncated omitted { type count label } } }`;

  it('returns the neighbourhood in a frontend-ready shape', async () => {
    const res: any = await q(SUB, { s: ['case:EE-PPA:EE-2024-0117'] });
    const sub = res.data.subgraph;
    expect(sub.nodes.map((n: any) => n.id).sort()).toEqual([
      'address:tostuse tanav|5|tallinn|EE#12',
      'case:EE-PPA:EE-2024-0117',
      'document:UA:FE123456',
      'document:UA:FE654321',
      'person:EE-PPA:EE-P-1001',
      'person:EE-PPA:EE-P-1002',
      'person:EE-PPA:EE-P-1003',
      'phone:+37253334444',
      'vehicle:LT:KRT512',
    ]);
    expect(sub.edges).toHaveLength(14); // 3 INVOLVES, 5 MENTIONS, and 6 person links among these nodes
    expect(sub.nodes.find((n: any) => n.id === 'phone:+37253334444')).toEqual({
      id: 'phone:+37253334444',
      type: 'PHONE',
      label: '+37253334444',
      country: 'EE',
      cases: ['case:EE-PPA:EE-2024-0117', 'case:FI-POL:FI-2024-0456'],
      properties: { id: 'phone:+37253334444', e164: '+37253334444', country: 'EE' },
    });
    expect(sub.truncated).toBe(false);
    expect(sub.omitted).toEqual([]);
  });

  it('caps the nodes, nearest first, and says what it left out', async () => {
    const res: any = await q(SUB, { s: ['case:EE-PPA:EE-2024-0117'], max: 5 });
    const sub = res.data.subgraph;
    expect(sub.nodes.map((n: any) => n.id)).toEqual([
      'case:EE-PPA:EE-2024-0117',
      'address:tostuse tanav|5|tallinn|EE#12',
      'document:UA:FE123456',
      'document:UA:FE654321',
      'person:EE-PPA:EE-P-1001',
    ]);
    expect(sub.truncated).toBe(true);
    expect(sub.omitted).toEqual([
      { type: 'PERSON', count: 2, label: 'and 2 more persons' },
      { type: 'PHONE', count: 1, label: 'and 1 more phone' },
      { type: 'VEHICLE', count: 1, label: 'and 1 more vehicle' },
    ]);
    expect(
      sub.edges.every(
        (e: any) => sub.nodes.some((n: any) => n.id === e.source) && sub.nodes.some((n: any) => n.id === e.target),
      ),
    ).toBe(true);
  });

  it('filters node types, relationship types and the time window', async () => {
    const typed: any = await q(SUB, { s: ['case:EE-PPA:EE-2024-0117'], d: 2, t: ['PHONE', 'VEHICLE'] });
    expect(typed.data.subgraph.nodes.map((n: any) => n.id).sort()).toEqual([
      'case:EE-PPA:EE-2024-0117',
      'phone:+37253334444',
      'vehicle:LT:KRT512',
    ]);
    const rels: any = await q(SUB, { s: ['person:EE-PPA:EE-P-1001'], r: ['USES', 'USES_VEHICLE'] });
    expect(rels.data.subgraph.edges.map((e: any) => e.type).sort()).toEqual(['USES', 'USES_VEHICLE']);
    const windowed: any = await q(SUB, {
      s: ['case:SE-NOA:SE-2024-1201'],
      d: 2,
      from: '2024-01-06T00:00:00Z',
      to: '2024-01-31T00:00:00Z',
    });
    expect(windowed.data.subgraph.nodes.filter((n: any) => n.type === 'MONEY_TRANSFER').map((n: any) => n.id)).toEqual([
      'transfer:SE-NOA:SE-2024-1201:T2',
    ]);
  });

  it('clamps a hostile depth and refuses too many seeds', async () => {
    const deep: any = await q(SUB, { s: ['case:EE-PPA:EE-2024-0117'], d: 1_000_000, max: 1_000_000 });
    expect(deep.errors).toBeUndefined();
    expect(deep.data.subgraph.nodes.length).toBeLessThanOrEqual(500);
    const many: any = await q(SUB, { s: Array.from({ length: 51 }, (_, i) => `case:${i}`) });
    expect(many.errors![0]).toMatchObject({
      message: 'seeds: at most 50 seeds',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('moneyFlow', () => {
  const FLOW = `query($id: ID!, $dir: FlowDirection, $from: DateTime, $to: DateTime, $hops: Int) { moneyFlow(fromId: $id, direction: $dir, from: $from, to: $to, maxHops: $hops) {
    chains { transfers { id amount currency time from to caseId } } parties { party { id } totals { currency in out net } } } }`;
  const ids = (res: any) =>
    res.data.moneyFlow.chains.map((c: any) => c.transfers.map((t: any) => t.id.replace(/^transfer:/, '')));

  it('follows transfers forward in time order, with totals in, out and net per party', async () => {
    const res: any = await q(FLOW, { id: 'account:iban:SE4550000000058398257466' });
    expect(ids(res)).toEqual([
      ['SE-NOA:SE-2024-1201:T1', 'LV-VP:LV-2024-0033:T1'],
      ['SE-NOA:SE-2024-1201:T3', 'LV-VP:LV-2024-0033:T1'],
    ]);
    expect(res.data.moneyFlow.chains[0].transfers[1]).toEqual({
      id: 'transfer:LV-VP:LV-2024-0033:T1',
      amount: 1200,
      currency: 'EUR',
      time: '2024-02-10T08:00:00.000Z',
      from: 'account:iban:LV80BANK0000435195001',
      to: 'account:sberbank:40817810099910004312',
      caseId: 'case:LV-VP:LV-2024-0033',
    });
    expect(res.data.moneyFlow.parties).toEqual([
      {
        party: { id: 'account:iban:LV80BANK0000435195001' },
        totals: [
          { currency: 'EUR', in: 0, out: 1200, net: -1200 },
          { currency: 'SEK', in: 950, out: 0, net: 950 },
        ],
      },
      {
        party: { id: 'account:iban:SE4550000000058398257466' },
        totals: [{ currency: 'SEK', in: 0, out: 950, net: -950 }],
      },
      {
        party: { id: 'account:sberbank:40817810099910004312' },
        totals: [{ currency: 'EUR', in: 1200, out: 0, net: 1200 }],
      },
    ]);
  });

  it('follows transfers backward: who paid into the Russian account, and who paid them before', async () => {
    const res: any = await q(FLOW, { id: 'account:sberbank:40817810099910004312', dir: 'BACKWARD' });
    expect(ids(res)).toEqual([
      ['SE-NOA:SE-2024-1201:T1', 'LV-VP:LV-2024-0033:T1'],
      ['SE-NOA:SE-2024-1201:T2', 'LV-VP:LV-2024-0033:T1'],
      ['SE-NOA:SE-2024-1201:T3', 'LV-VP:LV-2024-0033:T1'],
    ]);
    const sek = res.data.moneyFlow.parties.find((p: any) => p.party.id === 'account:iban:LV80BANK0000435195001').totals;
    expect(sek).toEqual([
      { currency: 'EUR', in: 0, out: 1200, net: -1200 },
      { currency: 'SEK', in: 1400, out: 0, net: 1400 },
    ]);
  });

  it('keeps to the time window and the hop limit', async () => {
    expect(ids(await q(FLOW, { id: 'account:iban:SE4550000000058398257466', to: '2024-02-01T00:00:00Z' }))).toEqual([
      ['SE-NOA:SE-2024-1201:T1'],
    ]);
    expect(ids(await q(FLOW, { id: 'account:iban:SE4550000000058398257466', hops: 1 }))).toEqual([
      ['SE-NOA:SE-2024-1201:T1'],
      ['SE-NOA:SE-2024-1201:T3'],
    ]);
    const none: any = await q(FLOW, { id: 'phone:+37253334444' });
    expect(none.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('search', () => {
  const SEARCH = `query($t: String!, $c: CountryCode) { search(text: $t, country: $c) { score matchedOn node { id type } } }`;
  const found = async (t: string, c?: string) =>
    ((await q(SEARCH, { t, c })).data as any).search.map((h: any) => `${h.matchedOn} ${h.node.id}`);

  it('finds names without diacritics and across transliterations', async () => {
    expect(await found('Janis Berzins')).toEqual(['NAME person:LV-VP:LV-P-0410']);
    expect(await found('Kazlauskiene')).toEqual(['NAME person:LT-PD:LT-P-2290']);
    expect(await found('Sergei Ivanov')).toEqual(['NAME person:RU-SPB:RU-P-7001']);
    expect(await found('Iwanow')).toEqual(['NAME person:RU-SPB:RU-P-7001']);
    expect(await found('Иванов')).toEqual(['NAME person:RU-SPB:RU-P-7001']);
  });

  it('finds organisations and addresses', async () => {
    expect(await found('marjapalvelu')).toEqual(['ORGANISATION organisation:reg:FI:28451233']);
    // Its registration number in the VAT number's form, and as Finland writes it.
    expect(await found('FI28451233')).toEqual(['REGISTRATION_NUMBER organisation:reg:FI:28451233']);
    expect(await found('Y-tunnus 2845123-3', 'FI')).toEqual(['REGISTRATION_NUMBER organisation:reg:FI:28451233']);
    expect(await found('Toostuse Tallinn')).toEqual(['ADDRESS address:tostuse tanav|5|tallinn|EE#12']);
  });

  it('finds identifiers in any written format', async () => {
    expect(await found('lv80 bank 0000 4351 9500 1')).toEqual(['IBAN account:iban:LV80BANK0000435195001']);
    expect(await found('8 (921) 123-45-67', 'RU')).toEqual(['PHONE phone:+79211234567']);
    expect(await found('krt-512', 'LT')).toEqual(['PLATE vehicle:LT:KRT512']);
    expect(await found('FE-123456', 'UA')).toEqual(['DOCUMENT document:UA:FE123456']);
  });

  it('filters by type before the page limit', async () => {
    const res: any = await q(
      `{ search(text: "Toostuse Tallinn", types: [PERSON], first: 1) { node { id } } a: search(text: "Toostuse", types: [ADDRESS], first: 1) { node { id } } }`,
    );
    expect(res.data.search).toEqual([]);
    expect(res.data.a).toEqual([{ node: { id: 'address:tostuse tanav|5|tallinn|EE#12' } }]);
  });

  it('treats query syntax as plain text', async () => {
    for (const t of ['"*" OR name:*', "' OR 1=1 //", 'Tamm) OR (x', 'a~10^3']) {
      const res = await q(SEARCH, { t });
      expect(res.errors).toBeUndefined();
    }
    expect(await found('Tamm) OR (x')).toEqual([]);
  });
});

describe('networkMetrics', () => {
  it('computes degree, betweenness, components and communities with GDS', async () => {
    const res: any = await q(
      `{ networkMetrics(seeds: ["case:LV-VP:LV-2024-0033"], depth: 1) { components communities nodes { node { id } degree betweenness component } } }`,
    );
    expect(res.errors).toBeUndefined();
    const m = res.data.networkMetrics;
    expect(m.components).toBe(1);
    const byId = Object.fromEntries(m.nodes.map((n: any) => [n.node.id, n]));
    // case–Bērziņš, case–LV account, case–RU account, case–transfer, Bērziņš–LV account, LV account–transfer, transfer–RU account
    expect(Object.fromEntries(m.nodes.map((n: any) => [n.node.id, n.degree]))).toEqual({
      'case:LV-VP:LV-2024-0033': 4,
      'person:LV-VP:LV-P-0410': 2,
      'account:iban:LV80BANK0000435195001': 3,
      'account:sberbank:40817810099910004312': 2,
      'transfer:LV-VP:LV-2024-0033:T1': 3,
    });
    // By hand: the case lies on B–R (1), half of B–T and half of L–R: 2; the LV account and the
    // transfer each on half of one pair: 0.5. GDS may count both directions, so compare ratios.
    const c = byId['case:LV-VP:LV-2024-0033'].betweenness;
    expect(c).toBeGreaterThan(0);
    expect(byId['account:iban:LV80BANK0000435195001'].betweenness / c).toBeCloseTo(0.25);
    expect(byId['transfer:LV-VP:LV-2024-0033:T1'].betweenness / c).toBeCloseTo(0.25);
    expect(byId['person:LV-VP:LV-P-0410'].betweenness).toBe(0);
    expect(m.nodes[0].node.id).toBe('case:LV-VP:LV-2024-0033');
  });

  it('finds separate groups as separate components', async () => {
    const res: any = await q(
      `{ networkMetrics(seeds: ["case:DK-NSK:DK-2024-0021", "case:EE-PPA:EE-2024-0117"], depth: 1) { components communities } }`,
    );
    expect(res.data.networkMetrics.components).toBe(2);
    expect(res.data.networkMetrics.communities).toBeGreaterThanOrEqual(2);
  });
});

describe('exports', () => {
  const EXPORT = `query($f: ExportFormat!) { exportSubgraph(seeds: ["case:EE-PPA:EE-2024-0117"], depth: 2, format: $f) { format mediaType content nodeCount edgeCount } }`;

  it('GraphML parses back with the same node and edge ids', async () => {
    const sub: any = await q(
      `{ subgraph(seeds: ["case:EE-PPA:EE-2024-0117"], depth: 2) { nodes { id } edges { id } } }`,
    );
    const res: any = await q(EXPORT, { f: 'GRAPHML' });
    expect(res.data.exportSubgraph.mediaType).toBe('application/graphml+xml');
    const graph = parseGraphML(Graph, res.data.exportSubgraph.content);
    expect(graph.order).toBe(sub.data.subgraph.nodes.length);
    expect(graph.size).toBe(sub.data.subgraph.edges.length);
    expect(graph.nodes().sort()).toEqual(sub.data.subgraph.nodes.map((n: any) => n.id).sort());
    expect(graph.edges().sort()).toEqual(sub.data.subgraph.edges.map((e: any) => e.id).sort());
    expect(graph.getNodeAttribute('phone:+37253334444', 'type')).toBe('PHONE');
  });

  it('Cytoscape.js JSON parses back with the same ids', async () => {
    const res: any = await q(EXPORT, { f: 'CYTOSCAPE_JSON' });
    const { elements } = JSON.parse(res.data.exportSubgraph.content);
    expect(elements.nodes).toHaveLength(res.data.exportSubgraph.nodeCount);
    expect(elements.edges).toHaveLength(res.data.exportSubgraph.edgeCount);
    const ids = new Set(elements.nodes.map((n: any) => n.data.id));
    expect(elements.edges.every((e: any) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
    expect(elements.nodes.find((n: any) => n.data.id === 'vehicle:LT:KRT512').data).toMatchObject({
      type: 'VEHICLE',
      label: 'KRT512 (LT)',
      plate: 'KRT512',
    });
  });
});
