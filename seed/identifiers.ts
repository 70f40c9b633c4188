// Identifiers for the synthetic dataset: seeded randomness, collision-free allocation, and the
// country formats of phones, plates, IBANs, provider accounts, documents, addresses and companies.
//
// Uniqueness: every identifier is drawn from an Allocator, a counter passed through a keyed bijection
// of the identifier space of one (kind, country). Two draws never give the same value, so a value
// shared by two cases is always shared on purpose (a planted network), never by accident.
import { xoroshiro128plus, unsafeUniformIntDistribution, type RandomGenerator } from 'pure-rand';
import { composeIBAN, friendlyFormatIBAN } from 'ibantools';
import { transliterate } from '../src/model/normalise';
import { registrationCheckDigit } from '../src/model/organisation';

/** Cumulative Zipf weights by list length. */
const ZIPF = new Map<number, number[]>();

export class Rng {
  private readonly g: RandomGenerator;
  constructor(seed: number) {
    this.g = xoroshiro128plus(seed | 0);
  }
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.g);
  }
  float(): number {
    return (this.g.unsafeNext() >>> 0) / 4294967296;
  }
  u32(): number {
    return this.g.unsafeNext() >>> 0;
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)];
  }
  /**
   * A pick from a list ordered most common first, with Zipf weights 1/rank: name frequencies in national
   * registers fall off this way (Jensen, Ivanov, Virtanen common; a name far down the list rare), so the
   * data holds as many namesakes as a real register rather than a uniform draw's few.
   */
  zipf<T>(xs: readonly T[]): T {
    let cumulative = ZIPF.get(xs.length);
    if (!cumulative) {
      cumulative = [];
      let total = 0;
      for (let i = 0; i < xs.length; i++) cumulative.push((total += 1 / (i + 1)));
      ZIPF.set(xs.length, cumulative);
    }
    const r = this.float() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return xs[lo];
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.float() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1][0];
  }
  /** Distinct picks, in pick order. */
  sample<T>(xs: readonly T[], n: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(this.int(0, pool.length - 1), 1)[0]);
    return out;
  }
  /** Small counts with a long tail: 0,1,2... with mean about `mean`. */
  geometric(mean: number, max: number): number {
    const p = 1 / (1 + mean);
    let n = 0;
    while (n < max && !this.chance(p)) n++;
    return n;
  }
}

const mix32 = (x: number): number => {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
};

/** Keyed permutation of [0, size): a 4-round Feistel network on [0, m²) with cycle-walking. */
class Scramble {
  private readonly m: number;
  private readonly keys: number[];
  constructor(
    private readonly size: number,
    rng: Rng,
  ) {
    this.m = Math.max(2, Math.ceil(Math.sqrt(size)));
    this.keys = [rng.u32(), rng.u32(), rng.u32(), rng.u32()];
  }
  map(i: number): number {
    let x = i;
    do x = this.round(x);
    while (x >= this.size);
    return x;
  }
  private round(x: number): number {
    let l = Math.floor(x / this.m);
    let r = x % this.m;
    for (const k of this.keys) {
      const f = mix32((r ^ k) >>> 0) % this.m;
      [l, r] = [r, (l + f) % this.m];
    }
    return l * this.m + r;
  }
}

export class Allocator {
  private next = 0;
  private readonly scramble: Scramble;
  constructor(
    readonly name: string,
    readonly size: number,
    rng: Rng,
  ) {
    this.scramble = new Scramble(size, rng);
  }
  take(): number {
    if (this.next >= this.size)
      throw new Error(`identifier space ${this.name} exhausted after ${this.size} values; generate fewer entities`);
    return this.scramble.map(this.next++);
  }
  get used(): number {
    return this.next;
  }
}

/** A space made of prefixes followed by a fixed number of digits each. */
class RangeSpace {
  readonly size: number;
  private readonly cum: number[] = [];
  constructor(readonly ranges: ReadonlyArray<readonly [string, number]>) {
    let s = 0;
    for (const [, digits] of ranges) {
      this.cum.push(s);
      s += 10 ** digits;
    }
    this.size = s;
  }
  decode(v: number): { prefix: string; digits: string } {
    let i = this.cum.length - 1;
    while (this.cum[i] > v) i--;
    const [prefix, n] = this.ranges[i];
    return { prefix, digits: String(v - this.cum[i]).padStart(n, '0') };
  }
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const splitBy = (s: string, sizes: number[]): string[] => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
};

// ---------------------------------------------------------------------------------------------
// Phones. Ranges are mobile ranges that libphonenumber (max metadata) accepts as valid in full.

interface PhoneSpec {
  cc: string;
  space: RangeSpace;
  groups: number[];
  trunk: string;
}
const phone = (cc: string, prefixes: string[], nsnLen: number, groups: number[], trunk = ''): PhoneSpec => ({
  cc,
  space: new RangeSpace(prefixes.map((p) => [p, nsnLen - p.length] as const)),
  groups,
  trunk,
});
const digits3 = (firsts: string, seconds: string, thirds: string) =>
  [...firsts].flatMap((a) => [...seconds].flatMap((b) => [...thirds].map((c) => a + b + c)));

