// Search, case view and the link chart with its tools. The chart holds only what the API returned: the
// redacted cytoscape elements of `subgraph`, so a hit shows its owner and handling code and nothing else.
import type { Client } from '@urql/core';
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NODE_FIELDS, run, type ChartNodeData, type Omitted } from './api';
import {
  addElements,
  communityColour,
  COUNTRY_COLOURS,
  createChart,
  dateOf,
  layout,
  SHAPES,
  TYPE_NAMES,
} from './chart';

const SEARCH = `query Search($text: String!) { search(text: $text, first: 25) { score matchedOn node { ${NODE_FIELDS} } } }`;
const CASE = `query CaseView($id: ID!) {
  case(id: $id) { id label access reference title country agency { name } handlingCode handlingText sourceReliability informationReliability typologies status openedOn
    hit { agency country caseHandle handlingCode }
    persons { role function nameAsWritten person { id label } } entities { id type label } }
  crossBorderLinks(caseId: $id) { shortest case { id label country access hit { agency country caseHandle handlingCode } } chains { length nodes { id type label access } } } }`;
const SUBGRAPH = `query Expand($seeds: [ID!]!, $depth: Int, $types: [NodeType!], $max: Int) {
  subgraph(seeds: $seeds, depth: $depth, nodeTypes: $types, maxNodes: $max) { truncated omitted { type count label } cytoscape } }`;
const PATHS = `query Paths($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, k: 3, maxLength: 6, maxDegree: 50) { length nodes { id label } edges { id } } }`;
const FLOW = `query Flow($id: ID!) { moneyFlow(fromId: $id, direction: FORWARD, maxHops: 4) { chains { transfers { id amount currency time from to } } parties { party { id label } totals { currency in out net } } } }`;
const METRICS = `query Metrics($seeds: [ID!]!) { networkMetrics(seeds: $seeds, depth: 1, maxNodes: 500) { components communities nodes { node { id label } degree betweenness community } } }`;
const EXPORT = `query Export($seeds: [ID!]!, $format: ExportFormat!) { exportSubgraph(seeds: $seeds, depth: 1, maxNodes: 500, format: $format) { content mediaType } }`;
const REQUEST = `mutation Request($handle: ID!, $why: NonEmptyString!) { requestAccess(caseHandle: $handle, justification: $why) { id status } }`;

type Panel =
  | { kind: 'none' }
  | { kind: 'case'; data: any }
  | { kind: 'node'; data: ChartNodeData }
  | { kind: 'flow'; data: any; from: string }
  | { kind: 'paths'; data: any[] }
  | { kind: 'metrics'; data: any };

const download = (name: string, type: string, content: BlobPart) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([content], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
};
const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

