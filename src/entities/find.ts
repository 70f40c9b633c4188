// Persons, shared entities and cases found for a caller: by id (another agency's case or person named by its id
// answers as absent, Access.named), by an identifier in any written format, by full-text search, and as
// hot spots. Hidden data never shapes a visible answer: search ranks the visible results first and
// hot spots order ties by a keyed hash; the nodes found are then redacted by the schema wrapper.
import type { Context } from '../context';
import type { QueryHotSpotsArgs, QuerySearchArgs } from '../generated/graphql';
import { AppError, badInput, checkListSize, notFound } from '../errors';
import { asNode } from '../loaders';
import { nodeType, type StoredNode } from '../model/nodes';
import { IDENTIFIER_KINDS, LOOKUPS, REPORTED_TYPES } from '../model/registry';
import { loadCase } from '../cases/cases';
import { clamp, labelOf } from '../links/analysis';
import { toGraphNode } from '../links/graph';
import { searchForm } from '../model/normalise';
import { nameKey, variantsCompared, type NameKey } from '../matching/nameKeys';
import { kindOfId } from '../model/ids';
import { isSystem } from '../auth/identity';

export type LookupArgs = { kind: string; value: string; country?: string | null };

/** The entity id an identifier normalises to, or a BAD_USER_INPUT that says what is wrong. */
export function identifierToId({ kind, value, country }: LookupArgs): string {
  const read = LOOKUPS[kind](value, country);
  if (read.ok) return read.value;
  throw badInput(read.field ?? 'value', read.problem);
}

const MAX_ID_LENGTH = 600;
const MAX_WATCHED_VALUE = 500;

/**
 * The node a watch names: a node id the caller may ask about, which must exist, or an identifier value,
 * the caller's own knowledge, watched whether or not any case reports it yet. A local number or a plate is
 * read as written in the caller's country, as an import reads its own.
 */
export async function targetId(
  ctx: Context,
  target: { nodeId?: string | null; identifier?: { kind: string; value: string; country?: string | null } | null },
): Promise<string> {
  const { nodeId, identifier } = target;
  if (Boolean(nodeId) === Boolean(identifier))
    throw badInput('target', 'give either nodeId (a case, person or entity) or identifier (kind and value)');
  if (nodeId) {
    if (!(await ctx.access.named(nodeId)) || !(await ctx.loaders.nodeById.load(nodeId)))
      throw notFound('target.nodeId');
    return nodeId;
  }
  // The watch keeps the value as written: stored, so capped (an advert link with its tracking parameters fits).
  if (identifier!.value.length > MAX_WATCHED_VALUE)
    throw badInput('target.identifier.value', `is longer than ${MAX_WATCHED_VALUE} characters`);
  return identifierToId({ ...identifier!, country: identifier!.country ?? ctx.viewer.country });
}

/** A node the caller names by its id, or null. */
export async function namedNode(ctx: Context, id: string) {
  if (id.length > MAX_ID_LENGTH) throw badInput('id', `is longer than ${MAX_ID_LENGTH} characters`);
  if (!(await ctx.access.named(id))) return null;
  if (kindOfId(id) === 'case') return loadCase(ctx, id);
  // The node and what its verdict needs are asked at once: in turn they would cost a round trip each.
  const [row] = await Promise.all([ctx.loaders.nodeById.load(id), ctx.access.prefetch([id])]);
  return asNode(row);
}

/**
 * The cases that report a node, with their spellings. Their rows and the caller's verdicts on them come in the
 * same statement (the reportingCases loader primes caseById and Access), where Mention.case, Node.cases and
 * their checks find them.
 */
export async function reportingCases(ctx: Context, id: string) {
  return ctx.loaders.reportingCases.load(id);
}

export async function partyNode(ctx: Context, id: string): Promise<StoredNode> {
  const node = asNode(await ctx.loaders.nodeById.load(id));
  if (!node) throw new AppError('NOT_FOUND', `transfer party ${id} no longer exists`);
  return node;
}

/**
 * A cursor is the sort key of the last row (its counts and the keyed hash of its id), sealed (encrypted
 * and authenticated) for the caller's agency, so a forged key cannot probe the order.
 */
const encodeCursor = (ctx: Context, key: { c: number; n: number; id: string }) => ctx.sealer.seal(key);
function decodeCursor(ctx: Context, cursor: string): { c: number; n: number; id: string } {
  const key = (cursor.length <= 500 ? ctx.sealer.unseal(cursor) : null) as {
    c: unknown;
    n: unknown;
    id: unknown;
  } | null;
  if (key && typeof key.c === 'number' && typeof key.n === 'number' && typeof key.id === 'string')
    return { c: key.c, n: key.n, id: key.id };
  throw badInput(
    'after',
    'is not a cursor this API returned to your agency; pass pageInfo.endCursor from the previous page',
  );
}

