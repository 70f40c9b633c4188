// The link-quality benchmark's corpus (bench/linkQuality.ts): cases in the exchange format, each holding one
// identifier, address or person, and the planted truth about them. Every variant is built from a reference
// table: libphonenumber's metadata, ibantools' IBAN layouts with ISO 13616 check digits computed here, ISO
// 3779 VINs, the national plate layouts, the address conventions and name lists of bench/linkQualityTables.ts,
// and the transliteration systems of the iuliia package (plus the Ukrainian 2010 and Duden tables). Nothing
// comes from seed/generate.ts or from the service's own normalisers.
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';
import * as iuliia from 'iuliia';
import { RUSSIAN_PRACTICAL, spellRussian } from './russianPracticalTables';
import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import { getExampleNumber, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import {
  ADDRESS, AGENCY, COUNTRIES, DUDEN, NORDIC_BALTIC, RU_FEMALE, RU_HOUSE_LATIN, RU_MALE, RU_SURNAMES, UA_2010, UA_FEMALE, UA_MALE,
  UA_SURNAMES, isMalePatronymic, ruFemaleSurname, uaFemaleSurname, type Building, type Country, type Flat,
} from './linkQualityTables';

export type Family = 'identifier' | 'address' | 'name';
export interface ClassInfo { name: string; family: Family }

/**
 * One planted fact. A pair must link: `node` through one shared node, `building` through the address nodes
 * (the building, or the same node), `person` through a POSSIBLY_SAME or SAME_AS candidate. A control must
 * not link: at all, or for `flat` controls not through one shared node (a same-building link is counted apart).
 */
export interface Planted {
  cls: string;
  kind: 'pair' | 'control';
  level: 'node' | 'building' | 'person';
  /** Case ids (identifiers, addresses) or person ids (names). */
  a: string;
  b: string;
  written: [string, string];
  countries: [Country, Country];
  control?: 'neighbour' | 'typo' | 'house' | 'street' | 'flat' | 'other person' | 'twin' | 'father/son' | 'namesake' | 'spouse';
  /** An IBAN whose national check digit is wrong while ISO 13616 mod-97 holds (ibantools' isValidIBAN). */
  nationalCheckFails?: boolean;
}

export interface Corpus { cases: Array<Record<string, unknown>>; planted: Planted[]; classes: ClassInfo[] }

export class Rng {
  private readonly gen: RandomGenerator;
  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed);
  }
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.gen);
  }
  float(): number {
    return this.int(0, 2 ** 30 - 1) / 2 ** 30;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  /** A country other than the excluded ones. */
  country(...exclude: Country[]): Country {
    return this.pick(COUNTRIES.filter((c) => !exclude.includes(c)));
  }
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const caseIdOf = (country: Country, reference: string) => `case:${AGENCY[country]}:${reference}`;

function exchangeCase(country: Country, reference: string, body: Record<string, unknown>): Record<string, unknown> {
  return { reference, agency: { code: AGENCY[country], country }, typologies: ['OTHER'], status: 'OPEN', openedOn: '2024-01-01', ...body };
}

/** Collects a class's cases and planted facts; keeps every planted identifier unique across the corpus. */
class Builder {
  readonly cases: Array<Record<string, unknown>> = [];
  readonly planted: Planted[] = [];
  readonly classes: ClassInfo[] = [];
  private readonly used = new Set<string>();
  constructor(readonly rng: Rng, readonly pairsPerClass: number) {}

  claim(key: string): boolean {
    if (this.used.has(key)) return false;
    this.used.add(key);
    return true;
  }
  addCase(cls: string, i: number, role: string, country: Country, body: Record<string, unknown>): string {
    const reference = `LQ-${slug(cls)}-${i}-${role}`;
    this.cases.push(exchangeCase(country, reference, body));
    return caseIdOf(country, reference);
  }
  /** A person alone in a case; returns the person's node id. */
  addPerson(cls: string, i: number, role: string, country: Country, person: { name: string; birthDate?: string; gender: string }, address?: { street: string; city: string }): string {
    const reference = `LQ-${slug(cls)}-${i}-${role}`;
    const localId = `${reference}-p`;
    const addresses = address ? { addresses: [{ id: `${reference}-addr`, ...address, country, holders: [localId] }] } : {};
    this.cases.push(exchangeCase(country, reference, { persons: [{ id: localId, ...person, role: 'VICTIM' }], ...addresses }));
    return `person:${AGENCY[country]}:${localId}`;
  }
  klass(name: string, family: Family): void {
    this.classes.push({ name, family });
  }
  /** Two reporting countries: half the time the first is the identifier's own. */
  twoCountries(home: Country): [Country, Country] {
    const ca = this.rng.float() < 0.5 ? home : this.rng.country(home);
    return [ca, this.rng.country(ca)];
  }
  /**
   * Cases a and b writing one thing two ways (a pair), and a case n in a third country with a near miss
   * (a control against both). `extra` marks the pair.
   */
  plantCases(cls: string, i: number, level: Planted['level'], a: Side, b: Side, n: (Side & { control: NonNullable<Planted['control']> }) | null, extra: Partial<Planted> = {}): void {
    const ida = this.addCase(cls, i, 'a', a.country, a.body);
    const idb = this.addCase(cls, i, 'b', b.country, b.body);
    this.planted.push({ cls, kind: 'pair', level, a: ida, b: idb, written: [a.written, b.written], countries: [a.country, b.country], ...extra });
    if (!n) return;
    const idn = this.addCase(cls, i, 'n', n.country, n.body);
    for (const [id, side] of [[ida, a], [idb, b]] as const) {
      this.planted.push({ cls, kind: 'control', control: n.control, level, a: id, b: idn, written: [side.written, n.written], countries: [side.country, n.country] });
    }
  }
}

interface Side { country: Country; body: Record<string, unknown>; written: string }

// ---------------------------------------------------------------------------------------------------
// Phones: numbers from libphonenumber's example mobile numbers with the last digits redrawn and checked
// valid again, written the ways each country writes them (ITU-T E.123 international and national forms,
// the national numbering plans' trunk prefixes as libphonenumber's metadata records them).
// ---------------------------------------------------------------------------------------------------

export interface PhoneForm { name: string; international: boolean; write: (n: PhoneNumber) => string }

const trunkPrefix = (n: PhoneNumber) => {
  const national = n.formatNational().replace(/\D/g, '');
  return national.slice(0, national.length - n.nationalNumber.length);
};
/** The international form without its "+CC ": the national number in the plan's grouping. */
const groupedNumber = (n: PhoneNumber) => n.formatInternational().replace(/^\+\d+\s/, '');

export const PHONE_FORMS: PhoneForm[] = [
  { name: 'E.164', international: true, write: (n) => n.number },
  { name: 'international', international: true, write: (n) => n.formatInternational() },
  { name: '00 prefix', international: true, write: (n) => `00 ${n.formatInternational().slice(1)}` },
  { name: '00 prefix compact', international: true, write: (n) => `00${n.number.slice(1)}` },
  // "+46 (0)70-123 45 67": the trunk prefix in brackets, common in Nordic letterheads; elsewhere "(+372) 5123 4567".
  { name: 'international brackets', international: true, write: (n) => (trunkPrefix(n) === '0' ? `+${n.countryCallingCode} (0)${groupedNumber(n)}` : `(+${n.countryCallingCode}) ${groupedNumber(n)}`) },
  { name: 'international dashes', international: true, write: (n) => `+${n.countryCallingCode}-${groupedNumber(n).replace(/\s+/g, '-')}` },
  // "7 921 123 45 67": the country code without "+" or "00", as address books and messenger exports write it.
  { name: 'country code without +', international: true, write: (n) => n.formatInternational().slice(1) },
  { name: 'national', international: false, write: (n) => n.formatNational() },
  { name: 'national dashes', international: false, write: (n) => n.formatNational().replace(/[()]/g, '').trim().replace(/[\s-]+/g, '-') },
  { name: 'national dots', international: false, write: (n) => n.formatNational().replace(/[()]/g, '').trim().replace(/[\s-]+/g, '.') },
  { name: 'national digits', international: false, write: (n) => n.formatNational().replace(/\D/g, '') },
];
/** Russia dials abroad with 8, dial tone, 10 (Rossvyaz numbering plan); Russian files write "8 10 372 …". */
const RU_ABROAD: PhoneForm = { name: '8 10 prefix', international: true, write: (n) => `8 10 ${n.countryCallingCode} ${groupedNumber(n)}` };

const parseValid = (e164: string): PhoneNumber | null => {
  const n = parsePhoneNumberFromString(e164);
  return n && n.isValid() ? n : null;
};

/** A valid mobile number of the country: the example number with its last four digits redrawn. */
export function samplePhone(rng: Rng, country: Country): PhoneNumber {
  const example = getExampleNumber(country, examples);
  if (!example) throw new Error(`no example number for ${country}`);
  const nsn = example.nationalNumber;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const tail = String(rng.int(0, 9999)).padStart(4, '0');
    const n = parseValid(`+${example.countryCallingCode}${nsn.slice(0, -4)}${tail}`);
    if (n) return n;
  }
  throw new Error(`no valid number drawn for ${country}`);
}

