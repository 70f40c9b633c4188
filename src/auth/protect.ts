// Hit/no-hit applied to the whole schema, so no query (present or future) can forget it. Every field of
// every type that carries case data is wrapped: the wrapper asks Access for the verdict on the object's
// node (or, for a relationship, its reporting case), and a hidden object shows only its hit. Ids of other
// nodes inside a result (edge ends, provenance, a node's cases) are mapped to what the viewer may see.
// Root fields check roles: a root field not listed needs the analyst role.
import {
  buildASTSchema,
  getNullableType,
  isListType,
  isObjectType,
  parse,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Context } from '../context';
import {
  casesOfNode,
  type ChartGraph,
  type ChartNode,
  type GraphEdge,
  type GraphNode,
  type Subgraph,
} from '../links/graph';
import { detailKeys, displayLabelOf, type NodeType } from '../model/nodes';
import { keyOfId } from '../model/ids';
import { declOf, REGISTRY } from '../model/registry';
import { type Access, type Hit, NOT_AT_HAND, typeOfId, type Verdict } from './access';
import { requireRole, type Role } from './identity';
import { ruleNameOnly, type RuleHit } from '../links/explain';

type Parent = Record<string, any>;
type Resolver = GraphQLFieldResolver<Parent, Context>;

export const hitLabel = (v: Verdict) =>
  v.hit!.entityType === 'CASE'
    ? `Case of ${v.hit!.agency} (${v.hit!.country})`
    : `${declOf(v.hit!.entityType).hitWord} in a case of ${v.hit!.agency} (${v.hit!.country})`;
/** Whether a node's usual label is made of descriptive details; a plainer one from the key replaces it then. */
const labelFromDetails = (type: NodeType, id: string) => declOf(type).labelFromDetails?.(id) ?? false;
// A key's parts are joined by '|' (e.g. an address's street|number|city|country): shown with commas, as people write them.
const keyLabel = (type: NodeType, id: string) => `${declOf(type).hitWord} ${keyOfId(id).split('|').join(', ')}`;

interface Policy {
  /** The ids whose verdicts decide: the object is shown in full only if every one is visible. */
  subject(p: Parent): Array<string | null | undefined>;
  /** What a hidden object shows; every other field is null, or [] for a list. */
  hidden?(p: Parent, v: Verdict, access: Access): Promise<Parent> | Parent;
  /** Fields resolved as usual even when hidden: they lead to objects that are checked themselves. */
  pass?: string[];
  /** Whole-object redaction for graph shapes: the fields come from this object, hidden or not. */
  redact?(p: Parent, access: Access): Promise<Parent>;
}

const nodePolicy: Policy = {
  subject: (p) => [p.id],
  hidden: async (p, v, access) => ({
    id: await access.publicId(p.id),
    type: v.hit!.entityType,
    label: hitLabel(v),
    // A hit shows the owner: for a case its agency and country, for a person the register it is in.
    agency: p.agencyInfo,
    country: v.hit!.entityType === 'CASE' ? v.hit!.country : null,
    registeredBy: v.hit!.agency,
  }),
};

/** A relationship: its reporting case decides; one without (a proposed match) needs both ends visible. */
async function redactEdge(
  access: Access,
  e: { type: string; from: string; to: string; caseId: string | null; properties: Parent },
  forExport = false,
) {
  const [from, to, caseId] = await Promise.all([
    access.publicId(e.from, forExport),
    access.publicId(e.to, forExport),
    access.publicId(e.caseId, forExport),
  ]);
  const verdicts = await Promise.all((e.caseId ? [e.caseId] : [e.from, e.to]).map((id) => access.check(id, forExport)));
  const full = verdicts.every((v) => v.full);
  return {
    id: `${e.type}:${from}>${to}@${caseId ?? ''}`,
    type: e.type,
    from,
    to,
    caseId,
    properties: full ? e.properties : {},
    access: full ? 'FULL' : 'HIT',
  };
}

