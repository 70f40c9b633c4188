// Deterministic synthetic dataset for load tests and for measuring link detection against a known truth.
//
//   npm run build && node dist/seed/generate.js --seed 42 --entities 100000 --out data/gen-100k
//
// Writes to --out:
//   cases.jsonl  one case per line in the exchange format v1 (src/cases/caseInput.ts), streamed.
//   truth.json   what was planted, in this shape:
//     {
//       "seed": 42, "entities": <rows>, "cases": <count>, "formatVersion": 1,
//       "rows": { "persons": n, "phones": n, ... },          // entity rows per list; "entities" is their sum
//       "plantedCases": <cases carrying at least one planted element>,
//       "networks": [                                       // cases linked through one shared identifier
//         { "id": "net-0001", "kind": "recruiter_phone" | "shared_flat" | "transport_van" | "fan_in_money" | "same_person",
//           "cases": ["case:EE-PPA:EE-2024-000017", ...],      // every case that holds the identifier
//           "via": { "type": "PHONE" | "ADDRESS" | "VEHICLE" | "ACCOUNT" | "DOCUMENT", "key": "phone:+37251234567" },
//           "asWritten": ["+372 5123 4567", "0037251234567"],  // the distinct spellings used
//           ...kind-specific details: "countries", "workers"/"transfers" (fan_in_money), "individual" (same_person) }
//       ],
//       "samePerson": [                                     // one individual recorded by several agencies
//         { "id": "ind-0001", "records": ["person:RU-SPB:RU-P-000045", "person:FI-POL:FI-P-000912"],
//           "cyrillicLatin": true, "names": ["Иванов Сергей Петрович", "Sergei Ivanov"],
//           "birthDates": ["1975-02-11", null], "nationality": "RU",
//           "sharedDocument": "document:RU:751234567" | null,  // non-null: also listed in networks as kind same_person
//           "sharedAddress": "address:RU:..." | null }           // a home address two or more of the records hold
//       ]
//     }
//   Keys are computed with src/model/normalise.ts, exactly as the import computes them.
//
// Background cases take every identifier from a collision-free allocator (seed/identifiers.ts), so a
// link between two cases exists only where this file plants one. Within one case, identifiers are
// reused freely (victims sharing a flat). Persons of background cases are not linked by identifiers, but
// common names can recur by chance, as they do in real files. A recruiter or driver who holds a planted
// phone or van in several cases is the same individual but is not listed under samePerson.
//
// Same --seed and --entities give byte-identical output: one seeded generator drives every choice.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { Command, InvalidArgumentError } from 'commander';
import {
  normaliseAddress,
  normaliseDocumentNumber,
  normaliseIban,
  normalisePhone,
  normalisePlate,
  type Normalised,
} from '../src/model/normalise';
import { validateCase, FORMAT_VERSION } from '../src/cases/caseInput';
import { caseId as caseIdOf } from '../src/model/ids';
import {
  Allocator,
  Rng,
  PHONES,
  PLATES,
  IBANS,
  PROVIDERS,
  DOCUMENTS,
  STREETS,
  RU_CITIES,
  REGISTRATION,
  COMPANY_FORM,
  COMPANY_WORDS,
  streetSpaceSize,
  decodeAddress,
  writeAddress,
  phoneForms,
  ibanForms,
  composeIban,
  pad,
  type AddressParts,
  type PhoneNumber,
  type WrittenAddress,
} from './identifiers';
import { newIdentity, writeName, alias, firstNameOnly, ADJECTIVE, type Gender, type Identity } from './names';

// ---------------------------------------------------------------------------------------------
// Agencies, calendar, money

interface Agency {
  code: string;
  name: string;
  country: string;
  weight: number;
}
const AGENCIES: Agency[] = [
  { code: 'EE-PPA', name: 'Estonian Police and Border Guard Board', country: 'EE', weight: 12 },
  { code: 'FI-POL', name: 'National Bureau of Investigation (KRP)', country: 'FI', weight: 13 },
  { code: 'SE-NOA', name: 'Swedish Police, National Operations Department', country: 'SE', weight: 15 },
  { code: 'NO-KRIPOS', name: 'Kripos', country: 'NO', weight: 10 },
  { code: 'DK-NSK', name: 'Danish National Special Crime Unit', country: 'DK', weight: 8 },
  { code: 'IS-LRH', name: 'Reykjavík Metropolitan Police', country: 'IS', weight: 3 },
  { code: 'LV-VP', name: 'State Police of Latvia', country: 'LV', weight: 9 },
  { code: 'LT-PD', name: 'Lithuanian Police Department', country: 'LT', weight: 11 },
  { code: 'RU-SPB', name: 'Main Directorate of the Interior Ministry for St Petersburg', country: 'RU', weight: 8 },
  {
    code: 'RU-LO',
    name: 'Main Directorate of the Interior Ministry for the Leningrad Region',
    country: 'RU',
    weight: 3,
  },
  { code: 'RU-KAL', name: 'Interior Ministry Directorate for the Kaliningrad Region', country: 'RU', weight: 2 },
  { code: 'RU-MUR', name: 'Interior Ministry Directorate for the Murmansk Region', country: 'RU', weight: 2 },
  { code: 'RU-KAR', name: 'Interior Ministry for the Republic of Karelia', country: 'RU', weight: 1.5 },
  { code: 'RU-PSK', name: 'Interior Ministry Directorate for the Pskov Region', country: 'RU', weight: 1.5 },
  { code: 'RU-NOV', name: 'Interior Ministry Directorate for the Novgorod Region', country: 'RU', weight: 1 },
  { code: 'RU-ARK', name: 'Interior Ministry Directorate for the Arkhangelsk Region', country: 'RU', weight: 1 },
];
const AGENCY_WEIGHTS = AGENCIES.map((a) => [a, a.weight] as const);
const NINE = ['DK', 'FI', 'IS', 'NO', 'SE', 'EE', 'LV', 'LT', 'RU'];
const agenciesOf = (country: string) => AGENCIES.filter((a) => a.country === country);

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoDay = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const START = dayOf('2018-01-01');
const END = dayOf('2025-12-31');
const clampDay = (d: number) => Math.min(END, Math.max(START, d));

const CURRENCY: Record<string, [string, number]> = {
  EE: ['EUR', 1],
  FI: ['EUR', 1],
  LV: ['EUR', 1],
  LT: ['EUR', 1],
  SE: ['SEK', 11.2],
  NO: ['NOK', 11.6],
  DK: ['DKK', 7.46],
  IS: ['ISK', 150],
  RU: ['RUB', 95],
};
/** An amount given in euros, in the case's currency, rounded the way such payments are. */
function money(rng: Rng, country: string, eur: number, cash: boolean): { amount: number; currency: string } {
  const [currency, rate] = rng.chance(0.08) ? ['EUR', 1] : CURRENCY[country];
  const raw = eur * rate;
  const step = cash ? (rate > 50 ? 1000 : 50) : rate > 50 ? 10 : 0.01;
  return { amount: Math.round(Math.round(raw / step) * step * 100) / 100, currency };
}

const CITY_EN: Record<string, string> = {
  'Санкт-Петербург': 'St Petersburg',
  Выборг: 'Vyborg',
  Гатчина: 'Gatchina',
  Псков: 'Pskov',
  Петрозаводск: 'Petrozavodsk',
  Мурманск: 'Murmansk',
  Калининград: 'Kaliningrad',
  'Великий Новгород': 'Veliky Novgorod',
  Архангельск: 'Arkhangelsk',
  'København V': 'Copenhagen',
  'København N': 'Copenhagen',
  'København S': 'Copenhagen',
  'København NV': 'Copenhagen',
  'Aarhus C': 'Aarhus',
  Brabrand: 'Aarhus',
  'Odense C': 'Odense',
  Rīga: 'Riga',
  Göteborg: 'Gothenburg',
};

// ---------------------------------------------------------------------------------------------
// Typologies and who is involved

type Typology =
  | 'SEXUAL_EXPLOITATION'
  | 'FORCED_LABOUR'
  | 'FORCED_BEGGING'
  | 'FORCED_CRIMINALITY'
  | 'ORGAN_REMOVAL'
  | 'DOMESTIC_SERVITUDE';
type Theme = 'agriculture' | 'construction' | 'cleaning' | 'fishing' | null;
type Fn = 'RECRUITER' | 'TRANSPORTER' | 'EXPLOITER' | 'CONTROLLER' | 'MONEY_HANDLER' | 'DOCUMENT_FORGER';
type W<T> = ReadonlyArray<readonly [T, number]>;

