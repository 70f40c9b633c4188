// The frontend-ready graph shape shared by paths, subgraphs, metrics and exports: nodes and edges with
// stable ids (a redraw can be diffed), a type, a label, and the node's properties.
import type { Hit } from '../auth/access';
import type { Context } from '../context';
import { displayLabel, nodeType, type NodeType, type StoredNode } from '../model/nodes';
import { declOf } from '../model/registry';
import { onlyBetweenSeen } from '../matching/score';

export interface RawEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  country: string | null;
  properties: Record<string, unknown>;
}
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  caseId: string | null;
  properties: Record<string, unknown>;
}

// Bookkeeping that is ours, not the analyst's: kept out of `properties`.
const INTERNAL = new Set([
  'labels',
  'version',
  'rules',
  'searchText',
  'caseId',
  'details',
  'detailsAt',
  'handle',
  'matchPending',
  'hsCountries',
  'hsCountryCount',
  'hsCaseCount',
  'fromId',
  'toId',
]);

const visible = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k, v]) => !INTERNAL.has(k) && v !== null));

export function toGraphNode(node: StoredNode): GraphNode {
  const country = (node.country ?? node.nationality ?? null) as string | null;
  return { id: node.id, type: nodeType(node), label: displayLabel(node), country, properties: visible(node) };
}

/** The id names the type, both ends and the reporting case: unique, and the same after a re-import. */
export function toGraphEdge(edge: RawEdge): GraphEdge {
  const caseId = (edge.props.caseId ?? null) as string | null;
  return {
    id: `${edge.type}:${edge.from}>${edge.to}@${caseId ?? ''}`,
    type: edge.type,
    source: edge.from,
    target: edge.to,
    caseId,
    properties: visible(edge.props),
  };
}

/** GraphNode.cases: the ids of the cases that report the node, batched through the mentions loader. */
export async function casesOfNode(node: GraphNode, ctx: Context): Promise<string[]> {
  if (node.type === 'CASE') return [node.id];
  if (node.type === 'MONEY_TRANSFER' || node.type === 'AGENCY' || node.type === 'IDENTITY') return [];
  return (await ctx.loaders.mentionsByNode.load(node.id)).map((r) => r.caseId);
}

/** Nodes by id as chart nodes (an alert's, a watch's) (redacted by src/auth/protect.ts); nodes gone since are left out. */
export async function graphNodes(ctx: Context, ids: string[]): Promise<GraphNode[]> {
  const found = await Promise.all(ids.map((id) => ctx.loaders.nodeById.load(id)));
  return found.filter((r) => r !== null).map((r) => toGraphNode(r.node));
}

/**
 * Visible nodes by id, then hits by their case handle (random): the order says nothing about hidden
 * references. Hidden data never shapes the list beyond what each hit discloses.
 */
export async function graphNodesInOrder(ctx: Context, ids: string[]): Promise<GraphNode[]> {
  const list = await graphNodes(ctx, ids);
  const keys = await Promise.all(
    list.map(async (n) => {
      const v = await ctx.access.check(n.id);
      return v.full ? `0${n.id}` : `1${v.hit!.caseHandle}${await ctx.access.publicId(n.id)}`;
    }),
  );
  return list
    .map((n, i) => ({ n, k: keys[i] }))
    .sort((a, b) => (a.k < b.k ? -1 : 1))
    .map((x) => x.n);
}

/** The relationships by which a case reports a node: the step from a hit to its case is the hit itself. */
const REPORTS = new Set(['MENTIONS', 'INVOLVES']);

/**
 * The edges of a traversal that stay within what hits disclose. A caller learns of a node it does not see
 * only as a hit, through a neighbour it knows (one it sees in full, or one it named: a seed, a path's end),
 * and a hit tells which cases report that node. So an edge is kept when one of its ends is known, or when
 * it is a case's report of such a hit. Any other edge between two nodes the caller does not know (a hidden
 * person's other phone, a hidden case's other persons) is its owner's data: a traversal neither shows nor
 * follows it, so what lies behind a hit stays with the owner (Prüm step 1: hit/no-hit on what you hold).
 */
export function disclosedEdges<E extends Step>(all: E[], known: Known): E[] {
  // A person match of the review band only between two records the caller sees in full (see reviewBand).
  const edges = all.filter((e) => !reviewBand(e) || (known.full.has(e.from) && known.full.has(e.to)));
  // An identity is known through a member the caller knows (SAME_AS runs from the record to it).
  const knows = new Set(known);
  for (const e of edges) if (e.type === 'SAME_AS' && known.has(e.from)) knows.add(e.to);
  const hits = new Set<string>();
  for (const e of edges) {
    if (knows.has(e.from) && !knows.has(e.to)) hits.add(e.to);
    if (knows.has(e.to) && !knows.has(e.from)) hits.add(e.from);
  }
  return edges.filter((e) => knows.has(e.from) || knows.has(e.to) || (REPORTS.has(e.type) && hits.has(e.to)));
}