/**
 * A Russian number copied abroad from Russian papers keeps its national form with the trunk prefix 8
 * ("8 (921) 123-45-67"): no national number of the other countries here starts with 8.
 */
const TRUNK_8_ABROAD: PhoneForm = { name: 'trunk 8 form of its own country', international: true, write: (n) => n.formatNational() };

/** Forms a case of `caseCountry` may write a number of `numberCountry` in: national forms at home only. */
export function phoneFormsFor(caseCountry: Country, numberCountry: Country): PhoneForm[] {
  const home = caseCountry === numberCountry;
  return [
    ...PHONE_FORMS.filter((f) => home || f.international),
    ...(caseCountry === 'RU' && !home ? [RU_ABROAD] : []),
    ...(numberCountry === 'RU' && !home ? [TRUNK_8_ABROAD] : []),
  ];
}

function phones(b: Builder): void {
  const { rng } = b;
  for (const country of COUNTRIES) {
    const cls = `phone ${country}`;
    b.klass(cls, 'identifier');
    for (let i = 0; i < b.pairsPerClass; i++) {
      let n = samplePhone(rng, country);
      while (!b.claim(`phone:${n.number}`)) n = samplePhone(rng, country);
      // A case in the number's own country may write it nationally; others write it internationally.
      const [ca, cb] = b.twoCountries(country);
      const fa = rng.pick(phoneFormsFor(ca, country));
      const fb = rng.pick(phoneFormsFor(cb, country).filter((f) => f.name !== fa.name));
      const side = (c: Country, f: PhoneForm): Side => ({ country: c, body: { phones: [{ number: f.write(n) }] }, written: `${f.write(n)} (${f.name})` });
      // Control: a neighbouring valid number (last digit changed), written internationally in a third country.
      let neighbour: PhoneNumber | null = null;
      for (let d = 1; d <= 9 && !neighbour; d++) {
        const m = parseValid(`${n.number.slice(0, -1)}${(Number(n.number.slice(-1)) + d) % 10}`);
        if (m && b.claim(`phone:${m.number}`)) neighbour = m;
      }
      const wn = neighbour?.formatInternational();
      b.plantCases(cls, i, 'node', side(ca, fa), side(cb, fb), wn ? { country: rng.country(ca, cb), body: { phones: [{ number: wn }] }, written: wn, control: 'neighbour' } : null);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// IBANs: BBANs drawn to each country's layout (ibantools' specification of the SWIFT IBAN registry), check
// digits computed here per ISO 13616-1 (ISO 7064 MOD 97-10). National check digits are not made right: most
// random BBANs of EE, FI, NO … fail them, as the issue says real ones may be mistyped as "invalid".
// ---------------------------------------------------------------------------------------------------

/** ISO 7064 MOD 97-10 over an alphanumeric string, letters as 10..35. */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch);
    r = (v > 9 ? r * 100 + v : r * 10 + v) % 97;
  }
  return r;
}

/** ISO 13616: the IBAN of a BBAN, check digits 98 - (BBAN + country + "00") mod 97. */
export function ibanOf(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** ISO 13616 validity of an electronic-format IBAN: the rearranged number is 1 mod 97. */
export function ibanChecksumHolds(iban: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) && mod97(`${iban.slice(4)}${iban.slice(0, 4)}`) === 1;
}

/** A BBAN drawn to ibantools' layout expression, e.g. ^[A-Z]{4}[A-Z0-9]{13}$ (alphanumerics as digits). */
export function drawBban(rng: Rng, layout: string): string {
  let out = '';
  for (const [, set, count] of layout.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
    for (let k = 0; k < Number(count); k++) out += set === 'A-Z' ? String.fromCharCode(65 + rng.int(0, 25)) : String(rng.int(0, 9));
  }
  return out;
}

export const IBAN_COUNTRIES = COUNTRIES.filter((c) => c !== 'RU');
export const IBAN_FORMS: Array<{ name: string; write: (iban: string) => string }> = [
  { name: 'electronic', write: (x) => x },
  { name: 'printed', write: (x) => x.replace(/(.{4})/g, '$1 ').trim() },
  { name: 'lower case', write: (x) => x.toLowerCase() },
  { name: 'printed lower case', write: (x) => x.toLowerCase().replace(/(.{4})/g, '$1 ').trim() },
  { name: 'IBAN prefix', write: (x) => `IBAN ${x.replace(/(.{4})/g, '$1 ').trim()}` },
];

