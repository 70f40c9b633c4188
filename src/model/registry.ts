// What the graph holds: one declaration per node type, in the spirit of followthemoney's schema files.
// Each says its Neo4j label (also its GraphQL type), its NodeType enum value, the kind its ids start with
// (src/model/ids.ts), the words a chart and a hit use, its display label and descriptive details and, for
// the shared entities a case reports, its list in the exchange format (fields, CSV file, how an item
// validates and normalises to its natural key), the relationships from its holders, and the identifier
// kinds the lookup and search read. Every per-type table of the service is derived from here; a new type
// is a new declaration (plus its key constraint in a migration and its GraphQL type).
import { z } from 'zod';
import { country, dateTime, holders, list, localId, name, optional, text } from './fields';
import { entityIds as ids, keyOfId, makeId, unverifiedKey } from './ids';
import {
  normaliseAdvert,
  normaliseCryptoWallet,
  normaliseEmail,
  normaliseOnlineAccount,
  type OnlineResult,
} from './online';
import { registrationKey } from './organisation';
import {
  explainAddress,
  explainDocument,
  explainIban,
  explainOrganisation,
  explainPhone,
  explainPlate,
  explainVin,
  foldText,
  looksLikeIban,
  looksLikePhone,
  normaliseDocumentNumber,
  normaliseIban,
  normalisePhone,
  normalisePlate,
  normaliseProviderAccount,
  normaliseVin,
  readAddress,
  readIban,
  readOrganisation,
  readRegistration,
  searchForm,
  type Explainer,
  type Explanation,
  type Normalised,
  type Written,
} from './normalise';

export const DOCUMENT_KINDS = ['PASSPORT', 'ID_CARD', 'RESIDENCE_PERMIT', 'DRIVING_LICENCE', 'VISA', 'OTHER'] as const;

type Props = Record<string, unknown>;
/** The relationships that hold whatever the types: a case's reports, persons' matches, money. */
const STRUCTURAL = ['INVOLVES', 'MENTIONS', 'SENT', 'TO', 'POSSIBLY_SAME', 'SAME_AS'] as const;

/** What an entity's reader may ask of the case it reads in. */
export interface ReadContext {
  agency: string;
  reference: string;
  /** The country of the reporting agency: where a local phone number or a plate is read. */
  caseCountry: string;
  /** The value, or null with the problem recorded at this field. */
  check<T>(result: Normalised<T>, field: string): T | null;
  problem(field: string, message: string): void;
  /** Keeps a value that no rule reads as evidence of this case alone, and says so at this field. */
  unverified(field: string, problem: string): void;
}

/** One entity as an item of a case gives it, with what it brings along. */
export interface EntityRead {
  id: string;
  props: Props;
  asWritten: string;
  /** Nodes the item implies: `asWritten` null means the case does not mention it (a flat's building). */
  related?: Array<{ label: string; id: string; props: Props; asWritten: string | null; link: string }>;
}

/** An entity as the re-key reads it back from one case's report (src/cases/rekey.ts). */
export type Reported = Props & { id: string; node: Props };

export interface EntityDecl {
  /** The case's list of these in the exchange format (JSON), and the CSV bundle's file of them. */
  list: string;
  csvFile: string;
  item: z.ZodObject;
  /** Normalises one item to its node, or returns null with its problems recorded in the context. */
  read(item: Props, ctx: ReadContext, field: string): EntityRead | null;
  /** The relationship from a person holder and from an organisation holder. */
  holders: { person: string; organisation: string };
  /** Relationships from this entity to others that it implies (`related`): followed by traversals too. */
  links?: string[];
  /** A holder itself (an organisation): its local id may be named in other items' holders. */
  isHolder?: boolean;
  /** A transfer may come from or go to one (its local id may be named in transfers). */
  transferParty?: boolean;
  /**
   * The item this entity was in the case, given one of its spellings (the inverse of read), and the
   * spellings this case gave the entities it links to by one of its `links`.
   */
  toInput(e: Reported, spelling: string, linked: (type: string) => string[]): Props;
  /** The spelling of an entity whose report kept none, from its own fields. */
  spelling(e: Props): string;
}

/** The id a written identifier normalises to, or the problem and the argument it lies in. */
export type Lookup = Normalised<string> & { field?: 'value' | 'country' };