/** A step of a path or chain, with the match probability of a POSSIBLY_SAME (in `props` or beside the type). */
type Step = {
  type: string;
  from: string;
  to: string;
  probability?: unknown;
  withheld?: unknown;
  props?: Record<string, unknown>;
};

/**
 * What a caller knows in a traversal (knownOf): the nodes it sees in full or named, and of them those it
 * sees in full.
 */
export type Known = ReadonlySet<string> & { full: ReadonlySet<string> };

/**
 * A POSSIBLY_SAME below MATCH_THRESHOLD (the review band), or withheld as met through a guess sweep. Its
 * score is shown only to a caller who sees both records, and so is the link itself: listed as a hit, it
 * would tell whoever imports a guess that a hidden record scores from REVIEW_THRESHOLD up against it (a
 * whole month of birth dates per import), or, from a sweep of one name over many birth dates, the day.
 */
export function reviewBand(e: Step): boolean {
  return (
    e.type === 'POSSIBLY_SAME' &&
    onlyBetweenSeen({
      probability: e.probability ?? e.props?.probability,
      withheld: e.withheld ?? e.props?.withheld,
    })
  );
}

/** Whether every step of a path or chain stays within what hits disclose (disclosedEdges). */
export const disclosedPath = (edges: Step[], known: Known) => disclosedEdges(edges, known).length === edges.length;

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  omitted: Array<{ type: NodeType; count: number; label: string }>;
}

/**
 * Keeps the nodes nearest the seeds (breadth-first distance, then type, then `order` or the id, so the cut is stable),
 * at most maxNodes, and counts the rest per type, like a collapsed group on a link chart. `order` holds an
 * order key for each node and for each edge's case (visible ones by id, hidden ones by an opaque key), so
 * neither the cut nor the order of nodes and edges follows a hidden id.
 * `incomplete` says the database stopped at its own cap, so the counts are lower bounds.
 */
export function capSubgraph(
  seeds: string[],
  nodes: GraphNode[],
  edges: GraphEdge[],
  maxNodes: number,
  incomplete: boolean,
  order?: Map<string, string>,
): Subgraph {
  const key = (n: GraphNode) => order?.get(n.id) ?? n.id;
  const adjacency = new Map<string, string[]>();
  for (const e of edges) {
    (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source)!).push(e.target);
    (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target)!).push(e.source);
  }
  const distance = new Map<string, number>();
  let frontier = seeds.filter((s) => nodes.some((n) => n.id === s));
  frontier.forEach((s) => distance.set(s, 0));
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacency.get(id) ?? []) {
        if (!distance.has(other)) {
          distance.set(other, distance.get(id)! + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const ordered = [...nodes].sort(
    (a, b) =>
      (distance.get(a.id) ?? Infinity) - (distance.get(b.id) ?? Infinity) ||
      a.type.localeCompare(b.type) ||
      key(a).localeCompare(key(b)),
  );
  const kept = ordered.slice(0, maxNodes);
  const keptIds = new Set(kept.map((n) => n.id));
  const counts = new Map<NodeType, number>();
  for (const n of ordered.slice(maxNodes)) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const omitted = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type, count]) => ({
      type,
      count,
      label: `and ${incomplete ? 'at least ' : ''}${count} more ${declOf(type).words[count === 1 ? 0 : 1]}`,
    }));
  // Edges follow the nodes' order (their source's place, then their target's), then type, then their
  // case's order key: never their ids, which name hidden nodes and cases (a hidden case's reference would
  // rank the hits whose handles redaction puts in its place).
  const place = new Map(kept.map((n, i) => [n.id, i]));
  const caseKey = (e: GraphEdge) => (e.caseId === null ? '' : (order?.get(e.caseId) ?? e.caseId));
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: kept,
    edges: edges
      .filter((e) => keptIds.has(e.source) && keptIds.has(e.target))
      .sort(
        (a, b) =>
          place.get(a.source)! - place.get(b.source)! ||
          place.get(a.target)! - place.get(b.target)! ||
          byKey(a.type, b.type) ||
          byKey(caseKey(a), caseKey(b)),
      ),
    truncated: kept.length < nodes.length || incomplete,
    omitted,
  };
}

/** A subgraph node as a chart shows it once redacted (src/auth/protect.ts): its access, hit and cases. */
export type ChartNode = GraphNode & { access: string; hit: Hit | null; cases: string[] };
export type ChartGraph = Omit<Subgraph, 'nodes'> & { nodes: ChartNode[] };