const PRIMARY: W<Typology> = [
  ['SEXUAL_EXPLOITATION', 28],
  ['FORCED_LABOUR', 35],
  ['FORCED_BEGGING', 9],
  ['FORCED_CRIMINALITY', 14],
  ['DOMESTIC_SERVITUDE', 8],
  ['ORGAN_REMOVAL', 0.8],
];
const SECONDARY: Partial<Record<Typology, Typology[]>> = {
  SEXUAL_EXPLOITATION: ['FORCED_CRIMINALITY', 'DOMESTIC_SERVITUDE'],
  FORCED_LABOUR: ['DOMESTIC_SERVITUDE', 'FORCED_CRIMINALITY'],
  FORCED_BEGGING: ['FORCED_CRIMINALITY'],
  FORCED_CRIMINALITY: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
  DOMESTIC_SERVITUDE: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
};
const THEMES: W<Exclude<Theme, null>> = [
  ['agriculture', 35],
  ['construction', 40],
  ['cleaning', 17],
  ['fishing', 8],
];

/** Victims' countries of origin; "*" is the case's own country. */
const ORIGIN: Record<string, W<string>> = {
  SEXUAL_EXPLOITATION: [
    ['RO', 20],
    ['BG', 12],
    ['NG', 14],
    ['UA', 10],
    ['RU', 8],
    ['TH', 6],
    ['VN', 5],
    ['LT', 5],
    ['LV', 5],
    ['EE', 3],
    ['MD', 4],
    ['BY', 2],
    ['*', 10],
  ],
  agriculture: [
    ['TH', 25],
    ['UA', 25],
    ['VN', 10],
    ['RO', 10],
    ['BG', 8],
    ['UZ', 8],
    ['MD', 5],
    ['BY', 3],
    ['*', 2],
  ],
  construction: [
    ['UA', 25],
    ['RO', 15],
    ['BG', 10],
    ['LT', 8],
    ['LV', 6],
    ['VN', 6],
    ['UZ', 12],
    ['MD', 8],
    ['BY', 5],
    ['EE', 3],
  ],
  cleaning: [
    ['RO', 15],
    ['BG', 10],
    ['PH', 15],
    ['VN', 15],
    ['UA', 15],
    ['UZ', 8],
    ['TH', 6],
    ['NG', 5],
  ],
  fishing: [
    ['PH', 25],
    ['VN', 20],
    ['UA', 20],
    ['LT', 10],
    ['RU', 10],
    ['TH', 10],
  ],
  FORCED_BEGGING: [
    ['RO', 60],
    ['BG', 30],
    ['MD', 10],
  ],
  FORCED_CRIMINALITY: [
    ['VN', 25],
    ['RO', 25],
    ['LT', 15],
    ['LV', 10],
    ['BG', 10],
    ['*', 10],
    ['UA', 5],
  ],
  DOMESTIC_SERVITUDE: [
    ['PH', 30],
    ['VN', 15],
    ['TH', 15],
    ['NG', 10],
    ['UA', 10],
    ['UZ', 10],
    ['*', 3],
  ],
  ORGAN_REMOVAL: [
    ['UA', 30],
    ['MD', 25],
    ['BY', 15],
    ['RU', 15],
    ['UZ', 15],
  ],
};
const FEMALE_VICTIMS: Record<Typology, number> = {
  SEXUAL_EXPLOITATION: 0.92,
  FORCED_LABOUR: 0.25,
  FORCED_BEGGING: 0.5,
  FORCED_CRIMINALITY: 0.3,
  DOMESTIC_SERVITUDE: 0.9,
  ORGAN_REMOVAL: 0.4,
};
const LEAD_FUNCTION: Record<Typology, Fn[]> = {
  SEXUAL_EXPLOITATION: ['RECRUITER', 'EXPLOITER', 'CONTROLLER'],
  FORCED_LABOUR: ['EXPLOITER', 'RECRUITER'],
  FORCED_BEGGING: ['CONTROLLER'],
  FORCED_CRIMINALITY: ['CONTROLLER', 'EXPLOITER'],
  DOMESTIC_SERVITUDE: ['EXPLOITER'],
  ORGAN_REMOVAL: ['RECRUITER'],
};
const OTHER_FUNCTION: W<Fn> = [
  ['CONTROLLER', 25],
  ['TRANSPORTER', 20],
  ['RECRUITER', 20],
  ['MONEY_HANDLER', 20],
  ['EXPLOITER', 10],
  ['DOCUMENT_FORGER', 5],
];
const NEIGHBOURS: Record<string, string[]> = {
  EE: ['RU', 'LV', 'FI'],
  FI: ['EE', 'RU', 'SE'],
  SE: ['FI', 'NO', 'DK', 'LT'],
  NO: ['SE', 'LT', 'DK'],
  DK: ['SE', 'LT', 'NO'],
  IS: ['LT', 'LV'],
  LV: ['LT', 'EE', 'RU'],
  LT: ['LV', 'RU', 'EE'],
  RU: ['EE', 'LV', 'FI'],
};

// ---------------------------------------------------------------------------------------------
// State shared by all cases

class Gen {
  readonly rng: Rng;
  private readonly allocators = new Map<string, Allocator>();
  private readonly caseSeq = new Map<string, number>();
  private readonly personSeq = new Map<string, number>();
  private readonly streetsOfCity = new Map<string, number[]>();
  readonly rows = {
    persons: 0,
    phones: 0,
    addresses: 0,
    vehicles: 0,
    accounts: 0,
    identityDocuments: 0,
    organisations: 0,
    transfers: 0,
  };
  cases = 0;
  plantedCases = 0;
  constructor(seed: number) {
    this.rng = new Rng(seed);
  }

  get total(): number {
    return Object.values(this.rows).reduce((a, b) => a + b, 0);
  }

  private alloc(name: string, size: number): Allocator {
    let a = this.allocators.get(name);
    if (!a) {
      a = new Allocator(name, size, this.rng);
      this.allocators.set(name, a);
    }
    return a;
  }
  reference(agency: Agency, opened: number): string {
    const year = isoDay(opened).slice(0, 4);
    const k = `${agency.code}:${year}`;
    const n = (this.caseSeq.get(k) ?? 0) + 1;
    this.caseSeq.set(k, n);
    return `${agency.country}-${year}-${pad(n, 6)}`;
  }
  personId(agency: Agency): string {
    const n = (this.personSeq.get(agency.code) ?? 0) + 1;
    this.personSeq.set(agency.code, n);
    return `${agency.country}-P-${pad(n, 6)}`;
  }
  phone(country: string): PhoneNumber {
    const spec = PHONES[country];
    const { prefix, digits } = spec.space.decode(this.alloc(`phone:${country}`, spec.space.size).take());
    return { country, nsn: prefix + digits, e164: `+${spec.cc}${prefix}${digits}` };
  }
  plate(country: string): string[] {
    const spec = PLATES[country];
    return spec.forms(spec.decode(this.alloc(`plate:${country}`, spec.size).take()));
  }
  iban(country: string): string {
    const spec = IBANS[country];
    const a = this.alloc(`iban:${country}`, spec.banks.length * spec.per);
    for (;;) {
      const v = a.take();
      const bban = spec.bban(spec.banks[Math.floor(v / spec.per)], v % spec.per);
      if (bban === null) continue; // no valid national check digit for this number
      const iban = composeIban(country, bban);
      if (!iban) throw new Error(`could not compose an IBAN for ${country} ${bban}`);
      return iban;
    }
  }
  providerNumber(provider: string): string {
    const p = PROVIDERS[provider];
    return p.number(this.alloc(`provider:${provider}`, p.size).take());
  }
  document(country: string): string[] {
    const spec = DOCUMENTS[country];
    const { prefix, digits } = spec.space.decode(this.alloc(`document:${country}`, spec.space.size).take());
    return spec.write(prefix, digits);
  }
  registration(country: string): string {
    const spec = REGISTRATION[country];
    const a = this.alloc(`registration:${country}`, spec.space.size);
    for (;;) {
      const { prefix, digits } = spec.space.decode(a.take());
      const written = spec.write(prefix, digits);
      if (written) return written;
    }
  }
  /** A fresh address in `city`, or elsewhere in the country once that city's addresses are used up. */
  address(country: string, city: string): AddressParts {
    const cities = [...new Set(STREETS[country].map((s) => s.city))];
    const order = [city, ...cities.filter((c) => c !== city)];
    for (const lettered of [false, true]) {
      for (const c of order) {
        let streets = this.streetsOfCity.get(`${country}:${c}`);
        if (!streets) {
          streets = STREETS[country].flatMap((s, i) => (s.city === c ? [i] : []));
          this.streetsOfCity.set(`${country}:${c}`, streets);
        }
        const a = this.alloc(
          `address${lettered ? '+' : ''}:${country}:${c}`,
          streetSpaceSize(country, lettered) * streets.length,
        );
        if (a.used < a.size) return decodeAddress(country, a.take(), streets, lettered);
      }
    }
    throw new Error(`address space of ${country} exhausted; generate fewer entities`);
  }
  homeCity(agency: Agency): string {
    return agency.country === 'RU'
      ? this.rng.pick(RU_CITIES[agency.code])
      : this.rng.pick(STREETS[agency.country]).city;
  }
}

