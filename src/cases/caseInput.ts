// The case-exchange format (version 1), validated and normalised in one place. The GraphQL import
// mutation and the command-line loader both come through here. GraphQL's own scalars (CountryCode,
// Currency, DateTime) check some fields earlier and a little more strictly (a real ISO country, not just
// two letters); everything else is judged here the same way for both. Field names match CaseInput in
// schema/schema.graphql.
import crypto from 'node:crypto';
import { z } from 'zod';
import { personNameKeys } from '../matching/nameKeys';
import {
  entityIds,
  foldText,
  looksLikeIban,
  looksLikePhone,
  normaliseDocumentNumber,
  normaliseOrganisation,
  normalisePhone,
  normalisePlate,
  normaliseProviderAccount,
  normaliseVin,
  readAddress,
  readIban,
  searchForm,
  type Normalised,
} from '../model/normalise';

export const FORMAT_VERSION = 1;
/**
 * The version of the key rules (normalisers, name keys). Each case records the rules it was written under;
 * `npm run rekey` rewrites the cases written under an older one (src/cases/rekey.ts). Raise it whenever a
 * change to the rules can give an entity or a name another key.
 */
export const RULES_VERSION = 4;

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
export const DOCUMENT_KINDS = ['PASSPORT', 'ID_CARD', 'RESIDENCE_PERMIT', 'DRIVING_LICENCE', 'VISA', 'OTHER'] as const;
export const CHANNELS = ['BANK', 'MONEY_SERVICE', 'CASH', 'CRYPTO', 'OTHER'] as const;
export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export const DEFAULT_HANDLING = 'H2';

// Limits keep one hostile case from exhausting memory or a transaction.
const MAX_TEXT = 500;
const MAX_ITEMS = 2000;

const text = (max = MAX_TEXT) => z.string().max(max, `is longer than ${max} characters`);
const name = () => text(200).refine((s) => s.trim().length > 0, 'must not be empty');
// ':' separates the parts of our node ids, so it may not appear in a local id or a case reference.
const localId = () => text(100).regex(/^[\p{L}\p{N}._\-/]+$/u, 'must be letters, digits and . _ - / only');
const country = () => z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as EE or FI');
const isoDate = () => z.string().refine(isCalendarDate, 'must be a calendar date as YYYY-MM-DD');
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.array(item).max(MAX_ITEMS, `has more than ${MAX_ITEMS} items`).optional().nullable();
const holders = () => list(localId());

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
  phones: list(z.strictObject({ id: localId().optional().nullable(), number: text(40), holders: holders() })),
  addresses: list(
    z.strictObject({
      id: localId().optional().nullable(),
      street: text(200),
      postalCode: text(20).optional().nullable(),
      city: text(100),
      country: country().optional().nullable(),
      holders: holders(),
    }),
  ),
  vehicles: list(
    z.strictObject({
      id: localId().optional().nullable(),
      plate: text(20).optional().nullable(),
      vin: text(30).optional().nullable(),
      country: country().optional().nullable(),
      make: text(100).optional().nullable(),
      model: text(100).optional().nullable(),
      colour: text(50).optional().nullable(),
      holders: holders(),
    }),
  ),
  accounts: list(
    z.strictObject({
      id: localId().optional().nullable(),
      iban: text(50).optional().nullable(),
      provider: text(100).optional().nullable(),
      number: text(50).optional().nullable(),
      holders: holders(),
    }),
  ),
  identityDocuments: list(
    z.strictObject({
      id: localId().optional().nullable(),
      number: text(30),
      country: country(),
      kind: z.enum(DOCUMENT_KINDS).optional().nullable(),
      holders: holders(),
    }),
  ),
  organisations: list(
    z.strictObject({
      id: localId(),
      name: name(),
      country: country().optional().nullable(),
      registrationNumber: text(50).optional().nullable(),
      members: holders(),
      holders: holders(),
    }),
  ),
  transfers: list(
    z.strictObject({
      id: localId(),
      amount: z.number().finite().nonnegative('must not be negative'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
      time: z.string().refine(isDateTime, 'must be an RFC 3339 date-time with an offset, e.g. 2024-03-01T12:00:00Z'),
      channel: z.enum(CHANNELS),
      from: localId(),
      to: localId(),
    }),
  ),
});