export interface NodeTypeDecl {
  type: string;
  label: string;
  /** The kind its ids start with. */
  kind: string;
  words: readonly [one: string, many: string];
  /** How a hit names it: "<hitWord> in a case of EE-PPA (EE)". */
  hitWord: string;
  display(p: Record<string, string | number | null>): string;
  /**
   * The descriptive details of a shared entity: what one report says about it beyond its key (a van's
   * colour, a flat's street spelling). Each report keeps its own, as a whole, on its MENTIONS; a caller
   * sees those of the newest report it may see. The node keeps the latest report's, for the search index.
   */
  details?(id: string): string[];
  /** Whether its display label is made of descriptive details (a plainer one from the key replaces it then). */
  labelFromDetails?(id: string): boolean;
  /** Reported by cases (mentioned, counted in hot spots), as persons and shared entities are. */
  reported?: boolean;
  entity?: EntityDecl;
  /** Identifier kinds the lookup and search read as this type: the id a written value normalises to. */
  lookups?: Record<string, (value: string, country: string | null | undefined) => Lookup>;
  /**
   * How explainLink reads it (src/links/explain.ts): 'KEY' by its key alone, 'NAME' by a person's names
   * (src/matching/nameKeys.ts), or as identifiers: the kinds written values of it are explained as, and
   * the kind and value as written a stored node is explained from.
   */
  explain?: 'KEY' | 'NAME' | { kinds: Record<string, Explainer>; stored(node: Props): StoredWritten };
}

/** A stored node as explainLink reads it again: the kind, the value as written and the case's country. */
export interface StoredWritten {
  kind: string;
  value: Written;
  caseCountry: string;
}
/** A stored identifier's own country, if it has one, and the country it is read in (EE when none is stored). */
const ownCountry = (p: Props) => (p.country as string | null | undefined) ?? null;
const readIn = (p: Props) => ownCountry(p) ?? 'EE';

const entity = <S extends z.ZodObject>(
  d: Omit<EntityDecl, 'item' | 'read'> & {
    item: S;
    read(item: z.infer<S>, ctx: ReadContext, field: string): EntityRead | null;
  },
): EntityDecl => d;

const map = <T, U>(r: Normalised<T>, f: (v: T) => U): Normalised<U> => (r.ok ? { ok: true, value: f(r.value) } : r);
const emailId = (key: string) => makeId('email', key);
const walletId = (key: string) => makeId('wallet', key);
const advertId = (key: string) => makeId('advert', key);
const onlineId = (key: string) => makeId('online', key);
/** A lookup from an online identifier's normaliser: its key as an id, or its problem at `value`. */
const online = <D>(r: OnlineResult<D>, id: (v: { key: string }) => string): Lookup =>
  r.ok ? { ok: true, value: id(r.value) } : { ok: false, problem: r.problem };
/** An online identifier's key, display and details, or null with its problem recorded at its field. */
function readOnline<D>(r: OnlineResult<D>, ctx: ReadContext, field: string) {
  if (r.ok) return r.value;
  ctx.problem(`${field}.${r.field}`, r.problem);
  return null;
}
const needCountry = (kind: string, country: string | null | undefined): Lookup =>
  country
    ? { ok: true, value: country }
    : { ok: false, problem: `a ${kind} lookup needs the issuing country`, field: 'country' };