// ---------------------------------------------------------------------------------------------
// One case under construction. Every add respects the row limit, so the last case of a run can be
// cut to the exact size asked for.

type Json = Record<string, unknown>;
interface Suspect {
  id: string;
  fn: Fn;
  identity: Identity;
  nationality: string;
}

class CaseBuilder {
  readonly reference: string;
  readonly country: string;
  readonly city: string;
  title = '';
  typologies: Typology[] = [];
  status = 'OPEN';
  closed: number | null = null;
  readonly lists = {
    persons: [] as Json[],
    phones: [] as Json[],
    addresses: [] as Json[],
    vehicles: [] as Json[],
    accounts: [] as Json[],
    identityDocuments: [] as Json[],
    organisations: [] as Json[],
    transfers: [] as Json[],
  };
  readonly suspects: Suspect[] = [];
  readonly victims: string[] = [];
  private seq = { acc: 0, org: 0, tr: 0 };
  private readonly accountProvider = new Map<string, string>();

  constructor(
    readonly g: Gen,
    readonly agency: Agency,
    readonly opened: number,
    readonly limit: number,
  ) {
    this.reference = g.reference(agency, opened);
    this.country = agency.country;
    this.city = g.homeCity(agency);
  }
  get id(): string {
    return caseIdOf(this.agency.code, this.reference);
  }
  get rows(): number {
    return Object.values(this.lists).reduce((a, l) => a + l.length, 0);
  }
  room(n = 1): boolean {
    return this.rows + n <= this.limit;
  }

