// Why two records are linked, or why not: the keys each side normalised to and the rules that fired
// (with their published sources), for persons the blocking keys and the scored evidence, and a verdict.
// Analysts use it to trust a "no hit"; loaders use it to fix their exports.
//   { explainLink(a: { kind: PHONE, value: "5333 4444", country: EE }, b: { id: "phone:+37253334444" }) { verdict reason } }
// Hit/no-hit: a side the caller may not see shows its verdict and the names of the rules only. Nothing is
// compared against a hidden record's values beyond what is stored (the same node, a proposed, confirmed
// or rejected match): a guessed value must not be tested against another agency's person.
import type { Context } from '../context';
import type { ExplainKind as ExplainKindEnum } from '../generated/graphql';
import { AppError, badInput } from '../errors';
import { asNode } from '../loaders';
import { nodeType, type NodeType, type StoredNode } from '../model/nodes';
import { declOf, declOfExplainKind, explainIdentifier } from '../model/registry';
import type { Written } from '../model/normalise';
import { DATE_KEY, explainName } from '../matching/nameKeys';
import {
  MATCH_THRESHOLD,
  inReviewBand,
  onlyBetweenSeen,
  REVIEW_THRESHOLD,
  namesWithinOneError,
  scorePair,
  type Feature,
  type MatchPerson,
} from '../matching/score';
import { currentModel } from '../matching/model';
import { homesEvidence } from '../matching/match';
import { findPaths } from './analysis';

/** An identifier kind the registry explains (src/model/registry.ts, EXPLAIN_KINDS), or a person's NAME. */
export type ExplainKind = ExplainKindEnum;
export type LinkVerdict =
  'LINKED' | 'SAME_BUILDING' | 'CONFIRMED' | 'PROPOSED' | 'UNSURE' | 'REJECTED' | 'NOT_LINKED' | 'NOT_COMPARED';
export interface RuleHit {
  rule: string;
  source: string;
}

export interface LinkSideInput {
  id?: string | null;
  kind?: ExplainKind | null;
  value?: string | null;
  country?: string | null;
  postalCode?: string | null;
  city?: string | null;
  registrationNumber?: string | null;
  birthDate?: string | null;
}

/** One side as explained: `nodeId` is what hit/no-hit decides on (null for a value as written). */
export interface ExplainedSide {
  nodeId: string | null;
  /** The explained kind; a node explained by its key alone (a case, an organisation) gives its type. */
  kind: ExplainKind | NodeType;
  key: string | null;
  buildingKey: string | null;
  flat: string | null;
  blockingKeys: string[];
  rules: RuleHit[];
  notes: string[];
  problem: string | null;
  /** For persons: what scoring reads. */
  person?: MatchPerson;
}

export interface LinkExplanation {
  verdict: LinkVerdict;
  reason: string;
  a: ExplainedSide;
  b: ExplainedSide;
  probability: number | null;
  evidence: Feature[];
  sharedBlockingKeys: string[];
  chains: Awaited<ReturnType<typeof findPaths>>;
}

/** The kind a stored node of this type is explained as, or undefined when explainLink does not read it. */
function kindOfNode(node: StoredNode): ExplainedSide['kind'] | undefined {
  const type = nodeType(node);
  const explain = declOf(type).explain;
  if (explain === 'KEY') return type;
  if (explain === 'NAME') return 'NAME';
  return explain?.stored(node).kind as ExplainKind | undefined;
}
const MAX_VALUE = 500;

export async function explainLink(ctx: Context, a: LinkSideInput, b: LinkSideInput): Promise<LinkExplanation> {
  const [sa, sb] = await Promise.all([resolveSide(ctx, a, 'a'), resolveSide(ctx, b, 'b')]);
  // Kinds of one type compare (a plate with a VIN: both name a vehicle).
  const comparable = (k: string) => declOfExplainKind(k)?.type ?? k;
  if (comparable(sa.kind) !== comparable(sb.kind)) {
    throw badInput(
      'b',
      `compares a ${sa.kind.toLowerCase()} with a ${sb.kind.toLowerCase()}: give two of the same kind`,
    );
  }
  const [visibleA, visibleB] = await Promise.all([visible(ctx, sa), visible(ctx, sb)]);
  const both = visibleA && visibleB;
  const base = { a: sa, b: sb, probability: null, evidence: [], sharedBlockingKeys: [], chains: [] };
  if (sa.kind === 'CASE') return { ...base, ...(await compareCases(ctx, sa, sb)) };
  if (sa.kind === 'NAME') return { ...base, ...(await comparePersons(ctx, sa, sb, both)) };
  return { ...base, ...compareEntities(sa, sb, both) };
}