export const PHONES: Record<string, PhoneSpec> = {
  EE: phone('372', ['5'], 8, [4, 4]),
  FI: phone('358', ['40', '41', '44', '45', '46', '50'], 9, [2, 3, 4], '0'),
  SE: phone('46', ['70', '72', '73', '76', '79'], 9, [2, 3, 2, 2], '0'),
  NO: phone(
    '47',
    ['40', '41', '46', '47', '48', '90', '91', '92', '93', '94', '95', '96', '97', '98', '99'],
    8,
    [3, 2, 3],
  ),
  DK: phone('45', ['26', '27', '28', ...digits3('456', '0123456789', '123456789')], 8, [2, 2, 2, 2]),
  IS: phone('354', ['69', '77', '78', '79', '83', '84', '85', '86'], 7, [3, 4]),
  LV: phone('371', ['20', '21', '22', '24', '25', '26', '27', '28', '29'], 8, [4, 4]),
  LT: phone('370', ['6'], 8, [3, 5], '8'),
  RU: phone('7', ['911', '921', '931', '981', '950', '952', '904', '999'], 10, [3, 3, 2, 2], '8'),
  RO: phone('40', ['72', '74', '75', '76'], 9, [3, 3, 3]),
  UA: phone('380', ['67', '50', '63', '93', '97'], 9, [2, 3, 4]),
  BG: phone('359', ['87', '88', '89'], 9, [2, 3, 4]),
  VN: phone('84', ['90', '91', '97', '98'], 9, [2, 3, 4]),
  TH: phone('66', ['81', '89', '61'], 9, [2, 3, 4]),
  NG: phone('234', ['803', '806', '813'], 10, [3, 3, 4]),
  MD: phone('373', ['68', '69', '78', '79'], 8, [2, 3, 3]),
  UZ: phone('998', ['90', '91', '93', '94', '97'], 9, [2, 3, 2, 2]),
  BY: phone('375', ['33', '44'], 9, [2, 3, 2, 2]),
  PH: phone('63', ['917', '918', '927'], 10, [3, 3, 4]),
};

export interface PhoneNumber {
  country: string;
  nsn: string;
  e164: string;
}

/** Every way the number is commonly written; local forms only for a case of the number's own country. */
export function phoneForms(p: PhoneNumber, caseCountry: string): string[] {
  const spec = PHONES[p.country];
  const g = splitBy(p.nsn, spec.groups);
  const spaced = g.join(' ');
  const forms =
    p.country === 'RU'
      ? [
          `+7 (${g[0]}) ${g[1]}-${g[2]}-${g[3]}`,
          `+7 ${g[0]} ${g[1]}-${g[2]}-${g[3]}`,
          `+7 ${spaced}`,
          `+7${p.nsn}`,
          `007 ${g[0]} ${g.slice(1).join('')}`,
        ]
      : [
          `+${spec.cc} ${spaced}`,
          `+${spec.cc}${p.nsn}`,
          `00${spec.cc} ${spaced}`,
          `00${spec.cc}${p.nsn}`,
          `(+${spec.cc}) ${p.nsn}`,
        ];
  if (p.country !== caseCountry) return forms;
  const t = spec.trunk;
  switch (p.country) {
    case 'RU':
      return [`8 ${spaced}`, `8 (${g[0]}) ${g[1]}-${g[2]}-${g[3]}`, `8${p.nsn}`, `8-${g.join('-')}`, ...forms];
    case 'LT':
      return [`8 ${spaced}`, `8${p.nsn}`, `8-${g[0]}-${g[1]}`, `(8 ${g[0]}) ${g[1]}`, ...forms];
    case 'SE':
      return [`0${g[0]}-${g.slice(1).join(' ')}`, `0${p.nsn}`, `0${spaced}`, ...forms];
    case 'FI':
      return [`0${spaced}`, `0${p.nsn}`, `0${g[0]}-${g.slice(1).join('')}`, ...forms];
    default:
      return [`${t}${spaced}`, `${t}${p.nsn}`, ...forms];
  }
}

// ---------------------------------------------------------------------------------------------
// Vehicle plates. Each country's space decodes to letter and digit parts, written in its own style.

const LATIN = 'ABCDEFGHJKLMNPRSTUVXYZ'; // no I, O, Q, W: avoided on most of the region's plates
const RU_PLATE = 'АВЕКМНОРСТУХ';
const RU_LATIN: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
};
const RU_REGIONS = ['78', '98', '178', '198', '47', '147', '39', '51', '10', '60', '53', '29'];

const letters = (v: number, n: number, alphabet: string) => {
  let s = '';
  for (let i = 0; i < n; i++) {
    s = alphabet[v % alphabet.length] + s;
    v = Math.floor(v / alphabet.length);
  }
  return s;
};