export const REGISTRY = [
  {
    type: 'CASE',
    label: 'Case',
    kind: 'case',
    words: ['case', 'cases'],
    hitWord: 'Case',
    display: (p) => `${p.reference} (${p.country})`,
    explain: 'KEY',
  },
  {
    type: 'PERSON',
    label: 'Person',
    kind: 'person',
    words: ['person', 'persons'],
    hitWord: 'Person',
    reported: true,
    display: (p) => String(p.name),
    explain: 'NAME',
  },
  {
    type: 'PHONE',
    label: 'Phone',
    kind: 'phone',
    words: ['phone', 'phones'],
    hitWord: 'Phone',
    reported: true,
    display: (p) => (p.e164 ? String(p.e164) : `${p.raw} (unverified)`),
    explain: {
      kinds: { PHONE: explainPhone },
      stored: (p) => ({
        kind: 'PHONE',
        value: { raw: (p.e164 ?? p.raw) as string, country: ownCountry(p) },
        caseCountry: readIn(p),
      }),
    },
    lookups: {
      PHONE: (value, country) =>
        !country && !/^\s*(\+|00)/.test(value)
          ? { ok: false, problem: 'a local phone number needs the country it was written in', field: 'country' }
          : map(normalisePhone(value, country ?? 'EE'), (p) => ids.phone(p.e164)),
    },
    entity: entity({
      list: 'phones',
      csvFile: 'phones.csv',
      item: z.strictObject({ id: optional(localId()), number: text(40), holders: holders() }),
      holders: { person: 'USES', organisation: 'USES' },
      read: (p, ctx, field) => {
        const phone = normalisePhone(p.number, ctx.caseCountry);
        if (phone.ok)
          return {
            id: ids.phone(phone.value.e164),
            props: { e164: phone.value.e164, country: phone.value.country },
            asWritten: p.number,
          };
        if (!looksLikePhone(p.number)) {
          ctx.problem(`${field}.number`, phone.problem);
          return null;
        }
        // Unverified: its id belongs to this case alone, so it never links cases on a guess.
        ctx.unverified(`${field}.number`, phone.problem);
        return {
          id: ids.phone(unverifiedKey(ctx.agency, ctx.reference, p.number.replace(/\D/g, ''))),
          props: { raw: p.number.trim(), unverified: true, problem: phone.problem },
          asWritten: p.number,
        };
      },
      toInput: (_e, number) => ({ number }),
      spelling: (e) => String(e.raw ?? e.e164),
    }),
  },
  {
    type: 'ADDRESS',
    label: 'Address',
    kind: 'address',
    words: ['address', 'addresses'],
    hitWord: 'Address',
    reported: true,
    details: () => ['street', 'postalCode', 'city', 'searchText'],
    labelFromDetails: () => true,
    // A building known only through its flats has no spelling of its own: its key names it.
    display: (p) =>
      p.street
        ? `${p.street}, ${p.city} (${p.country})`
        : `building ${String(p.addressKey).split('|').slice(0, 3).join(', ')} (${p.country})`,
    explain: {
      kinds: { ADDRESS: explainAddress },
      stored: (p) => ({
        kind: 'ADDRESS',
        value: {
          raw: p.street as string,
          postalCode: (p.postalCode as string | null | undefined) ?? null,
          city: p.city as string,
          country: p.country as string,
        },
        caseCountry: p.country as string,
      }),
    },
    entity: entity({
      list: 'addresses',
      csvFile: 'addresses.csv',
      item: z.strictObject({
        id: optional(localId()),
        street: text(200),
        postalCode: optional(text(20)),
        city: text(100),
        country: optional(country()),
        holders: holders(),
      }),
      holders: { person: 'LIVES_AT', organisation: 'LOCATED_AT' },
      // A flat to its building (src/model/address.ts).
      links: ['IN_BUILDING'],
      read: (a, ctx, field) => {
        const addrCountry = a.country ?? ctx.caseCountry;
        const read = readAddress({ street: a.street, postalCode: a.postalCode, city: a.city, country: addrCountry });
        const asWritten = [a.street, a.postalCode, a.city].filter(Boolean).join(', ');
        const details = {
          street: a.street.trim(),
          postalCode: a.postalCode ?? null,
          city: a.city.trim(),
          searchText: searchForm(a.street, a.city),
        };
        if (read.ok) {
          const { key, buildingKey, flat } = read.value;
          return {
            id: ids.address(key),
            props: { addressKey: key, buildingKey, flat, country: addrCountry, ...details },
            asWritten,
            // The flat's building: its own node, so a report of the building alone meets this one there.
            related: flat
              ? [
                  {
                    label: 'Address',
                    id: ids.address(buildingKey),
                    props: { addressKey: buildingKey, buildingKey, country: addrCountry },
                    asWritten: null,
                    link: 'IN_BUILDING',
                  },
                ]
              : [],
          };
        }
        if (read.problem === 'street is empty' || read.problem === 'city is empty') {
          ctx.problem(read.problem === 'city is empty' ? `${field}.city` : `${field}.street`, read.problem);
          return null;
        }
        // Written, but no street grammar reads it: kept as written, in this case only, never linked on a guess.
        ctx.unverified(`${field}.street`, read.problem);
        const key = unverifiedKey(ctx.agency, ctx.reference, foldText(asWritten));
        return {
          id: ids.address(key),
          props: { addressKey: key, unverified: true, problem: read.problem, country: addrCountry, ...details },
          asWritten,
        };
      },
      toInput: (e, written) => ({ ...addressParts(written, e.street ? e : e.node), country: e.country }),
      spelling: (e) => [e.street, e.postalCode, e.city].filter(Boolean).join(', '),
    }),
  },
  {
    type: 'VEHICLE',
    label: 'Vehicle',
    kind: 'vehicle',
    words: ['vehicle', 'vehicles'],
    hitWord: 'Vehicle',
    reported: true,
    details: (id) =>
      id.startsWith('vehicle:vin:') ? ['make', 'model', 'colour', 'plate', 'country'] : ['make', 'model', 'colour'],
    labelFromDetails: (id) => id.startsWith('vehicle:vin:'),
    display: (p) => (p.plate ? `${p.plate} (${p.country})` : `VIN ${p.vin}`),
    explain: {
      kinds: { PLATE: explainPlate, VIN: explainVin },
      stored: (p) => ({
        kind: p.vin ? 'VIN' : 'PLATE',
        value: { raw: (p.vin ? p.vin : p.plate) as string, country: ownCountry(p) },
        caseCountry: readIn(p),
      }),
    },
    lookups: {
      PLATE: (value, country) => {
        const c = needCountry('plate', country);
        return c.ok ? map(normalisePlate(value, c.value), (plate) => ids.plate(c.value, plate)) : c;
      },
      VIN: (value) => map(normaliseVin(value), ids.vin),
    },
    entity: entity({
      list: 'vehicles',
      csvFile: 'vehicles.csv',
      item: z.strictObject({
        id: optional(localId()),
        plate: optional(text(20)),
        vin: optional(text(30)),
        country: optional(country()),
        make: optional(text(100)),
        model: optional(text(100)),
        colour: optional(text(50)),
        holders: holders(),
      }),
      holders: { person: 'USES_VEHICLE', organisation: 'USES_VEHICLE' },
      read: (v, ctx, field) => {
        if (!v.plate && !v.vin) {
          ctx.problem(field, 'give a plate, a VIN, or both');
          return null;
        }
        const plateCountry = v.country ?? ctx.caseCountry;
        const plate = v.plate ? ctx.check(normalisePlate(v.plate, plateCountry), `${field}.plate`) : null;
        const vin = v.vin ? ctx.check(normaliseVin(v.vin), `${field}.vin`) : null;
        if ((v.plate && plate === null) || (v.vin && vin === null)) return null;
        // A VIN names the car wherever it is registered; a plate changes when the car crosses a border.
        return {
          id: vin ? ids.vin(vin) : ids.plate(plateCountry, plate!),
          props: {
            plate,
            vin,
            country: plateCountry,
            make: v.make ?? null,
            model: v.model ?? null,
            colour: v.colour ?? null,
          },
          asWritten: [v.plate, v.vin && `VIN ${v.vin}`].filter(Boolean).join(', '),
        };
      },
      // Written as "<plate>", "VIN <vin>" or "<plate>, VIN <vin>" (the reader's spelling of a vehicle).
      toInput: (e, written) => {
        const parts = written.split(', ');
        return {
          plate: parts.find((p) => !p.startsWith('VIN ')) ?? null,
          vin: parts.find((p) => p.startsWith('VIN '))?.slice(4) ?? null,
          country: e.country,
          make: e.make ?? null,
          model: e.model ?? null,
          colour: e.colour ?? null,
        };
      },
      spelling: (e) => [e.plate, e.vin && `VIN ${String(e.vin)}`].filter(Boolean).join(', '),
    }),
  },
  {
    type: 'ACCOUNT',
    label: 'Account',
    kind: 'account',
    words: ['account', 'accounts'],
    hitWord: 'Account',
    reported: true,
    // An account at a provider is keyed by the folded provider and number: how each report wrote them is its own.
    details: (id) =>
      id.startsWith('account:iban:')
        ? ['provider']
        : id.startsWith('account:unverified:')
          ? []
          : ['provider', 'number'],
    labelFromDetails: (id) => !id.startsWith('account:iban:') && !id.startsWith('account:unverified:'),
    display: (p) => (p.iban ? String(p.iban) : p.rawIban ? `${p.rawIban} (unverified)` : `${p.provider} ${p.number}`),
    explain: {
      kinds: { IBAN: explainIban },
      stored: (p) => ({
        kind: 'IBAN',
        value: {
          raw: (p.iban ?? p.rawIban ?? `${String(p.provider)} ${String(p.number)}`) as string,
          country: ownCountry(p),
        },
        caseCountry: readIn(p),
      }),
    },
    lookups: { IBAN: (value, country) => map(normaliseIban(value, country), ids.iban) },
    entity: entity({
      list: 'accounts',
      csvFile: 'accounts.csv',
      item: z.strictObject({
        id: optional(localId()),
        iban: optional(text(50)),
        provider: optional(text(100)),
        number: optional(text(50)),
        holders: holders(),
      }),
      holders: { person: 'HOLDS_ACCOUNT', organisation: 'HOLDS_ACCOUNT' },
      transferParty: true,
      read: (a, ctx, field) => {
        let key: string | null;
        let props: Props;
        if (a.iban) {
          // A domestic account number is read in the case's country (Norway, Finland: see readIban).
          const iban = readIban(a.iban, ctx.caseCountry);
          if (iban.ok) {
            key = makeId('iban', iban.value.iban);
            // A failed national check is a note on the account (ISO 13616 validity is mod-97), never a reason to isolate it.
            props = {
              iban: iban.value.iban,
              provider: a.provider ?? null,
              country: iban.value.iban.slice(0, 2),
              nationalCheck: iban.value.nationalCheck,
              notes: iban.value.notes,
            };
          } else if (looksLikeIban(a.iban, ctx.caseCountry)) {
            // A mistyped IBAN (or domestic account number) is still evidence, but it may name someone
            // else's account: this case's alone.
            const raw = a.iban.toUpperCase().replace(/[^A-Z0-9]/g, '');
            key = unverifiedKey(ctx.agency, ctx.reference, raw);
            props = {
              rawIban: a.iban.trim(),
              provider: a.provider ?? null,
              country: looksLikeIban(a.iban) ? raw.slice(0, 2) : ctx.caseCountry,
              unverified: true,
              problem: iban.problem,
            };
            ctx.unverified(`${field}.iban`, iban.problem);
          } else {
            ctx.problem(`${field}.iban`, iban.problem);
            return null;
          }
        } else if (a.provider && a.number) {
          key = ctx.check(normaliseProviderAccount(a.provider, a.number), `${field}.number`);
          props = { iban: null, provider: a.provider.trim(), number: a.number.trim(), country: null };
        } else {
          ctx.problem(field, 'give either iban, or provider and number');
          return null;
        }
        if (key === null) return null;
        return {
          id: ids.account(key),
          props: { ...props, accountKey: key },
          asWritten: a.iban ?? `${a.provider} ${a.number}`,
        };
      },
      toInput: (e, written) =>
        e.iban || e.rawIban
          ? { iban: written, provider: e.provider ?? null }
          : { provider: e.provider, number: e.number },
      spelling: (e) => String(e.rawIban ?? e.iban ?? `${String(e.provider)} ${String(e.number)}`),
    }),
  },
  {
    type: 'IDENTITY_DOCUMENT',
    label: 'IdentityDocument',
    kind: 'document',
    words: ['identity document', 'identity documents'],
    hitWord: 'Identity document',
    reported: true,
    details: () => ['kind'],
    labelFromDetails: () => true,
    display: (p) => `${p.kind} ${p.number} (${p.country})`,
    explain: {
      kinds: { DOCUMENT: explainDocument },
      stored: (p) => ({
        kind: 'DOCUMENT',
        value: { raw: p.number as string, country: p.country as string },
        caseCountry: p.country as string,
      }),
    },
    lookups: {
      DOCUMENT: (value, country) => {
        const c = needCountry('document', country);
        return c.ok ? map(normaliseDocumentNumber(value), (number) => ids.document(c.value, number)) : c;
      },
    },
    entity: entity({
      list: 'identityDocuments',
      csvFile: 'identity_documents.csv',
      item: z.strictObject({
        id: optional(localId()),
        number: text(30),
        country: country(),
        kind: optional(z.enum(DOCUMENT_KINDS)),
        holders: holders(),
      }),
      holders: { person: 'HOLDS_DOCUMENT', organisation: 'HOLDS_DOCUMENT' },
      read: (d, ctx, field) => {
        const number = ctx.check(normaliseDocumentNumber(d.number), `${field}.number`);
        if (number === null) return null;
        return {
          id: ids.document(d.country, number),
          props: { number, country: d.country, kind: d.kind ?? 'OTHER' },
          asWritten: d.number,
        };
      },
      toInput: (e, number) => ({ number, country: e.country, kind: e.kind ?? null }),
      spelling: (e) => String(e.number),
    }),
  },
  {
    type: 'ORGANISATION',
    label: 'Organisation',
    kind: 'organisation',
    words: ['organisation', 'organisations'],
    hitWord: 'Organisation',
    reported: true,
    // The number as written and the notes on it are each report's own: another agency's spelling
    // ("Y-tunnus 1234567-2 (Helsinki)") is never shown to one that reports the same number.
    details: () => ['name', 'searchText', 'registrationNumber', 'notes'],
    labelFromDetails: () => true,
    display: (p) => `${p.name} (${p.country})`,
    explain: {
      kinds: { ORGANISATION: explainOrganisation },
      stored: (p) => ({
        kind: 'ORGANISATION',
        value: {
          raw: p.name as string,
          registrationNumber: (p.registrationNumber as string | null | undefined) ?? null,
          country: p.country as string,
        },
        caseCountry: p.country as string,
      }),
    },
    lookups: {
      // A registration number in any written form; a VAT number ("FI28451233") names its country itself.
      REGISTRATION_NUMBER: (value, country) => {
        const r = readRegistration(value, country ?? '');
        if (!r) return { ok: false, problem: 'is empty' };
        if (!r.ok) return { ok: false, problem: r.problem };
        if (!r.value.country) return needCountry('registration number', null);
        return { ok: true, value: ids.organisation(registrationKey(r.value)) };
      },
    },
    entity: entity({
      list: 'organisations',
      csvFile: 'organisations.csv',
      item: z.strictObject({
        id: localId(),
        name: name(),
        country: optional(country()),
        registrationNumber: optional(text(50)),
        members: holders(),
        holders: holders(),
      }),
      holders: { person: 'MEMBER_OF', organisation: 'MEMBER_OF' },
      isHolder: true,
      read: (o, ctx, field) => {
        const orgCountry = o.country ?? ctx.caseCountry;
        const read = readOrganisation({ name: o.name, registrationNumber: o.registrationNumber, country: orgCountry });
        const written = {
          name: o.name.trim(),
          registrationNumber: o.registrationNumber ?? null,
          searchText: searchForm(o.name),
        };
        // A registration number its country's rule does not read (a check digit, a length) links as written,
        // with the reason as a note of this report (see readRegistration).
        if (!read.ok) {
          ctx.problem(`${field}.${read.field}`, read.problem);
          return null;
        }
        return {
          id: ids.organisation(read.value.key),
          props: {
            organisationKey: read.value.key,
            country: read.value.country,
            ...written,
            notes: read.value.notes.length ? read.value.notes : null,
          },
          asWritten: o.name,
        };
      },
      toInput: (e, written) => ({
        name: written,
        country: e.country,
        registrationNumber: e.registrationNumber ?? null,
      }),
      spelling: (e) => String(e.name),
    }),
  },
  {
    type: 'EMAIL_ADDRESS',
    label: 'EmailAddress',
    kind: 'email',
    words: ['e-mail address', 'e-mail addresses'],
    hitWord: 'E-mail address',
    reported: true,
    display: (p) => String(p.address),
    lookups: { EMAIL: (value) => online(normaliseEmail(value), (e) => emailId(e.key)) },
    entity: entity({
      list: 'emailAddresses',
      csvFile: 'email_addresses.csv',
      item: z.strictObject({ id: optional(localId()), address: text(320), holders: holders() }),
      holders: { person: 'USES_EMAIL', organisation: 'USES_EMAIL' },
      read: (e, ctx, field) => {
        const email = readOnline(normaliseEmail(e.address), ctx, field);
        if (!email) return null;
        const { domain, provider } = email.details;
        return {
          id: emailId(email.key),
          props: { address: email.key, domain, provider },
          asWritten: e.address,
        };
      },
      toInput: (_e, address) => ({ address }),
      spelling: (e) => String(e.address),
    }),
  },
  {
    type: 'ONLINE_ACCOUNT',
    label: 'OnlineAccount',
    kind: 'online',
    words: ['online account', 'online accounts'],
    hitWord: 'Online account',
    reported: true,
    display: (p) => String(p.display),
    lookups: {
      // A profile link, or the platform and the account: "telegram @anna_k", "whatsapp:+372 5555 1234".
      ONLINE_ACCOUNT: (value, country) => {
        const named = /^\s*([\p{L}]+)\s*[:\s]\s*(?!\/\/)(.+)$/u.exec(value);
        const platform = named && !/^https?$/i.test(named[1]) ? named[1] : null;
        const account = platform ? named![2] : value;
        return online(normaliseOnlineAccount({ platform, account, country: country ?? 'EE' }), (a) => onlineId(a.key));
      },
    },
    entity: entity({
      list: 'onlineAccounts',
      csvFile: 'online_accounts.csv',
      item: z.strictObject({
        id: optional(localId()),
        platform: optional(text(40)),
        account: text(300),
        holders: holders(),
      }),
      holders: { person: 'USES_ONLINE_ACCOUNT', organisation: 'USES_ONLINE_ACCOUNT' },
      // An account the platform keys by phone number (WhatsApp) is ON_PHONE that number's Phone.
      links: ['ON_PHONE'],
      read: (a, ctx, field) => {
        const account = readOnline(
          normaliseOnlineAccount({ platform: a.platform, account: a.account, country: ctx.caseCountry }),
          ctx,
          field,
        );
        if (!account) return null;
        const { platform, handle, numericId, phone } = account.details;
        const number = phone ? normalisePhone(phone, ctx.caseCountry) : null;
        return {
          id: onlineId(account.key),
          props: { onlineKey: account.key, platform, handle, numericId, phone, display: account.display },
          asWritten: a.account,
          related: number?.ok
            ? [
                {
                  label: 'Phone',
                  id: ids.phone(number.value.e164),
                  props: { e164: number.value.e164, country: number.value.country },
                  asWritten: number.value.e164,
                  link: 'ON_PHONE',
                },
              ]
            : [],
        };
      },
      toInput: (e, account) => ({ platform: e.platform, account }),
      spelling: (e) => String(e.display),
    }),
  },
  {
    type: 'ADVERT',
    label: 'Advert',
    kind: 'advert',
    words: ['advert', 'adverts'],
    hitWord: 'Advert',
    reported: true,
    // When it was posted is what one report says of it.
    details: () => ['postedAt'],
    display: (p) => String(p.display),
    lookups: { ADVERT: (value) => online(normaliseAdvert({ url: value }), (a) => advertId(a.key)) },
    entity: entity({
      list: 'adverts',
      csvFile: 'adverts.csv',
      item: z.strictObject({
        id: optional(localId()),
        url: optional(text(2000)),
        site: optional(text(200)),
        advertId: optional(text(100)),
        postedAt: optional(dateTime()),
        phones: list(text(40)),
        emails: list(text(320)),
        holders: holders(),
      }),
      holders: { person: 'POSTED', organisation: 'POSTED' },
      // The phones and e-mail addresses an advert shows: the case reports them too.
      links: ['SHOWS'],
      read: (a, ctx, field) => {
        const advert = readOnline(normaliseAdvert(a), ctx, field);
        if (!advert) return null;
        const shown: NonNullable<EntityRead['related']> = [];
        (a.phones ?? []).forEach((raw, j) => {
          const phone = ctx.check(normalisePhone(raw, ctx.caseCountry), `${field}.phones[${j}]`);
          if (phone) {
            const { e164, country } = phone;
            shown.push({
              label: 'Phone',
              id: ids.phone(e164),
              props: { e164, country },
              asWritten: raw,
              link: 'SHOWS',
            });
          }
        });
        (a.emails ?? []).forEach((raw, j) => {
          const email = readOnline(normaliseEmail(raw), ctx, `${field}.emails[${j}]`);
          if (email) {
            const { domain, provider } = email.details;
            const props = { address: email.key, domain, provider };
            shown.push({ label: 'EmailAddress', id: emailId(email.key), props, asWritten: raw, link: 'SHOWS' });
          }
        });
        const { site, advertId: number, url } = advert.details;
        return {
          id: advertId(advert.key),
          props: {
            advertKey: advert.key,
            site,
            advertId: number,
            url,
            display: advert.display,
            postedAt: a.postedAt ? new Date(a.postedAt).toISOString() : null,
          },
          asWritten: a.url ?? `${a.site} ${a.advertId}`,
          related: shown,
        };
      },
      // The node is shared, so its url may be another case's: this case's spelling says which form it wrote
      // (`read` spells site + number as "site number", and a link has no space).
      toInput: (e, written, linked) => ({
        ...(/^\S+ \S+$/.test(written)
          ? { site: written.split(' ')[0], advertId: written.split(' ')[1] }
          : { url: written }),
        postedAt: e.postedAt ?? null,
        phones: linked('SHOWS').filter((s) => !s.includes('@')),
        emails: linked('SHOWS').filter((s) => s.includes('@')),
      }),
      spelling: (e) => String(e.url ?? `${String(e.site)} ${String(e.advertId)}`),
    }),
  },
  {
    type: 'CRYPTO_WALLET',
    label: 'CryptoWallet',
    kind: 'wallet',
    words: ['crypto wallet', 'crypto wallets'],
    hitWord: 'Crypto wallet',
    reported: true,
    display: (p) => `${p.address} (${p.chain})`,
    lookups: { WALLET: (value) => online(normaliseCryptoWallet({ address: value }), (w) => walletId(w.key)) },
    entity: entity({
      list: 'cryptoWallets',
      csvFile: 'crypto_wallets.csv',
      item: z.strictObject({
        id: optional(localId()),
        chain: optional(text(20)),
        address: text(200),
        holders: holders(),
      }),
      holders: { person: 'HOLDS_WALLET', organisation: 'HOLDS_WALLET' },
      transferParty: true,
      read: (w, ctx, field) => {
        // The checksum is checked (base58check, bech32/bech32m, EIP-55): a mistyped wallet never becomes a node.
        const wallet = readOnline(normaliseCryptoWallet({ chain: w.chain, address: w.address }), ctx, field);
        if (!wallet) return null;
        const { chain, addressType, checksum } = wallet.details;
        return {
          id: walletId(wallet.key),
          props: { walletKey: wallet.key, chain, address: wallet.display, addressType, checksum },
          asWritten: w.address,
        };
      },
      toInput: (e, address) => ({ chain: e.chain, address }),
      spelling: (e) => String(e.address),
    }),
  },
  {
    type: 'MONEY_TRANSFER',
    label: 'MoneyTransfer',
    kind: 'transfer',
    words: ['money transfer', 'money transfers'],
    hitWord: 'Money transfer',
    display: (p) => `${p.amount} ${p.currency}`,
  },
  {
    type: 'AGENCY',
    label: 'Agency',
    kind: 'agency',
    words: ['agency', 'agencies'],
    hitWord: 'Node',
    display: (p) => String(p.name),
  },
  {
    type: 'IDENTITY',
    label: 'Identity',
    kind: 'identity',
    words: ['identity', 'identities'],
    hitWord: 'Node',
    display: (p) => `identity of ${keyOfId(String(p.id))}`,
  },
] as const satisfies readonly NodeTypeDecl[];

