// Address keys: a street grammar per country, so every national spelling of one building (and of one
// flat in it) gives one key. The components follow UPU S42 (International postal address components and
// templates): thoroughfare name and type, premise number, sub-premise (building, letter, staircase,
// floor, flat), postcode, locality. Each country's own convention for writing them is cited at its table.
//
// A key has two levels. The building key is street + house (number, building/korpus, letter) + city +
// country; the flat, when one is written, is kept apart. The graph gives a flat its own node linked
// IN_BUILDING to its building's node, so reports that agree on the building meet there even when only
// one gives a flat, and two different flats of one building meet only through the building (a weaker
// "same building" link).
//
// The postal code is not part of the key: it is often missing, and street + house + city already name
// the building. It is read (each country's format), kept as a detail and shown by explainIdentifier.
import { foldText, transliterate } from './text';

export interface Rule {
  rule: string;
  source: string;
}

export interface AddressReading {
  /** The key of what was written: the building key, plus `#flat` when a flat was written. */
  key: string;
  buildingKey: string;
  flat: string | null;
  postalCode: string | null;
  notes: string[];
  rules: Rule[];
}

export type AddressResult =
  { ok: true; value: AddressReading } | { ok: false; problem: string; notes: string[]; rules: Rule[] };

const S42 = 'UPU S42 International postal address components and templates';
const POSTCODES = 'UPU Postal addressing systems, national postcode format';
const RU_SOURCE = 'Russian address abbreviations, Order of the Ministry of Finance No. 171n (2015) for FIAS/GAR';
const SOURCES: Record<string, string> = {
  EE: 'Estonian address data system (ADS) abbreviations, Maa- ja Ruumiamet',
  LV: 'Latvian State Address Register (VZD), Cabinet Regulation No. 698 on addressing',
  LT: 'Lithuanian Address Register (Registrų centras) and VLKK standard abbreviations',
  FI: 'Posti addressing guide and Kotus street-name abbreviations (Finland)',
  SE: 'Swedish address standard SS 637003 (Lantmäteriet) and PostNord addressing guide',
  NO: 'Norwegian address regulations (adresseforskriften, Kartverket) and bolignummer',
  DK: 'Danish Address Register (DAR, adressebekendtgørelsen): floor and door designations',
  IS: 'Registers Iceland (Þjóðskrá) address register and Íslandspóstur addressing guide',
  RU: RU_SOURCE,
};

/**
 * A street type: the canonical word the key uses, the separate-word forms (full and abbreviated; a dot
 * after an abbreviation is optional), and the forms written as the end of a compound (Storgatan,
 * Mannerheimintie). An abbreviated compound (Storg., Mannerheimint.) is read only with its dot: without
 * it, a name that merely ends in "g" or "t" would lose a letter. `bareAbbreviations` are the compound
 * abbreviations also read without the dot, where the national usage drops it (Norwegian "Storgt",
 * "Drammensvn"): two-letter endings that no Norwegian street name ends in otherwise.
 */
interface StreetType {
  type: string;
  words: string[];
  compounds?: string[];
  compoundAbbreviations?: string[];
  bareAbbreviations?: string[];
}

// Table entries are written folded (lower case, no diacritics: see fold below).
const RU_TYPES: StreetType[] = [
  { type: 'ulitsa', words: ['ул', 'улица', 'ul', 'ulitsa', 'ulica', 'ulitza', 'ulitca'] },
  {
    type: 'prospekt',
    words: ['пр', 'пр-т', 'просп', 'проспект', 'pr', 'pr-t', 'prosp', 'prospekt', 'prospect', 'pr-kt', 'пр-кт'],
  },
  { type: 'pereulok', words: ['пер', 'переулок', 'per', 'pereulok'] },
  { type: 'shosse', words: ['ш', 'шоссе', 'sh', 'shosse', 'sch'] },
  { type: 'naberezhnaia', words: ['наб', 'набережная', 'nab', 'naberezhnaya', 'naberezhnaia', 'naberezhnaja'] },
  { type: 'bulvar', words: ['б-р', 'бульв', 'бул', 'бульвар', 'b-r', 'bulv', 'bul', 'bulvar', "bul'var"] },
  { type: 'ploshchad', words: ['пл', 'площадь', 'pl', 'ploshchad', 'ploshad', 'ploschad', 'ploscad'] },
  { type: 'proezd', words: ['пр-д', 'проезд', 'pr-d', 'proezd'] },
  { type: 'alleia', words: ['аллея', 'alleya', 'alleia', 'alleja'] },
];