export function Explorer({ client, startCase }: { client: Client; startCase: string | null }) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const seeds = useRef<string[]>([]);
  const [text, setText] = useState('');
  const [results, setResults] = useState<any[] | null>(null);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [status, setStatus] = useState('');
  const [pathEnds, setPathEnds] = useState<string[]>([]);
  const [range, setRange] = useState<{ min: number; max: number; from: number; to: number } | null>(null);
  const [colourBy, setColourBy] = useState<'country' | 'community'>('country');
  const [count, setCount] = useState({ nodes: 0, edges: 0 });
  // Read by the chart's handlers, which are bound once: a ref, not state.
  const maxNodes = useRef(100);

  const busy = async <T,>(what: string, work: () => Promise<T>): Promise<T | undefined> => {
    setStatus(`${what}…`);
    try {
      const result = await work();
      setStatus('');
      return result;
    } catch (error) {
      setStatus(`${what}: ${(error as Error).message}`);
      return undefined;
    }
  };

  const refreshTimeBar = () => {
    const cy = cyRef.current!;
    const days = cy
      .nodes()
      .map((n) => dateOf(n.data()))
      .filter((d): d is number => d !== null);
    setCount({ nodes: cy.nodes().length, edges: cy.edges().length });
    if (!days.length) return setRange(null);
    const min = Math.min(...days);
    const max = Math.max(...days);
    setRange((r) => ({
      min,
      max,
      from: r ? Math.max(min, Math.min(r.from, max)) : min,
      to: r ? Math.min(max, Math.max(r.to, min)) : max,
    }));
  };

  const expand = (seed: string, opts: { depth?: number; types?: string[]; max?: number } = {}) =>
    busy('Expanding', async () => {
      const data = await run(client, SUBGRAPH, {
        seeds: [seed],
        depth: opts.depth ?? 1,
        types: opts.types ?? null,
        max: opts.max ?? maxNodes.current,
      });
      const cy = cyRef.current!;
      if (!seeds.current.includes(seed) && !seed.startsWith('hit:')) seeds.current.push(seed);
      const added = addElements(cy, data.subgraph.cytoscape, seed, data.subgraph.omitted as Omitted[]);
      if (added.nonempty()) await layout(cy);
      refreshTimeBar();
    });

  useEffect(() => {
    const cy = createChart(container.current!);
    cyRef.current = cy;
    cy.on('tap', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (n.data('type') === 'STUB') {
        const seed = n.data('stubOf');
        n.remove();
        void expand(seed, { types: [n.data('stubType')], max: 500 });
      } else setPanel({ kind: 'node', data: n.data() });
    });
    cy.on('dbltap', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (n.data('access') === 'FULL' && n.data('type') !== 'STUB') void expand(n.id());
    });
    // For the browser tests and the benchmark (bench/explorer.ts), which drive the chart as the page does.
    Object.assign(window, { linkgraphChart: cy, linkgraphChartTools: { addElements, layout } });
    if (startCase) void openCase(startCase).then(() => expand(startCase, { depth: 2, max: 200 }));
    return () => cy.destroy();
  }, []);

  // The time bar hides cases and transfers outside the window (and what hangs only on them).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const d = dateOf(n.data());
        n.toggleClass('out-of-window', Boolean(range && d !== null && (d < range.from || d > range.to)));
      });
    });
  }, [range?.from, range?.to]);

  useEffect(() => {
    cyRef.current?.nodes().toggleClass('by-community', colourBy === 'community');
  }, [colourBy]);

  const search = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    void busy('Searching', async () => setResults((await run(client, SEARCH, { text })).search));
  };

  async function openCase(id: string) {
    const data = await busy('Opening the case', () => run(client, CASE, { id }));
    if (data) setPanel({ kind: 'case', data });
  }

  const putCaseOnChart = async (c: any) => {
    await expand(c.case.id, { depth: 2 });
    // Each cross-border chain's visible nodes are expanded too, so its links show.
    for (const link of c.crossBorderLinks)
      for (const chain of link.chains)
        for (const n of chain.nodes) {
          if (n.access === 'FULL' && cyRef.current!.getElementById(n.id).empty()) await expand(n.id, { max: 50 });
        }
  };

  const markPathEnd = (id: string) => {
    const ends = [...pathEnds.filter((e) => e !== id), id].slice(-2);
    cyRef.current!.nodes().removeClass('path-end');
    ends.forEach((e) => cyRef.current!.getElementById(e).addClass('path-end'));
    setPathEnds(ends);
  };

  const findPaths = () =>
    busy('Finding paths', async () => {
      const data = await run(client, PATHS, { a: pathEnds[0], b: pathEnds[1] });
      const cy = cyRef.current!;
      // Nodes of a path not yet on the chart come with their neighbourhood.
      for (const p of data.paths)
        for (const n of p.nodes)
          if (cy.getElementById(n.id).empty() && !n.id.startsWith('hit:')) await expand(n.id, { max: 30 });
      cy.elements().removeClass('highlight');
      for (const p of data.paths)
        for (const id of [...p.nodes.map((n: any) => n.id), ...p.edges.map((e: any) => e.id)])
          cy.getElementById(id).addClass('highlight');
      setPanel({ kind: 'paths', data: data.paths });
    });

  const moneyFlow = (id: string) =>
    busy('Following the money', async () => {
      const data = await run(client, FLOW, { id });
      const cy = cyRef.current!;
      cy.elements().removeClass('highlight');
      for (const chain of data.moneyFlow.chains)
        for (const t of chain.transfers) cy.getElementById(t.id).addClass('highlight');
      setPanel({ kind: 'flow', data: data.moneyFlow, from: id });
    });

  const metrics = () =>
    busy('Computing brokers and communities', async () => {
      const cy = cyRef.current!;
      const chartSeeds = seeds.current.slice(0, 50);
      if (!chartSeeds.length) throw new Error('put something on the chart first');
      const data = await run(client, METRICS, { seeds: chartSeeds });
      const max = Math.max(0.0001, ...data.networkMetrics.nodes.map((m: any) => m.betweenness));
      cy.batch(() => {
        for (const m of data.networkMetrics.nodes) {
          const n = cy.getElementById(m.node.id);
          if (n.nonempty()) n.data({ size: 18 + 50 * Math.sqrt(m.betweenness / max), community: m.community });
        }
      });
      setColourBy('community');
      cy.nodes().addClass('by-community');
      setPanel({ kind: 'metrics', data: data.networkMetrics });
    });

  const exportAs = (format: 'GRAPHML' | 'CYTOSCAPE_JSON' | 'PNG') =>
    busy('Exporting', async () => {
      const cy = cyRef.current!;
      if (format === 'PNG')
        return download(
          'linkgraph-chart.png',
          'image/png',
          cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob,
        );
      if (!seeds.current.length) throw new Error('put something on the chart first');
      // Exports are made by the API (a dissemination: H2 and H3 of other agencies stay hits), from the chart's seeds.
      const data = await run(client, EXPORT, { seeds: seeds.current.slice(0, 50), format });
      download(
        format === 'GRAPHML' ? 'linkgraph-chart.graphml' : 'linkgraph-chart.cyjs',
        data.exportSubgraph.mediaType,
        data.exportSubgraph.content,
      );
    });

  const clear = () => {
    cyRef.current!.elements().remove();
    seeds.current = [];
    setPathEnds([]);
    refreshTimeBar();
  };

  return (
    <div class="explorer">
      <aside class="side" aria-label="Search and details">
        <form role="search" onSubmit={search} class="search">
          <label for="search-text">Search names, phones, plates, IBANs, documents (any script or format)</label>
          <div class="row">
            <input
              id="search-text"
              type="search"
              value={text}
              onInput={(e) => setText((e.target as HTMLInputElement).value)}
              placeholder="e.g. Janis Berzins, +46 70 123 45 67, an IBAN"
            />
            <button type="submit">Search</button>
          </div>
        </form>
        {status && (
          <p class="status" role="status">
            {status}
          </p>
        )}
        {results && (
          <section aria-label="Search results">
            <h2>
              {results.length} result{results.length === 1 ? '' : 's'}
            </h2>
            <ul class="results">
              {results.map((r) => (
                <li key={r.node.id}>
                  <button
                    class="result"
                    onClick={() =>
                      r.node.type === 'CASE' && r.node.access === 'FULL'
                        ? openCase(r.node.id)
                        : expand(r.node.id).then(() => setPanel({ kind: 'node', data: { ...r.node, cases: [] } }))
                    }
                  >
                    <span class="badge">{TYPE_NAMES[r.node.type] ?? r.node.type}</span>
                    {r.node.access === 'HIT' && <span class="badge hit">hit · {r.node.hit?.agency}</span>}
                    <span>{r.node.label}</span>
                    <small>matched on {r.matchedOn.toLowerCase()}</small>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <Details
          panel={panel}
          client={client}
          pathEnds={pathEnds}
          onExpand={(id) => expand(id)}
          onPathEnd={markPathEnd}
          onPaths={findPaths}
          onFlow={moneyFlow}
          onCaseToChart={putCaseOnChart}
          onOpenCase={openCase}
          busy={busy}
        />
      </aside>
      <section class="chart-area" aria-label="Link chart">
        <div class="toolbar" role="toolbar" aria-label="Chart tools">
          <button onClick={() => void layout(cyRef.current!, false)}>Re-layout</button>
          <button disabled={pathEnds.length !== 2} onClick={() => void findPaths()}>
            Paths between marked
          </button>
          <button onClick={() => void metrics()}>Brokers &amp; communities</button>
          <label for="max-nodes">Max nodes per expansion</label>
          <input
            id="max-nodes"
            type="number"
            min={1}
            max={500}
            defaultValue="100"
            style={{ width: '5em' }}
            onInput={(e) => (maxNodes.current = Number((e.target as HTMLInputElement).value) || 100)}
          />
          <label for="colour-by">Colour by</label>
          <select
            id="colour-by"
            value={colourBy}
            onChange={(e) => setColourBy((e.target as HTMLSelectElement).value as 'country' | 'community')}
          >
            <option value="country">country</option>
            <option value="community">community</option>
          </select>
          <span class="spacer" />
          <span>Export:</span>
          <button onClick={() => void exportAs('GRAPHML')}>GraphML</button>
          <button onClick={() => void exportAs('CYTOSCAPE_JSON')}>Cytoscape JSON</button>
          <button onClick={() => void exportAs('PNG')}>PNG</button>
          <button onClick={clear}>Clear</button>
        </div>
        <div
          class="chart"
          ref={container}
          data-testid="chart"
          aria-label={`Link chart with ${count.nodes} nodes and ${count.edges} relationships`}
          role="img"
        />
        <Legend colourBy={colourBy} />
        <div class="timebar" aria-label="Time bar">
          {range ? (
            <>
              <label for="time-from">From {day(range.from)}</label>
              <input
                id="time-from"
                type="range"
                min={range.min}
                max={range.max}
                value={range.from}
                onInput={(e) =>
                  setRange({ ...range, from: Math.min(Number((e.target as HTMLInputElement).value), range.to) })
                }
              />
              <label for="time-to">To {day(range.to)}</label>
              <input
                id="time-to"
                type="range"
                min={range.min}
                max={range.max}
                value={range.to}
                onInput={(e) =>
                  setRange({ ...range, to: Math.max(Number((e.target as HTMLInputElement).value), range.from) })
                }
              />
            </>
          ) : (
            <span>Time bar: put cases or transfers on the chart to filter them by date.</span>
          )}
        </div>
      </section>
    </div>
  );
}

function Legend({ colourBy }: { colourBy: string }) {
  const types = [
    'CASE',
    'PERSON',
    'PHONE',
    'ADDRESS',
    'VEHICLE',
    'ACCOUNT',
    'IDENTITY_DOCUMENT',
    'ORGANISATION',
    'MONEY_TRANSFER',
    'STUB',
  ];
  return (
    <div class="legend" aria-label="Legend">
      <ul>
        {types.map((t) => (
          <li key={t}>
            <svg width="14" height="14" aria-hidden="true">
              <Shape shape={SHAPES[t]} />
            </svg>
            {TYPE_NAMES[t]}
          </li>
        ))}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <rect
              x="1"
              y="1"
              width="12"
              height="12"
              fill="#d0d7de"
              stroke="#24292f"
              stroke-dasharray="3 2"
              stroke-width="2"
            />
          </svg>
          Hit (locked)
        </li>
      </ul>
      {colourBy === 'country' ? (
        <ul>
          {Object.entries(COUNTRY_COLOURS).map(([c, colour]) => (
            <li key={c}>
              <span class="swatch" style={{ background: colour }} />
              {c}
            </li>
          ))}
        </ul>
      ) : (
        <ul>
          <li>
            Colour: community{' '}
            {[0, 1, 2, 3].map((c) => (
              <span key={c} class="swatch" style={{ background: communityColour(c) }} />
            ))}
          </li>
          <li>Size: betweenness</li>
        </ul>
      )}
    </div>
  );
}

function Shape({ shape }: { shape: string }) {
  if (shape === 'ellipse') return <circle cx="7" cy="7" r="6" fill="#57606a" />;
  if (shape === 'diamond') return <polygon points="7,1 13,7 7,13 1,7" fill="#57606a" />;
  if (shape === 'triangle') return <polygon points="7,1 13,13 1,13" fill="#57606a" />;
  if (shape === 'hexagon' || shape === 'octagon' || shape === 'pentagon')
    return <polygon points="4,1 10,1 13,7 10,13 4,13 1,7" fill="#57606a" />;
  if (shape === 'star') return <polygon points="7,1 9,5 13,5 10,8 11,13 7,10 3,13 4,8 1,5 5,5" fill="#57606a" />;
  return <rect x="1" y="3" width="12" height="8" rx="2" fill={shape === 'round-rectangle' ? '#57606a' : '#8c959f'} />;
}

interface DetailsProps {
  panel: Panel;
  client: Client;
  pathEnds: string[];
  busy: <T>(what: string, work: () => Promise<T>) => Promise<T | undefined>;
  onExpand: (id: string) => void;
  onPathEnd: (id: string) => void;
  onPaths: () => void;
  onFlow: (id: string) => void;
  onCaseToChart: (c: any) => void;
  onOpenCase: (id: string) => void;
}

function Details({
  panel,
  client,
  pathEnds,
  busy,
  onExpand,
  onPathEnd,
  onPaths,
  onFlow,
  onCaseToChart,
  onOpenCase,
}: DetailsProps) {
  const [why, setWhy] = useState('');
  const [requested, setRequested] = useState('');
  if (panel.kind === 'case') {
    const c = panel.data.case;
    return (
      <section class="details" aria-label="Case">
        <h2>{c.reference ?? c.label}</h2>
        <p>{c.title}</p>
        <dl>
          <dt>Agency</dt>
          <dd>
            {c.agency?.name} ({c.country})
          </dd>
          <dt>Typologies</dt>
          <dd>{c.typologies.join(', ').toLowerCase().replace(/_/g, ' ')}</dd>
          <dt>Status</dt>
          <dd>
            {c.status?.toLowerCase().replace(/_/g, ' ')}, opened {c.openedOn}
          </dd>
          <dt>Handling</dt>
          <dd>
            {c.handlingCode}
            {c.handlingText ? ` (${c.handlingText})` : ''}
          </dd>
          <dt>Evaluation</dt>
          <dd>
            {c.sourceReliability ?? '–'}
            {c.informationReliability ?? ''}
          </dd>
        </dl>
        <button class="primary" onClick={() => onCaseToChart(panel.data)}>
          Put case and its links on the chart
        </button>
        <h3>Persons</h3>
        <ul>
          {c.persons.map((p: any) => (
            <li key={p.person.id}>
              {p.nameAsWritten} · {p.role.toLowerCase()}
              {p.function ? ` (${p.function.toLowerCase().replace(/_/g, ' ')})` : ''}
            </li>
          ))}
        </ul>
        <h3>Entities</h3>
        <ul>
          {c.entities.map((e: any) => (
            <li key={e.id}>
              {TYPE_NAMES[e.type]}: {e.label}
            </li>
          ))}
        </ul>
        <h3>Cross-border links</h3>
        <ul>
          {panel.data.crossBorderLinks.map((l: any) => (
            <li key={l.case.id}>
              {l.case.access === 'HIT' ? (
                <span class="badge hit">
                  hit · {l.case.hit.agency} ({l.case.hit.country}) · {l.case.hit.handlingCode}
                </span>
              ) : (
                <button class="link" onClick={() => onOpenCase(l.case.id)}>
                  {l.case.label}
                </button>
              )}{' '}
              in {l.shortest} steps
              <ol class="chain">
                {l.chains[0]?.nodes.map((n: any, i: number) => (
                  <li key={i}>{n.label}</li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (panel.kind === 'node') {
    const n = panel.data;
    const request = (e: Event) => {
      e.preventDefault();
      void busy('Requesting access', async () => {
        const r = await run(client, REQUEST, { handle: n.hit!.caseHandle, why });
        setRequested(`Request ${r.requestAccess.id} sent: ${r.requestAccess.status.toLowerCase()}`);
      });
    };
    return (
      <section class="details" aria-label="Selected node">
        <h2>{n.label}</h2>
        <p>
          <span class="badge">{TYPE_NAMES[n.type] ?? n.type}</span>
          {n.country ? ` ${n.country}` : ''}
        </p>
        {n.access === 'HIT' && n.hit ? (
          <div class="locked">
            <p>
              <strong>Locked:</strong> held by {n.hit.agency} ({n.hit.country}), handling code {n.hit.handlingCode}. Ask
              the owner for its details.
            </p>
            <form onSubmit={request}>
              <label for="justification">Justification</label>
              <input
                id="justification"
                required
                value={why}
                onInput={(e) => setWhy((e.target as HTMLInputElement).value)}
                placeholder="same recruiter phone as our case"
              />
              <button type="submit">Request access</button>
            </form>
            {requested && <p role="status">{requested}</p>}
          </div>
        ) : (
          <div class="actions">
            <button onClick={() => onExpand(n.id)}>Expand</button>
            {n.type === 'CASE' && <button onClick={() => onOpenCase(n.id)}>Open case</button>}
            {['PERSON', 'ACCOUNT'].includes(n.type) && <button onClick={() => onFlow(n.id)}>Money flow</button>}
          </div>
        )}
        <div class="actions">
          <button onClick={() => onPathEnd(n.id)}>Mark as path end</button>
          <button disabled={pathEnds.length !== 2} onClick={onPaths}>
            Find paths ({pathEnds.length}/2 marked)
          </button>
        </div>
        {n.access === 'FULL' && (
          <dl>
            {Object.entries(n)
              .filter(
                ([k, v]) =>
                  !['id', 'label', 'type', 'access', 'hit', 'size', 'cases', 'community'].includes(k) &&
                  v !== null &&
                  typeof v !== 'object',
              )
              .map(([k, v]) => (
                <>
                  <dt key={k}>{k}</dt>
                  <dd>{String(v)}</dd>
                </>
              ))}
          </dl>
        )}
      </section>
    );
  }
  if (panel.kind === 'flow') {
    return (
      <section class="details" aria-label="Money flow">
        <h2>Money flow</h2>
        {panel.data.chains.length === 0 && <p>No transfers from here.</p>}
        <ol>
          {panel.data.chains.map((c: any, i: number) => (
            <li key={i}>
              <ol class="chain">
                {c.transfers.map((t: any) => (
                  <li key={t.id}>
                    {t.time ? t.time.slice(0, 16).replace('T', ' ') : 'time hidden'} ·{' '}
                    {t.amount !== null
                      ? `${t.amount.toLocaleString('en', { minimumFractionDigits: 2 })} ${t.currency}`
                      : 'amount hidden'}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
        <h3>Totals</h3>
        <ul>
          {panel.data.parties.map((p: any) => (
            <li key={p.party.id}>
              {p.party.label}: {p.totals.map((t: any) => `in ${t.in} / out ${t.out} ${t.currency}`).join('; ')}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (panel.kind === 'paths') {
    return (
      <section class="details" aria-label="Paths">
        <h2>
          {panel.data.length} path{panel.data.length === 1 ? '' : 's'}
        </h2>
        <ol>
          {panel.data.map((p, i) => (
            <li key={i}>
              {p.length} steps: {p.nodes.map((n: any) => n.label).join(' → ')}
            </li>
          ))}
        </ol>
      </section>
    );
  }
  if (panel.kind === 'metrics') {
    return (
      <section class="details" aria-label="Network metrics">
        <h2>Brokers and communities</h2>
        <p>
          {panel.data.components} component(s), {panel.data.communities} communities. Node size shows betweenness.
        </p>
        <ol>
          {panel.data.nodes.slice(0, 10).map((m: any) => (
            <li key={m.node.id}>
              {m.node.label}: betweenness {m.betweenness}, degree {m.degree}
            </li>
          ))}
        </ol>
      </section>
    );
  }
  return (
    <section class="details">
      <p>Search, or open a case, then double-click a node on the chart to expand it.</p>
    </section>
  );
}
