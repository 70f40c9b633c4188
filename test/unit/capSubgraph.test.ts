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
    // +1000 and +5000 are hidden: their order keys are opaque and sort after every visible one.
    const order = new Map([
      ['person:EE-PPA:P1', '0person:EE-PPA:P1'],
      ['phone:+9000', '0phone:+9000'],
      ['phone:+1000', '1hidden:zz'],
      ['phone:+5000', '1hidden:aa'],
    ]);
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
});