const STREET_TYPES: Record<string, StreetType[]> = {
  EE: [
    { type: 'tanav', words: ['tn', 'tanav'] },
    { type: 'maantee', words: ['mnt', 'maantee'] },
    { type: 'puiestee', words: ['pst', 'puiestee'] },
    { type: 'poik', words: ['pk', 'poik'] },
    { type: 'valjak', words: ['vlk', 'valjak'] },
    { type: 'prospekt', words: ['pr', 'prospekt'] },
    { type: 'plats', words: ['pl', 'plats'] },
    { type: 'tee', words: ['tee'] },
    { type: 'allee', words: ['allee'] },
  ],
  LV: [
    { type: 'iela', words: ['iela', 'iel', 'ie'] },
    { type: 'gatve', words: ['gatve', 'gatv'] },
    { type: 'bulvaris', words: ['bulvaris', 'bulv'] },
    { type: 'prospekts', words: ['prospekts', 'prosp'] },
    { type: 'laukums', words: ['laukums', 'lauk'] },
    { type: 'soseja', words: ['soseja', 'sos'] },
    { type: 'krastmala', words: ['krastmala', 'krastm'] },
    { type: 'dambis', words: ['dambis'] },
  ],
  LT: [
    { type: 'gatve', words: ['g', 'gatve', 'gatv'] },
    { type: 'prospektas', words: ['pr', 'prospektas', 'prosp'] },
    { type: 'aleja', words: ['al', 'aleja'] },
    { type: 'aikste', words: ['a', 'aikste'] },
    { type: 'plentas', words: ['pl', 'plentas'] },
    { type: 'skersgatvis', words: ['skg', 'skersgatvis'] },
    { type: 'takas', words: ['tak', 'takas'] },
  ],
  FI: [
    { type: 'katu', words: ['katu'], compounds: ['katu'], compoundAbbreviations: ['k'] },
    { type: 'tie', words: ['tie'], compounds: ['tie'], compoundAbbreviations: ['t'] },
    { type: 'kuja', words: ['kuja'], compounds: ['kuja'], compoundAbbreviations: ['kj'] },
    { type: 'polku', words: ['polku'], compounds: ['polku'], compoundAbbreviations: ['p'] },
    { type: 'puistotie', words: ['puistotie'], compounds: ['puistotie'], compoundAbbreviations: ['pt'] },
    { type: 'tori', words: ['tori'], compounds: ['tori'] },
  ],
  SE: [
    { type: 'gatan', words: ['gatan', 'gata'], compounds: ['gatan', 'gata'], compoundAbbreviations: ['g'] },
    { type: 'vagen', words: ['vagen', 'vag'], compounds: ['vagen', 'vag'], compoundAbbreviations: ['v'] },
    { type: 'grand', words: ['grand'], compounds: ['grand'], compoundAbbreviations: ['gr'] },
    { type: 'torget', words: ['torget', 'torg'], compounds: ['torget', 'torg'] },
    { type: 'allen', words: ['allen', 'alle'], compounds: ['allen'] },
    { type: 'plan', words: ['plan'], compounds: ['plan'], compoundAbbreviations: ['pl'] },
  ],
  NO: [
    // Språkrådet writes "gt." and "vn."; addresses and registers often drop the dot ("Storgt", "Drammensvn").
    {
      type: 'gate',
      words: ['gate', 'gata', 'gaten', 'gt'],
      compounds: ['gate', 'gata', 'gaten'],
      compoundAbbreviations: ['gt', 'g'],
      bareAbbreviations: ['gt'],
    },
    {
      type: 'vei',
      words: ['vei', 'veien', 'veg', 'vegen', 'vn', 'v'],
      compounds: ['veien', 'vegen', 'vei', 'veg'],
      compoundAbbreviations: ['vn', 'v'],
      bareAbbreviations: ['vn'],
    },
    { type: 'alle', words: ['alle', 'alleen'], compounds: ['alleen', 'alle'] },
    {
      type: 'plass',
      words: ['plass', 'plassen', 'pl'],
      compounds: ['plassen', 'plass'],
      compoundAbbreviations: ['pl'],
    },
    { type: 'torg', words: ['torg', 'torget'], compounds: ['torget', 'torg'] },
  ],
  DK: [
    { type: 'vej', words: ['vej'], compounds: ['vej'], compoundAbbreviations: ['v'] },
    { type: 'gade', words: ['gade'], compounds: ['gade'], compoundAbbreviations: ['g'] },
    { type: 'alle', words: ['alle'], compounds: ['alle'] },
    { type: 'boulevard', words: ['boulevard', 'blvd'], compounds: ['boulevard'] },
    { type: 'plads', words: ['plads', 'pl'], compounds: ['plads'], compoundAbbreviations: ['pl'] },
    { type: 'straede', words: ['straede', 'str'], compounds: ['straede'], compoundAbbreviations: ['str'] },
    { type: 'torv', words: ['torv'], compounds: ['torv'] },
  ],
  IS: [
    { type: 'gata', words: ['gata'], compounds: ['gata'], compoundAbbreviations: ['g'] },
    { type: 'vegur', words: ['vegur'], compounds: ['vegur'], compoundAbbreviations: ['v'] },
    { type: 'stigur', words: ['stigur'], compounds: ['stigur'], compoundAbbreviations: ['st'] },
    { type: 'braut', words: ['braut'], compounds: ['braut'], compoundAbbreviations: ['br'] },
    { type: 'straeti', words: ['straeti'], compounds: ['straeti'], compoundAbbreviations: ['str'] },
    { type: 'torg', words: ['torg'], compounds: ['torg'] },
  ],
  RU: RU_TYPES,
  BY: RU_TYPES,
  UA: RU_TYPES,
};

