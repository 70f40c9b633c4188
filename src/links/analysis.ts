// Link analysis over the graph: paths, neighbourhoods, money flow, network metrics and exports. Every
// depth, length and size is clamped to an allow-list here before it reaches Cypher as a parameter.
import crypto from 'node:crypto';
import { create } from 'xmlbuilder2';
import type { Context } from '../context';
import type { Row } from '../db/database';
import type { RowOf } from '../db/statements';
import { badInput, checkListSize, notFound } from '../errors';
import { asNode } from '../loaders';
import { kindOfId } from '../model/ids';
import { nodeType, type NodeType } from '../model/nodes';
import { declOf, FOLLOWED_RELATIONSHIPS } from '../model/registry';
import { caseOfId, type Access } from '../auth/access';
import { MATCH_THRESHOLD } from '../matching/score';
import {
  capSubgraph,
  disclosedEdges,
  disclosedPath,
  toGraphEdge,
  toGraphNode,
  type GraphEdge,
  type GraphNode,
  type Known,
  type RawEdge,
  type Subgraph,
} from './graph';
import type { ChartGraph, ChartNode } from './graph';

export const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.trunc(value)));

export const LIMITS = {
  pathLength: { min: 1, max: 8 },
  pathCount: { min: 1, max: 10 },
  degree: { min: 1, max: 1_000_000 },
  depth: { min: 1, max: 3 },
  nodes: { min: 1, max: 500 },
  seeds: 50,
  flowHops: { min: 1, max: 6 },
  flowChains: { min: 1, max: 500 },
} as const;

/** Work the subgraph expander may do before the API trims it to maxNodes. */
export const SUBGRAPH_CAP = 5000;

export const labelOf = (type: NodeType) => declOf(type).label;

/**
 * Whether a chain of relationship types holds only through a weaker link: an undecided person match, or
 * two different flats of one building (flat IN_BUILDING building IN_BUILDING flat). One IN_BUILDING step
 * alone is a report of the building meeting a report of a flat in it: they agree, so it is no weaker.
 */
export function isWeakChain(types: string[]): boolean {
  return types.some((t, i) => t === 'POSSIBLY_SAME' || (t === 'IN_BUILDING' && types[i + 1] === 'IN_BUILDING'));
}

export async function findPaths(
  { db, access }: Request,
  args: { fromId: string; toId: string; k?: number | null; maxLength?: number | null; maxDegree?: number | null },
) {
  const rows = await db.read('links/paths', {
    agency: access.viewer.agency,
    fromId: args.fromId,
    toId: args.toId,
    maxLength: clamp(args.maxLength ?? 6, LIMITS.pathLength.min, LIMITS.pathLength.max),
    maxDegree: clamp(args.maxDegree ?? LIMITS.degree.max, LIMITS.degree.min, LIMITS.degree.max),
    relationships: FOLLOWED_RELATIONSHIPS,
    salt: pathOrderSalt(access),
    matchThreshold: MATCH_THRESHOLD,
  });
  for (const r of rows) learnReports(access, r);
  const known = await knownOf(
    access,
    [args.fromId, args.toId],
    rows.flatMap((r) => r.nodes.map((n) => n.id)),
  );
  return rows
    .filter((r) => disclosedPath(r.edges as RawEdge[], known))
    .slice(0, clamp(args.k ?? 3, LIMITS.pathCount.min, LIMITS.pathCount.max))
    .map((r) => ({
      length: r.length,
      nodes: r.nodes.map(toGraphNode),
      edges: (r.edges as RawEdge[]).map(toGraphEdge),
      weak: isWeakChain((r.edges as RawEdge[]).map((e) => e.type)),
    }));
}

/**
 * What the caller knows of these nodes: the ids it named, and the nodes it sees in full (one batch of
 * verdicts; for an export, as the export's redaction decides). Agencies and identities answer in full to
 * everyone, but to know one is no hold on what lies behind it (an agency reports all its cases, an identity
 * joins other agencies' records): neither counts here, named or not (disclosedEdges knows an identity
 * through a member the caller knows).
 */