async function visible(ctx: Context, side: ExplainedSide): Promise<boolean> {
  return side.nodeId === null || ctx.access.isSystem || (await ctx.access.check(side.nodeId)).full;
}

/** A node of the graph, or a value as written, explained by the same code the import runs. */
async function resolveSide(ctx: Context, input: LinkSideInput, field: 'a' | 'b'): Promise<ExplainedSide> {
  for (const [name, value] of Object.entries(input)) {
    if (typeof value === 'string' && value.length > MAX_VALUE)
      throw badInput(`${field}.${name}`, `is longer than ${MAX_VALUE} characters`);
  }
  if (input.id) {
    if (input.kind || input.value) throw badInput(field, 'give either id, or kind and value, not both');
    const node = asNode(await ctx.loaders.nodeById.load(input.id));
    const kind = node ? kindOfNode(node) : undefined;
    if (!node || !kind || !(await ctx.access.named(node.id)))
      throw new AppError('NOT_FOUND', `no person, entity or case with the id given; check ${field}.id`, {
        field: `${field}.id`,
      });
    // A shared node is spelled as the newest report the caller may see spelled it; its rules quote that.
    const details = ctx.access.isSystem ? undefined : await ctx.access.details(node.id);
    if (details === null)
      return {
        ...sideOfNode(node),
        rules: [],
        notes: ["every report that spelled it is another agency's: the key alone is shown"],
      };
    return sideOfNode(details ? { ...node, ...details } : node);
  }
  if (!input.kind || !input.value?.trim()) throw badInput(field, 'give an id, or a kind and a value as written');
  if (input.kind === 'NAME')
    return sideOfName(null, {
      id: '',
      name: input.value,
      aliases: [],
      birthDate: input.birthDate ?? null,
      nationality: null,
      gender: null,
    });
  if (!input.country)
    throw badInput(
      `${field}.country`,
      'is needed for a value as written: the country of the case that wrote it (a local phone number, a plate or an address is read in it)',
    );
  return sideOfIdentifier(
    null,
    input.kind,
    {
      raw: input.value,
      country: input.country,
      postalCode: input.postalCode ?? null,
      city: input.city ?? null,
      registrationNumber: input.registrationNumber ?? null,
    },
    input.country,
  );
}

/** A person's stored properties the explanation reads back (written by cases/mergePersons.cypher). */
type StoredPerson = {
  name: string;
  aliases?: string[] | null;
  birthDate?: string | null;
  nationality?: string | null;
  gender?: string | null;
};

/** A stored node explained as its registry declaration says (src/model/registry.ts, explain). */
function sideOfNode(node: StoredNode): ExplainedSide {
  const type = nodeType(node);
  const explain = declOf(type).explain;
  if (explain === 'KEY')
    return {
      nodeId: node.id,
      kind: type,
      key: node.id,
      buildingKey: null,
      flat: null,
      blockingKeys: [],
      rules: [],
      notes: [],
      problem: null,
    };
  if (explain === 'NAME') {
    const p = node as StoredNode & StoredPerson;
    return sideOfName(node.id, {
      id: node.id,
      name: p.name,
      aliases: p.aliases ?? [],
      birthDate: p.birthDate ?? null,
      nationality: p.nationality ?? null,
      gender: p.gender ?? null,
    });
  }
  if (!explain) throw new AppError('NOT_FOUND', `no person, entity or case with id '${node.id}'`);
  const written = explain.stored(node);
  return sideOfIdentifier(node, written.kind as Exclude<ExplainKind, 'NAME'>, written.value, written.caseCountry);
}

function sideOfIdentifier(
  node: StoredNode | null,
  kind: Exclude<ExplainKind, 'NAME'>,
  value: Written,
  caseCountry: string,
): ExplainedSide {
  const e = explainIdentifier(kind, value, caseCountry);
  return {
    nodeId: node?.id ?? null,
    kind,
    // A node's key is the one it is stored under; the rules show how its spelling reads today.
    key: node ? node.id : e.key,
    buildingKey: e.buildingKey ?? null,
    flat: e.flat ?? null,
    blockingKeys: [],
    rules: e.rules,
    notes: e.notes,
    problem: e.problem ?? null,
  };
}

function sideOfName(nodeId: string | null, person: MatchPerson): ExplainedSide {
  const names = [person.name, ...person.aliases].map((n) => explainName(n, person.birthDate));
  return {
    nodeId,
    kind: 'NAME',
    key: names[0].words.join(' ') || null,
    buildingKey: null,
    flat: null,
    blockingKeys: [...new Set(names.flatMap((n) => n.blockingKeys))].sort(),
    rules: dedupeRules(names.flatMap((n) => n.rules)),
    notes: names[0].comparable
      ? []
      : ['the name cannot be compared (a placeholder, initials or no letters): it scores as unknown'],
    problem: null,
    person,
  };
}