/** The NodeType enum of the schema: one value per declaration. */
export type NodeType = (typeof REGISTRY)[number]['type'];

/**
 * An address's spelling is stored as "street, postal code, city" (empty parts left out). The node's own
 * fields say which parts there were; the street is everything before them, commas included ("д. 28, кв. 15").
 */
function addressParts(written: string, node: Props): { street: string; postalCode: string | null; city: string } {
  const parts = written.split(', ');
  const hasPostal = node.postalCode != null && node.postalCode !== '' && parts.length >= 3;
  const city = parts.length >= 2 ? parts[parts.length - 1] : String(node.city);
  const postalCode = hasPostal ? parts[parts.length - 2] : null;
  const street = parts.slice(0, parts.length - (hasPostal ? 2 : parts.length >= 2 ? 1 : 0)).join(', ');
  return { street, postalCode, city };
}

// Derived tables.
export type Decl = NodeTypeDecl & { type: NodeType };
export type EntityType = Decl & { entity: EntityDecl };
const DECLS: readonly Decl[] = REGISTRY;
export const ENTITY_DECLS = DECLS.filter((d): d is EntityType => d.entity !== undefined);
export const NODE_TYPES: NodeType[] = REGISTRY.map((d) => d.type);
export const declOf = (type: NodeType): Decl => {
  const d = DECLS.find((x) => x.type === type);
  if (!d) throw new Error(`no node type ${type}`);
  return d;
};
export const declOfLabel = (label: string) => DECLS.find((d) => d.label === label);
export const declOfKind = (kind: string) => DECLS.find((d) => d.kind === kind);
/** The node types cases report (hot spots count them, search filters by them). */
export const REPORTED_TYPES = DECLS.filter((d) => d.reported).map((d) => d.type);
/** Identifier kinds for lookup and search, each with the id a written value normalises to. */
export const LOOKUPS: Record<string, NonNullable<NodeTypeDecl['lookups']>[string]> = Object.fromEntries(
  DECLS.flatMap((d) => Object.entries(d.lookups ?? {})),
);
export const IDENTIFIER_KINDS = Object.keys(LOOKUPS);
/** Identifier kinds explainLink explains, each with its explainer (src/model/normalise.ts). */
const EXPLAINERS: Record<string, Explainer> = Object.fromEntries(
  DECLS.flatMap((d) => (typeof d.explain === 'object' ? Object.entries(d.explain.kinds) : [])),
);
export const EXPLAIN_KINDS = Object.keys(EXPLAINERS);
/** The type an identifier kind explainLink reads belongs to (PLATE and VIN: a vehicle). */
export const declOfExplainKind = (kind: string) =>
  DECLS.find((d) => typeof d.explain === 'object' && kind in d.explain.kinds);
/** Why a value as written has the key it has (see Explainer); `caseCountry` is read in when the value has none. */
export function explainIdentifier(kind: string, value: Written, caseCountry: string): Explanation {
  const explain = EXPLAINERS[kind];
  if (!explain) throw new Error(`no identifier kind ${kind} to explain`);
  return explain({ ...value, raw: value.raw ?? '' }, value.country ?? caseCountry);
}
/** Relationships from a holder to what it holds, and from an entity to what it implies. */
export const HOLDER_RELATIONSHIPS = [
  ...new Set(ENTITY_DECLS.flatMap((d) => [d.entity.holders.person, d.entity.holders.organisation])),
];
export const ENTITY_LINKS = [...new Set(ENTITY_DECLS.flatMap((d) => d.entity.links ?? []))];
/** What traversals follow: never the agencies' REPORTED_BY, the matcher's name keys, or rejected matches. */
export const FOLLOWED_RELATIONSHIPS = [...STRUCTURAL, ...new Set([...HOLDER_RELATIONSHIPS, ...ENTITY_LINKS])];