export async function knownOf(access: Access, named: string[], ids: string[], forExport = false): Promise<Known> {
  await access.prefetch(ids);
  const seen = await Promise.all(ids.map((id) => access.sees(id, forExport)));
  const holds = (id: string) => !['agency', 'identity'].includes(kindOfId(id));
  const full = ids.filter((_, i) => seen[i]).filter(holds);
  return Object.assign(new Set([...named.filter(holds), ...full]), { full: new Set(full) });
}

/**
 * Paths and chains of one length are ordered by their nodes' ids hashed with this key (secret, for the
 * caller's agency), as hot spots order ties: an order by id would place hidden ids among the caller's own.
 * The in-process caller sees all: null, by id.
 */
export const pathOrderSalt = (access: Access): string | null => (access.isSystem ? null : access.opaque('path order'));

/** What a domain function reads of the request: the database, and what the caller may see. */
type Request = Pick<Context, 'db' | 'access'>;

/**
 * The verdicts' reports a graph statement brought with its nodes (in their order): Access then looks up
 * only what they do not cover.
 */
function learnReports(access: Access, row: { nodes: Array<{ id: string }>; reports: Array<Row[] | null> }): void {
  access.learn(row.nodes.map((n, i) => ({ id: n.id, reports: row.reports[i] })));
}

export interface SubgraphArgs {
  seeds: string[];
  depth?: number | null;
  relationshipTypes?: string[] | null;
  nodeTypes?: NodeType[] | null;
  from?: Date | null;
  to?: Date | null;
  maxNodes?: number | null;
}

