// What a frontend gets from the API: subgraph's cytoscape.js and graphology forms load into those very
// libraries with no reshaping, and they and the export files carry access, hits, cases and the omitted
// groups, built from the redacted nodes only (the demo data, seen by one agency).
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { demoCases, execute, freshDatabase, testServer, viewer } from '../helpers';
import { hiddenValues, shownValues } from '../demoSecrets';
import type { Database } from '../../src/db/database';

let db: Database;
const server = testServer();
const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst'], 'EE-2024-0117');
const q = (query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables, EE) as Promise<any>;
const HIDDEN = hiddenValues('EE-PPA');
const leaks = (value: unknown) => shownValues(JSON.stringify(value), HIDDEN);
const SEED = 'case:EE-PPA:EE-2024-0117';

beforeAll(async () => (db = await freshDatabase(demoCases())));
afterAll(() => db.close());

const SUBGRAPH = `query($max: Int) { subgraph(seeds: ["${SEED}"], depth: 2, maxNodes: $max) {
  nodes { id type label access cases hit { agency country caseHandle handlingCode } } edges { id source target } omitted { type count label } cytoscape graphology } }`;

const SUBGRAPH3 = SUBGRAPH.replace('depth: 2', 'depth: 3');

describe('subgraph in the forms chart libraries load', () => {
  it('cytoscape.js takes the elements as they are: same ids, ends, hits and cases as the GraphQL fields', async () => {
    const { data, errors } = await q(SUBGRAPH);
    expect(errors).toBeUndefined();
    const sub = data.subgraph;
    const cy = cytoscape({ headless: true, elements: sub.cytoscape });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(sub.nodes.map((n: any) => n.id).sort());
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(sub.edges.map((e: any) => e.id).sort());
    const hits = sub.nodes.filter((n: any) => n.access === 'HIT');
    expect(hits.length).toBeGreaterThan(0);
    for (const n of sub.nodes) {
      expect(cy.getElementById(n.id).data()).toMatchObject({
        type: n.type,
        label: n.label,
        access: n.access,
        hit: n.hit ? expect.objectContaining(n.hit) : null,
        cases: n.cases,
      });
    }
    expect(cy.nodes('[access = "HIT"]').length).toBe(hits.length);
    expect(leaks(sub.cytoscape)).toEqual([]);
  });

  it('graphology imports the serialised graph as it is, with the omitted groups as graph attributes', async () => {
    const { data } = await q(SUBGRAPH, { max: 5 });
    const sub = data.subgraph;
    const graph = Graph.from(sub.graphology);
    expect(graph.order).toBe(5);
    expect(graph.nodes().sort()).toEqual(sub.nodes.map((n: any) => n.id).sort());
    expect(graph.edges().sort()).toEqual(sub.edges.map((e: any) => e.id).sort());
    expect(graph.getAttribute('truncated')).toBe(true);
    expect(graph.getAttribute('omitted')).toEqual(sub.omitted);
    expect(sub.omitted.length).toBeGreaterThan(0);
    const fresh = new Graph({ multi: true });
    fresh.import(sub.graphology);
    expect(fresh.size).toBe(sub.edges.length);
    expect(leaks(sub.graphology)).toEqual([]);
  });
});

describe('exports carry access, hits, cases and the omitted groups', () => {
  // Depth 3 cut to the nearest 12: the hits at two steps are in, and more is left out.
  const EXPORT = `query($f: ExportFormat!, $max: Int) { exportSubgraph(seeds: ["${SEED}"], depth: 3, maxNodes: $max, format: $f) { content nodeCount } }`;

  it('Cytoscape JSON loads through cy.json() with each hit styled and asked about from the file', async () => {
    const [{ data }, sub] = await Promise.all([q(EXPORT, { f: 'CYTOSCAPE_JSON', max: 12 }), q(SUBGRAPH3, { max: 12 })]);
    const file = JSON.parse(data.exportSubgraph.content);
    const cy = cytoscape({ headless: true });
    cy.json(file);
    expect(cy.nodes().length).toBe(12);
    expect(cy.data('omitted')).toEqual(sub.data.subgraph.omitted);
    expect(sub.data.subgraph.omitted.length).toBeGreaterThan(0);
    const hit = cy.nodes('[access = "HIT"]')[0];
    expect(hit.data('hit')).toMatchObject({
      agency: expect.any(String),
      country: expect.any(String),
      caseHandle: expect.stringMatching(/^hit:/),
      handlingCode: expect.stringMatching(/^H[0-3]$/),
    });
    expect(hit.data('cases')).toEqual([hit.data('hit').caseHandle]);
    expect(cy.getElementById(SEED).data('cases')).toEqual([SEED]);
    expect(leaks(file)).toEqual([]);
  });

  it('GraphML declares list attributes as lists (JSON arrays, [] when empty) and flattens the hit', async () => {
    const { data } = await q(EXPORT, { f: 'GRAPHML', max: 12 });
    const xml = data.exportSubgraph.content as string;
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const keys = Array.from(doc.getElementsByTagName('key')).map((k) => ({
      id: k.getAttribute('id')!,
      for: k.getAttribute('for'),
      name: k.getAttribute('attr.name'),
      type: k.getAttribute('attr.type'),
      list: k.getAttribute('attr.list'),
    }));
    const key = (scope: string, name: string) => keys.find((k) => k.for === scope && k.name === name);
    expect(key('node', 'cases')).toMatchObject({ type: 'string', list: 'string' });
    expect(key('node', 'aliases')).toMatchObject({ type: 'string', list: 'string' });
    expect(key('node', 'access')).toMatchObject({ type: 'string', list: null });
    for (const name of ['hitAgency', 'hitCountry', 'hitCaseHandle', 'hitHandlingCode'])
      expect(key('node', name)).toBeDefined();
    expect(key('graph', 'omittedLabel')).toMatchObject({ list: 'string' });
    // Every list value is a JSON array, and none is an empty string.
    const listKeys = new Set(keys.filter((k) => k.list).map((k) => k.id));
    const values = Array.from(doc.getElementsByTagName('data'))
      .filter((d) => listKeys.has(d.getAttribute('key')!))
      .map((d) => d.textContent ?? '');
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(Array.isArray(JSON.parse(v))).toBe(true);
    expect(values).toContain('[]');
    // GraphML 1.0 readers still open it, and see each node's access and hit.
    const graph = parseGraphML(Graph, xml);
    expect(graph.order).toBe(12);
    const hit = graph.findNode((_, a) => a.access === 'HIT')!;
    expect(graph.getNodeAttribute(hit, 'hitCaseHandle')).toMatch(/^hit:/);
    expect(JSON.parse(graph.getNodeAttribute(hit, 'cases'))).toEqual([graph.getNodeAttribute(hit, 'hitCaseHandle')]);
    const graphData = Array.from(doc.getElementsByTagName('graph')[0].childNodes).find(
      (d: any) => d.tagName === 'data' && d.getAttribute('key') === key('graph', 'omittedLabel')!.id,
    );
    expect(JSON.parse(graphData!.textContent!)[0]).toMatch(/^and \d+ more /);
    expect(leaks(xml)).toEqual([]);
  });
});