export async function hotSpots(ctx: Context, args: QueryHotSpotsArgs) {
  const f = args.filter ?? {};
  for (const [field, list] of Object.entries({ types: f.types, countries: f.countries, typologies: f.typologies })) {
    checkListSize(`filter.${field}`, list);
  }
  const types = (f.types?.length ? f.types : REPORTED_TYPES).filter((t) => REPORTED_TYPES.includes(t));
  const first = clamp(args.first ?? 20, 1, 100);
  const after = args.after ? decodeCursor(ctx, args.after) : null;
  // Without filters on cases, the counts the import keeps answer at once; with them, every mention is
  // read, and the filters test only the cases the caller sees (its scope).
  const ranked = !f.countries?.length && !f.typologies?.length && !f.openedFrom && !f.openedTo;
  // Either statement brings, with each node of the page, the reports its verdict needs (for the caller's
  // agency; the filtered one's scope names the same agency).
  const { agency, shared } = ranked ? { agency: ctx.viewer.agency, shared: [] } : await ctx.access.scope();
  const rows = await ctx.db.read(ranked ? 'entities/hotSpotsRanked' : 'entities/hotSpots', {
    agency,
    shared,
    labels: types.map(labelOf),
    countries: f.countries?.length ? f.countries : null,
    typologies: f.typologies?.length ? f.typologies : null,
    openedFrom: f.openedFrom ?? null,
    openedTo: f.openedTo ?? null,
    minCountries: clamp(f.minCountries ?? 2, 2, 20),
    afterCountries: after?.c ?? null,
    afterCases: after?.n ?? null,
    afterId: after?.id ?? null,
    // Ties are broken by a hash of the id keyed for the caller's agency: an order by id would place hidden
    // ids among the caller's own. The in-process caller sees all: by id.
    salt: isSystem(ctx.viewer) ? null : ctx.sealer.opaque('hot-spot order'),
    limit: first + 1,
  });
  const page = rows.slice(0, first);
  ctx.access.learn(page, (r) => r.node.id);
  const edges = page.map((r) => {
    const node = r.node;
    // Sealed only when asked for (a seal is an AES-GCM encryption), once: the last edge's is also endCursor.
    let sealed: string | undefined;
    return {
      cursor: () => (sealed ??= encodeCursor(ctx, { c: r.countries.length, n: r.cases, id: r.tie })),
      node: {
        entity: toGraphNode(node),
        countries: [...r.countries].sort(),
        caseCount: r.cases,
        nodeId: node.id,
      },
    };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: () => edges.at(-1)?.cursor() ?? null },
  };
}

export async function search(ctx: Context, args: QuerySearchArgs) {
  if (args.text.length > 200) throw badInput('text', 'is longer than 200 characters');
  checkListSize('types', args.types, 'types');
  const limit = clamp(args.first ?? 20, 1, 100);
  const hits: Array<SearchHit & { named?: () => boolean }> = [];

  // Exact identifiers first: whatever the text normalises to as a phone, plate, VIN, IBAN or document,
  // looked up together in one batch.
  const candidates: Array<{ kind: string; id: string }> = [];
  for (const kind of IDENTIFIER_KINDS) {
    try {
      candidates.push({ kind, id: identifierToId({ kind, value: args.text, country: args.country }) });
    } catch {
      // not this kind of identifier
    }
  }
  const found = await ctx.loaders.nodeById.loadMany(candidates.map((c) => c.id));
  found.forEach((row, i) => {
    const node = row instanceof Error ? null : asNode(row);
    if (node) hits.push({ node: toGraphNode(node), score: 1, matchedOn: candidates[i].kind });
  });

  // Full text: letters and digits only reach the index, each word fuzzy so a dropped diacritic or a
  // transliteration variant (Iwanow, Ivanov) still meets.
  const words = searchForm(args.text)
    .split(' ')
    .filter((w) => w.length > 1)
    .slice(0, 8);
  if (words.length) {
    const query = words.map((w) => (w.length >= 4 ? `${w}~` : w)).join(' AND ');
    // Every candidate: the page is cut after the visible results are ranked, so a hidden match never takes
    // a visible one's place; and an organisation or address comes once per report that spelled it.
    const rows = await ctx.db.read('entities/search', {
      query,
      limit: SEARCH_CANDIDATES,
      labels: args.types?.length ? args.types.map(labelOf) : null,
    });
    // A node the caller sees in full is found only through a spelling it may see (a person's own, or the
    // report of a case it sees): another report's spelling would tell how a hidden case wrote it. A node it
    // does not see is a hit only when the text names it (namesHidden, tested below only for the hits a
    // page needs): a few letters of a street or a surname are no identifier the caller holds, and would
    // list others' records to anyone who fishes. Each node once, with the best such score (rows come best
    // first).
    await ctx.access.prefetch([...rows.flatMap((r) => (r.caseId ? [r.caseId] : [])), ...rows.map((r) => r.node.id)]);
    const sees = await Promise.all(rows.map((r) => ctx.access.sees(r.node.id)));
    const usable = await Promise.all(
      rows.map(async (r, i) => !sees[i] || !r.caseId || (await ctx.access.caseVisible(r.caseId))),
    );
    let naming: Naming | undefined;
    const spellings = new Map<string, Array<string | null>>();
    const listed = new Set(hits.map((h) => h.node.id));
    rows.forEach((r, i) => {
      if (!sees[i]) (spellings.get(r.node.id) ?? spellings.set(r.node.id, []).get(r.node.id)!).push(r.spelling);
      if (!usable[i] || listed.has(r.node.id)) return;
      listed.add(r.node.id);
      hits.push({
        node: toGraphNode(r.node),
        score: Math.round(r.score * 1000) / 1000,
        matchedOn: matchedOn(r.node, words),
        named: () =>
          spellings.get(r.node.id)!.some((spelling) => namesHidden(r.node, spelling, (naming ??= namingOf(args.text)))),
      });
    });
  }
  const wanted = args.types?.length ? new Set(args.types) : null;
  const matching = hits.filter((h) => !wanted || wanted.has(h.node.type));
  // A hit says that something matches and whose it is, nothing more. Its relevance, and whether the text
  // met a name or an alias, would grade hidden names against guesses: a full-text hit shows score 0 and
  // TEXT, in the order of its opaque id. An exact identifier match keeps its kind: the caller typed the
  // identifier, and a hit on it is what the exchange is for. The visible results are ranked and cut
  // first; hits only fill the rest of the page, so they never move or push out a visible result.
  await ctx.access.prefetch(matching.map((h) => h.node.id));
  const seen = await Promise.all(matching.map((h) => ctx.access.sees(h.node.id)));
  const visible = matching.filter((_, i) => seen[i]).slice(0, limit);
  const hidden = matching
    .filter((_, i) => !seen[i])
    .map((h) => ({ ...h, exact: IDENTIFIER_KINDS.includes(h.matchedOn), order: ctx.sealer.opaque(h.node.id) }));
  hidden.sort((a, b) => Number(b.exact) - Number(a.exact) || a.order.localeCompare(b.order));
  const room = limit - visible.length;
  const hitsShown: SearchHit[] = [];
  for (const h of hidden) {
    if (hitsShown.length >= room) break;
    if (h.exact) hitsShown.push({ node: h.node, score: h.score, matchedOn: h.matchedOn });
    else if (h.named?.()) hitsShown.push({ node: h.node, score: 0, matchedOn: 'TEXT' });
  }
  const shown = [...visible.map(({ named: _named, ...h }) => h), ...hitsShown];
  // The verdicts of what is shown: they record it for the audit and the owners' notifications.
  await Promise.all(shown.map((h) => ctx.access.check(h.node.id)));
  return shown;
}

