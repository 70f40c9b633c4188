// The link chart: cytoscape.js with the fcose force layout. Node shape says the type, fill the country
// (or the community, once metrics are asked), size the betweenness; a hit is grey with a dashed border.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ChartNodeData, Omitted } from './api';

cytoscape.use(fcose);

export const SHAPES: Record<string, cytoscape.Css.NodeShape> = {
  CASE: 'round-rectangle',
  PERSON: 'ellipse',
  PHONE: 'diamond',
  ADDRESS: 'triangle',
  VEHICLE: 'barrel',
  ACCOUNT: 'hexagon',
  IDENTITY_DOCUMENT: 'tag',
  ORGANISATION: 'octagon',
  MONEY_TRANSFER: 'star',
  IDENTITY: 'pentagon',
  AGENCY: 'vee',
  STUB: 'round-rectangle',
};
export const TYPE_NAMES: Record<string, string> = {
  CASE: 'Case',
  PERSON: 'Person',
  PHONE: 'Phone',
  ADDRESS: 'Address',
  VEHICLE: 'Vehicle',
  ACCOUNT: 'Account',
  IDENTITY_DOCUMENT: 'Identity document',
  ORGANISATION: 'Organisation',
  MONEY_TRANSFER: 'Money transfer',
  IDENTITY: 'Identity',
  AGENCY: 'Agency',
  STUB: 'More (expand)',
};
/** One colour per country of the exchange (colour-blind-safe hues, dark enough for white labels not to matter: labels sit below). */
export const COUNTRY_COLOURS: Record<string, string> = {
  EE: '#0072b2',
  FI: '#56b4e9',
  SE: '#e69f00',
  NO: '#d55e00',
  DK: '#cc79a7',
  IS: '#999933',
  LV: '#009e73',
  LT: '#f0e442',
  RU: '#882255',
};
const COMMUNITY_COLOURS = [
  '#4477aa',
  '#ee6677',
  '#228833',
  '#ccbb44',
  '#66ccee',
  '#aa3377',
  '#bbbbbb',
  '#ee8866',
  '#44bb99',
  '#99ddff',
];
export const communityColour = (c: number) => COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length];

/** Above this many nodes a chart is drawn for speed: plain edges, no arrows. */
const BULK = 500;

export function createChart(container: HTMLElement): Core {
  return cytoscape({
    container,
    minZoom: 0.05,
    maxZoom: 4,
    // Pan and zoom move a cached picture of the chart, redrawn when the gesture ends: smooth with thousands of nodes.
    textureOnViewport: true,
    style: [
      {
        selector: 'node',
        style: {
          shape: 'ellipse',
          'background-color': '#8a94a6',
          label: 'data(label)',
          'font-size': 10,
          color: '#1b1f24',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '180px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': '1px',
          // Labels too small to read are not drawn (a whole large chart in view).
          'min-zoomed-font-size': 7,
          width: 'data(size)',
          height: 'data(size)',
          'border-width': 1,
          'border-color': '#30363d',
        },
      },
      // Plain selectors, not functions: cytoscape matches them once per element instead of calling code per draw.
      ...Object.entries(SHAPES).map(([type, shape]) => ({ selector: `node[type = "${type}"]`, style: { shape } })),
      ...Object.entries(COUNTRY_COLOURS).map(([country, colour]) => ({
        selector: `node[country = "${country}"]`,
        style: { 'background-color': colour },
      })),
      { selector: 'node[type = "CASE"]', style: { width: (n: NodeSingular) => n.data('size') * 1.4 } },
      {
        selector: 'node[access = "HIT"]',
        style: {
          'background-color': '#d0d7de',
          'border-style': 'dashed',
          'border-width': 3,
          'border-color': '#24292f',
          label: (n: NodeSingular) => `${n.data('label')} · ${n.data('hit')?.handlingCode ?? ''}`,
        },
      },
      {
        selector: 'node[type = "STUB"]',
        style: { 'background-color': '#ffffff', 'border-style': 'dotted', 'border-width': 2, width: 24, height: 16 },
      },
      {
        selector: '.by-community',
        style: {
          'background-color': (n: NodeSingular) =>
            n.data('community') === undefined ? '#8a94a6' : communityColour(n.data('community')),
        },
      },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#cf222e' } },
      { selector: '.path-end', style: { 'border-width': 4, 'border-color': '#8250df' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#8c959f',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#8c959f',
          'curve-style': 'bezier',
          'arrow-scale': 0.7,
        },
      },
      // A large chart draws its edges as plain lines (the cheapest kind); parallel edges then overlap.
      {
        selector: 'edge.bulk',
        style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
      },
      { selector: 'edge[type = "POSSIBLY_SAME"]', style: { 'line-style': 'dashed', 'line-color': '#bf8700' } },
      {
        selector: 'edge[type = "SENT"], edge[type = "TO"]',
        style: { 'line-color': '#1a7f37', 'target-arrow-color': '#1a7f37', width: 2.5 },
      },
      {
        selector: '.highlight',
        style: {
          'line-color': '#cf222e',
          'target-arrow-color': '#cf222e',
          'border-color': '#cf222e',
          'border-width': 4,
          width: 4,
          'z-index': 10,
        },
      },
      { selector: '.faded', style: { opacity: 0.2 } },
      { selector: '.out-of-window', style: { display: 'none' } },
    ],
  });
}