/** The subgraph around the seeds; `forExport` decides what the caller knows as the export's redaction does. */
export async function neighbourhood({ db, access }: Request, args: SubgraphArgs, forExport = false): Promise<Subgraph> {
  if (args.seeds.length === 0) throw badInput('seeds', 'give at least one seed id');
  if (args.seeds.length > LIMITS.seeds) throw badInput('seeds', `at most ${LIMITS.seeds} seeds`);
  // A seed that names another agency's case or person the caller does not see is left out, as an absent id is.
  const named = await Promise.all(args.seeds.map((id) => access.named(id)));
  const seeds = args.seeds.filter((_, i) => named[i]);
  checkListSize('nodeTypes', args.nodeTypes, 'types');
  checkListSize('relationshipTypes', args.relationshipTypes, 'types');
  const maxNodes = clamp(args.maxNodes ?? 200, LIMITS.nodes.min, LIMITS.nodes.max);
  // REPORTED_BY leads to the agencies, which link every case of a country: only on request.
  const relationships = args.relationshipTypes?.length ? args.relationshipTypes : FOLLOWED_RELATIONSHIPS;
  const labelFilter = args.nodeTypes?.length ? args.nodeTypes.map((t) => `+${labelOf(t)}`).join('|') : '-Agency';
  const depth = clamp(args.depth ?? 1, LIMITS.depth.min, LIMITS.depth.max);
  const rows = await db.read('links/subgraph', {
    agency: access.viewer.agency,
    seeds,
    depth,
    relationshipFilter: relationships.join('|'),
    labelFilter,
    cap: SUBGRAPH_CAP,
  });
  const row = rows[0] ?? { found: [], nodes: [], edges: [], reports: [] };
  learnReports(access, row);
  // The seeds an operation starts from must exist (errors.ts, notFound), asked in the same statement.
  // A seed left out above counts as absent too.
  if (args.seeds.some((id) => !row.found.includes(id))) throw notFound('seeds');
  let nodes = row.nodes.map((n) => ({ stored: n, node: toGraphNode(n) }));
  // The time window: transfers outside it, and cases not open during it, are left out. Only those the
  // caller may see are tested: leaving out a hidden one would tell its date.
  if (args.from || args.to) {
    const from = args.from?.getTime() ?? -Infinity;
    const to = args.to?.getTime() ?? Infinity;
    const hidden = new Set<string>();
    // Asked all at once, so the checks share one round trip.
    await Promise.all(
      nodes.map(async ({ node }) => {
        const caseId = caseOfId(node.id);
        if (caseId && !(await access.caseVisible(caseId))) hidden.add(node.id);
      }),
    );
    nodes = nodes.filter(({ stored, node }) => {
      if (seeds.includes(node.id) || hidden.has(node.id)) return true;
      if (node.type === 'MONEY_TRANSFER') return inWindow(Date.parse(String(stored.time)), from, to);
      if (node.type === 'CASE') {
        const opened = Date.parse(String(stored.openedOn));
        const closed = stored.closedOn ? Date.parse(String(stored.closedOn)) : Infinity;
        return opened <= to && closed >= from;
      }
      return true;
    });
  }
  // What the caller knows: the nodes it sees in full, and the seeds it named. Their verdicts and those of
  // the edges' cases are asked in one batch, which the answer's checks reuse.
  const rawEdges = row.edges as RawEdge[];
  const nodeIds = nodes.map((n) => n.node.id);
  await access.prefetch([
    ...nodeIds,
    ...rawEdges.flatMap((e) => (typeof e.props.caseId === 'string' ? [e.props.caseId] : [])),
  ]);
  const known = await knownOf(access, seeds, nodeIds, forExport);
  const listed = new Set(nodeIds);
  // Only what disclosed edges reach within the depth: nothing behind a hit.
  const disclosed = disclosedEdges(
    rawEdges.filter((e) => listed.has(e.from) && listed.has(e.to)),
    known,
  );
  const reached = reachedWithin(seeds, disclosed, depth);
  const graphNodes = nodes.filter((n) => reached.has(n.node.id)).map((n) => n.node);
  const edges = disclosed.filter((e) => reached.has(e.from) && reached.has(e.to)).map(toGraphEdge);
  // Trimming keeps, among nodes of one distance and type, visible nodes by id, then hidden ones by their
  // opaque id, so which hidden nodes are kept, and where, says nothing of their ids.
  const order = new Map(graphNodes.map((n) => [n.id, known.has(n.id) ? `0${n.id}` : `1${access.opaque(n.id)}`]));
  // The edges' cases too (a case beyond the depth reports an edge between two nodes shown): edges of one
  // type between the same two nodes then follow their cases' keys, not their references.
  const edgeCases = [...new Set(edges.flatMap((e) => (e.caseId !== null && !order.has(e.caseId) ? [e.caseId] : [])))];
  const seen = await Promise.all(edgeCases.map((id) => access.sees(id, forExport)));
  edgeCases.forEach((id, i) => order.set(id, seen[i] ? `0${id}` : `1${access.opaque(id)}`));
  return capSubgraph(seeds, graphNodes, edges, maxNodes, (row.nodes as unknown[]).length >= SUBGRAPH_CAP, order);
}

/** The nodes that edges reach from the seeds in at most `depth` steps, either way along each edge. */
function reachedWithin(seeds: string[], edges: RawEdge[], depth: number): Set<string> {
  const neighbours = new Map<string, string[]>();
  const add = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
  for (const e of edges) {
    add(e.from, e.to);
    add(e.to, e.from);
  }
  const reached = new Set(seeds);
  let frontier = seeds;
  for (let step = 0; step < depth && frontier.length; step += 1) {
    frontier = frontier.flatMap((id) => (neighbours.get(id) ?? []).filter((n) => !reached.has(n) && reached.add(n)));
  }
  return reached;
}

const inWindow = (t: number, from: number, to: number) => t >= from && t <= to;

/**
 * The part of a money chain (in time order) that stays within what hits disclose, read from the start
 * party outwards: each transfer must be one the caller sees, or one whose party on the start's side it
 * knows (a hit on that party). The chain ends before the first that is neither, and a hidden transfer's
 * party on the far side is left out (null) unless the caller knows it: it lies behind the hit.
 */