/** What a search text offers to name a record the caller does not see with (read once per search). */
interface Naming {
  /** Every word of the text as the index folds it, one-letter words included. */
  tokens: Set<string>;
  /** The text read as a name, when it has two words or more (else it names no person). */
  name: NameKey | null;
}

function namingOf(text: string): Naming {
  const name = nameKey(text);
  const words = new Set(name.variants[0]?.stems.filter((s) => s.length >= 2) ?? []);
  return {
    tokens: new Set(searchForm(text).split(' ').filter(Boolean)),
    name: name.comparable && words.size >= 2 ? name : null,
  };
}

/**
 * Whether the searched text names a node the caller does not see, so that it may be a hit. A person: the
 * text holds every word of its name or of an alias (two words or more), under one reading of the
 * matcher's name keys (transliteration, patronymic, feminine forms; a Russian transcription of a Nordic
 * name only against Cyrillic, as the scorer compares them), so particles ("van der"), two given names or a
 * surname name nobody. An organisation or address: the text holds every word of the report's spelling
 * (its full name; street, number and city), one-letter words included.
 */
function namesHidden(node: StoredNode, spelling: string | null, naming: Naming): boolean {
  if (nodeType(node) !== 'PERSON') {
    const needed = (spelling ?? '').split(' ').filter(Boolean);
    return needed.length > 0 && needed.every((w) => naming.tokens.has(w));
  }
  const asked = naming.name;
  if (!asked) return false;
  const names = [String(node.name ?? ''), ...((node.aliases as string[] | undefined) ?? [])];
  return names.some((name) => {
    const held = nameKey(name);
    return (
      held.comparable &&
      held.variants.some((vh) => {
        const words = [...new Set(vh.stems.filter((x) => x.length >= 2))];
        return (
          words.length >= 2 &&
          asked.variants.some((va) => variantsCompared(va, asked, vh, held) && words.every((w) => va.stems.includes(w)))
        );
      })
    );
  });
}

interface SearchHit {
  node: ReturnType<typeof toGraphNode>;
  score: number;
  matchedOn: string;
}

/** Full-text candidates read: each index's own cap. */
const SEARCH_CANDIDATES = 1000;

function matchedOn(node: StoredNode, words: string[]): string {
  const type = nodeType(node);
  if (type === 'ORGANISATION') return 'ORGANISATION';
  if (type === 'ADDRESS') return 'ADDRESS';
  // ALIAS only when a word is found in an alias and not in the name; fuzzy matches count as the name.
  const name = searchForm(String(node.name)).split(' ');
  const aliases = searchForm(...((node.aliases as string[] | undefined) ?? [])).split(' ');
  return words.some((w) => aliases.includes(w) && !name.includes(w)) ? 'ALIAS' : 'NAME';
}