function compareEntities(
  a: ExplainedSide,
  b: ExplainedSide,
  both: boolean,
): Pick<LinkExplanation, 'verdict' | 'reason'> {
  for (const [side, name] of [
    [a, 'a'],
    [b, 'b'],
  ] as const) {
    if (side.problem)
      return {
        verdict: 'NOT_LINKED',
        reason: `${name} could not be read under any rule, so it stays in its own case and links nothing${both ? `: ${side.problem}` : ''}`,
      };
  }
  const keyA = a.nodeId ?? a.key;
  const keyB = b.nodeId ?? b.key;
  if (keyA === keyB)
    return {
      verdict: 'LINKED',
      reason: both ? `both read as ${keyA}: one node` : 'both read as the same key: one node',
    };
  if (a.kind === 'ADDRESS' && a.buildingKey && a.buildingKey === b.buildingKey) {
    if (a.flat && b.flat)
      return {
        verdict: 'SAME_BUILDING',
        reason: both
          ? `same building, different flats (${a.flat} / ${b.flat}): a weaker "same building" link`
          : 'same building, different flats: a weaker "same building" link',
      };
    return {
      verdict: 'LINKED',
      reason: 'the same building; only one report gives a flat, so they link at the building',
    };
  }
  if (!both) return { verdict: 'NOT_LINKED', reason: 'the keys differ' };
  if (a.kind === 'ADDRESS' && a.buildingKey && b.buildingKey)
    return { verdict: 'NOT_LINKED', reason: `different buildings: ${a.buildingKey} / ${b.buildingKey}` };
  return { verdict: 'NOT_LINKED', reason: `different keys: ${keyA} / ${keyB}` };
}

async function comparePersons(
  ctx: Context,
  a: ExplainedSide,
  b: ExplainedSide,
  both: boolean,
): Promise<Partial<LinkExplanation> & Pick<LinkExplanation, 'verdict' | 'reason'>> {
  const shared = a.blockingKeys.filter((k) => b.blockingKeys.includes(k));
  if (a.nodeId && b.nodeId) {
    if (a.nodeId === b.nodeId) return { verdict: 'LINKED', reason: 'one person record' };
    const [stored] = await ctx.db.read('matching/pair', { a: a.nodeId, b: b.nodeId });
    // A pair of the review band, or one withheld as met through a guess sweep, does not exist for a caller
    // who sees one record only (reviewBand in ./graph): it is answered as a pair below the band is.
    const shown =
      stored && (both || (stored.status === 'CONFIRMED' && stored.withheld !== true) || !onlyBetweenSeen(stored));
    const status = shown ? stored.status : undefined;
    if (status === 'CONFIRMED')
      return {
        verdict: 'CONFIRMED',
        reason: `confirmed as one individual by an analyst${both ? ` (${stored.decidedBy})` : ''}`,
        sharedBlockingKeys: shared,
      };
    if (status === 'REJECTED')
      return {
        verdict: 'REJECTED',
        reason: 'rejected by an analyst: never proposed again',
        sharedBlockingKeys: shared,
      };
    if (status === 'UNSURE')
      return { verdict: 'UNSURE', reason: 'marked unsure by an analyst', sharedBlockingKeys: shared };
    if (status === 'PROPOSED') {
      return {
        verdict: 'PROPOSED',
        // The band only to a caller who sees both records: it bounds the score, which is theirs alone.
        reason:
          both && inReviewBand(stored.probability)
            ? `written by the matcher for review: its score is below the proposals' ${MATCH_THRESHOLD} but in the review band (from ${REVIEW_THRESHOLD}), a weaker link worth a look`
            : 'proposed by the matcher as possibly one individual (a weaker link)',
        sharedBlockingKeys: shared,
        probability: both ? stored.probability : null,
        evidence: both && stored.explanation ? (JSON.parse(stored.explanation) as Feature[]) : [],
      };
    }
  }
  // Nothing stored: a guess is never tested against a record the caller may not see.
  if (!both)
    return {
      verdict: 'NOT_COMPARED',
      reason: 'no stored link; a record of another agency is not compared with values here',
    };
  // Not compared yet: the name is weighed as a rare one (two holders), the most it could count for, with
  // what the two records share besides (identifiers are blocking keys too).
  const [{ persons }] = await ctx.db.read('matching/population');
  const held = a.nodeId && b.nodeId ? await sharedEvidence(ctx, a.nodeId, b.nodeId) : null;
  const score = scorePair(
    a.person!,
    b.person!,
    { namesakes: 2, population: persons, sharedDocuments: [], sharedPhones: [], ...held },
    await currentModel(ctx.db),
  );
  if (held?.identifiers.length) shared.push(...held.identifiers);
  if (!shared.length) {
    return {
      verdict: 'NOT_LINKED',
      reason: 'no blocking key in common, so the matcher never compares them',
      sharedBlockingKeys: [],
      probability: score.probability,
      evidence: score.features,
    };
  }
  // As the matcher (src/matching/match.ts): a pair met only through a word with the birth date is compared
  // only when the names are one typing error apart.
  if (shared.every((k) => DATE_KEY.test(k)) && !namesWithinOneError(a.person!, b.person!)) {
    return {
      verdict: 'NOT_LINKED',
      reason:
        'they share only a word of the name with the birth date, and the names differ by more than one typing error, so the matcher never compares them',
      sharedBlockingKeys: shared,
      probability: score.probability,
      evidence: score.features,
    };
  }
  if (score.probability >= REVIEW_THRESHOLD) {
    return {
      verdict: 'PROPOSED',
      reason:
        score.probability >= MATCH_THRESHOLD
          ? `they share a blocking key and score ${score.probability} (at or above ${MATCH_THRESHOLD}); the matcher proposes such a pair when it compares them`
          : `they share a blocking key and score ${score.probability}, below the proposals' ${MATCH_THRESHOLD} but in the review band (from ${REVIEW_THRESHOLD}); the matcher writes such a pair as a weaker link for review when it compares them`,
      sharedBlockingKeys: shared,
      probability: score.probability,
      evidence: score.features,
    };
  }
  const against = [...score.features].filter((f) => f.feature !== 'PRIOR').sort((x, y) => x.weight - y.weight)[0];
  const missing = score.features.some((f) => f.feature === 'BIRTH_DATE')
    ? ''
    : '; a birth date on both sides would weigh most';
  return {
    verdict: 'NOT_LINKED',
    reason: `score ${score.probability}, below ${REVIEW_THRESHOLD} (the review band)${against && against.weight < 0 ? `: ${against.feature.toLowerCase().replace('_', ' ')} ${against.detail}` : ': a name alone never makes a match'}${missing}`,
    sharedBlockingKeys: shared,
    probability: score.probability,
    evidence: score.features,
  };
}