function disclosedFlow(chain: FlowTransfer[], known: ReadonlySet<string>, direction: 'FORWARD' | 'BACKWARD') {
  const forward = direction === 'FORWARD';
  const outward = forward ? chain : [...chain].reverse();
  const cut = outward.findIndex((t) => !known.has(t.id) && !known.has(forward ? t.from : t.to));
  const kept: Array<Omit<FlowTransfer, 'from' | 'to'> & { from: string | null; to: string | null }> = (
    cut < 0 ? outward : outward.slice(0, cut)
  ).map((t) => {
    if (known.has(t.id)) return t;
    const far = forward ? t.to : t.from;
    return known.has(far) ? t : { ...t, [forward ? 'to' : 'from']: null };
  });
  return forward ? kept : kept.reverse();
}

const sameChain = (a: Array<{ id: string }>, b: Array<{ id: string }>) =>
  a.length === b.length && a.every((t, i) => t.id === b[i].id);

type FlowTransfer = RowOf<'links/moneyFlowForward'>['transfers'][number];

/**
 * The chains of transfers from (FORWARD) or to (BACKWARD) a person or account, and each party's totals.
 * Totals add up only the transfers of cases the caller sees (a sum would leak the rest); the verdicts on
 * every case, party and transfer shown are fetched at once. The time order inside a chain, and a time
 * window, test only the transfers the caller sees (its scope): a hidden transfer's time never keeps a chain
 * out or lets one in, and chains are ordered by the first visible transfer's time, then by keyed hashes.
 */