interface PlateSpec {
  size: number;
  decode(v: number): string[];
  forms(p: string[]): string[];
}
const L = LATIN.length;
export const PLATES: Record<string, PlateSpec> = {
  EE: {
    size: 999 * L ** 3,
    decode: (v) => [pad(1 + (v % 999), 3), letters(Math.floor(v / 999), 3, LATIN)],
    forms: ([d, l]) => [`${d} ${l}`, `${d}${l}`, `${d}-${l.toLowerCase()}`, `${d} ${l.toLowerCase()}`],
  },
  FI: {
    size: 999 * L ** 3,
    decode: (v) => [letters(Math.floor(v / 999), 3, LATIN), String(1 + (v % 999))],
    forms: ([l, d]) => [`${l}-${d}`, `${l}${d}`, `${l.toLowerCase()} ${d}`, `${l} ${d}`],
  },
  SE: {
    size: L ** 3 * 100 * 31,
    decode: (v) => {
      const last = '0123456789ABCDEFGHJKLMNPRSTUXYZ'[v % 31];
      const rest = Math.floor(v / 31);
      return [letters(Math.floor(rest / 100), 3, LATIN), pad(rest % 100, 2) + last];
    },
    forms: ([l, d]) => [`${l} ${d}`, `${l}${d}`, `${l.toLowerCase()}-${d.toLowerCase()}`, `${l}-${d}`],
  },
  LT: {
    size: 999 * L ** 3,
    decode: (v) => [letters(Math.floor(v / 999), 3, LATIN), pad(1 + (v % 999), 3)],
    forms: ([l, d]) => [`${l} ${d}`, `${l}-${d}`, `${l.toLowerCase()}${d}`, `${l}${d}`],
  },
  LV: {
    size: 9000 * L ** 2,
    decode: (v) => [letters(Math.floor(v / 9000), 2, LATIN), String(1000 + (v % 9000))],
    forms: ([l, d]) => [`${l}-${d}`, `${l} ${d}`, `${l.toLowerCase()}${d}`, `${l}${d}`],
  },
  NO: {
    size: 90000 * L ** 2,
    decode: (v) => [letters(Math.floor(v / 90000), 2, LATIN), String(10000 + (v % 90000))],
    forms: ([l, d]) => [`${l} ${d}`, `${l}${d}`, `${l.toLowerCase()}-${d}`, `${l} ${d.slice(0, 2)} ${d.slice(2)}`],
  },
  DK: {
    size: 90000 * L ** 2,
    decode: (v) => [letters(Math.floor(v / 90000), 2, LATIN), String(10000 + (v % 90000))],
    forms: ([l, d]) => [
      `${l} ${d.slice(0, 2)} ${d.slice(2)}`,
      `${l}${d}`,
      `${l.toLowerCase()} ${d}`,
      `${l}-${d.slice(0, 2)}-${d.slice(2)}`,
    ],
  },
  IS: {
    size: 900 * L ** 2,
    decode: (v) => [letters(Math.floor(v / 900), 2, LATIN), String(100 + (v % 900))],
    forms: ([l, d]) => [`${l}-${d}`, `${l} ${d}`, `${l}${d}`, `${l.toLowerCase()}${d}`],
  },
  RU: {
    size: 12 * 999 * 144 * RU_REGIONS.length,
    decode: (v) => {
      const region = RU_REGIONS[v % RU_REGIONS.length];
      v = Math.floor(v / RU_REGIONS.length);
      const num = pad(1 + (v % 999), 3);
      v = Math.floor(v / 999);
      return [RU_PLATE[v % 12], num, letters(Math.floor(v / 12), 2, RU_PLATE), region];
    },
    forms: ([a, n, bc, r]) => {
      const lat = (s: string) => [...s].map((c) => RU_LATIN[c] ?? c).join('');
      // Cyrillic as issued, Latin look-alikes as typed abroad, and a keyboard mix of both.
      return [
        `${a}${n}${bc} ${r}`,
        `${lat(a)}${n}${lat(bc)} ${r}`,
        `${a} ${n} ${bc} ${r}`,
        `${lat(a)}${n}${bc}${r}`,
        `${a}${n}${lat(bc)} ${r}`,
        `${a.toLowerCase()}${n}${bc.toLowerCase()}${r}`,
        `${lat(a)} ${n} ${lat(bc)} ${r}`,
      ];
    },
  },
};

// ---------------------------------------------------------------------------------------------
// IBANs. Bank codes are real-looking codes of each country's banks; BBAN lengths follow ISO 13616.

interface IbanSpec {
  banks: string[];
  per: number;
  bban(bank: string, v: number): string | null;
}
const luhnDigit = (s: string): string => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};
const eeCheck = (body13: string): string => {
  // 7-3-1 method, the one ibantools checks
  const w = [7, 1, 3];
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(body13[i]) * w[i % 3];
  return String((10 - (sum % 10)) % 10);
};
const noCheck = (ten: string): string | null => {
  // mod 11; a remainder of 1 has no check digit, so no account
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten[i]) * w[i];
  const r = sum % 11;
  return r === 0 ? '0' : r === 1 ? null : String(11 - r);
};

export const IBANS: Record<string, IbanSpec> = {
  EE: {
    banks: ['22', '10', '77', '17', '42'],
    per: 1e9,
    bban: (b, v) => {
      const body = `0000${pad(v, 9)}`;
      return `${b}${body}${eeCheck(body)}`;
    },
  },
  FI: {
    banks: ['114530', '570100', '800014', '393900', '313130'],
    per: 1e7,
    bban: (b, v) => {
      const s = `${b}${pad(v, 7)}`;
      return s + luhnDigit(s);
    },
  },
  SE: { banks: ['500', '600', '800', '300', '957'], per: 1e9, bban: (b, v) => `${b}00000000${pad(v, 9)}` },
  NO: {
    banks: ['1503', '1602', '9710', '3000', '1254'],
    per: 1e6,
    bban: (b, v) => {
      const t = `${b}${pad(v, 6)}`;
      const c = noCheck(t);
      return c === null ? null : t + c;
    },
  },
  DK: { banks: ['3000', '2000', '7890', '9570', '5470'], per: 1e9, bban: (b, v) => `${b}0${pad(v, 9)}` },
  IS: {
    banks: ['0101', '0301', '0515', '0111'],
    per: 1e6,
    bban: (b, v) => {
      const h = mix32(v + 7919);
      const kt = `${pad(1 + (h % 28), 2)}${pad(1 + ((h >>> 5) % 12), 2)}${pad((60 + ((h >>> 9) % 45)) % 100, 2)}${pad((h >>> 13) % 100, 2)}${(h >>> 20) % 10}9`;
      return `${b}26${pad(v, 6)}${kt}`;
    },
  },
  LV: { banks: ['HABA', 'UNLA', 'RIKO', 'PARX'], per: 1e9, bban: (b, v) => `${b}0000${pad(v, 9)}` },
  LT: { banks: ['73000', '70440', '40100', '72900', '32500'], per: 1e9, bban: (b, v) => `${b}00${pad(v, 9)}` },
  RO: { banks: ['BTRL', 'RNCB', 'BRDE', 'INGB'], per: 1e9, bban: (b, v) => `${b}RONCRT0${pad(v, 9)}` },
  BG: { banks: ['UNCR', 'STSA', 'FINV', 'BPBI'], per: 1e8, bban: (b, v) => `${b}700015${pad(v, 8)}` },
};