/** RFC 3339 with an explicit offset: a time without one would be read in the loader machine's zone. */
function isDateTime(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
    isCalendarDate(s.slice(0, 10)) &&
    !Number.isNaN(Date.parse(s))
  );
}

/** YYYY-MM-DD naming a real day: 2024-02-30 is refused (Date.parse would roll it over to March). */
function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export type CaseInput = z.infer<typeof caseSchema>;
export type EntityLabel = 'Phone' | 'Address' | 'Vehicle' | 'Account' | 'IdentityDocument' | 'Organisation';
/** Relationship types from a holder (person or organisation) to an entity; fixed here, never from input. */
/** IN_BUILDING is the one link between entities: a flat to its building (src/model/address.ts). */
export type HolderLinkType =
  | 'USES'
  | 'LIVES_AT'
  | 'LOCATED_AT'
  | 'USES_VEHICLE'
  | 'HOLDS_ACCOUNT'
  | 'HOLDS_DOCUMENT'
  | 'MEMBER_OF'
  | 'IN_BUILDING';

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

export const caseIdOf = (agencyCode: string, reference: string) => `case:${agencyCode}:${reference.trim()}`;

/** Checks one case of the exchange format and returns it normalised, or every problem with its field path. */
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
  const caseId = caseIdOf(c.agency.code, c.reference);
  const unverifiedScope = `${c.agency.code}:${c.reference.trim()}`;

  // Local ids tie persons, accounts and organisations together inside one case; they must be unique.
  const personIds = new Map<string, string>();
  const accountIds = new Map<string, string>();
  const orgIds = new Map<string, string>();
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
    const id = `person:${owner}:${p.id}`;
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
    const org = orgIds.get(ref);
    if (org) return { id: org, isPerson: false };
    problems.push({ field, message: `refers to '${ref}', which is no person or organisation of this case` });
    return null;
  };
  const linkHolders = (
    refs: string[] | null | undefined,
    field: string,
    entityId: string,
    personType: HolderLinkType,
    orgType: HolderLinkType,
  ) => {
    (refs ?? []).forEach((ref, j) => {
      const holder = holderOf(ref, `${field}.holders[${j}]`);
      if (holder)
        links.push({
          fromId: holder.id,
          fromIsPerson: holder.isPerson,
          type: holder.isPerson ? personType : orgType,
          toId: entityId,
        });
    });
  };
  const check = <T>(result: Normalised<T>, field: string): T | null => {
    if (result.ok) return result.value;
    problems.push({ field, message: result.problem });
    return null;
  };

  // Organisations first: they can hold phones, addresses, vehicles and accounts.
  (c.organisations ?? []).forEach((o, i) => {
    claimLocal(o.id, `organisations[${i}].id`);
    const orgCountry = o.country ?? caseCountry;
    const key = check(
      normaliseOrganisation({ name: o.name, registrationNumber: o.registrationNumber, country: orgCountry }),
      `organisations[${i}].name`,
    );
    if (key === null) return;
    const id = `organisation:${key}`;
    orgIds.set(o.id, id);
    addEntity(
      'Organisation',
      id,
      {
        organisationKey: key,
        name: o.name.trim(),
        country: orgCountry,
        registrationNumber: o.registrationNumber ?? null,
        searchText: searchForm(o.name),
      },
      o.name,
    );
  });
  (c.organisations ?? []).forEach((o, i) => {
    const orgId = orgIds.get(o.id);
    if (!orgId) return;
    (o.members ?? []).forEach((ref, j) => {
      const person = personIds.get(ref);
      if (person) links.push({ fromId: person, fromIsPerson: true, type: 'MEMBER_OF', toId: orgId });
      else
        problems.push({
          field: `organisations[${i}].members[${j}]`,
          message: `refers to '${ref}', which is no person of this case`,
        });
    });
    linkHolders(o.holders, `organisations[${i}]`, orgId, 'MEMBER_OF', 'MEMBER_OF');
  });

  (c.phones ?? []).forEach((p, i) => {
    claimLocal(p.id, `phones[${i}].id`);
    const field = `phones[${i}].number`;
    const phone = normalisePhone(p.number, caseCountry);
    let id: string;
    if (phone.ok) {
      id = entityIds.phone(phone.value.e164);
      addEntity('Phone', id, { e164: phone.value.e164, country: phone.value.country }, p.number);
    } else if (looksLikePhone(p.number)) {
      // Unverified: its id belongs to this case alone, so it never links cases on a guess.
      id = `phone:unverified:${unverifiedScope}:${p.number.replace(/\D/g, '')}`;
      addEntity('Phone', id, { raw: p.number.trim(), unverified: true, problem: phone.problem }, p.number);
      flagged.push({
        field,
        message: `${phone.problem}; kept as written, flagged unverified, never merged with other cases`,
      });
    } else {
      problems.push({ field, message: phone.problem });
      return;
    }
    linkHolders(p.holders, `phones[${i}]`, id, 'USES', 'USES');
  });
  const buildings = new Map<string, NormalisedCase['buildings'][number]>();
  (c.addresses ?? []).forEach((a, i) => {
    claimLocal(a.id, `addresses[${i}].id`);
    const addrCountry = a.country ?? caseCountry;
    const field = `addresses[${i}].street`;
    const read = readAddress({ street: a.street, postalCode: a.postalCode, city: a.city, country: addrCountry });
    const asWritten = [a.street, a.postalCode, a.city].filter(Boolean).join(', ');
    const details = {
      street: a.street.trim(),
      postalCode: a.postalCode ?? null,
      city: a.city.trim(),
      searchText: searchForm(a.street, a.city),
    };
    let id: string;
    if (read.ok) {
      const { key, buildingKey, flat } = read.value;
      id = entityIds.address(key);
      addEntity('Address', id, { addressKey: key, buildingKey, flat, country: addrCountry, ...details }, asWritten);
      if (flat) {
        // The flat's building: its own node, so a report of the building alone meets this one there.
        const buildingId = entityIds.address(buildingKey);
        buildings.set(buildingId, {
          id: buildingId,
          props: { addressKey: buildingKey, buildingKey, country: addrCountry },
        });
        links.push({ fromId: id, fromIsPerson: false, type: 'IN_BUILDING', toId: buildingId });
      }
    } else if (read.problem !== 'street is empty' && read.problem !== 'city is empty') {
      // Written, but no street grammar reads it: kept as written, in this case only, never linked on a guess.
      const key = `unverified:${unverifiedScope}:${foldText(asWritten)}`;
      id = entityIds.address(key);
      addEntity(
        'Address',
        id,
        { addressKey: key, unverified: true, problem: read.problem, country: addrCountry, ...details },
        asWritten,
      );
      flagged.push({
        field,
        message: `${read.problem}; kept as written, flagged unverified, never merged with other cases`,
      });
    } else {
      problems.push({
        field: read.problem === 'city is empty' ? `addresses[${i}].city` : field,
        message: read.problem,
      });
      return;
    }
    linkHolders(a.holders, `addresses[${i}]`, id, 'LIVES_AT', 'LOCATED_AT');
  });
  (c.vehicles ?? []).forEach((v, i) => {
    claimLocal(v.id, `vehicles[${i}].id`);
    if (!v.plate && !v.vin) {
      problems.push({ field: `vehicles[${i}]`, message: 'give a plate, a VIN, or both' });
      return;
    }
    const plateCountry = v.country ?? caseCountry;
    const plate = v.plate ? check(normalisePlate(v.plate, plateCountry), `vehicles[${i}].plate`) : null;
    const vin = v.vin ? check(normaliseVin(v.vin), `vehicles[${i}].vin`) : null;
    if ((v.plate && plate === null) || (v.vin && vin === null)) return;
    // A VIN names the car wherever it is registered; a plate changes when the car crosses a border.
    const id = vin ? entityIds.vin(vin) : entityIds.plate(plateCountry, plate!);
    addEntity(
      'Vehicle',
      id,
      { plate, vin, country: plateCountry, make: v.make ?? null, model: v.model ?? null, colour: v.colour ?? null },
      [v.plate, v.vin && `VIN ${v.vin}`].filter(Boolean).join(', '),
    );
    linkHolders(v.holders, `vehicles[${i}]`, id, 'USES_VEHICLE', 'USES_VEHICLE');
  });
  (c.accounts ?? []).forEach((a, i) => {
    claimLocal(a.id, `accounts[${i}].id`);
    let key: string | null;
    let props: Record<string, unknown>;
    if (a.iban) {
      const iban = readIban(a.iban);
      if (iban.ok) {
        key = `iban:${iban.value.iban}`;
        // A failed national check is a note on the account (ISO 13616 validity is mod-97), never a reason to isolate it.
        props = {
          iban: iban.value.iban,
          provider: a.provider ?? null,
          country: iban.value.iban.slice(0, 2),
          nationalCheck: iban.value.nationalCheck,
          notes: iban.value.notes,
        };
      } else if (looksLikeIban(a.iban)) {
        // A mistyped IBAN is still evidence, but it may name someone else's account: this case's alone.
        const raw = a.iban.toUpperCase().replace(/[^A-Z0-9]/g, '');
        key = `unverified:${unverifiedScope}:${raw}`;
        props = {
          rawIban: a.iban.trim(),
          provider: a.provider ?? null,
          country: raw.slice(0, 2),
          unverified: true,
          problem: iban.problem,
        };
        flagged.push({
          field: `accounts[${i}].iban`,
          message: `${iban.problem}; kept as written, flagged unverified, never merged with other cases`,
        });
      } else {
        problems.push({ field: `accounts[${i}].iban`, message: iban.problem });
        return;
      }
    } else if (a.provider && a.number) {
      key = check(normaliseProviderAccount(a.provider, a.number), `accounts[${i}].number`);
      props = { iban: null, provider: a.provider.trim(), number: a.number.trim(), country: null };
    } else {
      problems.push({ field: `accounts[${i}]`, message: 'give either iban, or provider and number' });
      return;
    }
    if (key === null) return;
    const id = `account:${key}`;
    if (a.id) accountIds.set(a.id, id);
    addEntity('Account', id, { ...props, accountKey: key }, a.iban ?? `${a.provider} ${a.number}`);
    linkHolders(a.holders, `accounts[${i}]`, id, 'HOLDS_ACCOUNT', 'HOLDS_ACCOUNT');
  });
  (c.identityDocuments ?? []).forEach((d, i) => {
    claimLocal(d.id, `identityDocuments[${i}].id`);
    const number = check(normaliseDocumentNumber(d.number), `identityDocuments[${i}].number`);
    if (number === null) return;
    const id = entityIds.document(d.country, number);
    addEntity('IdentityDocument', id, { number, country: d.country, kind: d.kind ?? 'OTHER' }, d.number);
    linkHolders(d.holders, `identityDocuments[${i}]`, id, 'HOLDS_DOCUMENT', 'HOLDS_DOCUMENT');
  });

  const transfers: NormalisedCase['transfers'] = [];
  (c.transfers ?? []).forEach((t, i) => {
    claimLocal(t.id, `transfers[${i}].id`);
    const party = (ref: string, field: string) => {
      const person = personIds.get(ref);
      if (person) return { id: person, isPerson: true };
      const account = accountIds.get(ref);
      if (account) return { id: account, isPerson: false };
      problems.push({ field, message: `refers to '${ref}', which is no person or account of this case` });
      return null;
    };
    const from = party(t.from, `transfers[${i}].from`);
    const to = party(t.to, `transfers[${i}].to`);
    if (!from || !to) return;
    transfers.push({
      id: `transfer:${c.agency.code}:${c.reference.trim()}:${t.id}`,
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
    id: caseId,
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
