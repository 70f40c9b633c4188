// One scenario for every node type the registry declares since issue 17: two agencies of two countries
// report one identifier, each written its own way; a third agency holds nothing. Cross-border links, hot
// spots, lookup, search, subgraph, paths and exports must find the shared node with no code written for
// its type, and hit/no-hit must hold: each reporting agency sees the other's case only as a hit, the
// third agency only hits.
import { execute, resetDatabase, testDatabase, testServer } from './helpers';
import type { Database } from '../src/db/database';
import type { Viewer } from '../src/auth/identity';

const viewer = (agency: string, country: string): Viewer => ({
  analyst: `${country.toLowerCase()}.analyst`,
  agency,
  country,
  roles: ['analyst', 'loader'],
  purpose: `${country}-ONLINE`,
});
const EE = viewer('EE-PPA', 'EE');
const FI = viewer('FI-POL', 'FI');
const LT = viewer('LT-PD', 'LT');
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { outcomes { status problems { field message } } } }`;
const caseOf = (code: string, country: string, reference: string, list: string, item: object, extra = {}) => ({
  reference,
  agency: { code, country },
  typologies: ['SEXUAL_EXPLOITATION'],
  status: 'OPEN',
  openedOn: '2025-05-01',
  persons: [{ id: 'P1', name: code === 'EE-PPA' ? 'Maris Tamm' : 'Jukka Virtanen', role: 'SUSPECT' }],
  [list]: [{ ...item, holders: ['P1'] }],
  ...extra,
});

export interface SharedIdentifier {
  /** The NodeType and the exchange-format list of the type under test. */
  type: string;
  list: string;
  /** The id both reports must give the node. */
  id: string;
  /** The item as Estonia and as Finland write it (without holders), and more lists of each case. */
  estonia: object;
  finland: object;
  estoniaExtra?: object;
  finlandExtra?: object;
  /** A lookup in a third written form. */
  lookup: { kind: string; value: string };
}

/** Declares the suite; returns how to ask more of the same graph, as the in-process caller. */
export function describeSharedIdentifier(s: SharedIdentifier) {
  let db: Database;
  const server = testServer();
  const q = (v: Viewer | undefined, query: string, variables: Record<string, unknown> = {}) =>
    execute(server, db, query, variables, v) as Promise<any>;
  const EE_CASE = `case:EE-PPA:EE-${s.type}`;
  const FI_CASE = `case:FI-POL:FI-${s.type}`;

  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
    for (const [v, c] of [
      [EE, caseOf('EE-PPA', 'EE', `EE-${s.type}`, s.list, s.estonia, s.estoniaExtra)],
      [FI, caseOf('FI-POL', 'FI', `FI-${s.type}`, s.list, s.finland, s.finlandExtra)],
    ] as const) {
      const res = await q(v, IMPORT, { cases: [c] });
      expect(res.errors).toBeUndefined();
      expect(res.data.importCases.outcomes[0]).toEqual({ status: 'CREATED', problems: [] });
    }
  });
  afterAll(() => db.close());

  describe(`${s.type}, written differently by two countries`, () => {
    it('is one node, and links the two cases across the border (a hit for each reporting agency)', async () => {
      for (const [v, from, other] of [
        [EE, EE_CASE, 'FI-POL'],
        [FI, FI_CASE, 'EE-PPA'],
      ] as const) {
        const res = await q(
          v,
          `query($id: ID!) { crossBorderLinks(caseId: $id) { shortest case { id hit { agency } } chains { nodes { id type access } } } }`,
          { id: from },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.crossBorderLinks).toHaveLength(1);
        const [link] = res.data.crossBorderLinks;
        expect(link).toMatchObject({
          shortest: 2,
          case: { id: expect.stringMatching(/^hit:/), hit: { agency: other } },
        });
        // The shared node is the caller's own report: shown in full, with its id. Chains of one length come
        // in an order keyed for the caller (hidden node ids never order them), so it is one of them, not the first:
        // a WhatsApp account written as a phone number links the cases through the phone too.
        const middles = link.chains.map((c: { nodes: unknown[] }) => c.nodes[1]);
        expect(middles).toContainEqual({ id: s.id, type: s.type, access: 'FULL' });
      }
    });

    it('is found by lookup in a third spelling: in full by a reporting agency, as a hit by a third', async () => {
      const LOOKUP = `query($kind: IdentifierKind!, $value: String!) { lookup(kind: $kind, value: $value) { id type access hit { agency entityType } cases { id } } }`;
      const own = await q(EE, LOOKUP, s.lookup);
      expect(own.errors).toBeUndefined();
      expect(own.data.lookup).toMatchObject({ id: s.id, type: s.type, access: 'FULL', hit: null });
      expect(own.data.lookup.cases.map((c: { id: string | null }) => c.id)).toContain(EE_CASE);
      const third = await q(LT, LOOKUP, s.lookup);
      expect(third.errors).toBeUndefined();
      expect(third.data.lookup).toMatchObject({ type: s.type, access: 'HIT', hit: { entityType: s.type } });
      expect(third.data.lookup.id).not.toBe(s.id);
      expect(['EE-PPA', 'FI-POL']).toContain(third.data.lookup.hit.agency);
    });

    it('is found by search as an exact identifier, and a third agency sees only a hit', async () => {
      const SEARCH = `query($text: String!) { search(text: $text) { matchedOn node { id type access } } }`;
      const own = await q(FI, SEARCH, { text: s.lookup.value });
      expect(own.errors).toBeUndefined();
      expect(own.data.search).toContainEqual({
        matchedOn: s.lookup.kind,
        node: { id: s.id, type: s.type, access: 'FULL' },
      });
      const third = await q(LT, SEARCH, { text: s.lookup.value });
      const hits = third.data.search.filter((h: { node: { type: string } }) => h.node.type === s.type);
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ matchedOn: s.lookup.kind, node: { access: 'HIT' } });
      expect(hits[0].node.id).not.toBe(s.id);
    });

    it('is in the subgraph, on the path between the cases, in the export and among the hot spots', async () => {
      const sub = await q(EE, `query($id: ID!) { subgraph(seeds: [$id], depth: 2) { nodes { id type access } } }`, {
        id: EE_CASE,
      });
      expect(sub.errors).toBeUndefined();
      expect(sub.data.subgraph.nodes).toContainEqual({ id: s.id, type: s.type, access: 'FULL' });
      expect(sub.data.subgraph.nodes).toContainEqual(expect.objectContaining({ type: 'CASE', access: 'HIT' }));

      const paths = await q(
        undefined,
        `query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b) { length nodes { id } } }`,
        {
          a: EE_CASE,
          b: FI_CASE,
        },
      );
      expect(paths.errors).toBeUndefined();
      expect(paths.data.paths[0]).toEqual({ length: 2, nodes: [{ id: EE_CASE }, { id: s.id }, { id: FI_CASE }] });

      const exported = await q(
        EE,
        `query($id: ID!) { exportSubgraph(seeds: [$id], depth: 1, format: CYTOSCAPE_JSON) { content } }`,
        { id: EE_CASE },
      );
      expect(exported.errors).toBeUndefined();
      expect(exported.data.exportSubgraph.content).toContain(s.id);

      const spots = await q(
        undefined,
        `query($t: [NodeType!]) { hotSpots(filter: { types: $t }) { edges { node { entity { id } countries } } } }`,
        {
          t: [s.type],
        },
      );
      expect(spots.errors).toBeUndefined();
      expect(spots.data.hotSpots.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
        entity: { id: s.id },
        countries: ['EE', 'FI'],
      });
    });
  });
  return (query: string, variables: Record<string, unknown> = {}) => q(undefined, query, variables);
}