/** The street types of a country, for tests and benchmarks that build their variants from the table. */
export const streetTypesOf = (country: string): ReadonlyArray<StreetType> => STREET_TYPES[country] ?? [];

// Countries that write Cyrillic addresses: their street and city names are compared in a Latin skeleton
// that every transliteration system (GOST 7.79 B, BGN/PCGN, ISO 9, ICAO 9303, German and French press)
// reaches, so "Nevskiy", "Nevsky", "Newskij" and "Невский" meet.
const CYRILLIC_COUNTRIES = new Set(['RU', 'BY', 'UA']);

// Where "5-12" is house 5, flat 12 (the house-flat form of the Baltic and Russian conventions). In the
// Nordic countries "5-7" names a building that spans numbers 5 to 7, so there it is the house number.
const HOUSE_FLAT_DASH = new Set(['EE', 'LV', 'LT', 'RU', 'BY', 'UA']);

type PartKind = 'house' | 'building' | 'structure' | 'letter' | 'flat';
// Sub-premise markers (UPU S42 sub-premise elements), each followed by its value.
const COMMON_MARKERS: Record<string, PartKind> = { nr: 'house', no: 'house', nro: 'house', apt: 'flat' };
const RU_MARKERS: Record<string, PartKind> = {
  д: 'house',
  дом: 'house',
  d: 'house',
  dom: 'house',
  корп: 'building',
  корпус: 'building',
  к: 'building',
  korp: 'building',
  korpus: 'building',
  k: 'building',
  стр: 'structure',
  строение: 'structure',
  str: 'structure',
  stroenie: 'structure',
  лит: 'letter',
  литер: 'letter',
  литера: 'letter',
  lit: 'letter',
  litera: 'letter',
  кв: 'flat',
  квартира: 'flat',
  kv: 'flat',
  kvartira: 'flat',
};
const MARKERS: Record<string, Record<string, PartKind>> = {
  EE: { kv: 'flat', korter: 'flat', krt: 'flat', korpus: 'building', k: 'building' },
  LV: { dz: 'flat', dziv: 'flat', dzivoklis: 'flat', k: 'building', korp: 'building', korpuss: 'building' },
  LT: { b: 'flat', bt: 'flat', but: 'flat', butas: 'flat', korp: 'building', k: 'building' },
  FI: { as: 'flat', asunto: 'flat', bst: 'flat' },
  SE: { lgh: 'flat', lagenhet: 'flat' },
  NO: { leil: 'flat', leilighet: 'flat' },
  DK: {},
  IS: { ibud: 'flat', ib: 'flat' },
  RU: RU_MARKERS,
  BY: RU_MARKERS,
  UA: RU_MARKERS,
};
// Danish floor and door (DAR): "2. tv" second floor left, "st. th" ground floor right, "kl." basement.
// "3. sal" spells the floor out (sal = storey): the word is read and the number is the floor.
const DK_FLOORS = new Set(['st', 'kl']);
const DK_FLOOR_WORD = 'sal';
const DK_SIDES = new Set(['tv', 'th', 'mf']);
// Swedish floor ("3 tr", trappor) is no flat: the lägenhetsnummer is. It is read and left out of the key.
const SE_FLOOR = new Set(['tr', 'trappor', 'van', 'bv']);