/** A node of a link chart or export, as the viewer may see it. */
export async function redactGraphNode(
  access: Access,
  n: GraphNode,
  forExport = false,
): Promise<GraphNode & { access: string; hit: unknown }> {
  const v = await access.check(n.id, forExport);
  if (!v.full)
    return {
      id: (await access.publicId(n.id, forExport))!,
      type: n.type,
      label: hitLabel(v),
      country: null,
      properties: {},
      access: 'HIT',
      hit: v.hit,
    };
  const keys = new Set(detailKeys(n.type, n.id));
  const details = keys.size ? await access.details(n.id, forExport) : undefined;
  if (details === undefined) return { ...n, access: 'FULL', hit: null };
  const properties = {
    ...Object.fromEntries(Object.entries(n.properties).filter(([k]) => !keys.has(k))),
    ...Object.fromEntries(Object.entries(details ?? {}).filter(([k, x]) => keys.has(k) && x !== null)),
  };
  return {
    ...n,
    label: labelWithDetails(n.type, n.id, { ...n.properties, country: n.country }, details) ?? n.label,
    country: keys.has('country') ? ((details?.country ?? null) as string | null) : n.country,
    properties,
    access: 'FULL',
    hit: null,
  };
}

/** The label of an entity whose label is made of details, as the viewer's details give it (else the key); null for other types. */
function labelWithDetails(
  type: NodeType,
  id: string,
  props: Parent,
  details: Record<string, unknown> | null,
): string | null {
  if (!labelFromDetails(type, id)) return null;
  return details ? displayLabelOf(type, { ...props, ...details, id }) : keyLabel(type, id);
}

export async function redactGraphEdge(access: Access, e: GraphEdge, forExport = false): Promise<GraphEdge> {
  const r = await redactEdge(
    access,
    { type: e.type, from: e.source, to: e.target, caseId: e.caseId, properties: e.properties },
    forExport,
  );
  return { id: r.id, type: e.type, source: r.from!, target: r.to!, caseId: r.caseId, properties: r.properties };
}

/** A chart node as the viewer may see it, with the cases that report it (ids, or handles for hidden ones). */

/**
 * A whole subgraph redacted exactly as its GraphNode and GraphEdge fields are, for the forms built from it
 * (cytoscape.js elements, graphology, export files), which carry no field of their own to wrap.
 * An export is a dissemination (forExport): H2 and H3 cases of other agencies are hits in it even when shared.
 */
export async function redactSubgraph(ctx: Context, sub: Subgraph, forExport: boolean): Promise<ChartGraph> {
  const access = ctx.access;
  const nodes = await Promise.all(
    sub.nodes.map(async (n): Promise<ChartNode> => {
      const shown = await redactGraphNode(access, n, forExport);
      const hit = shown.hit as Hit | null;
      if (shown.access !== 'FULL') return { ...shown, hit, cases: [hit!.caseHandle] };
      // The node's cases come visible first, then the hits by handle (src/loaders.ts); an export hides
      // more (H2 and H3 of others even when shared), and those join the hits.
      const ids = await casesOfNode(n, ctx);
      const ordered = forExport ? await access.inDisclosureOrder(ids, (id) => id, true) : ids;
      const cases = await Promise.all(ordered.map(async (id) => (await access.publicId(id, forExport))!));
      return { ...shown, hit, cases };
    }),
  );
  return { ...sub, nodes, edges: await Promise.all(sub.edges.map((e) => redactGraphEdge(access, e, forExport))) };
}

