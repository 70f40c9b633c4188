// The analyst queries the benchmarks ask, each about a real planted network of the generator's ground
// truth (data/gen-<scale>/truth.json): bench/queries.ts times them in-process, bench/replicas.ts over HTTP
// against one and two API processes.
import fs from 'node:fs';

interface Network {
  kind: string;
  cases: string[];
  via: { type: string; key: string };
}

export interface AnalystQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The planted networks of a generated dataset. */
export function readTruth(file: string): { networks: Network[] } {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { networks: Network[] };
}

export function analystQueries(truth: { networks: Network[] }): AnalystQuery[] {
  const byKind = (kind: string) => truth.networks.find((n) => n.kind === kind)!;
  const phone = byKind('recruiter_phone');
  const money = byKind('fan_in_money');
  const van = byKind('transport_van');
  return [
    {
      name: 'crossBorderLinks',
      query:
        'query($id: ID!) { crossBorderLinks(caseId: $id) { case { id country } shortest chains { length nodes { id type label } } } }',
      variables: { id: phone.cases[0] },
    },
    {
      name: 'hotSpots (first 20)',
      query:
        '{ hotSpots(first: 20) { edges { node { entity { id type label cases } countries caseCount } } pageInfo { endCursor } } }',
      variables: {},
    },
    {
      name: 'hotSpots (phones, 2 countries)',
      query:
        '{ hotSpots(first: 20, filter: { types: [PHONE], countries: ["EE", "FI", "SE", "LV"] }) { edges { node { entity { id } caseCount } } } }',
      variables: {},
    },
    {
      name: 'paths case→case (k 3, maxDegree 50)',
      query:
        'query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, k: 3, maxDegree: 50) { length nodes { id type label } edges { id type } } }',
      variables: { a: van.cases[0], b: van.cases[1] },
    },
    {
      name: 'paths entity→case',
      query: 'query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, k: 3) { length nodes { id } } }',
      variables: { a: phone.via.key, b: phone.cases.at(-1) },
    },
    {
      name: 'subgraph depth 2 (200 nodes)',
      query:
        'query($s: ID!) { subgraph(seeds: [$s], depth: 2) { nodes { id type label country cases properties } edges { id type source target } omitted { label } } }',
      variables: { s: phone.cases[0] },
    },
    {
      name: 'moneyFlow backward (fan-in)',
      query:
        'query($id: ID!) { moneyFlow(fromId: $id, direction: BACKWARD) { chains { transfers { id amount time } } parties { party { id } totals { currency net } } } }',
      variables: { id: money.via.key },
    },
    { name: 'search name', query: '{ search(text: "Ivanov") { score node { id label } } }', variables: {} },
    {
      name: 'search identifier',
      query: 'query($t: String!) { search(text: $t) { node { id } } }',
      variables: { t: phone.via.key.replace(/^phone:/, '') },
    },
    {
      name: 'networkMetrics depth 2',
      query:
        'query($s: ID!) { networkMetrics(seeds: [$s], depth: 2, maxNodes: 200) { components communities nodes { node { id } betweenness } } }',
      variables: { s: money.cases[0] },
    },
    {
      name: 'exportSubgraph GraphML',
      query: 'query($s: ID!) { exportSubgraph(seeds: [$s], depth: 2, format: GRAPHML) { nodeCount edgeCount } }',
      variables: { s: phone.cases[0] },
    },
    {
      name: 'cases with nested persons and entities (20)',
      query: '{ cases(first: 20) { id persons { role person { name } } entities { label cases { id } } } }',
      variables: {},
    },
  ];
}
