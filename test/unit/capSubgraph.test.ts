// Trimming a link chart to maxNodes: among nodes of one distance and type, the caller's order decides
// (visible ones first, hits by opaque id), so which hidden node is kept never follows its real id.
import { capSubgraph, type GraphNode } from '../../src/links/graph';

const node = (id: string, type: GraphNode['type']): GraphNode => ({
  id,
  type,
  label: id,
  country: null,
  properties: {},
});
const edge = (source: string, target: string) => ({
  id: `${source}>${target}`,
  type: 'USES',
  source,
  target,
  caseId: null,
  properties: {},
});

// +1000 and +5000 are hidden: their order keys are opaque and sort after every visible one.
const ORDER: Array<[string, string]> = [
  ['person:EE-PPA:P1', '0person:EE-PPA:P1'],
  ['phone:+9000', '0phone:+9000'],
  ['phone:+1000', '1hidden:zz'],
  ['phone:+5000', '1hidden:aa'],
];

describe('capSubgraph', () => {
  const nodes = [
    node('person:EE-PPA:P1', 'PERSON'),
    node('phone:+1000', 'PHONE'),
    node('phone:+9000', 'PHONE'),
    node('phone:+5000', 'PHONE'),
  ];
  const edges = [
    edge('person:EE-PPA:P1', 'phone:+1000'),
    edge('person:EE-PPA:P1', 'phone:+9000'),
    edge('person:EE-PPA:P1', 'phone:+5000'),
  ];

  it('keeps the visible nodes of a distance and type before the hidden ones, whatever their ids', () => {
    const order = new Map(ORDER);
    const cut = capSubgraph(['person:EE-PPA:P1'], nodes, edges, 3, false, order);
    expect(cut.nodes.map((n) => n.id)).toEqual(['person:EE-PPA:P1', 'phone:+9000', 'phone:+5000']);
    expect(cut.omitted).toEqual([{ type: 'PHONE', count: 1, label: 'and 1 more phone' }]);
  });

  it('orders by id without an order (the in-process caller sees all)', () => {
    expect(capSubgraph(['person:EE-PPA:P1'], nodes, edges, 2, false).nodes.map((n) => n.id)).toEqual([
      'person:EE-PPA:P1',
      'phone:+1000',
    ]);
  });

  it('orders the edges by their ends as the nodes stand, then by their cases as ordered, never by their ids', () => {
    // Two hidden cases report the person's phone: their ids sort one way, their order keys the other.
    const order = new Map([...ORDER, ['case:LV-VP:LV-A', '1hidden:k2'], ['case:LV-VP:LV-B', '1hidden:k1']]);
    const reported = (caseId: string) => ({ ...edge('person:EE-PPA:P1', 'phone:+9000'), caseId });
    const cut = capSubgraph(
      ['person:EE-PPA:P1'],
      nodes,
      [...edges, reported('case:LV-VP:LV-A'), reported('case:LV-VP:LV-B')],
      4,
      false,
      order,
    );
    expect(cut.edges.map((e) => `${e.target}@${e.caseId}`)).toEqual([
      'phone:+9000@null',
      'phone:+9000@case:LV-VP:LV-B',
      'phone:+9000@case:LV-VP:LV-A',
      'phone:+5000@null',
      'phone:+1000@null',
    ]);
  });
});