// Every node type a client can ask for by id: not the agencies and identities, which are public.
const NODE_POLICY_TYPES = REGISTRY.filter((d) => d.type !== 'AGENCY' && d.type !== 'IDENTITY');
const POLICIES: Record<string, Policy> = {
  ...Object.fromEntries(NODE_POLICY_TYPES.map((d) => [d.label, nodePolicy])),
  Mention: { subject: (m) => [m.caseId], pass: ['case'] },
  // A score says something about both records (a birth date that agrees or not): both must be visible.
  MatchPair: { subject: (m) => [m.a, m.b], pass: ['a', 'b', 'status'] },
  PartyTotals: { subject: (t) => [t.party?.id], pass: ['party'] },
  GraphNode: { subject: () => [], redact: (n, access) => redactGraphNode(access, n as GraphNode) },
  ChainNode: { subject: () => [], redact: async (n, access) => redactGraphNode(access, n as GraphNode) },
  GraphEdge: { subject: () => [], redact: async (e, access) => redactGraphEdge(access, e as GraphEdge) },
  ChainRelationship: {
    subject: () => [],
    redact: async (r, access) => {
      const e = await redactEdge(access, {
        type: r.type,
        from: r.from,
        to: r.to,
        caseId: r.reportedBy ?? null,
        properties: {},
      });
      return { type: r.type, from: e.from, to: e.to, reportedBy: e.caseId };
    },
  },
  // explainLink: a side of another agency shows its kind and rule names; the pair's score needs both sides.
  ExplainedSide: {
    subject: (s) => [s.nodeId],
    pass: ['kind'],
    hidden: async (s, _v, access) => ({
      id: await access.publicId(s.nodeId),
      kind: s.kind,
      rules: (s.rules as RuleHit[]).map(ruleNameOnly),
    }),
  },
  LinkExplanation: { subject: (e) => [e.a.nodeId, e.b.nodeId], pass: ['verdict', 'reason', 'a', 'b', 'chains'] },
  FlowTransfer: {
    subject: () => [],
    redact: async (t, access) => {
      const v = await access.check(t.id);
      const [id, from, to, caseId] = await Promise.all(
        [t.id, t.from, t.to, t.caseId].map(async (x) => (x === null ? null : access.publicId(x))),
      );
      return v.full
        ? { ...t, id, from, to, caseId }
        : { id, from, to, caseId, amount: null, currency: null, time: null, channel: null };
    },
  },
};

/** Roles per root field; any other root field needs `analyst`. */
const ROOT_ROLES: Record<string, Role[]> = {
  importCases: ['loader'],
  auditLog: ['auditor', 'supervisor', 'analyst', 'admin'],
  auditNodeId: ['auditor', 'supervisor', 'analyst', 'admin'],
  notifications: ['analyst', 'admin'],
  accessRequests: ['analyst', 'admin'],
  decideAccess: ['analyst', 'admin'],
};

const memo = new WeakMap<object, Map<string, Promise<Parent>>>();
function once(parent: object, key: string, make: () => Promise<Parent>): Promise<Parent> {
  let byKey = memo.get(parent);
  if (!byKey) memo.set(parent, (byKey = new Map()));
  let value = byKey.get(key);
  if (!value) byKey.set(key, (value = make()));
  return value;
}

/** Properties of our result objects that hold node or case ids (edge ends, provenance, pair members). */
const ID_KEYS = new Set(['id', 'from', 'to', 'caseId', 'source', 'target', 'reportedBy', 'a', 'b']);
const PREFETCH_CAP = 5000;

/** The ids a root field's result carries, for Access.prefetch; bounded, since a result may be large. */
function idsIn(value: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 8 || out.size >= PREFETCH_CAP || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value) idsIn(item, out, depth + 1);
    return out;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'string') {
      if (ID_KEYS.has(key)) out.add(inner);
    } else idsIn(inner, out, depth + 1);
  }
  return out;
}

const defaultResolve: Resolver = (p, _a, _c, info) => p[info.fieldName];

/**
 * An object's verdicts as its fields apply them: the first hidden one (if any), and, for a full view, the
 * fields the viewer's reports decide (a shared entity's details, and a label made of them).
 */
interface Decided {
  access: Access;
  ids: string[];
  hidden: Verdict | undefined;
  detailed: ReadonlySet<string>;
}
const NO_DETAILS: ReadonlySet<string> = new Set();

