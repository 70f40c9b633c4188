// The case-exchange format (version 1), validated and normalised in one place. The GraphQL import
// mutation and the command-line loader both come through here. GraphQL's own scalars (CountryCode,
// Currency, DateTime) check some fields earlier and a little more strictly (a real ISO country, not just
// two letters); everything else is judged here the same way for both. Field names match CaseInput in
// schema/schema.graphql.
import crypto from 'node:crypto';
import { z } from 'zod';
import { personNameKeys } from '../matching/nameKeys';
import { country, dateTime, isoDate, list, localId, name, text } from '../model/fields';
import { caseId, personId, transferId } from '../model/ids';
import type { Normalised } from '../model/normalise';
import { searchForm } from '../model/normalise';
import { DOCUMENT_KINDS, ENTITY_DECLS, type EntityType, type ReadContext } from '../model/registry';

export const FORMAT_VERSION = 1;
/**
 * The version of the key rules (normalisers, name keys). Each case records the rules it was written under;
 * `npm run rekey` rewrites the cases written under an older one (src/cases/rekey.ts). Raise it whenever a
 * change to the rules can give an entity or a name another key.
 */
export const RULES_VERSION = 15;

export const TYPOLOGIES = [
  'SEXUAL_EXPLOITATION',
  'FORCED_LABOUR',
  'FORCED_BEGGING',
  'FORCED_CRIMINALITY',
  'ORGAN_REMOVAL',
  'DOMESTIC_SERVITUDE',
  'OTHER',
] as const;
export const CASE_STATUSES = ['OPEN', 'UNDER_INVESTIGATION', 'PROSECUTION', 'CLOSED'] as const;
export const ROLES = ['VICTIM', 'SUSPECT', 'WITNESS', 'ASSOCIATE'] as const;
export const SUSPECT_FUNCTIONS = [
  'RECRUITER',
  'TRANSPORTER',
  'EXPLOITER',
  'CONTROLLER',
  'MONEY_HANDLER',
  'DOCUMENT_FORGER',
] as const;
export { DOCUMENT_KINDS };
export const CHANNELS = ['BANK', 'MONEY_SERVICE', 'CASH', 'CRYPTO', 'OTHER'] as const;
export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export const DEFAULT_HANDLING = 'H2';

const personSchema = z.strictObject({
  id: localId(),
  registeredBy: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, 'must be an agency code such as FI-POL')
    .optional()
    .nullable(),
  name: name(),
  aliases: list(name()),
  birthDate: isoDate().optional().nullable(),
  nationality: country().optional().nullable(),
  gender: z.enum(['FEMALE', 'MALE', 'OTHER', 'UNKNOWN']).optional().nullable(),
  role: z.enum(ROLES),
  function: z.enum(SUSPECT_FUNCTIONS).optional().nullable(),
});

const caseSchema = z.strictObject({
  reference: text(100)
    .refine((s) => s.trim().length > 0, 'must not be empty')
    .refine((s) => !s.includes(':'), "must not contain ':'"),
  agency: z.strictObject({
    code: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, 'must be 2 to 32 upper-case letters, digits, _ or -, e.g. EE-PPA'),
    name: text(200).optional().nullable(),
    country: country(),
  }),
  title: text().optional().nullable(),
  // Set by the owner, as in SIENA: H0 crime prevention only, H1 not for court without permission,
  // H2 no further dissemination without permission, H3 other restrictions in text. Absent means H2.
  handling: z
    .strictObject({ code: z.enum(HANDLING_CODES), text: text(500).optional().nullable() })
    .optional()
    .nullable(),
  // Source reliability A/B/C/X and information reliability 1-4 (the 4x4 system).
  evaluation: z
    .strictObject({ source: z.enum(['A', 'B', 'C', 'X']), information: z.enum(['1', '2', '3', '4']) })
    .optional()
    .nullable(),
  typologies: z.array(z.enum(TYPOLOGIES)).min(1, 'needs at least one typology').max(10),
  status: z.enum(CASE_STATUSES),
  openedOn: isoDate(),
  closedOn: isoDate().optional().nullable(),
  persons: list(personSchema),
  ...Object.fromEntries(ENTITY_DECLS.map((d) => [d.entity.list, list(d.entity.item)])),
  transfers: list(
    z.strictObject({
      id: localId(),
      amount: z.number().finite().nonnegative('must not be negative'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
      time: dateTime(),
      channel: z.enum(CHANNELS),
      from: localId(),
      to: localId(),
    }),
  ),
});