function ibans(b: Builder): void {
  const { rng } = b;
  const specs = getCountrySpecifications();
  for (const country of IBAN_COUNTRIES) {
    const layout = specs[country]?.bban_regexp;
    if (!layout) throw new Error(`ibantools has no layout for ${country}`);
    const cls = `iban ${country}`;
    b.klass(cls, 'identifier');
    for (let i = 0; i < b.pairsPerClass; i++) {
      let bban = drawBban(rng, layout);
      while (!b.claim(`iban:${country}${bban}`)) bban = drawBban(rng, layout);
      const iban = ibanOf(country, bban);
      const [ca, cb] = b.twoCountries(country);
      const fa = rng.pick(IBAN_FORMS);
      const fb = rng.pick(IBAN_FORMS.filter((f) => f !== fa));
      const side = (c: Country, text: string): Side => ({ country: c, body: { accounts: [{ iban: text }] }, written: text });
      // Controls: another account one digit away (valid, its own check digits), or this one mistyped
      // (one digit changed, so mod-97 fails: ISO 7064 catches every single substitution).
      const pos = 4 + rng.int(0, bban.length - 1);
      const digit = (ch: string) => (/\d/.test(ch) ? String((Number(ch) + 1 + rng.int(0, 8)) % 10) : ch === 'Z' ? 'A' : String.fromCharCode(ch.charCodeAt(0) + 1));
      const typo = i % 2 === 1;
      const changed = `${iban.slice(0, pos)}${digit(iban[pos])}${iban.slice(pos + 1)}`;
      const other = typo ? changed : ibanOf(country, changed.slice(4));
      const control = b.claim(`iban:${other}`) ? { ...side(rng.country(ca, cb), IBAN_FORMS[1].write(other)), control: typo ? 'typo' as const : 'neighbour' as const } : null;
      b.plantCases(cls, i, 'node', side(ca, fa.write(iban)), side(cb, fb.write(iban)), control, { nationalCheckFails: !isValidIBAN(iban) });
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Plates: each country's current layout (EE 123 ABC; LV AB-1234; LT ABC 123; FI ABC-123; SE ABC 123 or
// ABC 12A; NO AB 12345; DK AB 12 345; IS AB 123; RU А123ВС 78 with the twelve letters of ГОСТ Р 50577
// that look alike in Cyrillic and Latin). Written with and without separators, in lower case, and Russian
// plates in either alphabet (Cyrillic only in Russian cases) or abroad with "RUS".
// ---------------------------------------------------------------------------------------------------

const LATIN_PLATE = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const RU_PLATE = 'АВЕКМНОРСТУХ';
const RU_TO_LATIN: Record<string, string> = { А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X' };

/** Plate parts (letter and digit groups) in the country's layout. */
export function drawPlate(rng: Rng, country: Country): string[] {
  const L = (k: number, set = LATIN_PLATE) => Array.from({ length: k }, () => rng.pick([...set])).join('');
  const D = (k: number) => Array.from({ length: k }, () => String(rng.int(0, 9))).join('');
  switch (country) {
    case 'EE': return [D(3), L(3)];
    case 'LV': return [L(2), String(rng.int(1, 9999))];
    case 'LT': case 'FI': return [L(3), String(rng.int(1, 999)).padStart(3, '0')];
    case 'SE': return [L(3), rng.float() < 0.5 ? D(3) : `${D(2)}${L(1)}`];
    case 'NO': return [L(2), String(rng.int(10000, 99999))];
    case 'DK': return [L(2), D(2), D(3)];
    case 'IS': return [L(2), D(3)];
    case 'RU': return [L(1, RU_PLATE), D(3), L(2, RU_PLATE), String(rng.pick([78, 47, 51, 60, 10, 39, 178, 198, 777]))];
  }
}

const PLATE_SEPARATORS: Record<Country, string[]> = {
  EE: [' '], LV: ['-'], LT: [' '], FI: ['-'], SE: [' '], NO: [' '], DK: [' '], IS: [' '], RU: [''],
};
export function plateForms(parts: string[], plateCountry: Country, caseCountry: Country): Array<{ name: string; text: string }> {
  if (plateCountry === 'RU') {
    const [l1, d, l2, region] = parts;
    const latin = (s: string) => [...s].map((ch) => RU_TO_LATIN[ch] ?? ch).join('');
    const forms = [
      { name: 'Latin', text: `${latin(l1)}${d}${latin(l2)} ${region}` },
      { name: 'Latin compact lower', text: `${latin(l1)}${d}${latin(l2)}${region}`.toLowerCase() },
      { name: 'Latin spaced', text: `${latin(l1)} ${d} ${latin(l2)} ${region}` },
    ];
    if (caseCountry === 'RU') {
      forms.push({ name: 'Cyrillic', text: `${l1}${d}${l2} ${region}` }, { name: 'Cyrillic spaced', text: `${l1} ${d} ${l2} ${region}` }, { name: 'Cyrillic compact', text: `${l1}${d}${l2}${region}` });
    } else {
      forms.push({ name: 'Latin with RUS', text: `${latin(l1)} ${d} ${latin(l2)} ${region} RUS` });
    }
    return forms;
  }
  const official = parts.join(PLATE_SEPARATORS[plateCountry][0]);
  return [
    { name: 'official', text: official },
    { name: 'compact', text: parts.join('') },
    { name: 'dash', text: parts.join('-') },
    { name: 'space', text: parts.join(' ') },
    { name: 'lower case', text: official.toLowerCase() },
  ];
}

function plates(b: Builder): void {
  const { rng } = b;
  for (const country of COUNTRIES) {
    const cls = `plate ${country}`;
    b.klass(cls, 'identifier');
    for (let i = 0; i < b.pairsPerClass; i++) {
      let parts = drawPlate(rng, country);
      const key = (p: string[]) => `plate:${country}:${[...p.join('')].map((ch) => RU_TO_LATIN[ch] ?? ch).join('')}`;
      while (!b.claim(key(parts))) parts = drawPlate(rng, country);
      const [ca, cb] = b.twoCountries(country);
      const fa = rng.pick(plateForms(parts, country, ca));
      const fb = rng.pick(plateForms(parts, country, cb).filter((f) => f.text !== fa.text));
      const side = (c: Country, text: string, form: string): Side => ({ country: c, body: { vehicles: [{ plate: text, country }] }, written: `${text}${form && ` (${form})`}` });
      // Control: one digit of the plate changed.
      const other = [...parts];
      const g = other.findIndex((p) => /\d/.test(p));
      other[g] = other[g].replace(/\d(?!.*\d)/, (d) => String((Number(d) + 1 + rng.int(0, 8)) % 10));
      const cn = rng.country(ca, cb);
      const control = b.claim(key(other)) ? { ...side(cn, plateForms(other, country, cn)[0].text, ''), control: 'neighbour' as const } : null;
      b.plantCases(cls, i, 'node', side(ca, fa.text, fa.name), side(cb, fb.text, fb.name), control);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// VINs (ISO 3779): a manufacturer's WMI (ISO 3780), six VDS characters with the check digit of 49 CFR
// 565.15 in position 9, model year, plant and serial; letters I, O and Q never occur.
// ---------------------------------------------------------------------------------------------------

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const WMIS = ['WVW', 'WBA', 'YV1', 'XTA', 'VF1', 'WDB', 'TMB', 'JTD', 'WF0', 'ZFA', 'YS3', 'SAL', 'X7L', 'U5Y'];
const VIN_VALUE = (ch: string) => (/\d/.test(ch) ? Number(ch) : 'ABCDEFGH'.includes(ch) ? ch.charCodeAt(0) - 64 : 'JKLMN'.includes(ch) ? ch.charCodeAt(0) - 73 : ch === 'P' ? 7 : ch === 'R' ? 9 : ch.charCodeAt(0) - 81);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** 49 CFR 565.15: weighted sum mod 11, 10 written X. */
export function vinCheckDigit(vin: string): string {
  const sum = [...vin].reduce((s, ch, k) => s + VIN_VALUE(ch) * VIN_WEIGHTS[k], 0) % 11;
  return sum === 10 ? 'X' : String(sum);
}

export function withCheckDigit(vin: string): string {
  return `${vin.slice(0, 8)}${vinCheckDigit(vin)}${vin.slice(9)}`;
}

export function drawVin(rng: Rng): string {
  const pick = () => VIN_CHARS[rng.int(0, VIN_CHARS.length - 1)];
  const raw = `${rng.pick(WMIS)}${Array.from({ length: 5 }, pick).join('')}0${rng.pick([...'ABCDEFGHJKLMNPRSTVWXY123456789'])}${pick()}${String(rng.int(0, 999999)).padStart(6, '0')}`;
  return withCheckDigit(raw);
}

export const VIN_FORMS: Array<{ name: string; write: (v: string) => string }> = [
  { name: 'plain', write: (v) => v },
  { name: 'lower case', write: (v) => v.toLowerCase() },
  { name: 'WMI VDS VIS', write: (v) => `${v.slice(0, 3)} ${v.slice(3, 9)} ${v.slice(9)}` },
  { name: 'dashes', write: (v) => `${v.slice(0, 3)}-${v.slice(3, 9)}-${v.slice(9)}` },
  { name: 'groups of four', write: (v) => v.replace(/(.{4})/g, '$1 ').trim() },
];

function vins(b: Builder): void {
  const { rng } = b;
  const cls = 'vin';
  b.klass(cls, 'identifier');
  for (let i = 0; i < b.pairsPerClass; i++) {
    let vin = drawVin(rng);
    while (!b.claim(`vin:${vin}`)) vin = drawVin(rng);
    const ca = rng.country();
    const cb = rng.country(ca);
    const fa = rng.pick(VIN_FORMS);
    const fb = rng.pick(VIN_FORMS.filter((f) => f !== fa));
    const side = (c: Country, text: string): Side => ({ country: c, body: { vehicles: [{ vin: text }] }, written: text });
    // Control: the next serial number, with its own check digit.
    const other = withCheckDigit(`${vin.slice(0, 16)}${(Number(vin[16]) + 1) % 10}`);
    const control = b.claim(`vin:${other}`) ? { ...side(rng.country(ca, cb), other), control: 'neighbour' as const } : null;
    b.plantCases(cls, i, 'node', side(ca, fa.write(vin)), side(cb, fb.write(vin)), control);
  }
}

// ---------------------------------------------------------------------------------------------------
// Identity documents: passport numbers in each issuer's layout (ICAO 9303 part 4 allows up to nine
// characters; Russia's internal passport is a four-digit series and a six-digit number, "45 06 123456").
// ---------------------------------------------------------------------------------------------------

export function drawDocument(rng: Rng, country: Country): string[] {
  const D = (k: number) => Array.from({ length: k }, () => String(rng.int(0, 9))).join('');
  const L = (k: number) => Array.from({ length: k }, () => rng.pick([...LATIN_PLATE])).join('');
  switch (country) {
    case 'EE': return [L(1), D(7)];
    case 'LV': return [L(2), D(7)];
    case 'LT': return [D(8)];
    case 'FI': return [L(2), D(7)];
    case 'SE': return [D(8)];
    case 'NO': return [L(2), D(6)];
    case 'DK': return [D(9)];
    case 'IS': return [L(1), D(7)];
    case 'RU': return [D(2), D(2), D(6)];
  }
}

export function documentForms(parts: string[]): Array<{ name: string; text: string }> {
  const compact = parts.join('');
  const spaced = parts.length > 1 ? parts.join(' ') : compact.replace(/(\d{4})(?=\d)/g, '$1 ');
  return [
    { name: 'compact', text: compact },
    { name: 'spaced', text: spaced },
    { name: 'dashes', text: spaced.replace(/ /g, '-') },
    { name: 'lower case', text: spaced.toLowerCase() },
    ...(parts.length === 3 ? [{ name: 'series and number', text: `${parts[0]}${parts[1]} ${parts[2]}` }] : []),
  ];
}

function documents(b: Builder): void {
  const { rng } = b;
  for (const country of COUNTRIES) {
    const cls = `document ${country}`;
    b.klass(cls, 'identifier');
    for (let i = 0; i < b.pairsPerClass; i++) {
      let parts = drawDocument(rng, country);
      while (!b.claim(`document:${country}:${parts.join('')}`)) parts = drawDocument(rng, country);
      const [ca, cb] = b.twoCountries(country);
      const forms = documentForms(parts);
      const fa = rng.pick(forms);
      const fb = rng.pick(forms.filter((f) => f.text !== fa.text));
      const side = (c: Country, text: string): Side => ({ country: c, body: { identityDocuments: [{ number: text, country, kind: 'PASSPORT' }] }, written: text });
      // Control: the next document number of the series.
      const other = [...parts];
      const last = other.length - 1;
      other[last] = `${other[last].slice(0, -1)}${(Number(other[last].slice(-1)) + 1) % 10}`;
      const control = b.claim(`document:${country}:${other.join('')}`) ? { ...side(rng.country(ca, cb), documentForms(other)[1].text), control: 'neighbour' as const } : null;
      b.plantCases(cls, i, 'node', side(ca, fa.text), side(cb, fb.text), control);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Addresses, per country's conventions (bench/linkQualityTables.ts).
// ---------------------------------------------------------------------------------------------------

/** What a clerk without the letters types: marks dropped, ø o, æ ae, ð d, þ th, ß ss. */
export function stripDiacritics(s: string): string {
  return s.replace(/[øØæÆðÐþÞßœŒ]/g, (ch) => ({ ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ß: 'ss', œ: 'oe', Œ: 'Oe' } as Record<string, string>)[ch])
    .normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

interface AddressSpec { country: Country; street: number; building: Building; flat: Flat | null; postal: string; city: string }
interface AddressForm { type: number; house: number; postal: number; strip: boolean; letterCase: 'as' | 'upper' | 'lower'; latin: boolean; latinSchema: string; typeAfter: boolean }

/** Latin transliterations that Nordic and Baltic police write Russian street names in. */
const ADDRESS_SCHEMAS = ['ICAO_DOC_9303', 'WIKIPEDIA', 'BGN_PCGN', 'MVD_310'];

export function writeAddress(spec: AddressSpec, form: AddressForm): { street: string; postalCode: string; city: string; country: string } {
  const conv = ADDRESS[spec.country];
  const [name, typeIndex] = conv.streets[spec.street];
  const type = conv.types[typeIndex];
  const latin = Boolean(conv.cyrillic && form.latin);
  const typeSpellings = latin && type.latin ? [type.latin.full, ...type.latin.abbr] : [type.full, ...type.abbr];
  const typeWritten = typeSpellings[form.type % typeSpellings.length];
  const streetName = latin ? translit(name, form.latinSchema) : name;
  let street: string;
  if (type.compound) street = `${streetName}${typeWritten}`;
  else if (conv.cyrillic) street = form.typeAfter ? `${streetName} ${typeWritten}` : `${typeWritten} ${streetName}`;
  else street = `${streetName} ${typeWritten}`;
  const houses = latin ? RU_HOUSE_LATIN : conv.house;
  const house = houses[form.house % houses.length](spec.building, spec.flat);
  street = conv.cyrillic && /^\D/.test(house) ? `${street}, ${house}` : `${street} ${house}`;
  let city = latin ? translit(spec.city, form.latinSchema) : spec.city;
  if (form.strip) {
    street = stripDiacritics(street);
    city = stripDiacritics(city);
  }
  if (form.letterCase === 'upper') [street, city] = [street.toUpperCase(), city.toUpperCase()];
  if (form.letterCase === 'lower') [street, city] = [street.toLowerCase(), city.toLowerCase()];
  const postalForms = conv.postal.forms;
  return { street, postalCode: postalForms[form.postal % postalForms.length](spec.postal), city, country: spec.country };
}

const addressText = (a: { street: string; postalCode: string; city: string }) => `${a.street}, ${a.postalCode} ${a.city}`;

function addresses(b: Builder): void {
  const { rng } = b;
  const buildingKey = (s: AddressSpec) => `building:${s.country}:${s.street}:${s.building.house}:${s.building.letter}:${s.building.korpus}`;
  const drawSpec = (country: Country, withFlat: boolean): AddressSpec => {
    const conv = ADDRESS[country];
    for (;;) {
      const letters = conv.cyrillic ? ['А', 'Б'] : ['A', 'B'];
      const building: Building = {
        house: rng.int(1, 150),
        // Finnish forms write no house letter (a letter there is the staircase, part of the flat).
        letter: rng.float() < 0.15 && country !== 'FI' ? rng.pick(letters) : null,
        korpus: (country === 'RU' || country === 'LV') && rng.float() < 0.2 ? rng.int(1, 4) : null,
      };
      const spec: AddressSpec = {
        country, street: rng.int(0, conv.streets.length - 1), building, flat: withFlat ? conv.flat(rng.int(1, 120), () => rng.float()) : null,
        postal: String(rng.int(0, 10 ** conv.postal.digits - 1)).padStart(conv.postal.digits, '0'), city: rng.pick(conv.cities),
      };
      if (b.claim(buildingKey(spec))) return spec;
    }
  };
  const drawForm = (country: Country): AddressForm => ({
    type: rng.int(0, 3), house: rng.int(0, 3), postal: rng.int(0, 2), strip: false, letterCase: 'as', latin: false,
    latinSchema: rng.pick(ADDRESS_SCHEMAS), typeAfter: country === 'RU' && rng.float() < 0.3,
  });
  const otherIndex = (k: number, n: number) => (n <= 1 ? k : (k % n + 1 + rng.int(0, n - 2)) % n);

  for (const country of COUNTRIES) {
    const conv = ADDRESS[country];
    const compound = conv.types.some((t) => t.compound);
    const variants: Array<{ cls: string; level: 'node' | 'building'; vary: (spec: AddressSpec, fa: AddressForm) => { specB: AddressSpec; fb: AddressForm } }> = [
      {
        cls: `address ${country} ${compound ? 'compound' : 'street type'}`, level: 'node',
        vary: (spec, fa) => {
          const type = conv.types[conv.streets[spec.street][1]];
          const n = 1 + type.abbr.length;
          // Full form on one side, an abbreviation on the other, or two abbreviations.
          fa.type = rng.int(0, n - 1);
          const fb = { ...fa, type: fa.type === 0 ? rng.int(1, n - 1) : rng.float() < 0.5 ? 0 : otherIndex(fa.type, n) };
          if (conv.cyrillic) fb.typeAfter = rng.float() < 0.3;
          return { specB: spec, fb };
        },
      },
      {
        cls: `address ${country} house/flat`, level: 'node',
        vary: (spec, fa) => ({ specB: spec, fb: { ...fa, house: otherIndex(fa.house, conv.house.length), postal: otherIndex(fa.postal, conv.postal.forms.length) } }),
      },
      {
        cls: `address ${country} ${conv.cyrillic ? 'Latin/case' : 'diacritics/case'}`, level: 'node',
        vary: (spec, fa) => {
          const fb: AddressForm = { ...fa, letterCase: rng.pick(['as', 'upper', 'lower'] as const) };
          if (conv.cyrillic) fb.latin = true;
          else fb.strip = true;
          if (fb.letterCase === 'as' && !fb.strip && !fb.latin) fb.letterCase = 'upper';
          return { specB: spec, fb };
        },
      },
      {
        cls: `address ${country} building`, level: 'building',
        vary: (spec) => ({ specB: { ...spec, flat: null }, fb: drawForm(country) }),
      },
    ];
    for (const v of variants) {
      b.klass(v.cls, 'address');
      for (let i = 0; i < b.pairsPerClass; i++) {
        const spec = drawSpec(country, true);
        let fa = drawForm(country);
        let { specB, fb } = v.vary(spec, fa);
        // Two spellings of one address: draw again while both sides came out written the same.
        for (let t = 0; t < 20 && addressText(writeAddress(spec, fa)) === addressText(writeAddress(specB, fb)); t++) {
          fa = drawForm(country);
          ({ specB, fb } = v.vary(spec, fa));
          if (t > 10) fb.letterCase = rng.pick(['upper', 'lower'] as const);
        }
        const ca = country;
        const cb = rng.country(ca);
        const side = (c: Country, s: AddressSpec, f: AddressForm): Side => {
          const written = writeAddress(s, f);
          return { country: c, body: { addresses: [written] }, written: addressText(written) };
        };
        // Danish flats are written by floor and side alone, so another flat there is another floor.
        const anotherFlat = (f: Flat): Flat => ({ ...f, no: f.no + 1 + rng.int(0, 4), floor: country === 'DK' && f.floor !== null ? (f.floor % 5) + 1 : f.floor });
        // Controls in turn: another house of the street, the same house number in another street, another flat.
        const control = (['house', 'street', 'flat'] as const)[i % (v.level === 'building' ? 2 : 3)];
        const specN: AddressSpec = control === 'flat' ? { ...spec, flat: anotherFlat(spec.flat!) }
          : control === 'house' ? { ...spec, building: { ...spec.building, house: spec.building.house + 1 + rng.int(0, 2) } }
            : { ...spec, street: otherIndex(spec.street, conv.streets.length) };
        const n = control === 'flat' || b.claim(buildingKey(specN)) ? { ...side(rng.country(ca, cb), specN, { ...drawForm(country), latin: rng.float() < 0.5 }), control } : null;
        b.plantCases(v.cls, i, v.level, side(ca, spec, fa), side(cb, specB, fb), n);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Person names across scripts and systems.
// ---------------------------------------------------------------------------------------------------

/** iuliia's schemas and the names the table prints for them. */
export const IULIIA_SYSTEMS: Array<[string, string]> = [
  ['ICAO_DOC_9303', 'ICAO 9303'], ['GOST_779', 'GOST 7.79 A'], ['GOST_779_ALT', 'GOST 7.79 B'], ['BGN_PCGN', 'BGN/PCGN'],
  ['ISO_9_1954', 'ISO 9:1954'], ['ISO_9_1968', 'ISO 9:1968'], ['MVD_310', 'MVD 310'], ['MVD_310_FR', 'MVD 310 French'],
  ['MVD_782', 'MVD 782'], ['WIKIPEDIA', 'Wikipedia'], ['SCIENTIFIC', 'scientific'], ['UNGEGN_1987', 'UNGEGN 1987'],
  ['TELEGRAM', 'Telegram'], ['YANDEX_MAPS', 'Yandex Maps'],
];

const capitalise = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());

/**
 * Cyrillic to Latin through an iuliia schema. iuliia 0.8 passes ё through in the schemas whose published
 * tables write ë (GOST 7.79 A, BGN/PCGN, ISO 9 scientific, UNGEGN); it is written ë here as those tables do.
 * Words start upper case, as names are written.
 */
export function translit(text: string, schema: string): string {
  const s = (iuliia as unknown as Record<string, iuliia.Schema>)[schema];
  if (!s) throw new Error(`iuliia has no schema ${schema}`);
  return capitalise(iuliia.translate(text, s).replace(/ё/g, 'ë').replace(/Ё/g, 'Ë'));
}

const CYR_VOWELS = 'аеёиоуыэюяєії';
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const caseLike = (original: string, out: string) => (original !== original.toLowerCase() && out ? out[0].toUpperCase() + out.slice(1) : out);

/** Ukrainian to Latin by the national 2010 table (UA_2010). */
export function ukrainian2010(text: string): string {
  let out = '';
  [...text].forEach((ch, k, all) => {
    const lower = ch.toLowerCase();
    const entry = UA_2010[lower];
    if (!entry) {
      out += ch;
      return;
    }
    // After an apostrophe a letter is not word-initial (Знам'янка is Znamianka).
    const initial = !isLetter(all[k - 1]) && !UA_2010[all[k - 1] ?? ''];
    let latin = initial && entry[1] !== undefined ? entry[1] : entry[0];
    if (lower === 'г' && all[k - 1]?.toLowerCase() === 'з') latin = 'gh';
    out += caseLike(ch, latin);
  });
  return out;
}

/** Russian to German press spelling by the Duden rules (DUDEN). */
export function duden(text: string): string {
  const chars = [...text];
  let out = '';
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k];
    const lower = ch.toLowerCase();
    const prev = chars[k - 1]?.toLowerCase();
    const next = chars[k + 1]?.toLowerCase();
    const initial = !isLetter(chars[k - 1]);
    const final = !isLetter(chars[k + 1]);
    let latin = DUDEN[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (lower === 'е' && (initial || CYR_VOWELS.includes(prev) || prev === 'ъ' || prev === 'ь')) latin = 'je';
    else if (lower === 'ё' && 'жчшщ'.includes(prev ?? '-')) latin = 'o';
    else if (lower === 'и' && prev === 'ь') latin = 'ji';
    else if (lower === 'й') latin = final && (prev === 'и' || prev === 'ы') ? '' : next && CYR_VOWELS.includes(next) ? 'j' : 'i';
    else if (lower === 'с' && prev && next && CYR_VOWELS.includes(prev) && CYR_VOWELS.includes(next)) latin = 'ss';
    else if (lower === 'к' && next === 'с' && !initial) {
      latin = 'x';
      k += 1;
    }
    out += caseLike(ch, latin);
  }
  return out;
}

/** Ways Nordic and Baltic letters are written without them (issue 12: å/aa, ä/ae, ö/oe/ø, ð/d, þ/th, š/sh/sch …). */
export const LETTER_FOLDS: Array<[string, (s: string) => string]> = [
  ['plain', stripDiacritics],
  ['digraphs', (s) => stripDiacritics(s.replace(/[äÄöÖüÜøØåÅæÆšŠžŽčČõÕ]/g, (ch) => ({ ä: 'ae', Ä: 'Ae', ö: 'oe', Ö: 'Oe', ü: 'ue', Ü: 'Ue', ø: 'oe', Ø: 'Oe', å: 'aa', Å: 'Aa', æ: 'ae', Æ: 'Ae', š: 'sh', Š: 'Sh', ž: 'zh', Ž: 'Zh', č: 'ch', Č: 'Ch', õ: 'o', Õ: 'O' } as Record<string, string>)[ch]))],
  ['German', (s) => stripDiacritics(s.replace(/[äÄöÖüÜøØåÅšŠžŽčČ]/g, (ch) => ({ ä: 'ae', Ä: 'Ae', ö: 'oe', Ö: 'Oe', ü: 'ue', Ü: 'Ue', ø: 'oe', Ø: 'Oe', å: 'aa', Å: 'Aa', š: 'sch', Š: 'Sch', ž: 'sch', Ž: 'Sch', č: 'tsch', Č: 'Tsch' } as Record<string, string>)[ch]))],
];

interface Identity { name: string; gender: 'MALE' | 'FEMALE' }

/** A birth date from 1955 to 2004 that no other planted person of the corpus has. */
function drawBirthDate(b: Builder, accept: (d: string) => boolean = () => true): string {
  for (;;) {
    const d = new Date(Date.UTC(1955, 0, 1) + b.rng.int(0, 50 * 365) * 86_400_000).toISOString().slice(0, 10);
    if (accept(d) && b.claim(`date:${d}`)) return d;
  }
}

function names(b: Builder): void {
  const { rng } = b;
  const birthDate = () => drawBirthDate(b);
  const russian = (gender: Identity['gender']): Identity => {
    const surname = rng.pick(RU_SURNAMES);
    return gender === 'MALE' ? { name: `${rng.pick(RU_MALE)} ${surname}`, gender } : { name: `${rng.pick(RU_FEMALE)} ${ruFemaleSurname(surname)}`, gender };
  };
  const ukrainian = (gender: Identity['gender']): Identity => {
    const surname = rng.pick(UA_SURNAMES);
    return gender === 'MALE' ? { name: `${rng.pick(UA_MALE)} ${surname}`, gender } : { name: `${rng.pick(UA_FEMALE)} ${uaFemaleSurname(surname)}`, gender };
  };
  /** A control: a different person of the same birth date and gender, with another surname. */
  const otherThan = (who: Identity, draw: (g: Identity['gender']) => Identity) => {
    for (;;) {
      const other = draw(who.gender);
      if (other.name.split(' ')[1] !== who.name.split(' ')[1]) return other;
    }
  };
  const gender = (): Identity['gender'] => (rng.float() < 0.5 ? 'MALE' : 'FEMALE');

  const plant = (cls: string, i: number, who: Identity, writeA: (n: string) => string, writeB: (n: string) => string, ca: Country, cb: Country, draw: (g: Identity['gender']) => Identity) => {
    const date = birthDate();
    const wa = writeA(who.name);
    const wb = writeB(who.name);
    const a = b.addPerson(cls, i, 'a', ca, { name: wa, birthDate: date, gender: who.gender });
    const bb = b.addPerson(cls, i, 'b', cb, { name: wb, birthDate: date, gender: who.gender });
    b.planted.push({ cls, kind: 'pair', level: 'person', a, b: bb, written: [wa, wb], countries: [ca, cb] });
    const other = otherThan(who, draw);
    const cn = rng.country(ca, cb);
    const wn = writeB(other.name);
    const n = b.addPerson(cls, i, 'n', cn, { name: wn, birthDate: date, gender: other.gender });
    b.planted.push({ cls, kind: 'control', control: 'other person', level: 'person', a, b: n, written: [wa, wn], countries: [ca, cn] });
    b.planted.push({ cls, kind: 'control', control: 'other person', level: 'person', a: bb, b: n, written: [wb, wn], countries: [cb, cn] });
  };
  const cyrillic = (n: string) => n;

  // Cyrillic in a Russian case against one system's Latin spelling in another country's case.
  for (const [schema, label] of IULIIA_SYSTEMS) {
    const cls = `name ${label}`;
    b.klass(cls, 'name');
    for (let i = 0; i < b.pairsPerClass; i++) plant(cls, i, russian(gender()), cyrillic, (n) => translit(n, schema), 'RU', rng.country('RU'), russian);
  }
  b.klass('name Duden (German press)', 'name');
  for (let i = 0; i < b.pairsPerClass; i++) plant('name Duden (German press)', i, russian(gender()), cyrillic, duden, 'RU', rng.country('RU'), russian);
  b.klass('name Ukrainian 2010', 'name');
  for (let i = 0; i < b.pairsPerClass; i++) plant('name Ukrainian 2010', i, ukrainian(gender()), cyrillic, ukrainian2010, 'RU', rng.country('RU'), ukrainian);

  // Two Latin spellings from two systems, in two non-Russian cases.
  const latinSystems: Array<[string, (n: string) => string]> = [...IULIIA_SYSTEMS.map(([s, label]) => [label, (n: string) => translit(n, s)] as [string, (n: string) => string]), ['Duden', duden]];
  b.klass('name Latin ↔ Latin', 'name');
  for (let i = 0; i < b.pairsPerClass; i++) {
    // Two systems that spell this name differently (names such as "Roman Titov" read alike in all of them).
    let who = russian(gender());
    const sa = rng.pick(latinSystems);
    let sb = rng.pick(latinSystems);
    for (let t = 0; t < 200 && (sa === sb || sa[1](who.name) === sb[1](who.name)); t++) {
      if (t % 10 === 9) who = russian(who.gender);
      sb = rng.pick(latinSystems);
    }
    const ca = rng.country('RU');
    plant('name Latin ↔ Latin', i, who, sa[1], sb[1], ca, rng.country('RU', ca), russian);
  }

  // Nordic and Baltic names with their letters at home, without them abroad.
  for (const country of ['EE', 'LV', 'LT', 'FI', 'SE', 'NO', 'DK', 'IS'] as const) {
    const table = NORDIC_BALTIC[country];
    const draw = (g: Identity['gender']): Identity => {
      const stem = rng.pick(table.surnames);
      const surname = country === 'IS' ? (g === 'MALE' ? isMalePatronymic(stem) : table.femaleSurname(stem)) : g === 'MALE' ? stem : table.femaleSurname(stem);
      return { name: `${rng.pick(g === 'MALE' ? table.male : table.female)} ${surname}`, gender: g };
    };
    const cls = `name ${country} letters`;
    b.klass(cls, 'name');
    for (let i = 0; i < b.pairsPerClass; i++) {
      let who = draw(gender());
      for (let t = 0; t < 50 && stripDiacritics(who.name) === who.name; t++) who = draw(who.gender);
      const variants = LETTER_FOLDS.filter(([, f]) => f(who.name) !== who.name);
      const [, fold] = rng.pick(variants.length ? variants : LETTER_FOLDS);
      plant(cls, i, who, (n) => n, fold, country, rng.country(country), draw);
    }
  }

  // Nordic and Baltic names as a Russian case writes them: the Russian practical transcription of the
  // person's language (bench/russianPracticalTables.ts), against the name as written at home.
  for (const table of RUSSIAN_PRACTICAL) {
    const country = table.lang.toUpperCase() as Exclude<Country, 'RU'>;
    const names = NORDIC_BALTIC[country];
    const draw = (g: Identity['gender']): Identity => {
      const stem = rng.pick(names.surnames);
      const surname = country === 'IS' ? (g === 'MALE' ? isMalePatronymic(stem) : names.femaleSurname(stem)) : g === 'MALE' ? stem : names.femaleSurname(stem);
      return { name: `${rng.pick(g === 'MALE' ? names.male : names.female)} ${surname}`, gender: g };
    };
    const cls = `name ${country} in a Russian case`;
    b.klass(cls, 'name');
    for (let i = 0; i < b.pairsPerClass; i++) plant(cls, i, draw(gender()), (n) => n, (n) => spellRussian(n, table), country, 'RU', draw);
  }
}

// ---------------------------------------------------------------------------------------------------
// Errors of person records as the record-linkage literature documents them, on the same name tables:
// P. Christen, "Data Matching" (Springer 2012), ch. 4 (data quality: typographical and OCR errors, swapped
// and missing name parts, formats of names and dates) and the GeCo/febrl corruptors built on it (Christen
// & Vatsalan, "Flexible and extensible generation and corruption of personal data", CIKM 2013); W. Winkler's
// census studies of where one person's records disagree ("Matching and record linkage", 1995). Each pair
// is one person written twice; the controls are the look-alikes those studies warn about.
// ---------------------------------------------------------------------------------------------------

/** A person as two name parts, so errors can be made in one of them. */
interface NameParts { given: string; surname: string; gender: 'MALE' | 'FEMALE'; home: Country; source: NameSource; surnameIndex: number }
type NameSource = 'RU' | 'UA' | keyof typeof NORDIC_BALTIC;

/** QWERTY rows: GeCo's keyboard corruptor replaces or inserts a key next to the intended one. */
const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function keyNeighbours(ch: string): string[] {
  const base = stripDiacritics(ch).toLowerCase();
  const row = KEYBOARD.findIndex((r) => r.includes(base));
  if (row < 0) return [];
  const col = KEYBOARD[row].indexOf(base);
  // Staggered rows: the keys above sit at col and col + 1, the keys below at col - 1 and col.
  const around = [[row, col - 1], [row, col + 1], [row - 1, col], [row - 1, col + 1], [row + 1, col - 1], [row + 1, col]];
  return around.map(([r, c]) => KEYBOARD[r]?.[c]).filter((k): k is string => !!k);
}

export const TYPO_KINDS = ['substitution', 'insertion', 'deletion', 'transposition'] as const;
/**
 * One typing error in a word, of the four kinds Damerau found behind 80 % of misspellings ("A technique for
 * computer detection and correction of spelling errors", CACM 7(3), 1964): a neighbouring key instead of the
 * letter, a neighbouring key added, a letter left out, two adjacent letters swapped. The first letter is
 * kept: it is the one least often wrong (Pollock & Zamora, "Automatic spelling correction in scientific and
 * scholarly text", CACM 27(4), 1984).
 */
export function typo(rng: Rng, word: string, kind: (typeof TYPO_KINDS)[number]): string {
  const chars = [...word];
  for (let attempt = 0; attempt < 50; attempt++) {
    const p = rng.int(1, chars.length - 1);
    const keys = keyNeighbours(chars[p]);
    const keep = (k: string) => (chars[p] === chars[p].toUpperCase() ? k.toUpperCase() : k);
    let out: string[] | null = null;
    if (kind === 'substitution' && keys.length) out = [...chars.slice(0, p), keep(rng.pick(keys)), ...chars.slice(p + 1)];
    else if (kind === 'insertion' && keys.length) out = [...chars.slice(0, p + 1), keep(rng.pick(keys)), ...chars.slice(p + 1)];
    else if (kind === 'deletion' && chars.length > 3) out = [...chars.slice(0, p), ...chars.slice(p + 1)];
    else if (kind === 'transposition' && p < chars.length - 1 && chars[p] !== chars[p + 1]) out = [...chars.slice(0, p), chars[p + 1], chars[p], ...chars.slice(p + 2)];
    if (out && out.join('') !== word) return out.join('');
  }
  return word;
}

/**
 * A Russian patronymic from the father's given name (Russian grammar of patronymics, as in "Словарь
 * русских личных имён", Petrovsky 1966): -ович/-овна after a hard consonant, -евич/-евна after й and a soft
 * ending, with the names whose stem changes (Пётр → Петрович, Павел → Павлович, Лев → Львович, Михаил → Михайлович).
 */
export function russianPatronymic(father: string, gender: 'MALE' | 'FEMALE'): string | null {
  const irregular: Record<string, string> = { Пётр: 'Петр', Павел: 'Павл', Лев: 'Льв', Михаил: 'Михайл' };
  const [hard, soft] = gender === 'MALE' ? ['ович', 'евич'] : ['овна', 'евна'];
  if (irregular[father]) return `${irregular[father]}${hard}`;
  if (/ий$/.test(father)) return `${father.slice(0, -2)}ь${soft}`;
  if (/[ей]$/.test(father)) return `${father.slice(0, -1)}${soft}`;
  if (/[бвгдзклмнпрстфхцжшщ]$/.test(father)) return `${father}${hard}`;
  return null; // Никита, Илья: -ич forms, not drawn.
}

/** The given names and surnames of one country or language, in Latin as its own files write them. */
function drawParts(rng: Rng, source: NameSource, gender: 'MALE' | 'FEMALE', options: { common?: boolean; surnameIndex?: number } = {}): NameParts {
  // The lists are in order of frequency: "common" draws from the three most frequent.
  const index = (items: readonly unknown[]) => rng.int(0, (options.common ? Math.min(3, items.length) : items.length) - 1);
  if (source === 'RU' || source === 'UA') {
    const [male, female, surnames, feminine, latin] = source === 'RU'
      ? [RU_MALE, RU_FEMALE, RU_SURNAMES, ruFemaleSurname, (n: string) => translit(n, 'ICAO_DOC_9303')]
      : [UA_MALE, UA_FEMALE, UA_SURNAMES, uaFemaleSurname, ukrainian2010];
    const givens = gender === 'MALE' ? male : female;
    const given = givens[index(givens)];
    const surnameIndex = options.surnameIndex ?? index(surnames);
    const surname = surnames[surnameIndex];
    return { given: latin(given), surname: latin(gender === 'MALE' ? surname : feminine(surname)), gender, home: 'RU', source, surnameIndex };
  }
  const table = NORDIC_BALTIC[source];
  const givens = gender === 'MALE' ? table.male : table.female;
  const given = givens[index(givens)];
  const surnameIndex = options.surnameIndex ?? index(table.surnames);
  const stem = table.surnames[surnameIndex];
  const surname = source === 'IS' ? (gender === 'MALE' ? isMalePatronymic(stem) : table.femaleSurname(stem)) : gender === 'MALE' ? stem : table.femaleSurname(stem);
  return { given, surname, gender, home: source, source, surnameIndex };
}

/** A date of the given year (1955 to 2004) that no other planted person of the corpus has. */
function drawDateInYear(b: Builder, year: number): string {
  for (;;) {
    const d = new Date(Date.UTC(year, 0, 1) + b.rng.int(0, 364) * 86_400_000).toISOString().slice(0, 10);
    if (d.startsWith(String(year)) && b.claim(`date:${d}`)) return d;
  }
}

const NAME_SOURCES = ['RU', 'UA', 'EE', 'LV', 'LT', 'FI', 'SE', 'NO', 'DK', 'IS'] as const;
/** Surnames that are a family name, not a patronymic: double surnames are not Icelandic. */
const FAMILY_NAME_SOURCES = NAME_SOURCES.filter((s) => s !== 'IS');

function personErrors(b: Builder): void {
  const { rng } = b;
  const gender = (): 'MALE' | 'FEMALE' => (rng.float() < 0.5 ? 'MALE' : 'FEMALE');
  const full = (p: NameParts) => `${p.given} ${p.surname}`;
  interface PersonRecord { name: string; birthDate?: string; gender: string; address?: { street: string; city: string } }
  const add = (cls: string, i: number, role: string, country: Country, r: PersonRecord) =>
    b.addPerson(cls, i, role, country, { name: r.name, ...(r.birthDate ? { birthDate: r.birthDate } : {}), gender: r.gender }, r.address);
  /**
   * Records a and b of one person in two countries (the pair), and a third country's record of another
   * person with a's birth date, gender and given name but another surname (a control against both).
   */
  const pair = (cls: string, i: number, who: NameParts, a: PersonRecord, bRec: PersonRecord) => {
    const ca = who.home;
    const cb = rng.country(ca);
    const ida = add(cls, i, 'a', ca, a);
    const idb = add(cls, i, 'b', cb, bRec);
    b.planted.push({ cls, kind: 'pair', level: 'person', a: ida, b: idb, written: [`${a.name} ${a.birthDate ?? '(no date)'}`, `${bRec.name} ${bRec.birthDate ?? '(no date)'}`], countries: [ca, cb] });
    // Its surname is none of the words either record writes (a double surname's parts included).
    const words = new Set(`${a.name} ${bRec.name}`.split(/[\s,-]+/).map((w) => stripDiacritics(w).toLowerCase()));
    let other = drawParts(rng, rng.pick(NAME_SOURCES), who.gender);
    while (words.has(stripDiacritics(other.surname).toLowerCase())) other = drawParts(rng, rng.pick(NAME_SOURCES), who.gender);
    const n: PersonRecord = { name: `${who.given} ${other.surname}`, birthDate: a.birthDate, gender: who.gender };
    const cn = rng.country(ca, cb);
    const idn = add(cls, i, 'n', cn, n);
    for (const [id, side, c] of [[ida, a, ca], [idb, bRec, cb]] as const)
      b.planted.push({ cls, kind: 'control', control: 'other person', level: 'person', a: id, b: idn, written: [side.name, n.name], countries: [c, cn] });
  };
  const draw = (sources: readonly (typeof NAME_SOURCES)[number][] = NAME_SOURCES) => drawParts(rng, rng.pick(sources), gender());
  const pairClass = (cls: string, make: (i: number) => void) => {
    b.klass(cls, 'name');
    for (let i = 0; i < b.pairsPerClass; i++) make(i);
  };
  const same = (who: NameParts, name: string, date: string) => ({ name, birthDate: date, gender: who.gender });

  // One keyboard typo in the surname, or in the given name (Christen 2012 §4.3; GeCo's keyboard corruptor).
  for (const part of ['surname', 'given name'] as const) {
    pairClass(`name typo ${part}`, (i) => {
      const who = draw();
      const date = drawBirthDate(b);
      const kind = TYPO_KINDS[i % TYPO_KINDS.length];
      const wrong = part === 'surname' ? { ...who, surname: typo(rng, who.surname, kind) } : { ...who, given: typo(rng, who.given, kind) };
      pair(`name typo ${part}`, i, who, same(who, full(who), date), same(who, full(wrong), date));
    });
  }

  // Surname first, as registers and travel documents print it (ICAO 9303 part 3 §4: primary identifier
  // first), in capitals, with a comma, extra spaces or a hyphen between the parts (Christen 2012 §4.3,
  // "formatting variations").
  const formats: Array<(p: NameParts) => string> = [
    (p) => `${p.surname.toUpperCase()} ${p.given}`,
    (p) => `${p.surname}, ${p.given}`,
    (p) => `${p.surname.toUpperCase()}, ${p.given.toUpperCase()}`,
    (p) => `  ${p.surname}   ${p.given} `,
    (p) => `${p.given.toUpperCase()} ${p.surname.toUpperCase()}`,
    (p) => `${p.surname}-${p.given}`,
  ];
  pairClass('name surname first, capitals', (i) => {
    const who = draw();
    const date = drawBirthDate(b);
    pair('name surname first, capitals', i, who, same(who, full(who), date), same(who, formats[i % formats.length](who), date));
  });

  // A Russian person as a Russian file knows them (given name, patronymic, surname in its gendered form)
  // and their passport name in one of the published systems, for the two classes below.
  const russianPerson = () => {
    const g = gender();
    const given = rng.pick(g === 'MALE' ? RU_MALE : RU_FEMALE);
    const surname = rng.pick(RU_SURNAMES);
    let patronymic: string | null = null;
    while (!patronymic) patronymic = russianPatronymic(rng.pick(RU_MALE), g);
    const fem = g === 'MALE' ? surname : ruFemaleSurname(surname);
    const latin = translit(`${given} ${fem}`, rng.pick(IULIIA_SYSTEMS)[0]);
    const who: NameParts = { given: translit(given, 'ICAO_DOC_9303'), surname: translit(fem, 'ICAO_DOC_9303'), gender: g, home: 'RU', source: 'RU', surnameIndex: RU_SURNAMES.indexOf(surname) };
    return { given, patronymic, fem, latin, who };
  };

  // A patronymic on one side only: a Russian file writes Фамилия Имя Отчество, a foreign one the given
  // name and surname of the passport (ICAO 9303 leaves the patronymic out of the MRZ name).
  pairClass('name patronymic one side', (i) => {
    const { given, patronymic, fem, latin, who } = russianPerson();
    const cyrillic = i % 2 === 0 ? `${fem} ${given} ${patronymic}` : `${given} ${patronymic} ${fem}`;
    const date = drawBirthDate(b);
    pair('name patronymic one side', i, who, same(who, cyrillic, date), same(who, latin, date));
  });

  // Surname and initials, as Russian protocols and registers write a person ("Иванова А. С.", surname first,
  // then the initials of the given name and the patronymic), against the passport's given name and surname in
  // a foreign case: the same person when the full birth date agrees.
  pairClass('name surname and initials (Russian protocol)', (i) => {
    const { given, patronymic, fem, latin, who } = russianPerson();
    const initials = i % 2 === 0 ? `${given[0]}. ${patronymic[0]}.` : `${given[0]}.${patronymic[0]}.`;
    const date = drawBirthDate(b);
    pair('name surname and initials (Russian protocol)', i, who, same(who, `${fem} ${initials}`, date), same(who, latin, date));
  });

  // A second given name on one side (Christen 2012 §4.3, "missing name parts"): "Anna Maria Berg" / "Anna Berg".
  pairClass('name second given name one side', (i) => {
    const who = draw();
    let second = drawParts(rng, who.source, who.gender).given;
    while (second === who.given) second = drawParts(rng, who.source, who.gender).given;
    const date = drawBirthDate(b);
    pair('name second given name one side', i, who, same(who, `${who.given} ${second} ${who.surname}`, date), same(who, full(who), date));
  });

  // A double given name hyphenated on one side and written as one word on the other (Anna-Maria / Annamaria,
  // Mari-Liis / Mariliis): registers that keep letters only drop the hyphen (ICAO 9303 Part 3 §4.6 writes
  // hyphens and spaces alike as the filler).
  pairClass('name hyphenated given name joined', (i) => {
    const who = draw();
    let second = drawParts(rng, who.source, who.gender).given;
    while (second === who.given) second = drawParts(rng, who.source, who.gender).given;
    const date = drawBirthDate(b);
    const joined = `${who.given}${second.toLowerCase()} ${who.surname}`;
    pair('name hyphenated given name joined', i, who, same(who, `${who.given}-${second} ${who.surname}`, date), same(who, joined, date));
  });

  // A double surname on one side, one of its parts on the other (Nordic hyphenated double surnames, as the
  // Danish and Norwegian name acts allow; Christen 2012 §4.3).
  pairClass('name double surname one part', (i) => {
    const who = draw(FAMILY_NAME_SOURCES);
    let otherPart = drawParts(rng, who.source, who.gender).surname;
    while (otherPart === who.surname) otherPart = drawParts(rng, who.source, who.gender).surname;
    const double = i % 2 === 0 ? `${otherPart}-${who.surname}` : `${who.surname}-${otherPart}`;
    const date = drawBirthDate(b);
    pair('name double surname one part', i, who, same(who, `${who.given} ${double}`, date), same(who, full(who), date));
  });

  // Birth dates (Christen 2012 §4.3; Winkler 1995: the date is among the fields most often disagreeing in
  // true pairs): day and month swapped (DD/MM against MM/DD), one digit mistyped, the year only (files
  // write an unknown day and month as 1 January), the date missing on one side.
  const isDate = (d: string) => !Number.isNaN(Date.parse(d)) && new Date(Date.parse(d)).toISOString().slice(0, 10) === d;
  const dateClasses: Array<[string, (d: string) => boolean, (d: string) => string | undefined]> = [
    ['name date day/month swapped', (d) => Number(d.slice(8)) <= 12 && d.slice(8) !== d.slice(5, 7), (d) => `${d.slice(0, 4)}-${d.slice(8)}-${d.slice(5, 7)}`],
    ['name date one digit', () => true, (d) => {
      for (;;) {
        // Any digit but the century's, giving a calendar date up to 2006.
        const k = rng.pick([2, 3, 5, 6, 8, 9]);
        const out = `${d.slice(0, k)}${(Number(d[k]) + rng.int(1, 9)) % 10}${d.slice(k + 1)}`;
        if (isDate(out) && out <= '2006-12-31') return out;
      }
    }],
    ['name date year only', (d) => d.slice(5, 7) !== '01', (d) => `${d.slice(0, 4)}-01-01`],
    ['name date missing one side', () => true, () => undefined],
  ];
  for (const [cls, accept, vary] of dateClasses) {
    pairClass(cls, (i) => {
      const who = draw();
      const date = drawBirthDate(b, accept);
      const other = vary(date);
      if (other) b.claim(`date:${other}`);
      pair(cls, i, who, same(who, full(who), date), { name: full(who), birthDate: other, gender: who.gender });
    });
  }

  // Controls that must not link (Christen 2012 §4.3 and ch. 6: records alike but of different people).
  const control = (cls: string, kind: NonNullable<Planted['control']>, make: () => [NameParts, PersonRecord, PersonRecord]) => {
    b.klass(cls, 'name');
    for (let i = 0; i < b.pairsPerClass; i++) {
      const [who, a, r] = make();
      const ca = who.home;
      const cb = rng.country(ca);
      const ida = add(cls, i, 'a', ca, a);
      const idb = add(cls, i, 'b', cb, r);
      b.planted.push({ cls, kind: 'control', control: kind, level: 'person', a: ida, b: idb, written: [`${a.name} ${a.birthDate}`, `${r.name} ${r.birthDate}`], countries: [ca, cb] });
    }
  };
  const anotherGiven = (who: NameParts) => {
    let other = drawParts(rng, who.source, who.gender).given;
    while (stripDiacritics(other).toLowerCase() === stripDiacritics(who.given).toLowerCase()) other = drawParts(rng, rng.pick(NAME_SOURCES), who.gender).given;
    return other;
  };
  // Twins: one surname, one birth date, another given name.
  control('name control twins', 'twin', () => {
    const who = draw();
    const date = drawBirthDate(b);
    return [who, same(who, full(who), date), same(who, `${anotherGiven(who)} ${who.surname}`, date)];
  });
  // Father and son of one name, born 20 to 35 years apart.
  control('name control father/son', 'father/son', () => {
    const who = drawParts(rng, rng.pick(FAMILY_NAME_SOURCES), 'MALE');
    const son = drawBirthDate(b, (d) => d >= '1990');
    return [who, same(who, full(who), drawDateInYear(b, Number(son.slice(0, 4)) - rng.int(20, 35))), same(who, full(who), son)];
  });
  // Namesakes: one of the three most frequent names of a list, born on other dates.
  control('name control namesakes', 'namesake', () => {
    const who = drawParts(rng, rng.pick(NAME_SOURCES), gender(), { common: true });
    return [who, same(who, full(who), drawBirthDate(b)), same(who, full(who), drawBirthDate(b))];
  });
  // Spouses: one surname (in its feminine form where the language has one), one address, their own given
  // names and birth dates.
  control('name control spouses', 'spouse', () => {
    const source = rng.pick(FAMILY_NAME_SOURCES);
    const husband = drawParts(rng, source, 'MALE');
    const wife = drawParts(rng, source, 'FEMALE', { surnameIndex: husband.surnameIndex });
    const conv = ADDRESS[husband.home];
    const [street, type] = rng.pick(conv.streets);
    // House numbers above those of the address classes (1 to 153), so no address class meets these.
    const address = { street: `${street} ${conv.types[type].full} ${rng.int(200, 400)}`, city: rng.pick(conv.cities) };
    const date = drawBirthDate(b, (d) => d >= '1960' && d < '2000');
    const wifeYear = Number(date.slice(0, 4)) + rng.int(-5, 5);
    return [husband, { ...same(husband, full(husband), date), address }, { ...same(wife, full(wife), drawDateInYear(b, wifeYear)), address }];
  });
}

export const FAMILIES: Family[] = ['identifier', 'address', 'name'];

/** The whole corpus for a seed: the same seed gives the same cases, byte for byte. */
export function buildCorpus(options: { seed: number; pairsPerClass: number }): Corpus {
  const b = new Builder(new Rng(options.seed), options.pairsPerClass);
  phones(b);
  ibans(b);
  plates(b);
  vins(b);
  documents(b);
  addresses(b);
  names(b);
  personErrors(b);
  return { cases: b.cases, planted: b.planted, classes: b.classes };
}