// Well-known other names of the region's cities (exonyms and bilingual names from the national
// place-name registers and UNGEGN lists), keyed by country; every entry maps to the first name.
const CITY_NAMES: Record<string, string[][]> = {
  RU: [
    [
      'sankt-peterburg',
      'st petersburg',
      'saint petersburg',
      'st peterburg',
      'petersburg',
      'peterburg',
      'spb',
      'leningrad',
    ],
    ['moskva', 'moscow', 'moskau', 'moscou'],
    ['arkhangelsk', 'archangel'],
    ['velikii novgorod', 'novgorod'],
  ],
  FI: [
    ['helsinki', 'helsingfors'],
    ['turku', 'abo'],
    ['espoo', 'esbo'],
    ['vantaa', 'vanda'],
    ['tampere', 'tammerfors'],
    ['oulu', 'uleaborg'],
    ['vaasa', 'vasa'],
    ['porvoo', 'borga'],
  ],
  EE: [
    ['tallinn', 'tallin', 'таллин', 'таллинн', 'reval'],
    ['tartu', 'тарту', 'dorpat'],
    ['narva', 'нарва'],
    ['parnu', 'пярну'],
  ],
  LV: [
    ['riga', 'рига'],
    ['daugavpils', 'даугавпилс', 'dvinsk'],
  ],
  LT: [
    ['vilnius', 'вильнюс', 'wilno', 'vilna'],
    ['kaunas', 'каунас'],
    ['klaipeda', 'клайпеда', 'memel'],
  ],
  SE: [['goteborg', 'gothenburg']],
  DK: [['kobenhavn', 'copenhagen', 'kopenhamn', 'kopenhagen']],
  NO: [['trondheim', 'trondhjem']],
  IS: [['reykjavik']],
};

// UPU postcode formats: digits after an optional country prefix ("LV-1050", "SE 113 51", "FI-00100").
const POSTCODE_DIGITS: Record<string, number> = {
  EE: 5,
  LV: 4,
  LT: 5,
  FI: 5,
  SE: 5,
  NO: 4,
  DK: 4,
  IS: 3,
  RU: 6,
  BY: 6,
  UA: 5,
};

/** Folds case and diacritics but keeps the punctuation the grammar reads (. - /). Never throws. */
function fold(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '') // zero-width and bidirectional marks: invisible, never meaningful in an address
      // The soft and hard signs of transliterations (ʹ ʺ ' ’ " ` ”): no letter of their own.
      .replace(/[\p{Lm}'’‘`"”“]/gu, '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ß/g, 'ss')
      .replace(/[øØ]/g, 'o')
      .replace(/[æÆ]/g, 'ae')
      .replace(/[đĐðÐ]/g, 'd')
      .replace(/[þÞ]/g, 'th')
      .replace(/[łŁ]/g, 'l')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}.\-/]+/gu, ' ')
  );
}

const hasCyrillic = (s: string) => /\p{Script=Cyrillic}/u.test(s);
/** Latin for a Cyrillic word (the shared transliterate), then folded; Latin words pass through. */
const latin = (word: string) => (hasCyrillic(word) ? foldText(transliterate(word)).replace(/\s+/g, '') : word);

/**
 * The Latin skeleton of a transliterated Russian name: the digraphs and letters on which the systems
 * differ (zh/ž/j, kh/h/ch, ts/c/tz, ch/č/tsch, sh/š/sch, shch/šč, yu/ju/iu, ya/ja/ia, -iy/-ij/-y) fold to
 * one letter, and doubled letters to one. Lossy by design: house, city and country keep keys apart.
 * Not reached: French press spelling (ш = ch collides with ч = tch) and the informal Telegram table (ж = j).
 */