export async function moneyFlow(
  ctx: Context,
  args: {
    fromId: string;
    direction: 'FORWARD' | 'BACKWARD';
    from?: Date | null;
    to?: Date | null;
    maxHops?: number | null;
    maxChains?: number | null;
  },
) {
  const { db, access, loaders } = ctx;
  // The scope decides which transfers the time order and the window test (those the caller sees).
  const [named, startRow, scope] = await Promise.all([
    access.named(args.fromId),
    loaders.nodeById.load(args.fromId),
    access.scope(),
  ]);
  const start = asNode(startRow);
  // Another register's person named by its id, when no case the caller sees involves it, counts as absent.
  if (!named || !start || !['PERSON', 'ACCOUNT'].includes(nodeType(start)))
    throw notFound('fromId', 'person or account');
  const rows = await db.read(args.direction === 'FORWARD' ? 'links/moneyFlowForward' : 'links/moneyFlowBackward', {
    ...scope,
    salt: pathOrderSalt(access),
    fromId: args.fromId,
    from: args.from?.toISOString() ?? null,
    to: args.to?.toISOString() ?? null,
    maxHops: clamp(args.maxHops ?? 4, LIMITS.flowHops.min, LIMITS.flowHops.max),
    // Prefixes of longer chains are dropped below, so ask for more rows than chains shown.
    limit: clamp(args.maxChains ?? 100, LIMITS.flowChains.min, LIMITS.flowChains.max) * 4,
  });
  let chains = rows.map((r) => r.transfers);
  if (args.direction === 'BACKWARD') chains = chains.map((c) => [...c].reverse());
  // Nothing behind a hit (disclosedEdges): a chain goes on through a transfer the caller sees, or one
  // whose party on the near side (the sender going forward, the receiver going back) it knows; it ends
  // before a hidden transfer between parties the caller does not know.
  const known = await knownOf(
    access,
    [args.fromId],
    chains.flat().flatMap((t) => [t.id, t.from, t.to]),
  );
  const salt = pathOrderSalt(access);
  const disclosed = chains
    .map((c) => disclosedFlow(c, known, args.direction))
    .filter((c, i, all) => c.length > 0 && all.findIndex((o) => sameChain(o, c)) === i)
    // In the order the statement gives, recomputed over what is left: by the first transfer the caller
    // sees (chains of hidden transfers only last), then length, then a keyed hash of the ids, so nothing
    // cut away (a later visible transfer behind a hit) moves a chain.
    .map((c) => ({
      c,
      first: c.find((t) => known.has(t.id))?.time,
      tie: crypto
        .createHash('sha256')
        .update(`${salt ?? ''}\n${c.map((t) => t.id).join('>')}`)
        .digest('hex'),
    }))
    .sort(
      (a, b) =>
        Number(a.first === undefined) - Number(b.first === undefined) ||
        (a.first !== undefined && b.first !== undefined
          ? Date.parse(String(a.first)) - Date.parse(String(b.first))
          : 0) ||
        a.c.length - b.c.length ||
        (salt === null
          ? a.c
              .map((t) => t.id)
              .join('>')
              .localeCompare(b.c.map((t) => t.id).join('>'))
          : a.tie.localeCompare(b.tie)),
    )
    .map((x) => x.c);
  // Keep maximal chains only: a chain that another chain extends adds nothing to read.
  const keys = disclosed.map((c) => c.map((t) => t.id).join('>'));
  const maximal = disclosed.filter(
    (_, i) =>
      !keys.some(
        (other, j) =>
          j !== i &&
          other.length > keys[i].length &&
          (args.direction === 'FORWARD' ? other.startsWith(`${keys[i]}>`) : other.endsWith(`>${keys[i]}`)),
      ),
  );
  const shown = maximal.slice(0, clamp(args.maxChains ?? 100, LIMITS.flowChains.min, LIMITS.flowChains.max));

  // Totals per party and currency, over the distinct transfers shown.
  const seen = new Map<string, (typeof shown)[number][number]>();
  for (const chain of shown) for (const t of chain) seen.set(t.id, t);
  const caseIds = [...new Set([...seen.values()].map((t) => t.caseId))];
  const ids = [...caseIds, ...[...seen.values()].flatMap((t) => [t.id, t.from, t.to].filter((x) => x !== null))];
  // The parties' rows come in the same wave as the verdicts (transfers and cases are no nodeById keys).
  await Promise.all([
    access.prefetch(ids),
    loaders.nodeById.loadMany(ids.filter((id) => !['transfer', 'case'].includes(kindOfId(id)))),
  ]);
  const visible = new Map(await Promise.all(caseIds.map(async (id) => [id, await access.caseVisible(id)] as const)));
  const totals = new Map<string, Map<string, { in: number; out: number }>>();
  const add = (party: string, currency: string, field: 'in' | 'out', amount: number) => {
    const byCurrency = totals.get(party) ?? totals.set(party, new Map()).get(party)!;
    const t = byCurrency.get(currency) ?? byCurrency.set(currency, { in: 0, out: 0 }).get(currency)!;
    t[field] += amount;
  };
  for (const t of seen.values()) {
    // A transfer the caller sees keeps both its parties (disclosedFlow leaves out only a hidden one's).
    if (!visible.get(t.caseId) || t.from === null || t.to === null) continue;
    add(t.from, t.currency, 'out', t.amount);
    add(t.to, t.currency, 'in', t.amount);
  }
  const parties = [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([partyId, byCurrency]) => ({
      partyId,
      totals: [...byCurrency.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, t]) => ({ currency, in: round(t.in), out: round(t.out), net: round(t.in - t.out) })),
    }));
  return {
    chains: shown.map((transfers) => ({ transfers })),
    parties: await Promise.all(
      parties.map(async (p) => ({
        party: toGraphNode(asNode(await loaders.nodeById.load(p.partyId))!),
        totals: p.totals,
      })),
    ),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Degree, betweenness, components and Louvain communities of a neighbourhood, through GDS. */
export async function networkMetrics(
  req: Request,
  args: { seeds: string[]; depth?: number | null; maxNodes?: number | null },
) {
  const db = req.db;
  const sub = await neighbourhood(req, { seeds: args.seeds, depth: args.depth ?? 2, maxNodes: args.maxNodes ?? 500 });
  if (sub.edges.length === 0) return { nodes: [], components: 0, communities: 0, byId: new Map<string, GraphNode>() };
  // Project, stream and drop in one transaction function: a retry starts over with a fresh name, and on
  // a cluster the projection is made and dropped on the same member. A read: the projection lives in GDS's
  // in-memory catalogue and nothing durable is written, so a lost COMMIT is retried like any read's.
  const rows = await db.transaction('READ', async (run) => {
    const name = `metrics-${crypto.randomUUID()}`;
    await run('links/metricsProject', { name, edges: sub.edges.map((e) => ({ from: e.source, to: e.target })) });
    try {
      return (await run('links/metricsStream', { name })).rows;
    } finally {
      await run('links/metricsDrop', { name });
    }
  });
  const byId = new Map(sub.nodes.map((n) => [n.id, n]));
  const nodes = rows.map((r) => ({
    nodeId: r.id,
    degree: r.degree,
    betweenness: round(r.betweenness),
    component: r.component,
    community: r.community,
  }));
  // Ties are broken by a hash of the id keyed for the caller's agency: by id, a hidden node would stand among
  // ids the caller chooses, and moving one of them would tell the hidden id (a phone number).
  const tie = new Map(
    nodes.map((n) => [n.nodeId, req.access.isSystem ? n.nodeId : req.access.opaque(`metrics-order\n${n.nodeId}`)]),
  );
  return {
    nodes: nodes.sort(
      (a, b) =>
        b.betweenness - a.betweenness || b.degree - a.degree || (tie.get(a.nodeId)! < tie.get(b.nodeId)! ? -1 : 1),
    ),
    components: new Set(nodes.map((n) => n.component)).size,
    communities: new Set(nodes.map((n) => n.community)).size,
    byId,
  };
}

/**
 * What every chart form carries of a node: our fields win over a property of the same name, so `id`,
 * `type`, `access` and the hit can be styled on whatever the node's properties hold.
 */
const nodeData = (n: ChartNode) => ({
  ...n.properties,
  id: n.id,
  type: n.type,
  label: n.label,
  country: n.country,
  access: n.access,
  hit: n.hit,
  cases: n.cases,
});
const edgeData = (e: GraphEdge) => ({
  ...e.properties,
  id: e.id,
  source: e.source,
  target: e.target,
  type: e.type,
  caseId: e.caseId,
});

/** cytoscape.js `elements` (js.cytoscape.org "Notation for elements JSON"): given as is to cytoscape({ elements }). */
export function cytoscapeElements(sub: ChartGraph) {
  return { nodes: sub.nodes.map((n) => ({ data: nodeData(n) })), edges: sub.edges.map((e) => ({ data: edgeData(e) })) };
}

/**
 * graphology's serialised graph (graphology.github.io/serialization), given as is to Graph.from() or
 * graph.import(). Multi: two cases may report the same relationship between the same two nodes.
 */
export function graphologyGraph(sub: ChartGraph) {
  return {
    attributes: { truncated: sub.truncated, omitted: sub.omitted },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: sub.nodes.map((n) => {
      const { id, ...attributes } = nodeData(n);
      return { key: id, attributes };
    }),
    edges: sub.edges.map((e) => {
      const { id, source, target, ...attributes } = edgeData(e);
      return { key: id, source, target, attributes };
    }),
  };
}

/**
 * A redacted subgraph as GraphML or Cytoscape.js JSON. Both carry each node's access, hit and cases, and
 * the omitted groups (graph data), so a hit can be styled and asked about from the file alone.
 */
export function exportGraph(sub: ChartGraph, format: 'GRAPHML' | 'CYTOSCAPE_JSON') {
  if (format === 'CYTOSCAPE_JSON') {
    // The top-level shape of cy.json(): graph data beside the elements.
    const content = JSON.stringify({
      data: { truncated: sub.truncated, omitted: sub.omitted },
      elements: cytoscapeElements(sub),
    });
    return { format, mediaType: 'application/json', content, nodeCount: sub.nodes.length, edgeCount: sub.edges.length };
  }
  return {
    format,
    mediaType: 'application/graphml+xml',
    content: toGraphML(sub),
    nodeCount: sub.nodes.length,
    edgeCount: sub.edges.length,
  };
}

type Scalar = string | number | boolean;
type Value = Scalar | Scalar[];

/**
 * GraphML 1.0 (graphml.graphdrawing.org/specification) has scalar attributes only. A list-valued
 * attribute (aliases, a node's cases, the omitted groups) is declared with attr.type="string" plus
 * attr.list="string", and its value is a JSON array: GraphML 1.0 readers (yEd, Gephi, graphology) still
 * read it as a string, a reader that honours attr.list gets the items back exactly (an alias may hold a
 * ";" or a ","), and an empty list is "[]", never "" (which would read as one empty name). One <key> per
 * attribute name, typed by the values seen; the XML library does the escaping.
 */
function toGraphML(sub: ChartGraph): string {
  const flat = ({ hit, ...rest }: ReturnType<typeof nodeData>) => ({
    ...rest,
    // The hit, flattened: GraphML has no nested values.
    ...(hit
      ? {
          hitAgency: hit.agency,
          hitCountry: hit.country,
          hitCaseHandle: hit.caseHandle,
          hitEntityType: hit.entityType,
          hitHandlingCode: hit.handlingCode,
        }
      : {}),
  });
  const nodes = sub.nodes.map((n) => {
    const { id, ...data } = flat(nodeData(n));
    return { id, data: graphmlValues(data) };
  });
  const edges = sub.edges.map((e) => {
    const { id, source, target, ...data } = edgeData(e);
    return { id, source, target, data: graphmlValues(data) };
  });
  const graphData = graphmlValues({
    truncated: sub.truncated,
    omittedType: sub.omitted.map((o) => o.type),
    omittedCount: sub.omitted.map((o) => o.count),
    omittedLabel: sub.omitted.map((o) => o.label),
  });
  const keys = (items: Array<{ data: Record<string, Value> }>, prefix: string) => {
    const types = new Map<string, { type: string; list: boolean }>();
    for (const item of items) {
      for (const [name, value] of Object.entries(item.data)) {
        const list = Array.isArray(value);
        const first = list ? value[0] : value;
        const t =
          first === undefined
            ? null
            : typeof first === 'number'
              ? 'double'
              : typeof first === 'boolean'
                ? 'boolean'
                : 'string';
        const seen = types.get(name);
        const type = !seen ? (t ?? 'string') : t && seen.type !== t ? 'string' : seen.type;
        types.set(name, { type: list || seen?.list ? 'string' : type, list: list || Boolean(seen?.list) });
      }
    }
    return [...types.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, t], i) => ({ id: `${prefix}${i}`, name, ...t }));
  };
  const nodeKeys = keys(nodes, 'n');
  const edgeKeys = keys(edges, 'e');
  const graphKeys = keys([{ data: graphData }], 'g');
  const text = (v: Value) => (Array.isArray(v) ? JSON.stringify(v) : String(v));
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
  });
  for (const [scope, list] of [
    ['graph', graphKeys],
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const k of list)
      doc
        .ele('key', {
          id: k.id,
          for: scope,
          'attr.name': k.name,
          'attr.type': k.type,
          ...(k.list ? { 'attr.list': 'string' } : {}),
        })
        .up();
  }
  const graph = doc.ele('graph', { id: 'G', edgedefault: 'directed' });
  for (const k of graphKeys) graph.ele('data', { key: k.id }).txt(text(graphData[k.name])).up();
  for (const n of nodes) {
    const el = graph.ele('node', { id: n.id });
    for (const k of nodeKeys) if (k.name in n.data) el.ele('data', { key: k.id }).txt(text(n.data[k.name])).up();
  }
  for (const e of edges) {
    const el = graph.ele('edge', { id: e.id, source: e.source, target: e.target });
    for (const k of edgeKeys) if (k.name in e.data) el.ele('data', { key: k.id }).txt(text(e.data[k.name])).up();
  }
  return doc.end({ prettyPrint: true });
}

/** Values GraphML can hold: scalars, and lists of scalars; null leaves the attribute out. */
function graphmlValues(props: Record<string, unknown>): Record<string, Value> {
  const scalar = (v: unknown): Scalar =>
    typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : JSON.stringify(v);
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(props)) {
    if (Array.isArray(v)) out[k] = v.map(scalar);
    else if (v !== null && v !== undefined) out[k] = scalar(v);
  }
  return out;
}