/** Adds a subgraph (the API's cytoscape elements) to the chart, plus a stub node per omitted group hung on the seed. */
export function addElements(
  cy: Core,
  elements: { nodes: ElementDefinition[]; edges: ElementDefinition[] },
  seed: string | null,
  omitted: Omitted[],
) {
  let added = cy.collection();
  cy.batch(() => {
    // One add for everything new: adding element by element costs a style pass each.
    const fresh = [
      ...elements.nodes
        .filter((n) => cy.getElementById(n.data.id!).empty())
        .map((n) => ({ group: 'nodes' as const, data: { ...(n.data as ChartNodeData), size: 26 } })),
      ...elements.edges
        .filter((e) => cy.getElementById(e.data.id!).empty())
        .map((e) => ({ group: 'edges' as const, data: e.data })),
    ];
    added = cy.add(fresh);
    cy.edges().toggleClass('bulk', cy.nodes().length > BULK);
    if (seed) {
      cy.getElementById(seed)
        .connectedEdges(`[source ^= "stub:"], [target ^= "stub:"]`)
        .connectedNodes('[type = "STUB"]')
        .remove();
      for (const o of omitted) {
        const id = `stub:${seed}:${o.type}`;
        if (!cy.getElementById(id).empty()) continue;
        added = added.union(
          cy.add([
            {
              group: 'nodes',
              data: { id, type: 'STUB', label: o.label, stubOf: seed, stubType: o.type, size: 20, access: 'FULL' },
            },
            { group: 'edges', data: { id: `${id}:edge`, source: seed, target: id, type: 'STUB' } },
          ]),
        );
      }
    }
  });
  return added;
}

export function layout(cy: Core, animate = false) {
  const n = cy.nodes().length;
  if (n === 0) return Promise.resolve();
  const run = cy.layout({
    name: 'fcose',
    animate,
    randomize: true,
    // fcose's force step is far too slow for thousands of nodes (2,000 nodes, numIter 50: 101 s of CPU in Node),
    // so a large chart gets the spectral draft alone.
    quality: n > BULK ? 'draft' : 'default',
    // The draft spaces nodes by graph distance times this separation, and a large subgraph is only a few hops
    // across: at fcose's 75 px, 2,000 nodes fell on ~700 px, nearly all overlapping, fitted at zoom 1 with every
    // label drawn. Grown with the square root of the count, area per node stays about that of 100 nodes; the
    // fitted zoom (~0.2) skips labels too small to read; bench/explorer.ts's draw went from 2.0 s to 1.2 s of CPU.
    ...(n > BULK && { nodeSeparation: 75 * Math.sqrt(n / 100) }),
    nodeRepulsion: 6000,
    idealEdgeLength: 70,
    padding: 30,
  } as cytoscape.LayoutOptions);
  const done = run.promiseOn('layoutstop');
  run.run();
  return done;
}

/** The chart's dates: when a case opened, when a transfer was made (as day numbers since 1970). */
export function dateOf(data: Record<string, unknown>): number | null {
  const value = data.type === 'CASE' ? data.openedOn : data.type === 'MONEY_TRANSFER' ? data.time : null;
  if (typeof value !== 'string') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}