export function cyrillicSkeleton(latinText: string): string {
  return (
    latinText
      .replace(/shch|tsch|sch|shh|sc/g, 's')
      .replace(/zh|dzh/g, 'z')
      .replace(/kh|x/g, 'h')
      .replace(/ts|tz|tc|cz/g, 'c')
      .replace(/ch/g, 'c')
      .replace(/sh/g, 's')
      // ы before an iotated vowel (Полярные): BGN/PCGN writes "yye", ICAO "ye", GOST 7.79 B "ye": one glide.
      .replace(/[yij]{2,}/g, 'y')
      // ё is written e, yo, jo or ё: all are e, as in Russian print.
      .replace(/[yij]u/g, 'u')
      .replace(/[yij]a/g, 'a')
      .replace(/[yij]o/g, 'e')
      .replace(/[yij]e/g, 'e')
      .replace(/w/g, 'v')
      .replace(/[yj]/g, 'i')
      .replace(/'/g, '')
      .replace(/(.)\1+/g, '$1')
  );
}

interface Token {
  word: string;
  dot: boolean;
  raw: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*\.?/gu)) {
    const dot = m[0].endsWith('.');
    out.push({ word: dot ? m[0].slice(0, -1) : m[0], dot, raw: m[0] });
  }
  return out;
}

const isNumber = (t: Token) => /^\d/.test(t.word);

/** Reads one address as written. Never throws; a street without a name is a problem, not a key. */
export function readAddress(input: {
  street: string;
  postalCode?: string | null;
  city: string;
  country: string;
}): AddressResult {
  const country = (input.country ?? '').toUpperCase();
  const rules: Rule[] = [];
  const notes: string[] = [];
  const source = SOURCES[country] ?? S42;
  const types = STREET_TYPES[country] ?? [];
  const markers = { ...COMMON_MARKERS, ...(MARKERS[country] ?? {}) };
  const skeleton = CYRILLIC_COUNTRIES.has(country);

  const toks = tokens(fold(input.street));
  if (toks.length === 0) return { ok: false, problem: 'street is empty', notes, rules };

  // Where the house part begins: the first number that follows a name word and is followed by no other
  // name word ("1-я Советская ул. 5", "ул. 25 Октября, д. 3"); failing that, the last number after a name.
  const typeOf = (t: Token) => types.find((s) => s.words.includes(t.word));
  const isMarker = (i: number) =>
    markers[toks[i].word] !== undefined &&
    i + 1 < toks.length &&
    /^[\p{L}\p{N}]/u.test(toks[i + 1].word) &&
    !typeOf(toks[i + 1]);
  const isNameWord = (t: Token, i: number) =>
    !/\d/.test(t.word) && !typeOf(t) && !isMarker(i) && !(i > 0 && isMarker(i - 1)) && t.word.length > 1;
  let houseStart = -1;
  for (let i = 0; i < toks.length; i++) {
    if (!isNumber(toks[i]) && !(isMarker(i) && markers[toks[i].word] === 'house')) continue;
    const before = toks.slice(0, i).some((t, j) => isNameWord(t, j));
    const after = toks.slice(i + 1).some((t, j) => isNameWord(t, i + 1 + j) && !isPartWord(country, t));
    if (before && !after) {
      houseStart = i;
      break;
    }
  }
  if (houseStart < 0) {
    for (let i = toks.length - 1; i > 0; i--) {
      if (isNumber(toks[i]) && toks.slice(0, i).some((t, j) => isNameWord(t, j))) {
        houseStart = i;
        break;
      }
    }
    if (houseStart > 0)
      notes.push(
        `words after the house number were not read: ${toks
          .slice(houseStart + 1)
          .map((t) => t.raw)
          .join(' ')}`,
      );
  }
  // A marker just before the house number ("д. 28", "nr 5") belongs to the house part.
  while (houseStart > 0 && isMarker(houseStart - 1)) houseStart -= 1;
  const nameToks = houseStart < 0 ? toks : toks.slice(0, houseStart);
  const partToks = houseStart < 0 ? [] : toks.slice(houseStart);

  // Street name and type, in any order ("ул. Ленина" and "Ленина ул.").
  let streetType: string | null = null;
  const name: string[] = [];
  for (const t of nameToks) {
    const st = typeOf(t);
    if (st && nameToks.length > 1) {
      streetType = st.type;
      if (t.word !== st.type)
        rules.push({
          rule: `street type "${t.raw}" = "${st.type}"`,
          source: RU_TYPES.includes(st) ? RU_SOURCE : source,
        });
    } else {
      name.push(t.word);
    }
  }
  if (!streetType && name.length) {
    // A compound: the type is the end of the last name word (Storgatan, Mannerheimint.).
    // The longest ending wins (Meripuistotie is a puistotie, not a tie).
    const last = nameToks[nameToks.length - 1];
    const found = types
      .flatMap((st) => [
        ...(st.compounds ?? []).map((c) => ({ st, c, abbr: false })),
        ...(last.dot ? (st.compoundAbbreviations ?? []) : (st.bareAbbreviations ?? [])).map((c) => ({
          st,
          c,
          abbr: true,
        })),
      ])
      // "-havn", "-navn" (harbour, name) end in "vn" but are no abbreviated "veien".
      .filter(
        ({ c, abbr }) =>
          last.word.length > c.length + 1 && last.word.endsWith(c) && !(abbr && !last.dot && /avn$/.test(last.word)),
      )
      .sort((a, b) => b.c.length - a.c.length || Number(a.abbr) - Number(b.abbr))[0];
    if (found) {
      name[name.length - 1] = last.word.slice(0, -found.c.length);
      streetType = found.st.type;
      if (found.abbr || found.c !== found.st.type)
        rules.push({
          rule: `compound street type "-${found.abbr ? `${found.c}.` : found.c}" = "-${found.st.type}"`,
          source,
        });
    }
  }
  // Joined before the skeleton: BGN/PCGN writes т·с apart (Sovet·skaya), which the fold makes two words.
  const joinedName = name.map(latin).join('').replace(/[-/]/g, '');
  const nameKey = skeleton ? cyrillicSkeleton(joinedName) : joinedName;
  if (!/\p{L}/u.test(nameKey))
    return { ok: false, problem: `'${input.street.slice(0, 80)}' has no street name`, notes, rules };
  if (skeleton && name.some(hasCyrillic))
    rules.push({
      rule: 'Cyrillic street name transliterated and reduced to its Latin skeleton',
      source: 'GOST 7.79 B, BGN/PCGN, ISO 9, ICAO 9303 (letters on which they differ folded)',
    });
  const street = streetType ? `${nameKey} ${streetType}` : nameKey;

  // House, building, letter, staircase, floor and flat.
  const part = readParts(country, partToks, markers, rules, notes, source);
  const houseKey = `${part.house ?? ''}${part.building ? `k${part.building}` : ''}${part.structure ? `s${part.structure}` : ''}${part.letter ?? ''}`;
  if (!part.house) notes.push('no house number written: the key names the street only');

  const city = readCity(input.city, country, rules);
  if (!city) return { ok: false, problem: 'city is empty', notes, rules };
  const postalCode = readPostalCode(input.postalCode, country, rules, notes);
  rules.push({ rule: 'postal code left out of the key (street, house and city name the building)', source: S42 });

  const buildingKey = [street, houseKey, city, country].join('|');
  const flat = part.flat;
  return {
    ok: true,
    value: { key: flat ? `${buildingKey}#${flat}` : buildingKey, buildingKey, flat, postalCode, notes, rules },
  };
}