/** Wraps the resolver map so that every field of a protected type, and every root field, goes through the checks. */
export function protectResolvers(
  resolvers: Record<string, Record<string, unknown>>,
  typeDefs: string,
): Record<string, Record<string, unknown>> {
  const schema = buildASTSchema(parse(typeDefs));
  const out: Record<string, Record<string, unknown>> = { ...resolvers };
  for (const root of ['Query', 'Mutation']) {
    const type = schema.getType(root);
    if (!isObjectType(type)) continue;
    out[root] = { ...(resolvers[root] ?? {}) };
    for (const field of Object.keys(type.getFields())) {
      const original = (resolvers[root]?.[field] as Resolver | undefined) ?? defaultResolve;
      const roles = ROOT_ROLES[field] ?? ['analyst'];
      out[root][field] = async (p: Parent, args: unknown, ctx: Context, info: GraphQLResolveInfo) => {
        requireRole(ctx.viewer, ...roles);
        const result = await original(p, args, ctx, info);
        await ctx.access.prefetch(idsIn(result));
        return result;
      };
    }
  }
  for (const [typeName, policy] of Object.entries(POLICIES)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`protected type ${typeName} is not in the schema`);
    out[typeName] = { ...(resolvers[typeName] ?? {}) };
    // What every field of one object needs, decided by its first field: a list of hundreds of objects then
    // costs one decision per object, not one per field. A verdict never changes within a request.
    const decidedObjects = new WeakMap<Parent, Decided>();
    const decide = (p: Parent, access: Access, ids: string[], verdicts: Verdict[]): Decided => {
      const hidden = verdicts.find((v) => !v.full);
      const type = ids[0] && !hidden ? typeOfId(ids[0]) : null;
      const detailed =
        type && (detailKeys(type, ids[0]).length || labelFromDetails(type, ids[0]))
          ? new Set([...detailKeys(type, ids[0]), ...(labelFromDetails(type, ids[0]) ? ['label'] : [])])
          : NO_DETAILS;
      const decided = { access, ids, hidden, detailed };
      decidedObjects.set(p, decided);
      return decided;
    };
    for (const [field, def] of Object.entries(type.getFields())) {
      const original = (resolvers[typeName]?.[field] as Resolver | undefined) ?? defaultResolve;
      const emptyValue = isListType(getNullableType(def.type)) ? [] : null;
      const redacted = async (p: Parent, args: unknown, ctx: Context, info: GraphQLResolveInfo) => {
        const access = ctx.access;
        const shown = await once(p, typeName, () => policy.redact!(p, access));
        // A list of ids (a node's cases) is resolved as usual and each id mapped.
        if (field === 'cases' && shown.access === 'FULL') {
          return Promise.all(((await original(p, args, ctx, info)) as string[]).map((id) => access.publicId(id)));
        }
        if (field === 'cases') return shown.hit ? [(shown.hit as { caseHandle: string }).caseHandle] : [];
        return shown[field] ?? emptyValue;
      };
      /** The field as the verdicts on the object's subject allow: a value, or a promise when a lookup is due. */
      const guarded = (p: Parent, args: unknown, ctx: Context, info: GraphQLResolveInfo, decided: Decided) => {
        const access = ctx.access;
        const { hidden } = decided;
        if (field === 'access') return hidden ? 'HIT' : 'FULL';
        if (field === 'hit') return hidden?.hit ?? null;
        if (!hidden) {
          // A shared entity's details, and a label made of them, are those of the newest report the viewer sees.
          if (decided.detailed.has(field)) {
            const id = decided.ids[0];
            const type = typeOfId(id);
            const withDetails = (details: Record<string, unknown> | null | undefined) => {
              if (details === undefined) return original(p, args, ctx, info);
              return field === 'label' ? labelWithDetails(type, id, p, details) : (details?.[field] ?? emptyValue);
            };
            const now = access.detailsNow(id);
            return now === NOT_AT_HAND ? access.details(id).then(withDetails) : withDetails(now);
          }
          return original(p, args, ctx, info);
        }
        if (policy.pass?.includes(field)) return original(p, args, ctx, info);
        return once(p, `${typeName}:hidden`, async () => (policy.hidden ? policy.hidden(p, hidden, access) : {})).then(
          (shown) => shown[field] ?? emptyValue,
        );
      };
      out[typeName][field] = (p: Parent, args: unknown, ctx: Context, info: GraphQLResolveInfo) => {
        if (policy.redact) return redacted(p, args, ctx, info);
        // The object's other fields decided it already (in this request: the memo names its Access).
        const memo = decidedObjects.get(p);
        if (memo?.access === ctx.access) return guarded(p, args, ctx, info, memo);
        const ids = policy.subject(p).filter((id): id is string => Boolean(id));
        // Verdicts at hand (a nested level's statement brought its reports) apply at once: a list of hundreds
        // of nodes then costs no promise per field. The others wait for their lookup.
        const now = ids.map((id) => ctx.access.checkNow(id));
        if (now.every(Boolean)) return guarded(p, args, ctx, info, decide(p, ctx.access, ids, now as Verdict[]));
        return Promise.all(ids.map((id) => ctx.access.check(id))).then((verdicts) =>
          guarded(p, args, ctx, info, decide(p, ctx.access, ids, verdicts)),
        );
      };
    }
  }
  return out;
}