  person(
    role: 'VICTIM' | 'SUSPECT' | 'WITNESS' | 'ASSOCIATE',
    p: {
      name: string;
      nationality: string | null;
      gender: Gender | null;
      birth: string | null;
      fn?: Fn;
      aliases?: string[];
    },
  ): string | null {
    if (!this.room()) return null;
    const id = this.g.personId(this.agency);
    this.lists.persons.push({
      id,
      name: p.name,
      aliases: p.aliases?.length ? p.aliases : undefined,
      birthDate: p.birth ?? undefined,
      nationality: p.nationality ?? undefined,
      gender: p.gender ?? undefined,
      role,
      function: role === 'SUSPECT' ? p.fn : undefined,
    });
    return id;
  }
  phone(number: string, holders: string[]): boolean {
    if (!this.room()) return false;
    this.lists.phones.push({ number, holders: holders.length ? holders : undefined });
    return true;
  }
  address(a: WrittenAddress, country: string | undefined, holders: string[]): boolean {
    if (!this.room()) return false;
    this.lists.addresses.push({
      street: a.street,
      postalCode: a.postalCode,
      city: a.city,
      country,
      holders: holders.length ? holders : undefined,
    });
    return true;
  }
  vehicle(
    plate: string,
    country: string | undefined,
    v: { make: string; model: string; colour: string | null },
    holders: string[],
  ): boolean {
    if (!this.room()) return false;
    this.lists.vehicles.push({
      plate,
      country,
      make: v.make,
      model: v.model,
      colour: v.colour ?? undefined,
      holders: holders.length ? holders : undefined,
    });
    return true;
  }
  account(a: { iban?: string; provider?: string; number?: string }, holders: string[]): string | null {
    if (!this.room()) return null;
    const id = `ACC-${++this.seq.acc}`;
    this.accountProvider.set(id, a.iban ? 'IBAN' : (a.provider ?? ''));
    this.lists.accounts.push({
      id,
      iban: a.iban,
      provider: a.provider,
      number: a.number,
      holders: holders.length ? holders : undefined,
    });
    return id;
  }
  /** How money moves between two parties: the channel follows the kind of account at either end. */
  channel(from: string, to: string, rng: Rng): string {
    const kinds = [this.accountProvider.get(from), this.accountProvider.get(to)];
    if (kinds.includes('Bitcoin wallet')) return 'CRYPTO';
    if (kinds.some((k) => k === 'Western Union' || k === 'MoneyGram' || k === 'Paysera')) return 'MONEY_SERVICE';
    if (kinds[0] === undefined || kinds[1] === undefined) return rng.chance(0.6) ? 'MONEY_SERVICE' : 'CASH';
    return 'BANK';
  }
  document(number: string, country: string, kind: string, holders: string[]): boolean {
    if (!this.room()) return false;
    this.lists.identityDocuments.push({ number, country, kind, holders: holders.length ? holders : undefined });
    return true;
  }
  organisation(name: string, registrationNumber: string, members: string[]): string | null {
    if (!this.room()) return null;
    const id = `ORG-${++this.seq.org}`;
    this.lists.organisations.push({ id, name, registrationNumber, members: members.length ? members : undefined });
    return id;
  }
  holdOrganisation(orgId: string, listName: 'addresses' | 'accounts' | 'phones', index: number): void {
    const item = this.lists[listName][index];
    item.holders = [...((item.holders as string[] | undefined) ?? []), orgId];
  }
  transfer(t: { amount: number; currency: string; time: string; channel: string; from: string; to: string }): boolean {
    if (!this.room()) return false;
    this.lists.transfers.push({ id: `TR-${++this.seq.tr}`, ...t });
    return true;
  }
  toJSON(): Json {
    const l = this.lists;
    const opt = (xs: Json[]) => (xs.length ? xs : undefined);
    // Transfers are reported in time order, as investigators list them.
    l.transfers.sort((a, b) => (String(a.time) < String(b.time) ? -1 : String(a.time) > String(b.time) ? 1 : 0));
    l.transfers.forEach((t, i) => {
      t.id = `TR-${i + 1}`;
    });
    return {
      reference: this.reference,
      agency: { code: this.agency.code, name: this.agency.name, country: this.country },
      title: this.title,
      typologies: this.typologies,
      status: this.status,
      openedOn: isoDay(this.opened),
      closedOn: this.closed === null ? undefined : isoDay(this.closed),
      persons: opt(l.persons),
      phones: opt(l.phones),
      addresses: opt(l.addresses),
      vehicles: opt(l.vehicles),
      accounts: opt(l.accounts),
      identityDocuments: opt(l.identityDocuments),
      organisations: opt(l.organisations),
      transfers: opt(l.transfers),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Background cases

const VANS = [
  ['Volkswagen', 'Crafter'],
  ['Volkswagen', 'Transporter'],
  ['Mercedes-Benz', 'Sprinter'],
  ['Mercedes-Benz', 'Vito'],
  ['Ford', 'Transit'],
  ['Renault', 'Master'],
  ['Fiat', 'Ducato'],
  ['Opel', 'Vivaro'],
  ['Peugeot', 'Boxer'],
];
const CARS = [
  ['Toyota', 'Corolla'],
  ['Toyota', 'Avensis'],
  ['Volvo', 'V70'],
  ['Volvo', 'XC60'],
  ['BMW', '520d'],
  ['Audi', 'A6'],
  ['Škoda', 'Octavia'],
  ['Volkswagen', 'Passat'],
  ['Mercedes-Benz', 'E 220'],
  ['Lada', 'Vesta'],
  ['Kia', 'Ceed'],
];
const COLOURS = ['white', 'silver', 'black', 'grey', 'dark blue', 'red', null];

function birthDate(rng: Rng, opened: number, minAge: number, maxAge: number, known: number): string | null {
  if (!rng.chance(known)) return null;
  return isoDay(opened - rng.int(minAge * 365, maxAge * 365 + 364));
}
function transferTime(rng: Rng, day: number): string {
  return `${isoDay(day)}T${pad(rng.int(6, 23), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}Z`;
}
const hasPhonePlan = (c: string) => c in PHONES;

function pickTypologies(rng: Rng): { typologies: Typology[]; theme: Theme } {
  const main = rng.weighted(PRIMARY);
  const typologies = [main];
  const second = SECONDARY[main];
  if (second && rng.chance(main === 'FORCED_BEGGING' ? 0.4 : 0.12)) typologies.push(rng.pick(second));
  return { typologies, theme: main === 'FORCED_LABOUR' ? rng.weighted(THEMES) : null };
}

function setStatus(cb: CaseBuilder, rng: Rng): void {
  const age = END - cb.opened;
  const closedShare = Math.min(0.8, age / 2200);
  const r = rng.float();
  if (r < closedShare && age > 30) {
    cb.status = 'CLOSED';
    cb.closed = Math.min(END, cb.opened + rng.int(30, Math.min(age, 1100)));
  } else cb.status = r < closedShare + 0.2 ? 'PROSECUTION' : rng.chance(0.5) ? 'UNDER_INVESTIGATION' : 'OPEN';
}

function title(rng: Rng, typologies: Typology[], theme: Theme, origin: string, city: string): string {
  const adj = ADJECTIVE[origin] ?? 'Foreign';
  const where = CITY_EN[city] ?? city;
  switch (typologies[0]) {
    case 'SEXUAL_EXPLOITATION':
      return rng.pick([
        `Sexual exploitation of ${adj} women in ${where} flats`,
        `${adj} women advertised online for sex in ${where}`,
        `Massage parlour in ${where} used for prostitution`,
        `Escort ring moving ${adj} women through ${where}`,
      ]);
    case 'FORCED_LABOUR':
      switch (theme) {
        case 'agriculture':
          return rng.pick([
            `${adj} berry pickers held in debt bondage near ${where}`,
            `Seasonal farm workers from abroad unpaid near ${where}`,
            `${adj} greenhouse workers charged for housing and transport`,
          ]);
        case 'cleaning':
          return rng.pick([
            `${adj} cleaners paying debts to their recruiters in ${where}`,
            `Cleaning company in ${where} withholding ${adj} workers' wages`,
          ]);
        case 'fishing':
          return `${adj} crew held on fishing vessels out of ${where}`;
        default:
          return rng.pick([
            `${adj} construction workers held in a ${where} flat`,
            `Unpaid ${adj} builders on ${where} sites`,
            `Subcontractor chain exploiting ${adj} workers in ${where}`,
          ]);
      }
    case 'FORCED_BEGGING':
      return rng.pick([
        `${adj} beggars controlled by a family network in ${where}`,
        `Organised begging in central ${where}`,
      ]);
    case 'FORCED_CRIMINALITY':
      return rng.pick([
        `${adj} youths forced to shoplift in ${where}`,
        `${adj} workers guarding a cannabis grow near ${where}`,
        `Pickpocketing group run from ${where}`,
      ]);
    case 'DOMESTIC_SERVITUDE':
      return `Domestic servitude of a ${adj} woman in a ${where} household`;
    default:
      return `Recruitment of ${adj} donors for kidney sales abroad`;
  }
}

interface CaseOptions {
  limit?: number;
  opened?: number;
  typologies?: Typology[];
  theme?: Theme;
  origin?: string;
}

/** An unlinked case: every identifier in it is fresh. */
function backgroundCase(g: Gen, agency: Agency, o: CaseOptions = {}): CaseBuilder {
  const rng = g.rng;
  // Recent years hold more cases: exchange grew, and old closed cases get purged.
  const opened = o.opened ?? clampDay(END - Math.floor((END - START) * (1 - Math.sqrt(rng.float()))));
  const cb = new CaseBuilder(g, agency, opened, o.limit ?? Number.POSITIVE_INFINITY);
  const picked = pickTypologies(rng);
  const typologies = o.typologies ?? picked.typologies;
  const main = typologies[0];
  const theme = main === 'FORCED_LABOUR' ? (o.theme ?? picked.theme ?? 'construction') : null;
  cb.typologies = typologies;
  setStatus(cb, rng);
  const c = cb.country;

  const originKey = main === 'FORCED_LABOUR' ? theme! : main;
  let origin = o.origin ?? rng.weighted(ORIGIN[originKey]);
  if (origin === '*') origin = c;
  if (c === 'RU' && origin === 'RU' && rng.chance(0.5)) origin = 'UZ';
  const victimNat = () => {
    const v = rng.chance(0.85) ? origin : rng.weighted(ORIGIN[originKey]);
    return v === '*' ? c : v;
  };
  const femaleShare = FEMALE_VICTIMS[main];

  // Suspects
  const nSuspects = main === 'DOMESTIC_SERVITUDE' ? rng.int(1, 2) : 1 + rng.geometric(1.1, 6);
  for (let i = 0; i < nSuspects; i++) {
    const fn: Fn = i === 0 ? rng.pick(LEAD_FUNCTION[main]) : rng.weighted(OTHER_FUNCTION);
    const r = rng.float();
    const nat = r < 0.45 && origin !== c ? origin : r < 0.85 ? c : rng.pick(NEIGHBOURS[c] ?? [c]);
    const gender: Gender = rng.chance(nat === 'NG' && main === 'SEXUAL_EXPLOITATION' ? 0.6 : 0.25) ? 'FEMALE' : 'MALE';
    const identity = newIdentity(rng, nat, gender);
    const aliases = rng.chance(0.2) ? [alias(rng, identity, c)] : undefined;
    const id = cb.person('SUSPECT', {
      name: writeName(rng, identity, c),
      nationality: rng.chance(0.96) ? nat : null,
      gender: rng.chance(0.97) ? gender : null,
      birth: birthDate(rng, opened, 22, 62, 0.88),
      fn,
      aliases,
    });
    if (!id) break;
    cb.suspects.push({ id, fn, identity, nationality: nat });
  }

  // Victims, witnesses, associates
  const nVictims =
    main === 'DOMESTIC_SERVITUDE'
      ? 1 + rng.geometric(0.15, 2)
      : main === 'FORCED_LABOUR'
        ? rng.int(2, theme === 'agriculture' ? 14 : 9)
        : main === 'ORGAN_REMOVAL'
          ? rng.int(1, 3)
          : rng.int(1, main === 'FORCED_BEGGING' ? 8 : 6);
  const victimInfo: Array<{ id: string; nat: string }> = [];
  for (let i = 0; i < nVictims; i++) {
    const nat = victimNat();
    const gender: Gender = rng.chance(femaleShare) ? 'FEMALE' : 'MALE';
    const minAge = main === 'SEXUAL_EXPLOITATION' || main === 'FORCED_CRIMINALITY' ? 15 : 17;
    const id = cb.person('VICTIM', {
      name: writeName(rng, newIdentity(rng, nat, gender), c),
      nationality: rng.chance(0.95) ? nat : null,
      gender,
      birth: birthDate(rng, opened, minAge, 45, 0.82),
    });
    if (!id) break;
    cb.victims.push(id);
    victimInfo.push({ id, nat });
  }
  const others: string[] = [];
  for (const [role, p] of [
    ['WITNESS', 0.45],
    ['ASSOCIATE', 0.3],
  ] as const) {
    for (let k = rng.chance(p) ? 1 + rng.geometric(0.4, 2) : 0; k > 0; k--) {
      const nat = rng.chance(0.8) ? c : rng.pick(NEIGHBOURS[c] ?? [c]);
      const gender: Gender = rng.chance(0.5) ? 'FEMALE' : 'MALE';
      const id = cb.person(role, {
        name: writeName(rng, newIdentity(rng, nat, gender), c),
        nationality: nat,
        gender,
        birth: birthDate(rng, opened, 20, 70, 0.75),
      });
      if (id) others.push(id);
    }
  }
  cb.title = title(rng, typologies, theme, origin, cb.city);

  // Phones: suspects mostly use local SIM cards, sometimes their home numbers; some victims keep theirs.
  const phoneOf = (nat: string, homeShare: number) =>
    g.phone(hasPhonePlan(nat) && nat !== c && rng.chance(homeShare) ? nat : c);
  for (const s of cb.suspects) {
    for (let k = rng.chance(0.9) ? (rng.chance(0.3) ? 2 : 1) : 0; k > 0; k--) {
      const p = phoneOf(s.nationality, 0.35);
      const holders = [s.id];
      if (cb.suspects.length > 1 && rng.chance(0.1)) holders.push(rng.pick(cb.suspects).id);
      cb.phone(rng.pick(phoneForms(p, c).slice(0, 4)), [...new Set(holders)]);
    }
  }
  let sharedVictimPhone: string | null = null;
  for (const v of victimInfo) {
    if (!rng.chance(0.45)) continue;
    // Victims of one group often share one handset the controller hands out.
    if (sharedVictimPhone && rng.chance(0.3)) {
      cb.phone(sharedVictimPhone, [v.id]);
      continue;
    }
    const form = rng.pick(phoneForms(phoneOf(v.nat, 0.6), c).slice(0, 4));
    sharedVictimPhone ??= form;
    cb.phone(form, [v.id]);
  }
  for (const o2 of others) if (rng.chance(0.55)) cb.phone(rng.pick(phoneForms(g.phone(c), c).slice(0, 4)), [o2]);

  // Addresses: victims crowd into one or two flats; some suspects and witnesses have their own.
  if (cb.victims.length) {
    const flats = cb.victims.length > 5 && rng.chance(0.5) ? 2 : 1;
    for (let f = 0; f < flats; f++) {
      const holders = cb.victims.filter((_, i) => i % flats === f && rng.chance(0.85));
      if (!holders.length) continue;
      if (rng.chance(0.25) && cb.suspects.length) holders.push(cb.suspects[0].id);
      cb.address(writeAddress(g.address(c, cb.city), 0, rng), undefined, holders);
    }
  }
  for (const s of cb.suspects)
    if (rng.chance(0.6))
      cb.address(writeAddress(g.address(c, rng.chance(0.7) ? cb.city : g.homeCity(cb.agency)), 0, rng), undefined, [
        s.id,
      ]);
  for (const o2 of others)
    if (rng.chance(0.35)) cb.address(writeAddress(g.address(c, cb.city), 0, rng), undefined, [o2]);

  // Vehicles
  for (const s of cb.suspects) {
    if (!rng.chance(s.fn === 'TRANSPORTER' ? 0.85 : 0.1)) continue;
    const pc = rng.chance(0.6) ? c : s.nationality in PLATES ? s.nationality : rng.pick(NEIGHBOURS[c] ?? [c]);
    const [make, model] = rng.pick(s.fn === 'TRANSPORTER' ? VANS : CARS);
    cb.vehicle(
      rng.pick(g.plate(pc)),
      pc === c && rng.chance(0.5) ? undefined : pc,
      { make, model, colour: rng.pick(COLOURS) },
      [s.id],
    );
  }

  // Accounts
  const suspectAccounts: string[] = [];
  const victimAccounts: string[] = [];
  const account = (holderCountry: string, holders: string[], moneyService: number): string | null => {
    if (rng.chance(moneyService)) {
      const provider = rng.weighted([
        ['Western Union', 40],
        ['MoneyGram', 25],
        ['Paysera', 15],
        ['Bitcoin wallet', 10],
        ['Sberbank', 10],
      ] as const);
      const number = g.providerNumber(provider);
      return cb.account(
        {
          provider: provider === 'Sberbank' && c === 'RU' && rng.chance(0.3) ? 'Сбербанк' : provider,
          number: rng.pick(PROVIDERS[provider].forms(number)),
        },
        holders,
      );
    }
    if (holderCountry === 'RU' || !(holderCountry in IBANS)) {
      const provider = rng.weighted([
        ['Sberbank', 60],
        ['VTB', 20],
        ['T-Bank', 20],
      ] as const);
      return cb.account({ provider, number: rng.pick(PROVIDERS[provider].forms(g.providerNumber(provider))) }, holders);
    }
    return cb.account({ iban: rng.pick(ibanForms(g.iban(holderCountry))) }, holders);
  };
  for (const s of cb.suspects) {
    if (!rng.chance(s.fn === 'MONEY_HANDLER' ? 0.95 : 0.25)) continue;
    const id = account(rng.chance(0.7) ? c : s.nationality, [s.id], s.fn === 'MONEY_HANDLER' ? 0.25 : 0.1);
    if (id) suspectAccounts.push(id);
  }
  if (main === 'FORCED_LABOUR' || main === 'SEXUAL_EXPLOITATION') {
    for (const v of victimInfo) {
      if (!rng.chance(main === 'FORCED_LABOUR' ? 0.35 : 0.15)) continue;
      // Wages land in accounts opened for the victims but controlled by the suspects.
      const holders = [v.id];
      if (cb.suspects.length && rng.chance(0.3)) holders.push(cb.suspects[0].id);
      const id = account(rng.chance(0.8) ? c : v.nat, holders, 0.05);
      if (id) victimAccounts.push(id);
    }
  }

  // Identity documents: victims' passports, often kept by a controller.
  for (const v of victimInfo) {
    if (!rng.chance(0.55)) continue;
    const holders = [v.id];
    const controller = cb.suspects.find((s) => s.fn === 'CONTROLLER' || s.fn === 'EXPLOITER');
    if (controller && rng.chance(0.3)) holders.push(controller.id);
    // Residence permits are issued by the country the victim lives in; the rest by the victim's own.
    const kind =
      v.nat === c
        ? rng.pick(['PASSPORT', 'ID_CARD', 'DRIVING_LICENCE'])
        : rng.weighted([
            ['PASSPORT', 80],
            ['ID_CARD', 8],
            ['RESIDENCE_PERMIT', 12],
          ] as const);
    const issuer = kind === 'RESIDENCE_PERMIT' ? c : v.nat;
    cb.document(rng.pick(g.document(issuer)), issuer, kind, holders);
  }
  for (const s of cb.suspects) {
    if (!rng.chance(s.fn === 'DOCUMENT_FORGER' ? 0.9 : 0.3)) continue;
    cb.document(
      rng.pick(g.document(s.nationality in DOCUMENTS ? s.nationality : c)),
      s.nationality in DOCUMENTS ? s.nationality : c,
      rng.pick(['PASSPORT', 'ID_CARD', 'DRIVING_LICENCE']),
      [s.id],
    );
  }

  // Companies: employers, staffing agencies, massage parlours.
  let orgAccount: string | null = null;
  const orgChance =
    main === 'FORCED_LABOUR' ? 0.65 : main === 'SEXUAL_EXPLOITATION' ? 0.25 : main === 'FORCED_CRIMINALITY' ? 0.05 : 0;
  if (cb.suspects.length && rng.chance(orgChance)) {
    const kind = main === 'SEXUAL_EXPLOITATION' ? 'massage' : rng.chance(0.25) ? 'staffing' : (theme ?? 'construction');
    const form = rng.pick(COMPANY_FORM[c]);
    const words = rng.pick(COMPANY_WORDS[c][kind]);
    const name = c === 'LV' || c === 'LT' || c === 'RU' ? `${form} ${words}` : `${words} ${form}`;
    const members = cb.suspects
      .filter((s) => s.fn === 'EXPLOITER' || s.fn === 'RECRUITER' || s.fn === 'MONEY_HANDLER')
      .map((s) => s.id);
    const orgId = cb.organisation(name, g.registration(c), members.length ? members : [cb.suspects[0].id]);
    if (orgId) {
      if (rng.chance(0.5) && cb.address(writeAddress(g.address(c, cb.city), 0, rng), undefined, []))
        cb.holdOrganisation(orgId, 'addresses', cb.lists.addresses.length - 1);
      if (c !== 'RU' && rng.chance(0.4)) {
        orgAccount = cb.account({ iban: rng.pick(ibanForms(g.iban(c))) }, [orgId]);
      }
      if (rng.chance(0.3) && cb.phone(rng.pick(phoneForms(g.phone(c), c).slice(0, 3)), []))
        cb.holdOrganisation(orgId, 'phones', cb.lists.phones.length - 1);
    }
  }

  // Transfers: wages in, kickbacks out, takings passed up to the money handler.
  const nTransfers = rng.geometric(
    {
      SEXUAL_EXPLOITATION: 3,
      FORCED_LABOUR: 3,
      FORCED_BEGGING: 2,
      FORCED_CRIMINALITY: 1.5,
      DOMESTIC_SERVITUDE: 0.8,
      ORGAN_REMOVAL: 2,
    }[main],
    24,
  );
  for (let i = 0; i < nTransfers && cb.suspects.length; i++) {
    const day = opened - rng.int(1, 540);
    const boss = rng.pick(cb.suspects).id;
    const r = rng.float();
    let t: { from: string; to: string; eur: number } | null = null;
    if (orgAccount && victimAccounts.length && r < 0.25)
      t = { from: orgAccount, to: rng.pick(victimAccounts), eur: rng.int(600, 2200) };
    else if (victimAccounts.length && suspectAccounts.length && r < 0.5)
      t = { from: rng.pick(victimAccounts), to: rng.pick(suspectAccounts), eur: rng.int(300, 1500) };
    else if (suspectAccounts.length > 1 && r < 0.65) {
      const [a, b] = rng.sample(suspectAccounts, 2);
      t = { from: a, to: b, eur: rng.int(500, 12000) };
    } else if (cb.victims.length) t = { from: rng.pick(cb.victims), to: boss, eur: rng.int(40, 800) };
    if (!t) continue;
    const channel = cb.channel(t.from, t.to, rng);
    const m = money(rng, c, t.eur, channel === 'CASH');
    cb.transfer({ ...m, time: transferTime(rng, day), channel, from: t.from, to: t.to });
  }
  return cb;
}

// ---------------------------------------------------------------------------------------------
// Planted networks

type Kind = 'recruiter_phone' | 'shared_flat' | 'transport_van' | 'fan_in_money' | 'same_person';
interface Network {
  id: string;
  kind: Kind;
  via: { type: string; key: string };
  asWritten: string[];
  cases: string[];
  details: Record<string, unknown>;
  listed: boolean;
}
/** `fill` adds the planted element to a case and says whether the case now holds the network's identifier. */
interface Slot {
  net: Network;
  agency: Agency;
  options: CaseOptions;
  fill(cb: CaseBuilder): boolean;
}
interface SamePerson {
  id: string;
  records: string[];
  cyrillicLatin: boolean;
  names: string[];
  birthDates: Array<string | null>;
  nationality: string;
  sharedDocument: string | null;
  /** The home address key when two or more of the records hold it (see samePerson). */
  sharedAddress: string | null;
}

function must<T>(r: Normalised<T>, what: string): T {
  if (!r.ok) throw new Error(`planted ${what} does not normalise: ${r.problem}`);
  return r.value;
}
function sameKey(actual: string, expected: string, what: string): void {
  if (actual !== expected)
    throw new Error(`planted ${what} written as a variant gives key ${actual}, expected ${expected}`);
}

/** One individual planted as a suspect in several cases of a network (a recruiter, a driver). */
interface Recurring {
  id: string;
  role: 'recruiter' | 'driver';
  network: string;
  records: string[];
  names: string[];
}

class Planner {
  readonly networks: Network[] = [];
  readonly samePersons: SamePerson[] = [];
  readonly recurring: Recurring[] = [];
  readonly slots: Slot[] = [];
  private netSeq = 0;
  constructor(
    private readonly g: Gen,
    private readonly entities: number,
  ) {}

  private get rng(): Rng {
    return this.g.rng;
  }
  private newNet(kind: Kind, type: string, key: string, details: Record<string, unknown>, listed = true): Network {
    const net: Network = { id: '', kind, via: { type, key }, asWritten: [], cases: [], details, listed };
    if (listed) net.id = `net-${pad(++this.netSeq, 4)}`;
    this.networks.push(net);
    return net;
  }
  private agencyIn(country: string): Agency {
    const list = agenciesOf(country);
    return this.rng.weighted(list.map((a) => [a, a.weight] as const));
  }
  /** Cases per network; tiny datasets keep every network to two cases so planted cases stay a minority. */
  private k(min: number, max: number): number {
    return this.entities < 5000 ? min : this.rng.int(min, max);
  }
  private window(): number {
    return this.rng.int(START + 420, END - 420);
  }
  private openedNear(w: number): number {
    return clampDay(w + this.rng.int(0, 400));
  }
  private countries(first: string | null, k: number, pool: string[] = NINE): string[] {
    const rest = this.rng.sample(
      pool.filter((c) => c !== first),
      first ? k - 1 : k,
    );
    return first ? [first, ...rest] : rest;
  }
  /** A spelling for this slot, different from those already used where the choices allow. */
  private freshForm(net: Network, forms: string[]): string {
    const unused = forms.filter((f) => !net.asWritten.includes(f));
    return this.rng.pick(unused.length ? unused : forms);
  }
  private note(net: Network, form: string): void {
    if (!net.asWritten.includes(form)) net.asWritten.push(form);
  }

  plan(kind: Kind): void {
    switch (kind) {
      case 'recruiter_phone':
        return this.recruiterPhone();
      case 'shared_flat':
        return this.sharedFlat();
      case 'transport_van':
        return this.transportVan();
      case 'fan_in_money':
        return this.fanIn();
      case 'same_person':
        return this.samePerson();
    }
  }

  private recruiterPhone(): void {
    const rng = this.rng;
    const pc = rng.weighted([
      ['EE', 18],
      ['LT', 18],
      ['LV', 14],
      ['RU', 22],
      ['FI', 4],
      ['SE', 4],
      ['RO', 8],
      ['UA', 8],
      ['BG', 4],
    ] as const);
    const p = this.g.phone(pc);
    const key = `phone:${must(normalisePhone(p.e164, pc), 'phone').e164}`;
    const k = this.k(2, 4);
    const countries = this.countries(NINE.includes(pc) && rng.chance(0.7) ? pc : null, k);
    const net = this.newNet('recruiter_phone', 'PHONE', key, { countries, phoneCountry: pc });
    const gender: Gender = rng.chance(0.7) ? 'MALE' : 'FEMALE';
    const recruiter = newIdentity(rng, pc, gender);
    const seen: Recurring = {
      id: `rec-${pad(this.recurring.length + 1, 4)}`,
      role: 'recruiter',
      network: net.id,
      records: [],
      names: [],
    };
    this.recurring.push(seen);
    const w = this.window();
    const typologies: Typology[] = [
      rng.weighted([
        ['SEXUAL_EXPLOITATION', 45],
        ['FORCED_LABOUR', 45],
        ['FORCED_BEGGING', 10],
      ] as const),
    ];
    const origin = pc === 'RO' || pc === 'UA' || pc === 'BG' ? pc : undefined;
    for (const c of countries) {
      this.slots.push({
        net,
        agency: this.agencyIn(c),
        options: { opened: this.openedNear(w), typologies, origin },
        fill: (cb) => {
          const form = this.freshForm(net, c === pc ? phoneForms(p, c).slice(0, 3) : phoneForms(p, c));
          sameKey(`phone:${must(normalisePhone(form, c), 'phone').e164}`, key, 'phone');
          let holder: string | null = null;
          const r = rng.float();
          let name = '';
          if (c === pc || r < 0.3) {
            name = writeName(rng, recruiter, c);
            holder = cb.person('SUSPECT', {
              name,
              nationality: pc,
              gender,
              birth: null,
              fn: 'RECRUITER',
              aliases: rng.chance(0.4) ? [alias(rng, recruiter, c)] : undefined,
            });
          } else if (r < 0.75) {
            name = rng.chance(0.5) ? firstNameOnly(rng, recruiter, c) : alias(rng, recruiter, c);
            holder = cb.person('SUSPECT', { name, nationality: null, gender, birth: null, fn: 'RECRUITER' });
          }
          if (holder) {
            seen.records.push(`person:${cb.agency.code}:${holder}`);
            seen.names.push(name);
          }
          this.note(net, form);
          return cb.phone(form, holder ? [holder] : []);
        },
      });
    }
  }

  private sharedFlat(): void {
    const rng = this.rng;
    const ac = rng.weighted([
      ['EE', 15],
      ['FI', 15],
      ['SE', 15],
      ['NO', 12],
      ['DK', 10],
      ['LV', 10],
      ['LT', 10],
      ['IS', 3],
      ['RU', 10],
    ] as const);
    const agency = this.agencyIn(ac);
    const city = this.g.homeCity(agency);
    const parts = this.g.address(ac, city);
    const base = writeAddress(parts, 0, rng);
    const key = `address:${must(normaliseAddress({ ...base, country: ac }), 'address')}`;
    const k = this.k(2, 4);
    const countries = [ac, ...Array.from({ length: k - 1 }, () => (rng.chance(0.6) ? ac : rng.pick(NINE)))];
    const net = this.newNet('shared_flat', 'ADDRESS', key, { countries: [...new Set(countries)] });
    const w = this.window();
    const typologies: Typology[] = [
      rng.weighted([
        ['FORCED_LABOUR', 50],
        ['FORCED_BEGGING', 20],
        ['SEXUAL_EXPLOITATION', 30],
      ] as const),
    ];
    const origin = rng.weighted(ORIGIN[typologies[0] === 'FORCED_LABOUR' ? 'construction' : typologies[0]]);
    countries.forEach((c, i) => {
      this.slots.push({
        net,
        agency: c === ac && i === 0 ? agency : this.agencyIn(c),
        options: { opened: this.openedNear(w), typologies, origin: origin === '*' ? ac : origin },
        fill: (cb) => {
          let written = i === 0 ? base : writeAddress(parts, 1, rng);
          for (
            let tries = 0;
            tries < 6 &&
            i > 0 &&
            (net.asWritten.includes(this.spell(written)) || this.spell(written) === this.spell(base));
            tries++
          )
            written = writeAddress(parts, 1, rng);
          sameKey(`address:${must(normaliseAddress({ ...written, country: ac }), 'address')}`, key, 'address');
          const holders = [...cb.victims.filter(() => rng.chance(0.5))];
          const nat = origin === '*' ? ac : origin;
          for (let n = rng.int(1, 3); n > 0; n--) {
            const gender: Gender = rng.chance(0.5) ? 'FEMALE' : 'MALE';
            const id = cb.person('VICTIM', {
              name: writeName(rng, newIdentity(rng, nat, gender), cb.country),
              nationality: nat,
              gender,
              birth: birthDate(rng, cb.opened, 17, 45, 0.8),
            });
            if (id) holders.push(id);
          }
          this.note(net, this.spell(written));
          return cb.address(written, cb.country === ac && rng.chance(0.5) ? undefined : ac, holders);
        },
      });
    });
  }
  private spell(a: WrittenAddress): string {
    return [a.street, a.postalCode, a.city].filter(Boolean).join(', ');
  }

  private transportVan(): void {
    const rng = this.rng;
    const vc = rng.weighted([
      ['LT', 25],
      ['LV', 15],
      ['EE', 15],
      ['RU', 15],
      ['FI', 8],
      ['SE', 8],
      ['NO', 5],
      ['DK', 5],
      ['IS', 1],
    ] as const);
    const forms = this.g.plate(vc);
    const plate = must(normalisePlate(forms[0], vc), 'plate');
    const key = `vehicle:${vc}:${plate}`;
    const countries = this.countries(rng.chance(0.7) ? vc : null, this.k(2, 3));
    const net = this.newNet('transport_van', 'VEHICLE', key, { countries, plateCountry: vc });
    const [make, model] = rng.pick(VANS);
    const colour = rng.pick(COLOURS);
    const driver = newIdentity(rng, vc, 'MALE');
    const seen: Recurring = {
      id: `rec-${pad(this.recurring.length + 1, 4)}`,
      role: 'driver',
      network: net.id,
      records: [],
      names: [],
    };
    this.recurring.push(seen);
    const w = this.window();
    const typologies: Typology[] = [
      rng.weighted([
        ['FORCED_LABOUR', 45],
        ['FORCED_BEGGING', 20],
        ['FORCED_CRIMINALITY', 20],
        ['SEXUAL_EXPLOITATION', 15],
      ] as const),
    ];
    for (const c of countries) {
      this.slots.push({
        net,
        agency: this.agencyIn(c),
        options: { opened: this.openedNear(w), typologies },
        fill: (cb) => {
          const form = this.freshForm(net, forms);
          sameKey(`vehicle:${vc}:${must(normalisePlate(form, vc), 'plate')}`, key, 'plate');
          let holder = cb.suspects.find((s) => s.fn === 'TRANSPORTER')?.id ?? null;
          if (!holder || rng.chance(0.5)) {
            const name = writeName(rng, driver, c);
            const created = cb.person('SUSPECT', {
              name,
              nationality: vc,
              gender: 'MALE',
              birth: null,
              fn: 'TRANSPORTER',
            });
            if (created) {
              seen.records.push(`person:${cb.agency.code}:${created}`);
              seen.names.push(name);
            }
            holder = created ?? holder;
          }
          this.note(net, form);
          // Some files give a different make or leave the colour out: only the plate is the key.
          return cb.vehicle(
            form,
            c === vc && rng.chance(0.5) ? undefined : vc,
            { make: rng.chance(0.85) ? make : rng.pick(VANS)[0], model, colour: rng.chance(0.7) ? colour : null },
            holder ? [holder] : [],
          );
        },
      });
    }
  }

  private fanIn(): void {
    const rng = this.rng;
    const rc = rng.weighted([
      ['LV', 25],
      ['LT', 25],
      ['EE', 20],
      ['FI', 6],
      ['SE', 6],
      ['DK', 6],
      ['NO', 6],
      ['IS', 2],
    ] as const);
    const iban = this.g.iban(rc);
    const key = `account:iban:${must(normaliseIban(iban), 'IBAN')}`;
    const workerCountries = rng.sample(
      ['SE', 'FI', 'NO', 'DK', 'IS', 'EE', 'LT', 'LV'].filter((c) => c !== rc),
      this.entities < 5000 || rng.chance(0.6) ? 1 : 2,
    );
    const wMax = Math.min(30, 5 + Math.floor(this.entities / 4000));
    const workers = rng.int(5, Math.max(5, wMax));
    const split = workerCountries.length === 1 ? [workers] : [Math.ceil(workers / 2), Math.floor(workers / 2)];
    const net = this.newNet('fan_in_money', 'ACCOUNT', key, {
      countries: [...workerCountries, rc],
      receiverCountry: rc,
      workers,
      transfers: 0,
    });
    const w = this.window();
    const origin = rng.weighted([
      ['UA', 30],
      ['RO', 20],
      ['BG', 10],
      ['VN', 15],
      ['TH', 10],
      ['UZ', 10],
      ['MD', 5],
    ] as const);
    const handler = newIdentity(rng, rc, rng.chance(0.6) ? 'MALE' : 'FEMALE');
    const payment = (cb: CaseBuilder, from: string, to: string, day: number, eur: number) => {
      const m = money(rng, cb.country, eur, false);
      const channel = cb.channel(from, to, rng);
      // A worker's payment into a foreign account goes through a bank or a transfer agent, never hand to hand.
      if (
        cb.transfer({
          ...m,
          time: transferTime(rng, day),
          channel: channel === 'CASH' ? 'MONEY_SERVICE' : channel,
          from,
          to,
        })
      )
        net.details.transfers = (net.details.transfers as number) + 1;
    };
    workerCountries.forEach((c, wi) => {
      this.slots.push({
        net,
        agency: this.agencyIn(c),
        options: { opened: this.openedNear(w), typologies: ['FORCED_LABOUR'], origin },
        fill: (cb) => {
          const form = this.freshForm(net, ibanForms(iban));
          sameKey(`account:iban:${must(normaliseIban(form), 'IBAN')}`, key, 'IBAN');
          const receiver = cb.account({ iban: form }, []);
          if (!receiver) return false;
          this.note(net, form);
          // Each worker repays a "debt" every few weeks; the case lists the payments in time order.
          for (let n = 0; n < split[wi]; n++) {
            const gender: Gender = rng.chance(0.3) ? 'FEMALE' : 'MALE';
            const worker = cb.person('VICTIM', {
              name: writeName(rng, newIdentity(rng, origin, gender), c),
              nationality: origin,
              gender,
              birth: birthDate(rng, cb.opened, 18, 50, 0.85),
            });
            if (!worker) break;
            const from = rng.chance(0.4)
              ? (cb.account({ iban: rng.pick(ibanForms(this.g.iban(c))) }, [worker]) ?? worker)
              : worker;
            let day = w - 420 + rng.int(0, 60);
            for (let m = rng.int(2, 6); m > 0 && day < cb.opened; m--, day += rng.int(14, 35))
              payment(cb, from, receiver, day, rng.int(50, 350));
          }
          return true;
        },
      });
    });
    this.slots.push({
      net,
      agency: this.agencyIn(rc),
      options: { opened: this.openedNear(w + 60), typologies: ['FORCED_LABOUR'], origin },
      fill: (cb) => {
        const form = this.freshForm(net, ibanForms(iban));
        const holder = cb.person('SUSPECT', {
          name: writeName(rng, handler, rc),
          nationality: rc,
          gender: handler.gender,
          birth: birthDate(rng, cb.opened, 25, 60, 0.9),
          fn: 'MONEY_HANDLER',
        });
        const receiver = cb.account({ iban: form }, holder ? [holder] : []);
        if (!receiver) return false;
        this.note(net, form);
        // The collected money moves on, to a Russian bank or a wallet.
        const provider = rng.pick(['Sberbank', 'Bitcoin wallet', 'Western Union'] as const);
        const onward = cb.account({ provider, number: this.g.providerNumber(provider) }, []);
        if (onward)
          for (let n = rng.int(1, 4), day = w - 200; n > 0 && day < cb.opened; n--, day += rng.int(20, 60))
            payment(cb, receiver, onward, day, rng.int(1500, 9000));
        return true;
      },
    });
  }

  private samePerson(): void {
    const rng = this.rng;
    const nat = rng.weighted([
      ['RU', 55],
      ['BY', 5],
      ['LT', 12],
      ['LV', 8],
      ['EE', 5],
      ['NO', 5],
      ['SE', 5],
      ['FI', 5],
    ] as const);
    const cyr = nat === 'RU' || nat === 'BY';
    const home = cyr ? (rng.chance(0.8) ? 'RU' : null) : nat;
    const k = this.k(2, 3);
    const pool = cyr ? ['FI', 'EE', 'NO', 'SE', 'LV', 'LT', 'DK'] : NINE;
    const countries = this.countries(home, k, home ? NINE : pool);
    const gender: Gender = rng.chance(0.7) ? 'MALE' : 'FEMALE';
    const identity = cyr ? this.cyrillicIdentity(nat, gender) : newIdentity(rng, nat, gender);
    const born = isoDay(dayOf('1962-01-01') + rng.int(0, 38 * 365));
    const role = rng.chance(0.7) ? 'SUSPECT' : 'VICTIM';
    const sp: SamePerson = {
      id: `ind-${pad(this.samePersons.length + 1, 4)}`,
      records: [],
      cyrillicLatin: false,
      names: [],
      birthDates: [],
      nationality: nat,
      sharedDocument: null,
      sharedAddress: null,
    };
    this.samePersons.push(sp);
    // A registered home address in the home country is often known to each agency that records the
    // individual (from the passport, a residence permit or the interview), and each writes it its own way.
    // Background persons never share one: their addresses come from the collision-free allocator.
    const homeParts = home && rng.chance(0.5) ? this.g.address(home, this.g.homeCity(this.agencyIn(home))) : null;
    const homeKey = homeParts
      ? `address:${must(normaliseAddress({ ...writeAddress(homeParts, 0, rng), country: home! }), 'address')}`
      : null;
    let homeHolders = 0;
    let docNet: Network | null = null;
    let docForms: string[] = [];
    let docHolders = new Set<number>();
    if (rng.chance(0.4)) {
      docForms = this.g.document(nat);
      const key = `document:${nat}:${must(normaliseDocumentNumber(docForms[0]), 'document')}`;
      sp.sharedDocument = key;
      docNet = this.newNet('same_person', 'DOCUMENT', key, { countries, individual: sp.id });
      docHolders = new Set(k === 2 || rng.chance(0.6) ? countries.map((_, i) => i) : rng.sample([0, 1, 2], 2));
    }
    const net = docNet ?? this.newNet('same_person', 'PERSON', sp.id, {}, false);
    const w = this.window();
    countries.forEach((c, i) => {
      this.slots.push({
        net,
        agency: this.agencyIn(c),
        options: { opened: this.openedNear(w + i * 90) },
        fill: (cb) => {
          let name = writeName(rng, identity, c, { vary: i > 0 });
          for (let t = 0; t < 8 && sp.names.includes(name); t++)
            name = writeName(rng, identity, c, { vary: true, order: t < 4 ? undefined : 'upper' });
          const day = born.slice(8);
          const month = born.slice(5, 7);
          const birth =
            i === 0
              ? born
              : rng.weighted([
                  [born, 60],
                  [null, 25],
                  [Number(day) <= 12 && day !== month ? `${born.slice(0, 5)}${day}-${month}` : born, 15],
                ] as const);
          const fn =
            role === 'SUSPECT'
              ? rng.pick(['RECRUITER', 'CONTROLLER', 'TRANSPORTER', 'MONEY_HANDLER'] as const)
              : undefined;
          const id = cb.person(role, { name, nationality: rng.chance(0.9) ? nat : null, gender, birth, fn });
          if (!id) return false;
          sp.records.push(`person:${cb.agency.code}:${id}`);
          sp.names.push(name);
          sp.birthDates.push(birth);
          if (role === 'VICTIM') cb.victims.push(id);
          if (homeParts && rng.chance(0.6)) {
            const written = writeAddress(homeParts, i === 0 ? 0 : 1, rng);
            sameKey(
              `address:${must(normaliseAddress({ ...written, country: home! }), 'address')}`,
              homeKey!,
              'address',
            );
            if (cb.address(written, cb.country === home ? undefined : home!, [id]) && ++homeHolders === 2)
              sp.sharedAddress = homeKey;
          }
          if (!docNet || !docHolders.has(i)) return false;
          const form = this.freshForm(docNet, docForms);
          sameKey(`document:${nat}:${must(normaliseDocumentNumber(form), 'document')}`, docNet.via.key, 'document');
          this.note(docNet, form);
          return cb.document(form, nat, 'PASSPORT', [id]);
        },
      });
    });
  }
  private cyrillicIdentity(nat: string, gender: Gender): Identity {
    for (;;) {
      const id = newIdentity(this.rng, nat, gender);
      if (id.kind === 'cyr') return id;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Output

class LineWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly out: fs.WriteStream) {}
  async line(s: string): Promise<void> {
    this.buf.push(s, '\n');
    this.size += s.length + 1;
    if (this.size >= 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buf.length) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}

const KINDS: Kind[] = ['recruiter_phone', 'shared_flat', 'transport_van', 'fan_in_money', 'same_person'];
const KIND_WEIGHTS: W<Kind> = [
  ['recruiter_phone', 25],
  ['shared_flat', 20],
  ['transport_van', 20],
  ['fan_in_money', 15],
  ['same_person', 20],
];
// Calibrated on generated data: mean entity rows of a background case, and planted slots per network.
const MEAN_CASE_ROWS = 24;
const MEAN_SLOTS = 2.6;
const PLANTED_CASE_SHARE = 0.14;

export async function generate(opts: {
  seed: number;
  entities: number;
  out: string;
  validate: boolean;
}): Promise<string> {
  const started = process.hrtime.bigint();
  const g = new Gen(opts.seed);
  const rng = g.rng;
  const N = opts.entities;

  const planner = new Planner(g, N);
  const nNetworks = Math.max(KINDS.length, Math.round(((N / MEAN_CASE_ROWS) * PLANTED_CASE_SHARE) / MEAN_SLOTS));
  for (let i = 0; i < nNetworks; i++) planner.plan(i < KINDS.length ? KINDS[i] : rng.weighted(KIND_WEIGHTS));
  const slots = planner.slots;
  for (let i = slots.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [slots[i], slots[j]] = [slots[j], slots[i]];
  }

  fs.mkdirSync(opts.out, { recursive: true });
  const writer = new LineWriter(fs.createWriteStream(path.join(opts.out, 'cases.jsonl'), { encoding: 'utf8' }));
  const emit = async (cb: CaseBuilder) => {
    const json = cb.toJSON();
    if (opts.validate) {
      const v = validateCase(json);
      if (!v.ok) throw new Error(`generated case ${cb.id} is invalid: ${JSON.stringify(v.problems.slice(0, 5))}`);
    }
    const l = cb.lists;
    for (const k of Object.keys(g.rows) as Array<keyof Gen['rows']>) g.rows[k] += l[k].length;
    g.cases++;
    await writer.line(JSON.stringify(json));
  };

  // Planted cases are spread evenly over the first 95% of the rows; background fills the rest up to N.
  let next = 0;
  const dueAt = (j: number) => Math.floor((j * 0.95 * N) / slots.length);
  for (;;) {
    if (next < slots.length && (g.total >= dueAt(next) || g.total >= N)) {
      const slot = slots[next++];
      const cb = backgroundCase(g, slot.agency, slot.options);
      if (slot.fill(cb)) slot.net.cases.push(cb.id);
      g.plantedCases++;
      await emit(cb);
    } else if (g.total < N) {
      await emit(backgroundCase(g, rng.weighted(AGENCY_WEIGHTS), { limit: N - g.total }));
    } else break;
  }
  await writer.close();

  for (const sp of planner.samePersons) {
    sp.cyrillicLatin =
      sp.names.some((n) => /[\u0400-\u04ff]/.test(n)) && sp.names.some((n) => !/[\u0400-\u04ff]/.test(n));
  }
  const networks = planner.networks
    .filter((n) => n.listed)
    .map((n) => ({ id: n.id, kind: n.kind, cases: n.cases, via: n.via, asWritten: n.asWritten, ...n.details }));
  const truth = {
    seed: opts.seed,
    entities: g.total,
    cases: g.cases,
    formatVersion: FORMAT_VERSION,
    rows: g.rows,
    plantedCases: g.plantedCases,
    networks,
    samePerson: planner.samePersons,
    // Suspects planted in several cases of one network are one individual too (not matched by design:
    // no birth date, often a first name or nickname only); matching precision counts them as true pairs.
    recurring: planner.recurring.filter((r) => r.records.length >= 2),
  };
  // One network or individual per line keeps the file readable and diffable at millions of rows.
  const body = [
    '{',
    ...Object.entries(truth)
      .filter(([k]) => !['networks', 'samePerson', 'recurring'].includes(k))
      .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    '  "networks": [',
    networks.map((n) => `    ${JSON.stringify(n)}`).join(',\n'),
    '  ],',
    '  "samePerson": [',
    planner.samePersons.map((s) => `    ${JSON.stringify(s)}`).join(',\n'),
    '  ],',
    '  "recurring": [',
    truth.recurring.map((r) => `    ${JSON.stringify(r)}`).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(opts.out, 'truth.json'), body);

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const r = g.rows;
  return (
    `cases=${g.cases} entities=${g.total} (persons=${r.persons} phones=${r.phones} addresses=${r.addresses} vehicles=${r.vehicles} accounts=${r.accounts} documents=${r.identityDocuments} organisations=${r.organisations} transfers=${r.transfers}) ` +
    `networks=${networks.length} samePerson=${planner.samePersons.length} plantedCases=${g.plantedCases} (${((100 * g.plantedCases) / g.cases).toFixed(1)}%) elapsed=${seconds.toFixed(1)}s out=${opts.out}`
  );
}

const integer = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`must be an integer from ${min} to ${max}`);
  return n;
};

if (require.main === module) {
  const program = new Command()
    .name('generate')
    .description('Deterministic synthetic trafficking cases with planted cross-border networks and their ground truth.')
    .option('--seed <n>', 'random seed (32-bit)', integer(0, 2 ** 32 - 1), 42)
    // Below 1000 rows the minimum of one network per kind would exceed the size asked for.
    .requiredOption(
      '--entities <n>',
      'entity rows to generate (persons, phones, addresses, vehicles, accounts, documents, organisations, transfers)',
      integer(1000, 1e9),
    )
    .requiredOption('--out <dir>', 'output directory for cases.jsonl and truth.json')
    .option('--validate', 'check every case with validateCase while generating (slower)', false)
    .parse();
  const o = program.opts<{ seed: number; entities: number; out: string; validate: boolean }>();
  generate(o)
    .then((summary) => console.log(summary))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