/** Words of the house part that are not name words: markers, floor and door words, lone letters. */
function isPartWord(country: string, t: Token): boolean {
  if (t.word.length === 1) return true;
  if (country === 'DK') return DK_FLOORS.has(t.word) || DK_SIDES.has(t.word) || t.word === DK_FLOOR_WORD;
  if (country === 'SE') return SE_FLOOR.has(t.word);
  return Boolean(MARKERS[country]?.[t.word] ?? COMMON_MARKERS[t.word]);
}

interface Parts {
  house: string | null;
  building: string | null;
  structure: string | null;
  letter: string | null;
  flat: string | null;
}

function readParts(
  country: string,
  toks: Token[],
  markers: Record<string, PartKind>,
  rules: Rule[],
  notes: string[],
  source: string,
): Parts {
  const p: Parts = { house: null, building: null, structure: null, letter: null, flat: null };
  const value = (s: string) =>
    latin(s)
      .toUpperCase()
      .replace(/[^A-Z0-9/]/g, '')
      .replace(/^0+(?=\d)/, '');
  const setFlat = (v: string, how: string) => {
    if (p.flat) return;
    p.flat = value(v);
    rules.push({ rule: `flat ${how}`, source });
  };
  let floor: string | null = null;
  let side: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    // "k-2", "kv15", "korp2": a marker written together with its value; "k-2-104": korpus 2, flat 104
    // (the house-flat dash after the korpus, as the Latvian address register and Russian practice write it).
    const joined = /^([\p{L}]+)-?(\d[\p{L}\p{N}]*(?:-\d+)?)$/u.exec(t.word);
    // A one-letter flat marker counts only with its dot (Lithuanian "b. 15" = butas 15): "60 B - 78" is
    // house 60B, flat 78, the letter written apart.
    const kind =
      t.word.length === 1 && !t.dot && markers[t.word] === 'flat'
        ? undefined
        : (markers[t.word] ?? (joined ? markers[joined[1]] : undefined));
    if (kind && (joined || next)) {
      let v = joined && markers[joined[1]] ? joined[2] : next.word;
      if (!(joined && markers[joined[1]])) i += 1;
      // "lit. A-15", "k. 2-15": the house-flat dash after a building part.
      const dashed = /^([\p{L}\p{N}]+)-(\d+)$/u.exec(v);
      if (dashed && kind !== 'flat' && HOUSE_FLAT_DASH.has(country)) {
        v = dashed[1];
        setFlat(dashed[2], `"-${dashed[2]}" after the ${kind} (house-flat form)`);
      }
      if (kind === 'house' && !p.house) readHouse(country, v, p, rules, source);
      else if (kind === 'flat') setFlat(v, `"${t.raw}${joined ? '' : ` ${next.raw}`}"`);
      else if (kind === 'building') {
        p.building = value(v);
        rules.push({ rule: `building (korpus) "${t.raw}${joined ? '' : ` ${next.raw}`}"`, source });
      } else if (kind === 'structure') {
        p.structure = value(v);
        rules.push({ rule: `structure (stroenie) "${t.raw}${joined ? '' : ` ${next.raw}`}"`, source });
      } else if (kind === 'letter') {
        p.letter = value(v).toLowerCase();
        rules.push({ rule: `house letter "${t.raw}${joined ? '' : ` ${next.raw}`}"`, source });
      }
      continue;
    }
    if (
      country === 'DK' &&
      (DK_FLOORS.has(t.word) ||
        (p.house && /^\d+$/.test(t.word) && (t.dot || DK_SIDES.has(next?.word ?? '') || next?.word === DK_FLOOR_WORD)))
    ) {
      floor = t.word;
      continue;
    }
    if (country === 'DK' && DK_SIDES.has(t.word)) {
      side = t.word;
      continue;
    }
    if (country === 'DK' && t.word === DK_FLOOR_WORD && floor) continue;
    if (country === 'SE' && /^\d+$/.test(t.word) && next && SE_FLOOR.has(next.word)) {
      notes.push(`floor "${t.raw} ${next.raw}" read and left out of the key`);
      i += 1;
      continue;
    }
    if (country === 'SE' && SE_FLOOR.has(t.word)) {
      if (next && /^\d+$/.test(next.word)) i += 1;
      notes.push('floor read and left out of the key');
      continue;
    }
    if (country === 'FI' && p.house && /^[a-z]\d+$/.test(t.word)) {
      setFlat(t.word, `"${t.raw}" (staircase and flat)`);
      continue;
    }
    if (country === 'NO' && /^[hkul]\d{4}$/.test(t.word)) {
      setFlat(t.word, `number "${t.raw}" (bolignummer)`);
      continue;
    }
    if (isNumber(t)) {
      if (!p.house) readHouse(country, t.word, p, rules, source);
      else setFlat(t.word, `"${t.raw}" after the house number`);
      continue;
    }
    if (t.word.length === 1 && p.house) {
      // Finnish "3 A 12": staircase A, flat 12 (Posti). Elsewhere a lone letter is the house letter.
      if (country === 'FI' && next && /^\d+$/.test(next.word)) {
        setFlat(`${t.word}${next.word}`, `"${t.raw} ${next.raw}" (staircase and flat)`);
        i += 1;
      } else if (
        country === 'FI' &&
        next &&
        markers[next.word] === 'flat' &&
        toks[i + 2] &&
        /^\d+$/.test(toks[i + 2].word)
      ) {
        // "14 B as. 2": staircase B, asunto 2 is the flat "B 2" (Posti: staircase letter, then flat number).
        setFlat(`${t.word}${toks[i + 2].word}`, `"${t.raw} ${next.raw} ${toks[i + 2].raw}" (staircase and flat)`);
        i += 2;
      } else if (!p.letter) {
        p.letter = latin(t.word);
        rules.push({ rule: `house letter "${t.raw}" written apart = ${p.house}${p.letter}`, source: S42 });
      }
      continue;
    }
    notes.push(`"${t.raw}" was not read`);
  }
  if (floor || side) {
    setFlat(`${floor ?? ''}${side ?? ''}`, `"${[floor, side].filter(Boolean).join('. ')}" (floor and door)`);
  }
  return p;
}