/** What two stored person records share besides their names, as the matcher reads it (matching/candidates). */
async function sharedEvidence(ctx: Context, a: string, b: string) {
  const [row] = await ctx.db.read('matching/sharedEvidence', { a, b });
  if (!row) return null;
  // One relationship per case that reports it: each identifier once.
  const once = (ids: string[]) => [...new Set(ids)];
  const evidence = {
    sharedDocuments: once(row.sharedDocuments),
    sharedPhones: once(row.sharedPhones),
    sharedAccounts: once(row.sharedAccounts),
    sharedOnline: once(row.sharedOnline),
    ...homesEvidence(row.sharedHomes),
  };
  const identifiers = [
    ...evidence.sharedDocuments,
    ...evidence.sharedPhones,
    ...evidence.sharedAccounts,
    ...evidence.sharedOnline,
  ];
  return { ...evidence, identifiers };
}

async function compareCases(
  ctx: Context,
  a: ExplainedSide,
  b: ExplainedSide,
): Promise<Partial<LinkExplanation> & Pick<LinkExplanation, 'verdict' | 'reason'>> {
  if (a.nodeId === b.nodeId) return { verdict: 'LINKED', reason: 'one case' };
  const chains = await findPaths(ctx, { fromId: a.nodeId!, toId: b.nodeId!, k: 3, maxLength: 4 });
  if (!chains.length)
    return {
      verdict: 'NOT_LINKED',
      reason: 'no chain of at most 4 relationships through shared entities, persons, transfers or matches',
      chains: [],
    };
  const weak = chains[0].edges.some((e) => e.type === 'POSSIBLY_SAME' || e.type === 'IN_BUILDING');
  return {
    verdict: 'LINKED',
    reason: `linked by a chain of ${chains[0].length} relationships${weak ? ', through a weaker link (a proposed match or the same building)' : ''}`,
    chains,
  };
}

/** A hidden side shows the rule names only: the quoted values in a rule are the other agency's. */
export const ruleNameOnly = (r: RuleHit): RuleHit => ({
  rule: r.rule.replace(/(["'“«]).*?(["'”»])/g, '…'),
  source: r.source,
});

function dedupeRules(rules: RuleHit[]): RuleHit[] {
  const seen = new Map<string, RuleHit>();
  for (const r of rules) seen.set(`${r.rule}|${r.source}`, r);
  return [...seen.values()];
}