export type CaseInput = z.infer<typeof caseSchema>;
/** A shared entity's label (src/model/registry.ts); never from input. */
export type EntityLabel = string;
/**
 * Relationship types from a holder (person or organisation) to an entity, and from an entity to one it
 * implies (a flat IN_BUILDING its building): from the registry, never from input.
 */
export type HolderLinkType = string;

export interface NormalisedCase {
  id: string;
  reference: string;
  agencyCode: string;
  agencyName: string | null;
  country: string;
  title: string | null;
  handlingCode: string;
  handlingText: string | null;
  sourceReliability: string | null;
  informationReliability: string | null;
  typologies: string[];
  status: string;
  openedOn: string;
  closedOn: string | null;
  version: string;
  persons: Array<{
    id: string;
    owned: boolean;
    props: Record<string, unknown>;
    role: string;
    function: string | null;
    nameAsWritten: string;
    nameKeys: string[];
  }>;
  entities: Array<{ id: string; label: EntityLabel; props: Record<string, unknown>; asWritten: string[] }>;
  /** Buildings of the flats this case reports: created if new, never mentioned by the case itself. */
  buildings: Array<{ id: string; props: Record<string, unknown> }>;
  links: Array<{ fromId: string; fromIsPerson: boolean; type: HolderLinkType; toId: string }>;
  transfers: Array<{
    id: string;
    props: Record<string, unknown>;
    fromId: string;
    fromIsPerson: boolean;
    toId: string;
    toIsPerson: boolean;
  }>;
  /** Identifiers kept as written and flagged (an unparseable phone, an IBAN with a bad checksum). */
  flagged: FieldProblem[];
}

export interface FieldProblem {
  field: string;
  message: string;
}
export type Validated = { ok: true; case: NormalisedCase } | { ok: false; problems: FieldProblem[] };

/** Checks one case of the exchange format and returns it normalised, or every problem with its field path. */
/** What a transfer may come from or go to besides a person: "account" (or "account or crypto wallet"). */
const PARTY_WORDS = ENTITY_DECLS.filter((d) => d.entity.transferParty)
  .map((d) => d.words[0])
  .join(' or ');