export function ibanForms(iban: string): string[] {
  const print = friendlyFormatIBAN(iban) ?? iban;
  return [print, iban, iban.toLowerCase(), print.toLowerCase()];
}

// Accounts at providers without IBAN: Russian banks' 20-digit accounts, money-transfer agents, wallets.
export const PROVIDERS: Record<string, { size: number; number(v: number): string; forms(n: string): string[] }> = {
  Sberbank: {
    size: 1e10,
    number: (v) => `4081781055${pad(v, 10)}`,
    forms: (n) => [n, n.replace(/(\d{4})(?=\d)/g, '$1 ')],
  },
  VTB: { size: 1e10, number: (v) => `4081781020${pad(v, 10)}`, forms: (n) => [n, n.replace(/(\d{4})(?=\d)/g, '$1 ')] },
  'T-Bank': {
    size: 1e10,
    number: (v) => `4081781010${pad(v, 10)}`,
    forms: (n) => [n, n.replace(/(\d{4})(?=\d)/g, '$1 ')],
  },
  'Western Union': {
    size: 1e9,
    number: (v) => `1${pad(v, 9)}`,
    forms: (n) => [n, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`],
  },
  MoneyGram: { size: 1e8, number: (v) => pad(v, 8), forms: (n) => [n, `${n.slice(0, 4)} ${n.slice(4)}`] },
  Paysera: { size: 1e10, number: (v) => `EVP861${pad(v, 10)}`, forms: (n) => [n, n.toLowerCase()] },
  // The first eight characters spell the counter, so wallets stay distinct; the rest is filler.
  'Bitcoin wallet': {
    size: 2 ** 40,
    number: (v) => {
      const b32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
      let tail = '';
      for (let i = 0, h = v % 2 ** 31; i < 30; i++) {
        h = mix32(h + i + 1);
        tail += b32[h % 32];
      }
      return `bc1q${letters(v, 8, b32)}${tail}`;
    },
    forms: (n) => [n],
  },
};

// ---------------------------------------------------------------------------------------------
// Identity documents: passport, ID-card and residence-permit numbers by issuing country.

interface DocSpec {
  space: RangeSpace;
  write(prefix: string, digits: string): string[];
}
// Letter series are written joined, spaced or hyphenated ("FE 123456"); all-digit numbers whole or in two groups.
const doc = (ranges: Array<[string, number]>, write?: DocSpec['write']): DocSpec => ({
  space: new RangeSpace(ranges),
  write:
    write ??
    ((p, d) => {
      const n = p + d;
      return /^\d+$/.test(n) ? [n, n, `${n.slice(0, 3)} ${n.slice(3)}`] : [n, `${p} ${d}`, `${p}-${d}`];
    }),
});
export const DOCUMENTS: Record<string, DocSpec> = {
  EE: doc([
    ['K', 7],
    ['KF', 7],
    ['AB', 7],
    ['AC', 7],
  ]),
  FI: doc([
    ['FP', 7],
    ['FN', 7],
    ['XP', 7],
  ]),
  SE: doc([
    ['9', 7],
    ['8', 7],
    ['AA', 7],
  ]),
  NO: doc([
    ['FH', 7],
    ['FK', 7],
    ['FJ', 7],
  ]),
  DK: doc([
    ['2', 8],
    ['3', 8],
  ]),
  IS: doc([
    ['A', 7],
    ['B', 7],
  ]),
  LV: doc([
    ['LV', 7],
    ['PA', 7],
    ['PB', 7],
  ]),
  LT: doc([
    ['2', 7],
    ['3', 7],
    ['1', 7],
  ]),
  // Foreign passports "75 1234567"; internal passports with a regional series "40 12 345678".
  RU: doc(
    [
      ['75', 7],
      ['76', 7],
      ['4012', 6],
      ['4115', 6],
      ['2708', 6],
    ],
    (p, d) =>
      p.length === 2
        ? [`${p} ${d}`, `${p}${d}`, `${p}-${d}`]
        : [`${p.slice(0, 2)} ${p.slice(2)} ${d}`, `${p}${d}`, `${p} ${d}`],
  ),
  UA: doc([
    ['FE', 6],
    ['FK', 6],
    ['FT', 6],
    ['EY', 6],
    ['0', 8],
  ]),
  RO: doc([
    ['05', 6],
    ['06', 6],
    ['RX', 6],
  ]),
  BG: doc([
    ['38', 7],
    ['37', 7],
    ['64', 7],
  ]),
  VN: doc([
    ['C', 7],
    ['B', 7],
    ['N', 7],
  ]),
  NG: doc([
    ['A', 8],
    ['B', 8],
  ]),
  TH: doc([
    ['AA', 7],
    ['AB', 7],
  ]),
  PH: doc([
    ['P', 7],
    ['EB', 7],
  ]),
  UZ: doc([
    ['FA', 7],
    ['AA', 7],
    ['AD', 7],
  ]),
  MD: doc([
    ['AB', 7],
    ['BA', 7],
  ]),
  BY: doc([
    ['MP', 7],
    ['KH', 7],
    ['HB', 7],
  ]),
};

// ---------------------------------------------------------------------------------------------
// Addresses. "City|postal code|street|street-type words|type position"; several type words mean the
// street is written either way ("tn" / "tänav"), and every such pair folds to one key in normalise.ts.

export interface StreetEntry {
  city: string;
  postal: string;
  base: string;
  types: string[];
  before: boolean;
}
const streets = (rows: string): StreetEntry[] =>
  rows
    .trim()
    .split('\n')
    .map((row) => {
      const [city, postal, base, types, pos] = row.trim().split('|');
      return { city, postal, base, types: types ? types.split(',') : [], before: pos === 'before' };
    });

export const STREETS: Record<string, StreetEntry[]> = {
  EE: streets(`
    Tallinn|10412|Tööstuse|tn,tänav
    Tallinn|10141|Pärnu|mnt
    Tallinn|10117|Narva|mnt
    Tallinn|13412|Sõpruse|pst,puiestee
    Tallinn|10616|Mustamäe|tee
    Tallinn|11413|Lasnamäe|tn,tänav
    Tallinn|13619|Punane|tn,tänav
    Tallinn|10137|Paldiski|mnt
    Tallinn|12915|Ehitajate|tee
    Tallinn|10415|Kopli|tn,tänav
    Tallinn|13912|Laagna|tee
    Tallinn|11415|Pae|tn,tänav
    Tartu|50405|Riia|tn,tänav
    Tartu|51009|Raatuse|tn,tänav
    Tartu|50703|Anne|tn,tänav
    Tartu|51004|Turu|tn,tänav
    Narva|20303|Tallinna|mnt
    Narva|20104|Kreenholmi|tn,tänav
    Narva|20308|Puškini|tn,tänav
    Narva|20607|Kangelaste|pr,prospekt
    Pärnu|80010|Riia|mnt
    Pärnu|80042|Papiniidu|tn,tänav
    Jõhvi|41531|Rakvere|tn,tänav
    Kohtla-Järve|30328|Järveküla|tee`),
  FI: streets(`
    Helsinki|00100|Mannerheimintie||
    Helsinki|00530|Hämeentie||
    Helsinki|00930|Itäkatu||
    Helsinki|00510|Mäkelänkatu||
    Helsinki|00940|Kontulantie||
    Helsinki|00800|Siilitie||
    Vantaa|01300|Tikkurilantie||
    Vantaa|01600|Vaskivuorentie||
    Espoo|02600|Leppävaarankatu||
    Tampere|33100|Hämeenkatu||
    Tampere|33250|Pispalan valtatie||
    Turku|20100|Humalistonkatu||
    Rovaniemi|96200|Ounasjoentie||
    Rovaniemi|96100|Koskikatu||
    Rovaniemi|96300|Rovakatu||
    Oulu|90100|Isokatu||
    Lappeenranta|53100|Valtakatu||
    Kotka|48100|Keskuskatu||
    Joensuu|80100|Torikatu||
    Kuopio|70100|Puijonkatu||`),
  SE: streets(`
    Stockholm|111 51|Drottninggatan||
    Stockholm|113 59|Sveavägen||
    Stockholm|116 46|Götgatan||
    Stockholm|118 20|Hornsgatan||
    Stockholm|163 73|Rinkebysvängen||
    Stockholm|163 64|Tensta|allé,alle
    Göteborg|417 03|Hisingsgatan||
    Göteborg|424 65|Angereds Torg||
    Malmö|211 55|Amiralsgatan||
    Malmö|214 45|Ystadvägen||
    Malmö|214 22|Bergsgatan||
    Malmö|213 63|Rosengårdsvägen||
    Uppsala|753 21|Kungsgatan||
    Västerås|722 12|Stora|gatan,gata
    Örebro|702 10|Drottninggatan||
    Kalmar|392 32|Storgatan||
    Kristianstad|291 31|Östra Boulevarden||`),
  NO: streets(`
    Oslo|0154|Karl Johans|gate,gt.
    Oslo|0190|Grønlandsleiret||
    Oslo|0560|Trondheimsveien||
    Oslo|0181|Torggata||
    Oslo|0555|Thorvald Meyers|gate,gt.
    Oslo|0578|Tøyengata||
    Oslo|0976|Rødtvetveien||
    Bergen|5013|Strandgaten||
    Bergen|5017|Kong Oscars|gate,gt.
    Trondheim|7011|Olav Tryggvasons|gate,gt.
    Stavanger|4013|Pedersgata||
    Tromsø|9008|Storgata||
    Kirkenes|9900|Dr. Wessels|gate,gt.
    Drammen|3015|Tollbugata||`),
  DK: streets(`
    København V|1650|Istedgade||
    København N|2200|Nørrebrogade||
    København V|1620|Vesterbrogade||
    København S|2300|Amagerbrogade||
    København N|2200|Tagensvej||
    København NV|2400|Frederiksborgvej||
    Aarhus C|8000|Søndergade||
    Brabrand|8220|Gellerupparken||
    Odense C|5000|Vestergade||
    Aalborg|9000|Boulevarden||
    Esbjerg|6700|Kongensgade||
    Vejle|7100|Nørregade||
    København N|2200|Blågårdsgade||
    Valby|2500|Valby Langgade||
    København SV|2450|Sydhavnsgade||
    Frederiksberg|1820|Gammel Kongevej||
    Aarhus N|8200|Randersvej||
    Odense C|5000|Kongensgade||
    Ishøj|2635|Vejleåparken||`),
  IS: streets(`
    Reykjavík|101|Laugavegur||
    Reykjavík|101|Hverfisgata||
    Reykjavík|101|Skúlagata||
    Reykjavík|108|Suðurlandsbraut||
    Reykjavík|111|Eddufell||
    Reykjavík|111|Æsufell||
    Kópavogur|200|Hamraborg||
    Hafnarfjörður|220|Strandgata||
    Reykjanesbær|230|Hafnargata||
    Akureyri|600|Glerárgata||`),
  LV: streets(`
    Rīga|LV-1010|Brīvības|iela,iel.
    Rīga|LV-1003|Maskavas|iela,iel.
    Rīga|LV-1011|Krišjāņa Barona|iela,iel.
    Rīga|LV-1010|Dzirnavu|iela,iel.
    Rīga|LV-1011|Lāčplēša|iela,iel.
    Rīga|LV-1039|Ūnijas|iela,iel.
    Rīga|LV-1035|Purvciema|iela,iel.
    Rīga|LV-1021|Ulbrokas|iela,iel.
    Daugavpils|LV-5401|Rīgas|iela,iel.
    Daugavpils|LV-5401|Cietokšņa|iela,iel.
    Daugavpils|LV-5404|Viestura|iela,iel.
    Liepāja|LV-3401|Graudu|iela,iel.
    Jelgava|LV-3001|Lielā|iela,iel.
    Rēzekne|LV-4601|Atbrīvošanas|aleja`),
  LT: streets(`
    Vilnius|LT-01402|Vilniaus|g.,gatvė
    Vilnius|LT-01103|Gedimino|pr.,prospektas
    Vilnius|LT-03116|Savanorių|pr.,prospektas
    Vilnius|LT-08211|Kalvarijų|g.,gatvė
    Vilnius|LT-03225|Naugarduko|g.,gatvė
    Vilnius|LT-09214|Žirmūnų|g.,gatvė
    Vilnius|LT-08120|Ukmergės|g.,gatvė
    Kaunas|LT-44240|Laisvės|al.
    Kaunas|LT-50194|Savanorių|pr.,prospektas
    Kaunas|LT-51306|Taikos|pr.,prospektas
    Klaipėda|LT-91184|Tilžės|g.,gatvė
    Klaipėda|LT-92235|Herkaus Manto|g.,gatvė
    Šiauliai|LT-76291|Tilžės|g.,gatvė
    Panevėžys|LT-35173|Respublikos|g.,gatvė
    Alytus|LT-62143|Naujoji|g.,gatvė`),
  RU: streets(`
    Санкт-Петербург|193231|Дыбенко|ул.,улица|before
    Санкт-Петербург|198255|Ветеранов|пр.,проспект|before
    Санкт-Петербург|191025|Невский|пр.,проспект
    Санкт-Петербург|191002|Марата|ул.,улица|before
    Санкт-Петербург|198332|Ленинский|пр.,проспект
    Санкт-Петербург|193231|Большевиков|пр.,проспект|before
    Санкт-Петербург|197374|Савушкина|ул.,улица|before
    Санкт-Петербург|192283|Купчинская|ул.,улица
    Выборг|188800|Ленинградский|пр.,проспект
    Гатчина|188300|25 Октября|пр.,проспект|before
    Псков|180016|Рижский|пр.,проспект
    Псков|180000|Некрасова|ул.,улица|before
    Петрозаводск|185035|Ленина|пр.,проспект|before
    Петрозаводск|185002|Шотмана|ул.,улица|before
    Мурманск|183038|Ленина|пр.,проспект|before
    Мурманск|183025|Книповича|ул.,улица|before
    Калининград|236006|Московский|пр.,проспект
    Калининград|236004|Горького|ул.,улица|before
    Великий Новгород|173003|Большая Санкт-Петербургская|ул.,улица
    Архангельск|163000|Троицкий|пр.,проспект`),
};

/** Which Russian cities each Russian agency covers (addresses of its cases). */
export const RU_CITIES: Record<string, string[]> = {
  'RU-SPB': ['Санкт-Петербург'],
  'RU-LO': ['Выборг', 'Гатчина', 'Санкт-Петербург'],
  'RU-PSK': ['Псков'],
  'RU-KAR': ['Петрозаводск'],
  'RU-MUR': ['Мурманск'],
  'RU-KAL': ['Калининград'],
  'RU-NOV': ['Великий Новгород'],
  'RU-ARK': ['Архангельск'],
};

/** Flats per house by country (Danish flats are floor and side, so there are few). */
const FLATS: Record<string, number> = { DK: 30, IS: 40 };
const HOUSES = 200;
const flatsOf = (country: string) => (FLATS[country] ?? 120) + 1;

export interface AddressParts {
  country: string;
  street: StreetEntry;
  house: number;
  letter: number;
  flat: number;
}
/**
 * Addresses of one street: house numbers times flats. The plain tier is used first; once a city runs out,
 * houses with a letter or building number ("12A", "корп. 2") triple the space, as in real towns.
 */
export const streetSpaceSize = (country: string, lettered: boolean) => HOUSES * flatsOf(country) * (lettered ? 3 : 1);
export function decodeAddress(country: string, v: number, streetIndexes: number[], lettered: boolean): AddressParts {
  const flats = flatsOf(country);
  const flat = v % flats;
  v = Math.floor(v / flats);
  const letter = lettered ? 1 + (v % 3) : 0;
  if (lettered) v = Math.floor(v / 3);
  const house = 1 + (v % HOUSES);
  return { country, street: STREETS[country][streetIndexes[Math.floor(v / HOUSES)]], house, letter, flat };
}

export interface WrittenAddress {
  street: string;
  postalCode: string;
  city: string;
}
const upper = (s: string) => s.toUpperCase();
const stripMarks = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
const titleCase = (s: string) => s.replace(/(^|[\s\-.(])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
/** Cyrillic written in Latin the way normalise.ts reads it, so a Latin copy of a Russian address meets the original. */
export const ruLatin = (s: string) => titleCase(transliterate(stripMarks(s).toLowerCase()));

/**
 * An address as written in a file. `variant` 0 is the plain form; higher variants change the street-type
 * word, letter case, diacritics or script (and punctuation of the postal code) but never the address key.
 */
export function writeAddress(a: AddressParts, variant: number, rng: Rng): WrittenAddress {
  const s = a.street;
  const type = s.types.length ? s.types[variant === 0 ? 0 : rng.int(0, s.types.length - 1)] : '';
  const name = !type ? s.base : s.before ? `${type} ${s.base}` : `${s.base} ${type}`;
  let street: string;
  const house =
    a.letter === 0
      ? String(a.house)
      : a.country === 'RU'
        ? `${a.house}, корп. ${a.letter}`
        : `${a.house}${'ABC'[a.letter - 1]}`;
  switch (a.country) {
    case 'EE':
    case 'LV':
    case 'LT':
      street = a.flat ? `${name} ${house}-${a.flat}` : `${name} ${house}`;
      break;
    case 'FI':
      street = a.flat ? `${name} ${house} ${'ABCD'[a.flat % 4]} ${a.flat}` : `${name} ${house}`;
      break;
    case 'SE':
      street = a.flat ? `${name} ${house}, lgh ${1000 + a.flat}` : `${name} ${house}`;
      break;
    case 'NO':
      street = a.flat
        ? `${name} ${house}, H${pad(1 + Math.floor((a.flat - 1) / 10), 2)}${pad(1 + ((a.flat - 1) % 10), 2)}`
        : `${name} ${house}`;
      break;
    case 'DK':
      street = a.flat
        ? `${name} ${house}, ${a.flat <= 3 ? 'st.' : `${Math.floor((a.flat - 1) / 3)}.`} ${['th.', 'tv.', 'mf.'][(a.flat - 1) % 3]}`
        : `${name} ${house}`;
      break;
    case 'IS':
      street = a.flat ? `${name} ${house}, íbúð ${100 + a.flat}` : `${name} ${house}`;
      break;
    case 'RU':
      street = a.flat ? `${name}, д. ${house}, кв. ${a.flat}` : `${name}, д. ${house}`;
      break;
    default:
      street = `${name} ${house}`;
  }
  let city = s.city;
  let postalCode = s.postal;
  if (variant > 0) {
    const how = rng.int(0, 3);
    if (a.country === 'RU' && how >= 2) {
      street = ruLatin(street);
      city = ruLatin(city);
    } else if (how === 1) {
      street = upper(street);
      city = upper(city);
    } else if (how === 2) {
      street = stripMarks(street);
      city = stripMarks(city);
    } else if (how === 3) street = street.replace(/,/g, '');
    if (rng.chance(0.3))
      postalCode = postalCode.includes('-')
        ? postalCode.replace('-', '')
        : postalCode.includes(' ')
          ? postalCode.replace(' ', '')
          : postalCode;
  }
  return { street, postalCode, city };
}

// ---------------------------------------------------------------------------------------------
// Companies: registration numbers in each country's style, names by line of business.

// Each space draws the number without its check digit; `write` completes it with the national check digit
// (registrationCheckDigit, the rule the import reads it with), or gives null when no digit completes it
// (Finland's remainder 1, Norway's and Denmark's 10): the generator then draws again. Lithuania's company
// code has no published check digit.
const completed = (country: string, body: string, write: (n: string) => string) => {
  const check = registrationCheckDigit(country, body);
  return check === null ? null : write(body + check);
};
export const REGISTRATION: Record<string, { space: RangeSpace; write(p: string, d: string): string | null }> = {
  EE: { space: new RangeSpace([['1', 6]]), write: (p, d) => completed('EE', p + d, (n) => n) },
  FI: {
    space: new RangeSpace([
      ['2', 6],
      ['3', 6],
    ]),
    write: (p, d) => completed('FI', p + d, (n) => `${n.slice(0, 7)}-${n.slice(7)}`),
  },
  SE: {
    space: new RangeSpace([
      ['556', 6],
      ['559', 6],
    ]),
    write: (p, d) => completed('SE', p + d, (n) => `${n.slice(0, 6)}-${n.slice(6)}`),
  },
  NO: {
    space: new RangeSpace([
      ['91', 6],
      ['92', 6],
      ['99', 6],
    ]),
    write: (p, d) => completed('NO', p + d, (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`),
  },
  DK: {
    space: new RangeSpace([
      ['3', 6],
      ['4', 6],
    ]),
    write: (p, d) => completed('DK', p + d, (n) => n),
  },
  // Kennitala: DDMMYY, two digits, the check digit, and the century (9).
  IS: {
    space: new RangeSpace([
      ['41', 6],
      ['55', 6],
      ['69', 6],
    ]),
    write: (p, d) => completed('IS', p + d, (n) => `${n.slice(0, 6)}-${n.slice(6)}9`),
  },
  LV: {
    space: new RangeSpace([
      ['40003', 5],
      ['40103', 5],
    ]),
    write: (p, d) => completed('LV', p + d, (n) => n),
  },
  LT: {
    space: new RangeSpace([
      ['30', 7],
      ['12', 7],
    ]),
    write: (p, d) => p + d,
  },
  // A company's ИНН: 9 digits and the check digit.
  RU: {
    space: new RangeSpace([
      ['78', 7],
      ['47', 7],
      ['39', 7],
      ['51', 7],
      ['10', 7],
      ['60', 7],
    ]),
    write: (p, d) => completed('RU', p + d, (n) => n),
  },
};

