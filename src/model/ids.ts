// The one place that builds and parses ids. Every API id is `kind:rest`: the kind names the node type
// (src/model/registry.ts), and the rest is either a natural key (`phone:+37253334444`) or, for what one
// agency owns, `owner:local` (`case:EE-PPA:2024-17`, `person:EE-PPA:p1`, `transfer:EE-PPA:2024-17:t1`).
// ':' may not appear in a local id or a case reference (src/cases/caseInput.ts), so the parts split back.
// What another agency may not see travels as an opaque handle instead: `hit:<uuid>` for a case (made by
// cypher/cases/upsertCases.cypher) and `hidden:<hmac>` for anything else.
import crypto from 'node:crypto';

/** An id of this kind made of these parts. */
export const makeId = (kind: string, ...parts: string[]) => [kind, ...parts].join(':');

/** The kind an id starts with ('' when it has none). */
export const kindOfId = (id: string) => (id.includes(':') ? id.slice(0, id.indexOf(':')) : '');

/** An id without its kind: the natural key a chart may print. */
export const keyOfId = (id: string) => id.slice(id.indexOf(':') + 1);

/** Node ids of the shared entities: their kind and natural key (the keys come from src/model/normalise.ts). */
export const entityIds = {
  phone: (e164: string) => makeId('phone', e164),
  iban: (iban: string) => makeId('account', 'iban', iban),
  account: (key: string) => makeId('account', key),
  plate: (country: string, plate: string) => makeId('vehicle', country, plate),
  vin: (vin: string) => makeId('vehicle', 'vin', vin),
  document: (country: string, number: string) => makeId('document', country, number),
  address: (key: string) => makeId('address', key),
  organisation: (key: string) => makeId('organisation', key),
};

export const caseId = (agency: string, reference: string) => makeId('case', agency, reference.trim());
export const personId = (register: string, local: string) => makeId('person', register, local);
export const transferId = (agency: string, reference: string, local: string) =>
  makeId('transfer', agency, reference.trim(), local);

/** The case an id belongs to: a case is its own, a transfer's or an unverified identifier's id names its case; else null. */
export function caseOfId(id: string): string | null {
  if (id.startsWith('case:')) return id;
  // A transfer's id, and an unverified identifier's (kept in its one case: see unverifiedKey), name their case.
  const owned = /^(?:transfer|[a-z_]+:unverified):([^:]+):([^:]+):/.exec(id);
  return owned ? caseId(owned[1], owned[2]) : null;
}

/** The agency that owns a case id. */
export const ownerOfCase = (id: string) => id.split(':')[1];

/** The agency whose register a person id is in, else undefined. */
export const registerOf = (id: string) => /^person:([^:]+):/.exec(id)?.[1];

/** Whether an id is one of this agency's cases. */
export const isCaseOf = (agency: string | null | undefined, id: string) => id.startsWith(`case:${agency}:`);

/** Whether an id is a person of this agency's register. */
export const isPersonOf = (agency: string | null | undefined, id: string) => id.startsWith(`person:${agency}:`);

/** The local part of an owned id (a person's or transfer's id inside its case), or the id itself. */
export const localOfId = (id: string, ...owner: string[]) => {
  const prefix = `${owner.join(':')}:`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
};

/**
 * The key of an identifier that could not be read (a phone no rule parses, a mistyped IBAN): it belongs to
 * one case alone (`unverified:agency:reference:raw`), so it never links cases on a guess.
 */
export const unverifiedKey = (agency: string, reference: string, raw: string) =>
  makeId('unverified', agency, reference.trim(), raw);

/** A new identity: the matcher's group of records of one person. */
export const newIdentityId = () => makeId('identity', crypto.randomUUID());

/** A case handle as upsertCases makes it: `hit:` and a random UUID. */
export const isCaseHandle = (value: string) => /^hit:[0-9a-f-]{36}$/.test(value);

/**
 * A stable id that says nothing: keyed with the server's secret, so it cannot be reversed by guessing,
 * and with the viewer's agency, so two agencies cannot match up each other's hidden nodes.
 */
export const opaqueId = (secret: string, agency: string | null | undefined, id: string) =>
  `hidden:${crypto
    .createHmac('sha256', secret)
    .update(`${agency ?? ''}\n${id}`)
    .digest('base64url')
    .slice(0, 22)}`;