function readHouse(country: string, raw: string, p: Parts, rules: Rule[], source: string) {
  // Letters transliterated run by run, so the digits and dashes between them stay ("5к2-15").
  const word = raw.replace(/\p{Script=Cyrillic}+/gu, latin);
  // 12, 12a, 28/2, 5-7, 5-12 (house-flat), 7a-15
  const m = /^(\d+(?:\/\d+[a-z]?)?)([a-z]?)(?:-(\d+[a-z]?))?/.exec(word);
  // "5к2", "5ак2-15": house, letter, korpus and flat written together, as Russian addresses are
  // (дом 5 литера А корпус 2 квартира 15; FIAS/GAR house, building and flat numbers).
  const korpus = CYRILLIC_COUNTRIES.has(country) ? /^(\d+(?:\/\d+)?)([a-z]?)k(\d+)(?:-(\d+))?$/.exec(word) : null;
  if (korpus) {
    p.house = korpus[1];
    if (korpus[2]) p.letter = korpus[2];
    p.building = korpus[3];
    rules.push({
      rule: `"${raw}" = house ${korpus[1]}${korpus[2]}, building (korpus) ${korpus[3]}${korpus[4] ? `, flat ${korpus[4]}` : ''}`,
      source,
    });
    if (korpus[4]) p.flat = korpus[4].replace(/^0+(?=\d)/, '');
    return;
  }
  if (!m) {
    p.house = word;
    return;
  }
  p.house = m[1];
  if (m[2]) p.letter = m[2];
  if (m[3]) {
    if (HOUSE_FLAT_DASH.has(country)) {
      p.flat = m[3].toUpperCase().replace(/^0+(?=\d)/, '');
      rules.push({ rule: `"${raw}" = house ${m[1]}${m[2]}, flat ${m[3]} (house-flat form)`, source });
    } else {
      p.house = `${m[1]}-${m[3]}`;
      rules.push({ rule: `"${raw}" = house numbers ${m[1]} to ${m[3]} (one building)`, source });
    }
  }
}