export const COMPANY_FORM: Record<string, string[]> = {
  EE: ['OÜ', 'AS'],
  FI: ['Oy', 'Ky'],
  SE: ['AB', 'HB'],
  NO: ['AS', 'ENK'],
  DK: ['ApS', 'A/S', 'IVS'],
  IS: ['ehf.', 'slf.'],
  LV: ['SIA'],
  LT: ['UAB', 'MB'],
  RU: ['ООО', 'АО'],
};
export const COMPANY_WORDS: Record<
  string,
  Record<'construction' | 'agriculture' | 'cleaning' | 'fishing' | 'massage' | 'staffing' | 'transport', string[]>
> = {
  EE: {
    construction: ['Põhja Ehitus', 'Viru Ehitustööd', 'Narva Remont', 'Tallinna Fassaad'],
    agriculture: ['Marjamaa Talu', 'Tartu Aiandus', 'Peipsi Köögivili'],
    cleaning: ['Puhas Kodu', 'Läige Koristus'],
    fishing: ['Saaremaa Kala'],
    massage: ['Lootose Massaaž', 'Idamaa Spaa'],
    staffing: ['Balti Tööjõud', 'EstWork Personal'],
    transport: ['Viru Vedu', 'Balti Reisid'],
  },
  FI: {
    construction: ['Rakennus Virtanen', 'Uudenmaan Rappaus', 'Etelä-Suomen Purku'],
    agriculture: ['Lapin Marjapalvelu', 'Pohjolan Marja', 'Suomussalmen Marjat', 'Laitilan Kasvis'],
    cleaning: ['Siivous Helmi', 'Puhdas Koti'],
    fishing: ['Kotkan Kala'],
    massage: ['Thai Hieronta Lotus', 'Itämainen Hieronta'],
    staffing: ['Henkilöstöpalvelu Nord', 'TyöVoima'],
    transport: ['Kuljetus Korhonen', 'Itä-Rajan Kuljetus'],
  },
  SE: {
    construction: ['Bygg & Fasad i Stockholm', 'Malmö Byggservice', 'Nordisk Rivning'],
    agriculture: ['Norrlands Bärplockning', 'Skånes Grönsaker', 'Västerbottens Bär'],
    cleaning: ['Städ & Service Väst', 'Rent Hem Malmö'],
    fishing: ['Göteborgs Fisk'],
    massage: ['Thaimassage Orkidé', 'Asia Spa Södermalm'],
    staffing: ['Bemanning Syd', 'Arbetskraft Norden'],
    transport: ['Åkeri Lindström', 'Öresund Transport'],
  },
  NO: {
    construction: ['Bygg og Fasade', 'Oslo Murer', 'Vestland Riving'],
    agriculture: ['Jordbær Lier', 'Hedmark Grønt'],
    cleaning: ['Renhold Vest', 'Rent Hjem Oslo'],
    fishing: ['Lofoten Fisk', 'Finnmark Sjømat'],
    massage: ['Thai Massasje Lotus', 'Asia Spa Grünerløkka'],
    staffing: ['Bemanning Øst', 'Nordic Crew'],
    transport: ['Transport Haugen', 'Varanger Frakt'],
  },
  DK: {
    construction: ['Byg & Montage', 'Nørrebro Murer', 'Jysk Nedrivning'],
    agriculture: ['Lolland Grønt', 'Fynske Jordbær', 'Svineavl Vestjylland'],
    cleaning: ['Nørrebro Rengøring', 'Rent Hjem København'],
    fishing: ['Esbjerg Fisk'],
    massage: ['Thai Massage Lotus', 'Asia Wellness Vesterbro'],
    staffing: ['Vikar Syd', 'Nordic Staff'],
    transport: ['Vognmand Møller', 'Øresund Kørsel'],
  },
  IS: {
    construction: ['Byggingar', 'Múrverk Reykjavíkur', 'Verktakar Suðurlands'],
    agriculture: ['Gróðurhús Hveragerðis', 'Sveitabær Suðurlands'],
    cleaning: ['Þrif og Þjónusta', 'Hreint Heimili'],
    fishing: ['Sjávarútvegur Vestfjarða', 'Fiskvinnsla Suðurnesja'],
    massage: ['Taílenskt Nudd'],
    staffing: ['Starfsmannaleiga Norðurljós', 'Vinnuafl'],
    transport: ['Flutningar Suðurnesja'],
  },
  LV: {
    construction: ['Baltijas Būve', 'Rīgas Remonts', 'Latgales Celtnieks'],
    agriculture: ['Zemgales Ogas', 'Vidzemes Dārzeņi'],
    cleaning: ['Tīrs Nams'],
    fishing: ['Liepājas Zivis'],
    massage: ['Lotosa Masāža'],
    staffing: ['Baltic Workforce', 'Darba Spēks'],
    transport: ['Daugavpils Pārvadājumi', 'Baltic Transit'],
  },
  LT: {
    construction: ['Statybų Partneriai', 'Vilniaus Remontas', 'Kauno Statyba'],
    agriculture: ['Ūkininkų Uogos', 'Žemaitijos Daržovės'],
    cleaning: ['Švarūs Namai'],
    fishing: ['Klaipėdos Žuvis'],
    massage: ['Lotoso Masažas'],
    staffing: ['Darbo Jėga', 'Baltic Staff'],
    transport: ['Šiaurės Pervežimai', 'Tranzitas LT'],
  },
  RU: {
    construction: ['«СеверСтрой»', '«Невский Монтаж»', '«СтройТехМонтаж»'],
    agriculture: ['«Агро-Север»', '«Псковские Ягоды»'],
    cleaning: ['«Чистый Дом»', '«Клининг Плюс»'],
    fishing: ['«Мурман Рыба»', '«Беломорский Рыбак»'],
    massage: ['«Лотос СПА»', '«Восточный Массаж»'],
    staffing: ['«Кадровый Центр Запад»', '«Трудовые Ресурсы»'],
    transport: ['«Балтик Транзит»', '«Северный Путь»'],
  },
};

/** Helpers shared by the generator. */
export { pad, mix32 };
export const composeIban = (country: string, bban: string) => composeIBAN({ countryCode: country, bban });