export function validateCase(input: unknown): Validated {
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ field: fieldPath(i.path), message: describeIssue(i) })),
    };
  }
  const c = parsed.data;
  const problems: FieldProblem[] = [];
  const flagged: FieldProblem[] = [];
  const caseCountry = c.agency.country;
  const id = caseId(c.agency.code, c.reference);
  const lists = c as unknown as Record<string, Array<Record<string, unknown>> | null | undefined>;

  // Local ids tie persons, holders and transfer parties together inside one case; they must be unique.
  const personIds = new Map<string, string>();
  const partyIds = new Map<string, string>();
  const holderIds = new Map<string, string>();
  const seenLocal = new Set<string>();
  const claimLocal = (id: string | null | undefined, field: string) => {
    if (!id) return;
    if (seenLocal.has(id))
      problems.push({
        field,
        message: `duplicate id '${id}' in this case; every person, entity and transfer id must be unique within its case`,
      });
    seenLocal.add(id);
  };

  const persons: NormalisedCase['persons'] = [];
  (c.persons ?? []).forEach((p, i) => {
    claimLocal(p.id, `persons[${i}].id`);
    if (p.function && p.role !== 'SUSPECT')
      problems.push({ field: `persons[${i}].function`, message: 'only a SUSPECT has a function' });
    const owner = (p.registeredBy ?? c.agency.code).trim();
    const id = personId(owner, p.id);
    personIds.set(p.id, id);
    persons.push({
      id,
      owned: owner === c.agency.code,
      props: {
        name: p.name.trim(),
        aliases: (p.aliases ?? []).map((a) => a.trim()),
        birthDate: p.birthDate ?? null,
        nationality: p.nationality ?? null,
        gender: p.gender ?? null,
        registeredBy: owner,
        searchText: searchForm(p.name, ...(p.aliases ?? [])),
      },
      role: p.role,
      function: p.function ?? null,
      nameAsWritten: p.name,
      nameKeys: personNameKeys(p),
    });
  });

  const entities = new Map<string, NormalisedCase['entities'][number]>();
  const buildings = new Map<string, NormalisedCase['buildings'][number]>();
  const links: NormalisedCase['links'] = [];
  const addEntity = (label: EntityLabel, id: string, props: Record<string, unknown>, asWritten: string) => {
    const known = entities.get(id);
    if (known) {
      if (!known.asWritten.includes(asWritten)) known.asWritten.push(asWritten);
    } else {
      entities.set(id, { id, label, props, asWritten: [asWritten] });
    }
  };
  const holderOf = (ref: string, field: string): { id: string; isPerson: boolean } | null => {
    const person = personIds.get(ref);
    if (person) return { id: person, isPerson: true };
    const holder = holderIds.get(ref);
    if (holder) return { id: holder, isPerson: false };
    problems.push({ field, message: `refers to '${ref}', which is no person or organisation of this case` });
    return null;
  };
  const ctx: ReadContext = {
    agency: c.agency.code,
    reference: c.reference,
    caseCountry,
    check: <T>(result: Normalised<T>, field: string): T | null => {
      if (result.ok) return result.value;
      problems.push({ field, message: result.problem });
      return null;
    },
    problem: (field, message) => problems.push({ field, message }),
    unverified: (field, problem) =>
      flagged.push({
        field,
        message: `${problem}; kept as written, flagged unverified, never merged with other cases`,
      }),
  };

  // Every list through its type's declaration; holders (organisations) first, as the others name them.
  type Item = { decl: EntityType; item: Record<string, unknown>; field: string; id: string };
  const readList = (decl: EntityType, then: (read: Item) => void) =>
    (lists[decl.entity.list] ?? []).forEach((item, i) => {
      const field = `${decl.entity.list}[${i}]`;
      claimLocal(item.id as string | undefined, `${field}.id`);
      const entity = decl.entity.read(item, ctx, field);
      if (!entity) return;
      addEntity(decl.label, entity.id, entity.props, entity.asWritten);
      for (const r of entity.related ?? []) {
        if (r.asWritten === null) buildings.set(r.id, { id: r.id, props: r.props });
        else addEntity(r.label, r.id, r.props, r.asWritten);
        links.push({ fromId: entity.id, fromIsPerson: false, type: r.link, toId: r.id });
      }
      const local = item.id as string | null | undefined;
      if (local && decl.entity.isHolder) holderIds.set(local, entity.id);
      if (local && decl.entity.transferParty) partyIds.set(local, entity.id);
      then({ decl, item, field, id: entity.id });
    });
  const linkHolders = ({ decl, item, field, id }: Item) =>
    ((item.holders as string[] | null | undefined) ?? []).forEach((ref, j) => {
      const holder = holderOf(ref, `${field}.holders[${j}]`);
      if (holder)
        links.push({
          fromId: holder.id,
          fromIsPerson: holder.isPerson,
          type: holder.isPerson ? decl.entity.holders.person : decl.entity.holders.organisation,
          toId: id,
        });
    });
  const holdersRead: Item[] = [];
  ENTITY_DECLS.filter((d) => d.entity.isHolder).forEach((d) => readList(d, (r) => holdersRead.push(r)));
  for (const r of holdersRead) {
    // An organisation's members are persons of the case: linked as its person holders are.
    ((r.item.members as string[] | null | undefined) ?? []).forEach((ref, j) => {
      const person = personIds.get(ref);
      if (person) links.push({ fromId: person, fromIsPerson: true, type: r.decl.entity.holders.person, toId: r.id });
      else
        problems.push({
          field: `${r.field}.members[${j}]`,
          message: `refers to '${ref}', which is no person of this case`,
        });
    });
    linkHolders(r);
  }
  ENTITY_DECLS.filter((d) => !d.entity.isHolder).forEach((d) => readList(d, linkHolders));

  const transfers: NormalisedCase['transfers'] = [];
  (c.transfers ?? []).forEach((t, i) => {
    claimLocal(t.id, `transfers[${i}].id`);
    const party = (ref: string, field: string) => {
      const person = personIds.get(ref);
      if (person) return { id: person, isPerson: true };
      const account = partyIds.get(ref);
      if (account) return { id: account, isPerson: false };
      problems.push({ field, message: `refers to '${ref}', which is no person or ${PARTY_WORDS} of this case` });
      return null;
    };
    const from = party(t.from, `transfers[${i}].from`);
    const to = party(t.to, `transfers[${i}].to`);
    if (!from || !to) return;
    transfers.push({
      id: transferId(c.agency.code, c.reference, t.id),
      props: { amount: t.amount, currency: t.currency, time: new Date(t.time).toISOString(), channel: t.channel },
      fromId: from.id,
      fromIsPerson: from.isPerson,
      toId: to.id,
      toIsPerson: to.isPerson,
    });
  });

  if (c.closedOn && c.closedOn < c.openedOn) problems.push({ field: 'closedOn', message: 'is before openedOn' });
  if (c.handling?.code === 'H3' && !c.handling.text?.trim())
    problems.push({ field: 'handling.text', message: 'H3 needs the restriction in text' });
  if (problems.length) return { ok: false, problems };

  const normalised: Omit<NormalisedCase, 'version'> = {
    id,
    reference: c.reference.trim(),
    agencyCode: c.agency.code,
    agencyName: c.agency.name ?? null,
    country: caseCountry,
    title: c.title ?? null,
    handlingCode: c.handling?.code ?? DEFAULT_HANDLING,
    handlingText: c.handling?.text?.trim() || null,
    sourceReliability: c.evaluation?.source ?? null,
    informationReliability: c.evaluation?.information ?? null,
    typologies: [...new Set(c.typologies)].sort(),
    status: c.status,
    openedOn: c.openedOn,
    closedOn: c.closedOn ?? null,
    persons,
    entities: [...entities.values()],
    buildings: [...buildings.values()],
    links: dedupeLinks(links),
    transfers,
    flagged,
  };
  // The version is a hash of the normalised content, in an order of its own: re-importing an unchanged case
  // is recognised and skipped however its lists were ordered, and so is a case the re-key wrote back.
  const version = crypto
    .createHash('sha256')
    .update(JSON.stringify([FORMAT_VERSION, canonicalOrder(normalised)]))
    .digest('hex')
    .slice(0, 32);
  return { ok: true, case: { ...normalised, version } };
}

function canonicalOrder(c: Omit<NormalisedCase, 'version'>) {
  const by =
    <T>(key: (x: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return {
    ...c,
    // The agency's name belongs to the agency, not to the case's content.
    agencyName: undefined,
    persons: [...c.persons].sort(by((p) => p.id)),
    entities: c.entities.map((e) => ({ ...e, asWritten: [...e.asWritten].sort() })).sort(by((e) => e.id)),
    links: [...c.links].sort(by((l) => `${l.fromId}|${l.type}|${l.toId}`)),
    transfers: [...c.transfers].sort(by((t) => t.id)),
    flagged: [...c.flagged].sort(by((f) => `${f.field}|${f.message}`)),
  };
}

function dedupeLinks(links: NormalisedCase['links']): NormalisedCase['links'] {
  const seen = new Map<string, NormalisedCase['links'][number]>();
  for (const l of links) seen.set(`${l.fromId}|${l.type}|${l.toId}`, l);
  return [...seen.values()];
}

function fieldPath(path: PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      '',
    ) || '(case)'
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue)
    return `must be one of ${(issue.values as unknown[]).join(', ')}`;
  if (issue.code === 'invalid_type') return issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}