// Built on first use: its forms come from the shared transliterate, which the module cycle with
// normalise.ts makes available only once both modules are loaded.
let cityIndex: Map<string, string> | null = null;
function cityIndexOf(): Map<string, string> {
  if (cityIndex) return cityIndex;
  cityIndex = new Map();
  for (const [country, groups] of Object.entries(CITY_NAMES)) {
    for (const group of groups)
      for (const name of group) cityIndex.set(`${country}|${cityForm(name, country)}`, cityForm(group[0], country));
  }
  return cityIndex;
}

function cityForm(raw: string, country: string): string {
  const words = tokens(fold(raw).replace(/-/g, ' '))
    .map((t) => t.word)
    .filter((w) => !/^\d/.test(w));
  // "г. Москва", "g. Moskva": the locality type is no part of its name.
  if (CYRILLIC_COUNTRIES.has(country) && words.length > 1 && ['г', 'g', 'gorod', 'город'].includes(words[0]))
    words.shift();
  // "København K": the postal district letter (DK) is no part of the city.
  if (country === 'DK' && words.length > 1 && words[words.length - 1].length === 1) words.pop();
  const joined = words.map(latin).join(' ');
  return CYRILLIC_COUNTRIES.has(country) ? cyrillicSkeleton(joined) : joined;
}

function readCity(raw: string, country: string, rules: Rule[]): string {
  const form = cityForm(raw ?? '', country);
  const known = cityIndexOf().get(`${country}|${form}`);
  if (known && known !== form)
    rules.push({
      rule: `city "${raw.trim()}" = "${known}"`,
      source: 'UNGEGN exonyms and national place-name registers',
    });
  return known ?? form;
}

function readPostalCode(
  raw: string | null | undefined,
  country: string,
  rules: Rule[],
  notes: string[],
): string | null {
  if (!raw || !raw.trim()) return null;
  const digits = POSTCODE_DIGITS[country];
  const cleaned = fold(raw)
    .toUpperCase()
    .replace(/^[A-Z]{2}(?=[\s-]*\d)/, '')
    .replace(/[^A-Z0-9]/g, '');
  if (digits && new RegExp(`^\\d{${digits}}$`).test(cleaned)) {
    if (cleaned !== raw.trim()) rules.push({ rule: `postal code "${raw.trim()}" = "${cleaned}"`, source: POSTCODES });
    return cleaned;
  }
  notes.push(
    `postal code "${raw.trim().slice(0, 20)}" is not in the ${country} format${digits ? ` (${digits} digits)` : ''}`,
  );
  return null;
}
