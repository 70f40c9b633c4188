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

// Table entries are written folded (lower case, no diacritics: see fold below). One table serves Russia,
// Belarus and Ukraine: the Ukrainian forms (вул., вулиця, пров., провулок, площа, шосе) are those of the
// Ukrainian address standard DSTU 4163 and the 2010 KMU resolution 55 romanisation ("vul."); the
// Belarusian (вуліца, завулак, праспект, плошча) those of the Belarusian address register (NCZIU). The
// English words (street, st, avenue) are how Russian addresses are written in foreign files.
const RU_TYPES: StreetType[] = [
  {
    type: 'ulitsa',
    words: [
      'ул',
      'улица',
      'ul',
      'ulitsa',
      'ulica',
      'ulitza',
      'ulitca',
      'вул',
      'вулиця',
      'вуліца',
      'vul',
      'vulytsia',
      'street',
      'st',
      'str',
    ],
  },
  {
    type: 'prospekt',
    words: [
      'пр',
      'пр-т',
      'просп',
      'проспект',
      'праспект',
      'pr',
      'pr-t',
      'prosp',
      'prospekt',
      'prospect',
      'pr-kt',
      'пр-кт',
      'avenue',
      'ave',
    ],
  },
  {
    type: 'pereulok',
    words: ['пер', 'переулок', 'per', 'pereulok', 'пров', 'провулок', 'prov', 'provulok', 'зав', 'завулак'],
  },
  { type: 'shosse', words: ['ш', 'шоссе', 'шосе', 'sh', 'shosse', 'sch'] },
  {
    type: 'naberezhnaia',
    words: ['наб', 'набережная', 'набережна', 'nab', 'naberezhnaya', 'naberezhnaia', 'naberezhnaja'],
  },
  { type: 'bulvar', words: ['б-р', 'бульв', 'бул', 'бульвар', 'b-r', 'bulv', 'bul', 'bulvar', "bul'var"] },
  {
    type: 'ploshchad',
    words: ['пл', 'площадь', 'площа', 'плошча', 'pl', 'ploshchad', 'ploshad', 'ploschad', 'ploscad'],
  },
  { type: 'proezd', words: ['пр-д', 'проезд', 'pr-d', 'proezd'] },
  { type: 'alleia', words: ['аллея', 'alleya', 'alleia', 'alleja'] },
];
// Russian-language addresses in the Baltic states write the national type in Russian ("ул. Бривибас",
// "Нарва мнт."), as the Russian-language pages of the national registers (ADS, VZD, Registrų centras) do:
// each Russian word reads as the national type it translates or transliterates.
const STREET_TYPES: Record<string, StreetType[]> = {
  EE: [
    { type: 'tanav', words: ['tn', 'tanav', 'ул', 'улица', 'тн'] },
    { type: 'maantee', words: ['mnt', 'maantee', 'мнт', 'шоссе'] },
    { type: 'puiestee', words: ['pst', 'puiestee', 'пст', 'бульв', 'бульвар'] },
    { type: 'poik', words: ['pk', 'poik', 'пер', 'переулок'] },
    { type: 'valjak', words: ['vlk', 'valjak', 'пл', 'площадь'] },
    { type: 'prospekt', words: ['pr', 'prospekt', 'пр', 'пр-т', 'просп', 'проспект'] },
    { type: 'plats', words: ['pl', 'plats'] },
    { type: 'tee', words: ['tee', 'тее'] },
    { type: 'allee', words: ['allee'] },
  ],
  LV: [
    { type: 'iela', words: ['iela', 'iel', 'ie', 'ул', 'улица'] },
    { type: 'gatve', words: ['gatve', 'gatv', 'гатве'] },
    { type: 'bulvaris', words: ['bulvaris', 'bulv', 'бульв', 'бульвар', 'б-р'] },
    { type: 'prospekts', words: ['prospekts', 'prosp', 'пр', 'пр-т', 'просп', 'проспект'] },
    { type: 'laukums', words: ['laukums', 'lauk', 'пл', 'площадь'] },
    { type: 'soseja', words: ['soseja', 'sos', 'ш', 'шоссе'] },
    { type: 'krastmala', words: ['krastmala', 'krastm'] },
    { type: 'dambis', words: ['dambis'] },
  ],
  LT: [
    { type: 'gatve', words: ['g', 'gatve', 'gatv', 'ул', 'улица'] },
    { type: 'prospektas', words: ['pr', 'prospektas', 'prosp', 'пр', 'пр-т', 'просп', 'проспект'] },
    { type: 'aleja', words: ['al', 'aleja', 'аллея'] },
    { type: 'aikste', words: ['a', 'aikste', 'пл', 'площадь'] },
    { type: 'plentas', words: ['pl', 'plentas', 'ш', 'шоссе'] },
    { type: 'skersgatvis', words: ['skg', 'skersgatvis', 'пер', 'переулок'] },
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
    // Icelandic addresses are also written in the dative ("á Laugavegi", "á Hverfisgötu", "á Skólavörðustíg":
    // Árni Magnússon Institute, Beygingarlýsing íslensks nútímamáls): the dative ending is the type too.
    { type: 'gata', words: ['gata'], compounds: ['gata', 'gotu'], compoundAbbreviations: ['g'] },
    { type: 'vegur', words: ['vegur'], compounds: ['vegur', 'vegi'], compoundAbbreviations: ['v'] },
    { type: 'stigur', words: ['stigur'], compounds: ['stigur', 'stig'], compoundAbbreviations: ['st'] },
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
/** The sub-premise markers of a country (word → what its value is), for tests built from the table. */
export const markersOf = (country: string): Readonly<Record<string, PartKind>> => ({
  ...COMMON_MARKERS,
  ...(MARKERS[country] ?? {}),
});
/** The known names of a country's cities, each group one city, for tests built from the table. */
export const cityNamesOf = (country: string): ReadonlyArray<ReadonlyArray<string>> => CITY_NAMES[country] ?? [];

// Countries that write Cyrillic addresses: their street and city names are compared in a Latin skeleton
// that every transliteration system (GOST 7.79 B, BGN/PCGN, ISO 9, ICAO 9303, German and French press)
// reaches, so "Nevskiy", "Nevsky", "Newskij" and "Невский" meet.
const CYRILLIC_COUNTRIES = new Set(['RU', 'BY', 'UA']);

// Street names compared in the skeleton: the Cyrillic countries', and the Baltic states', whose streets are
// also written in Russian ("ул. Бривибас" = Brīvības iela): the Latin name must reach the same skeleton
// as its transliteration. Lossy, as for Russian names: house, city and country keep keys apart.
const SKELETON_COUNTRIES = new Set([...CYRILLIC_COUNTRIES, 'EE', 'LV', 'LT']);
const G_IS_H = new Set(['UA', 'BY']);

// The street type a name written without one means, where the country has one plain type: "Ленина, 5" is
// ул. Ленина (Russian usage drops "улица", never "проспект" or "переулок"), "Brīvības 12" is Brīvības
// iela. So "Ленина, 5" meets "ул. Ленина, д. 5" and stays apart from "пр. Ленина, д. 5". The trade-off: a
// bare name written for a prospekt ("Ленинский, 5") misses its prospekt, and meets an ulitsa of that name
// with that house number if the city has one; keying the type out altogether would instead merge every
// ул. and пр. of one name. The Nordic countries write the type into the name (Storgatan, Storgränd), so
// they have none.
const DEFAULT_TYPE: Record<string, string> = {
  RU: 'ulitsa',
  BY: 'ulitsa',
  UA: 'ulitsa',
  EE: 'tanav',
  LV: 'iela',
  LT: 'gatve',
};

// Where "5-12" is house 5, flat 12 (the house-flat form of the Baltic and Russian conventions). In the
// Nordic countries "5-7" names a building that spans numbers 5 to 7, so there it is the house number.
const HOUSE_FLAT_DASH = new Set(['EE', 'LV', 'LT', 'RU', 'BY', 'UA']);

export type PartKind = 'house' | 'building' | 'structure' | 'letter' | 'flat' | 'unit';
// Sub-premise markers (UPU S42 sub-premise elements), each followed by its value.
const COMMON_MARKERS: Record<string, PartKind> = { nr: 'house', no: 'house', nro: 'house', apt: 'flat' };
// Minfin order 171n (FIAS/GAR) abbreviates строение "стр." and, in the Moscow house number, "с" ("5с1",
// "д. 5 с. 1"), as корпус is "корп." and "к". Ukrainian будинок is "буд." (DSTU 4163).
// A 'unit' (офис, помещение, комната: GAR's premises and rooms) is the flat-level unit when no квартира is
// written: "5-12" does not say whether 12 is a flat or an office, so keying them apart would miss every
// office written in the house-flat form. Beside a квартира, a room is read and left out of the key (the
// rooms of a communal flat share its door).
const RU_MARKERS: Record<string, PartKind> = {
  д: 'house',
  дом: 'house',
  d: 'house',
  dom: 'house',
  буд: 'house',
  будинок: 'house',
  корп: 'building',
  корпус: 'building',
  к: 'building',
  korp: 'building',
  korpus: 'building',
  k: 'building',
  стр: 'structure',
  строение: 'structure',
  с: 'structure',
  str: 'structure',
  stroenie: 'structure',
  s: 'structure',
  лит: 'letter',
  литер: 'letter',
  литера: 'letter',
  lit: 'letter',
  litera: 'letter',
  кв: 'flat',
  квартира: 'flat',
  kv: 'flat',
  kvartira: 'flat',
  оф: 'unit',
  офис: 'unit',
  пом: 'unit',
  помещение: 'unit',
  комн: 'unit',
  комната: 'unit',
  of: 'unit',
  ofis: 'unit',
  office: 'unit',
  pom: 'unit',
  komn: 'unit',
  komnata: 'unit',
};
// The Russian markers are read in Russian-language Baltic addresses too ("ул. Бривибас, д. 12, кв. 5"),
// and so is квартира written in Latin letters ("Brivibas iela 12 kv. 5": кв. in the 171n abbreviation,
// transliterated), as Russian speakers write it in all three states. No Baltic register has an address
// element "kv" of its own (ADS, VZD, Registrų centras: street, house, building, flat), so it means
// nothing else there. The other Latin forms (d., k., s.) are left out: one letter is also a given-name
// initial ("K. Valdemāra iela") or a national marker (LV and LT k. = korpuss/korpusas).
const RU_IN_BALTIC: Record<string, PartKind> = {
  ...(Object.fromEntries(Object.entries(RU_MARKERS).filter(([w]) => /\p{Script=Cyrillic}/u.test(w))) as Record<
    string,
    PartKind
  >),
  kv: 'flat',
  kvartira: 'flat',
};
const MARKERS: Record<string, Record<string, PartKind>> = {
  EE: { ...RU_IN_BALTIC, korter: 'flat', krt: 'flat', korpus: 'building', k: 'building' },
  LV: {
    ...RU_IN_BALTIC,
    dz: 'flat',
    dziv: 'flat',
    dzivoklis: 'flat',
    k: 'building',
    korp: 'building',
    korpuss: 'building',
  },
  LT: { ...RU_IN_BALTIC, b: 'flat', bt: 'flat', but: 'flat', butas: 'flat', korp: 'building', k: 'building' },
  FI: { as: 'flat', asunto: 'flat', bst: 'flat' },
  SE: { lgh: 'flat', lagenhet: 'flat' },
  NO: { leil: 'flat', leilighet: 'flat' },
  DK: {},
  IS: { ibud: 'flat', ib: 'flat' },
  RU: RU_MARKERS,
  BY: RU_MARKERS,
  UA: RU_MARKERS,
};
// Danish floor and door (DAR, adressebekendtgørelsen): the unit is floor (etage: "st" stuen, "kl"
// kælder, 1..n) plus door (dør: "tv" til venstre, "th" til højre, "mf" midt for, or a number). "2. tv" is
// second floor left, "st. th" ground floor right, "1. 3" first floor door 3 (also "1. sal, dør 3"). The
// flat is floor and door together: "2. tv" and "2. th" are different flats, as are "1. 3" and "2. 3". The
// floor may be spelled out ("3. sal", "3. etage": sal and etage both mean storey), the door written with
// dots ("t.v."), glued ("2tv", "2/tv") or in words ("til venstre", "til højre", "midt for"). A floor
// alone ("2.", "kælder") is a DAR unit of its own (a floor with one dwelling has no door), so in Denmark
// it is the flat key; elsewhere a floor is a detail (see DETAILS).
const DK_FLOORS: Record<string, string> = { st: 'st', stuen: 'st', kl: 'kl', kaelder: 'kl' };
const DK_FLOOR_WORDS = new Set(['sal', 'etage']);
const DK_DOOR_WORD = 'dor';
const DK_SIDES = new Map([
  ['tv', 'tv'],
  ['th', 'th'],
  ['mf', 'mf'],
  ['venstre', 'tv'],
  ['hojre', 'th'],
  ['midt', 'mf'],
]);
// "til" (til venstre, til højre) and "for" (midt for) only join the side words.
const DK_SIDE_FILLERS = new Set(['til', 'for']);
/** The DAR door side written at toks[i] ("tv", "t.v.", "til venstre", "midt for"), and how many words it takes. */
function dkSide(toks: Token[], i: number): { side: string; used: number } | null {
  const [a, b] = [toks[i]?.word, toks[i + 1]?.word];
  if (a === undefined) return null;
  if (a === 'til' && (b === 'venstre' || b === 'hojre')) return { side: DK_SIDES.get(b) ?? '', used: 2 };
  if (a === 'midtfor') return { side: 'mf', used: 1 };
  if (a === 'midt') return { side: 'mf', used: b === 'for' ? 2 : 1 };
  const side = DK_SIDES.get(a);
  if (side) return { side, used: 1 };
  // "t.v.", "t.h.", "m.f.": the dotted abbreviation is two one-letter words.
  if (a.length === 1 && b?.length === 1 && ['tv', 'th', 'mf'].includes(a + b)) return { side: a + b, used: 2 };
  return null;
}
// Details that name no building and no flat, read and left out of the key: a floor, and the Russian,
// Ukrainian and Belarusian entrance (подъезд/під'їзд/пад'езд). Outside Denmark no address register has a
// floor in the address: the flat number (SE lägenhetsnummer, NO bolignummer, FI, EE, LV, LT and RU flat
// numbers) names the dwelling, and the floor only repeats part of it. So a floor written beside a flat
// leaves the flat's key as it is, and a floor written alone gives the building key (the address meets
// the building's other reports there, never a flat's). The floor words: Swedish "3 tr" (trappor), "vån",
// "våning" (PostNord: the lägenhetsnummer is the flat); Norwegian "etg.", "etasje" (Språkrådet; the
// bolignummer H0201 holds the floor, Kartverket); Finnish "krs", "kerros" (Kotus abbreviation list);
// Estonian "korrus", Latvian "stāvs", Lithuanian "aukštas"/"aukšt."; East Slavic этаж/поверх/паверх.
const EAST_SLAVIC_DETAILS = [
  'под',
  'подъезд',
  'эт',
  'этаж',
  'pod',
  'podezd',
  'et',
  'etazh',
  'під',
  'підїзд',
  'поверх',
  'пад',
  'падезд',
  'паверх',
];
const DETAILS: Record<string, Set<string>> = {
  SE: new Set(['tr', 'trappor', 'van', 'vaning', 'bv']),
  NO: new Set(['etg', 'etasje']),
  FI: new Set(['krs', 'kerros']),
  EE: new Set(['korrus']),
  LV: new Set(['stavs']),
  LT: new Set(['aukstas', 'aukst']),
  RU: new Set(EAST_SLAVIC_DETAILS),
  BY: new Set(EAST_SLAVIC_DETAILS),
  UA: new Set(EAST_SLAVIC_DETAILS),
};

// Well-known other names of the region's cities (exonyms and bilingual names from the national
// place-name registers and UNGEGN lists), keyed by country; every entry maps to the first name. The
// Finnish exonyms (Pietari, Moskova, Viipuri, Riika, Tartto, Tukholma, Kööpenhamina) are the Kotus list
// of Finnish names of foreign places; the Swedish and German "Sankt Petersburg" and the Danish "Sankt
// Petersborg" those of Språkrådet/ISOF and Dansk Sprognævn; the Ukrainian and Belarusian forms (Kyiv,
// Kharkiv, Minsk, Homiel) the national romanisations (KMU resolution 55 of 2010; Belarusian national
// system, UNGEGN 2007) beside the Russian-based names (Kiev, Kharkov, Gomel) still common in files.
// Cyrillic names of Nordic capitals are the Russian exonyms of UNGEGN's list.
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
      'sankt petersburg',
      'sankt petersborg',
      'pietari',
      'с.-петербург',
    ],
    ['moskva', 'moscow', 'moskau', 'moscou', 'moskova', 'moskwa'],
    ['vyborg', 'viipuri', 'viborg', 'wyborg'],
    ['arkhangelsk', 'archangel'],
    ['velikii novgorod', 'novgorod'],
  ],
  UA: [
    ['kyiv', 'kiev', 'київ', 'киев', 'kiew'],
    ['kharkiv', 'kharkov', 'харків', 'харьков', 'charkiw'],
    ['lviv', 'lvov', 'львів', 'львов', 'lwow', 'lemberg'],
    ['odesa', 'odessa', 'одеса', 'одесса'],
    ['dnipro', 'дніпро', 'днепр', 'dnepr'],
    ['zaporizhzhia', 'zaporozhye', 'запоріжжя', 'запорожье'],
  ],
  BY: [
    ['minsk', 'мінск', 'минск', 'miensk'],
    ['homiel', 'gomel', 'гомель', 'homel'],
    ['brest', 'брэст', 'брест'],
    ['hrodna', 'grodno', 'гродна', 'гродно'],
    ['viciebsk', 'vitebsk', 'віцебск', 'витебск'],
    ['mahiliou', 'mogilev', 'магілёў', 'могилёв', 'могилев'],
  ],
  FI: [
    ['helsinki', 'helsingfors', 'хельсинки'],
    ['turku', 'abo'],
    ['espoo', 'esbo'],
    ['vantaa', 'vanda'],
    ['tampere', 'tammerfors'],
    ['oulu', 'uleaborg'],
    ['vaasa', 'vasa'],
    ['porvoo', 'borga'],
  ],
  EE: [
    ['tallinn', 'tallin', 'таллин', 'таллинн', 'reval', 'tallinna'],
    ['tartu', 'тарту', 'dorpat', 'tartto'],
    ['narva', 'нарва'],
    ['parnu', 'пярну'],
  ],
  LV: [
    ['riga', 'рига', 'riika'],
    ['daugavpils', 'даугавпилс', 'dvinsk'],
  ],
  LT: [
    ['vilnius', 'вильнюс', 'wilno', 'vilna'],
    ['kaunas', 'каунас'],
    ['klaipeda', 'клайпеда', 'memel'],
  ],
  SE: [
    ['stockholm', 'tukholma', 'стокгольм'],
    ['goteborg', 'gothenburg', 'гётеборг'],
  ],
  DK: [['kobenhavn', 'copenhagen', 'kopenhamn', 'kopenhagen', 'kööpenhamina', 'копенгаген']],
  NO: [
    ['oslo', 'осло'],
    ['trondheim', 'trondhjem'],
  ],
  IS: [['reykjavik', 'рейкьявик']],
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
/** Latin for the Cyrillic runs of a word, keeping the digits and dashes between them ("5к2-15", "А-12"). */
const latinRuns = (word: string) => word.replace(/\p{Script=Cyrillic}+/gu, latin);

// "Sankt" abbreviated before a saint's name. Swedish: "S:t" (Lantmäteriet's place-name abbreviation,
// Svenska skrivregler), also written "St." or "St" ("St. Eriksgatan"); "St." can also stand for "Stora"
// (St. Nygatan), which was never read as Stora either, so only the Sankt reading is added. Danish: "Skt."
// (Retskrivningsordbogen); Danish "St." is "Store" (St. Kongensgade), so it is not read as Sankt.
// Matched before the fold, which would lose the colon of "S:t".
const SANKT: Record<string, RegExp> = {
  SE: /(?<![\p{L}\p{N}])(?:S:t|St)(?:\.\s*|\s+)(?=\p{L})/giu,
  DK: /(?<![\p{L}\p{N}])Skt(?:\.\s*|\s+)(?=\p{L})/giu,
};

// Danish and Norwegian å was written "aa" before the spelling reforms (Danish 1948; Norwegian 1917 and
// 1938), and many names keep it or are written so abroad:
// Aarhus/Århus, Aabenraa/Åbenrå, Aalesund/Ålesund, Haakon VIIs gate/Håkon VIIs gate. The fold writes å as
// a, so "aa" is read as å in Danish and Norwegian street and city names, before the fold. Only in these two
// countries and only "aa": a Finnish or Estonian double vowel is a long vowel of its own (Saari and Sari,
// Tartu maantee), and æ is never read as a (an earlier rule that read ae as a merged Bækkevej with Bakkevej).
const AA_COUNTRIES = new Set(['DK', 'NO']);
const AA_SOURCE = 'Danish spelling reform of 1948 and Norwegian reforms of 1917 and 1938: "aa" became "å"';
const aaAsRing = (text: string, country: string) => (AA_COUNTRIES.has(country) ? text.replace(/aa/gi, 'å') : text);

/**
 * The street field before it is read: a leading care-of part ("c/o Svensson, Storgatan 12": UPU S42
 * addressee line, PostNord) names a person, not the street; an abbreviated Sankt is written out (SANKT);
 * a Danish or Norwegian "aa" is å (AA_COUNTRIES).
 */
function beforeFold(raw: string, country: string, rules: Rule[]): string {
  let street = raw ?? '';
  const careOf = /^\s*c\/o\b[^,]*,/iu.exec(street);
  if (careOf) {
    street = street.slice(careOf[0].length);
    rules.push({ rule: `care-of part "${careOf[0].slice(0, 40)}" is no part of the street`, source: S42 });
  }
  const sankt = SANKT[country];
  if (sankt && street.search(sankt) >= 0) {
    street = street.replace(sankt, 'Sankt ');
    rules.push({ rule: 'abbreviated "Sankt" written out', source: SOURCES[country] });
  }
  if (street !== aaAsRing(street, country)) {
    street = aaAsRing(street, country);
    rules.push({ rule: '"aa" in the street = "å"', source: AA_SOURCE });
  }
  return street;
}

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

// A Russian ordinal ("1-я Советская", "2-й Муринский", "Советская 1-я": GAR writes it after the name) is
// part of the street name, not a house number; its ending only agrees with the name, so the number is its key.
const ORDINAL = /^(\d+)-?(?:я|й|ая|ый|ий|ой|го|ya|ja|ia|aya|yy|iy|oy|go)$/u;
const isNumber = (t: Token) => /^\d/.test(t.word) && !ORDINAL.test(t.word);
// "ул. им. Ленина" = "ул. Ленина": имени ("named after"; "им." in GOST R 7.0.12-2011, the Russian
// abbreviations standard; Ukrainian імені, Belarusian імя) only says whom the street commemorates, and
// the registers write the same street with and without it. Read only before another name word.
const IMENI = new Set(['им', 'имени', 'im', 'imeni', 'ім', 'імені', 'імя']);
const IMENI_SOURCE = 'GOST R 7.0.12-2011 (им. = имени) and FIAS/GAR street names';
// "г. Москва": the locality type before a Russian city name.
const LOCALITY_TYPES = ['г', 'g', 'gorod', 'город'];

// A street named after a person is written with the given name in full or as its initial: "ул. Карла
// Маркса" and "ул. К. Маркса", "вул. Тараса Шевченка" and "вул. Т. Шевченка" (the usual Russian, Ukrainian
// and Belarusian practice; the address registers, KLADR/FIAS before GAR, hold both forms). So a given name
// in the genitive, followed by the surname, is read as its initial, and meets the initial written. Only
// the given names below, in the genitive a street name puts them in (Russian, Ukrainian, Belarusian), so a
// first word that is no given name keeps its key ("Б. Морская" is Большая Морская or anything else: not
// read). The surname is compared whole, so ул. А. Островского and ул. Н. Островского stay apart, as does
// ул. Маркса; two streets of one city, type and surname after people whose given names share the initial
// would meet.
// prettier-ignore
const GIVEN_NAMES_GENITIVE = [
  // Russian, male
  'Александра Алексея Анатолия Андрея Антона Аркадия Арсения Артёма Бориса Вадима Валентина Валерия Василия',
  'Виктора Виталия Владимира Владислава Всеволода Вячеслава Гавриила Геннадия Георгия Германа Глеба Григория',
  'Даниила Дениса Дмитрия Евгения Егора Емельяна Ефима Ивана Игоря Ильи Иосифа Карла Кирилла Константина',
  'Кузьмы Леонида Льва Максима Марка Матвея Михаила Никиты Николая Олега Павла Петра Романа Семёна Сергея',
  'Станислава Степана Тараса Тимофея Фёдора Феликса Филиппа Фридриха Эрнста Юрия Якова Ярослава Богдана',
  // Russian, female
  'Александры Анны Валентины Варвары Веры Галины Дарьи Екатерины Елены Елизаветы Зои Инессы Ирины Клары',
  'Ксении Ларисы Лидии Людмилы Марии Марины Надежды Натальи Нины Ольги Полины Раисы Розы Светланы Софьи',
  'Софии Тамары Татьяны Юлии',
  // Ukrainian and Belarusian forms that differ
  'Олександра Олексія Андрія Василя Григорія Івана Михайла Миколи Дмитра Євгена Юрія Лесі Олени Марії',
  'Соломії Янкі Якуба Максіма Францыска Уладзіміра Міхаіла Мікалая Алеся',
].flatMap((line) => line.split(' '));
const GIVEN_NAME_SOURCE =
  'Russian, Ukrainian and Belarusian street names after a person: the given name in full or as its initial';
/** The comparison form of a given name in any script: its Latin skeleton, г and h as one letter. */
const givenNameForm = (word: string) => cyrillicSkeleton(latin(word)).replace(/g/g, 'h');
// Built on first use, as the city index is (the shared transliterate; see cityIndexOf).
let givenInitials: Map<string, string> | null = null;
/** The initial (a lower-case Cyrillic letter) of a word that is a given name in the genitive, else null. */
function givenNameInitial(word: string): string | null {
  givenInitials ??= new Map(GIVEN_NAMES_GENITIVE.map((g) => [givenNameForm(fold(g)), fold(g)[0]]));
  return givenInitials.get(givenNameForm(word)) ?? null;
}

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
  const markers = markersOf(country);
  const skeleton = SKELETON_COUNTRIES.has(country);

  const toks = tokens(fold(beforeFold(input.street, country, rules)));
  if (toks.length === 0) return { ok: false, problem: 'street is empty', notes, rules };
  // "г. Москва, ул. Ленина, д. 5": the one-line Russian form writes the city before the street.
  if (
    CYRILLIC_COUNTRIES.has(country) &&
    toks.length > 2 &&
    LOCALITY_TYPES.includes(toks[0].word) &&
    readCity(toks[1].raw, country, []) === readCity(input.city ?? '', country, [])
  ) {
    notes.push(`the city "${toks[0].raw} ${toks[1].raw}" written in the street was left out of the street name`);
    toks.splice(0, 2);
  }

  const typeOf = (t: Token) => types.find((s) => s.words.includes(t.word));
  // A marker is followed by its value: a number or one letter ("д. 28", "лит. А"). A one-letter word
  // followed by a name word is a given-name initial, part of the street name ("ул. К. Маркса", "K.
  // Valdemāra iela", "B. Radvilaitės g."). It is never dropped: a key on the surname alone would merge
  // streets named after two people of one surname (ул. А. Островского and ул. Н. Островского), and an
  // initial cannot tell a given name from a first name word ("Б." is also Большая). In Russia, Belarus and
  // Ukraine a known given name written in full is read as its initial (GIVEN_NAMES_GENITIVE: "ул. Карла
  // Маркса" = "ул. К. Маркса"); in the Baltic states it is not ("Krišjāņa Valdemāra iela" keeps its given
  // name). A word that is both a type and a marker ("str": street in
  // English, строение in Russian) is the type right after a name word ("Lenina str. 5"), the marker after
  // a number ("d. 28 str. 2").
  const isMarker = (i: number): boolean =>
    markers[toks[i].word] !== undefined &&
    i + 1 < toks.length &&
    (/\d/.test(toks[i + 1].word) || /^\p{L}$/u.test(toks[i + 1].word)) &&
    !(typeOf(toks[i]) && i > 0 && /^\p{L}{2,}$/u.test(toks[i - 1].word) && !typeOf(toks[i - 1]));
  const isNameWord = (t: Token, i: number) =>
    (ORDINAL.test(t.word) || !/\d/.test(t.word)) &&
    !typeOf(t) &&
    !isMarker(i) &&
    !(i > 0 && isMarker(i - 1)) &&
    t.word.length > 1;
  const nameBefore = (i: number) => toks.slice(0, i).some((t, j) => isNameWord(t, j));
  // Where the house part begins: a house marker after the name ("ул. 25 Октября, д. 3"); else the first
  // number that follows a name word and is followed by no other name word ("1-я Советская ул. 5"). When
  // words the grammar does not know follow every number ("5, кв. 12 (общежитие)"): the first number after
  // the name that no name word directly follows, else the last number after a name. Later words stay in
  // the house part (noted as not read): given back to the street name, they would take a later number
  // for the house.
  // ("lgh nr 1102": a number sign after another marker is that marker's.)
  const marked = toks.findIndex(
    (t, i) => isMarker(i) && markers[t.word] === 'house' && nameBefore(i) && !markers[toks[i - 1].word],
  );
  const clean = toks.findIndex(
    (t, i) =>
      isNumber(t) &&
      nameBefore(i) &&
      !toks.slice(i + 1).some((u, j) => isNameWord(u, i + 1 + j) && !isPartWord(country, u)),
  );
  const bare = toks.findIndex(
    (t, i) => isNumber(t) && nameBefore(i) && !(i + 1 < toks.length && isNameWord(toks[i + 1], i + 1)),
  );
  const last = toks.reduce((at, t, i) => (isNumber(t) && nameBefore(i) ? i : at), -1);
  let houseStart = [marked, clean, bare, last].find((i) => i >= 0) ?? -1;
  // Markers with their values just before the house number ("д. 28", "nr 5", "кв. 15, д. 28") belong to
  // the house part.
  while (houseStart > 0 && isMarker(houseStart - 1)) houseStart -= 1;
  while (houseStart > 1 && isMarker(houseStart - 2)) houseStart -= 2;
  const nameToks = houseStart < 0 ? toks : toks.slice(0, houseStart);
  const partToks = houseStart < 0 ? [] : toks.slice(houseStart);

  // Street name and type, in any order ("ул. Ленина" and "Ленина ул.").
  let streetType: string | null = null;
  const name: string[] = [];
  for (const [i, t] of nameToks.entries()) {
    const st = typeOf(t);
    const after = nameToks[i + 1];
    if (CYRILLIC_COUNTRIES.has(country) && IMENI.has(t.word) && after && !typeOf(after)) {
      rules.push({ rule: `"${t.raw}" (imeni, "named after") is no part of the name`, source: IMENI_SOURCE });
    } else if (st && nameToks.length > 1) {
      streetType = st.type;
      if (t.word !== st.type)
        rules.push({
          rule: `street type "${t.raw}" = "${st.type}"`,
          source: RU_TYPES.includes(st) ? RU_SOURCE : source,
        });
    } else if (ORDINAL.test(t.word)) {
      name.unshift(t.word.replace(ORDINAL, '$1'));
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
  if (CYRILLIC_COUNTRIES.has(country))
    name.forEach((word, i) => {
      const initial = /^\p{L}{2,}$/u.test(name[i + 1] ?? '') ? givenNameInitial(word) : null;
      if (!initial) return;
      name[i] = initial;
      rules.push({ rule: `given name "${word}" read as its initial "${initial}."`, source: GIVEN_NAME_SOURCE });
    });
  if (!streetType && DEFAULT_TYPE[country]) {
    streetType = DEFAULT_TYPE[country];
    rules.push({ rule: `no street type written: read as "${streetType}", the type a bare name means`, source });
  }
  // Joined before the skeleton: BGN/PCGN writes т·с apart (Sovet·skaya), which the fold makes two words.
  const joinedName = name.map(latin).join('').replace(/[-/]/g, '');
  const skeletonName = skeleton ? cyrillicSkeleton(joinedName) : joinedName;
  // Ukrainian and Belarusian г is h in the national romanisations (KMU resolution 55 of 2010: Hrushevskoho;
  // Belarusian national system: Homiel) and g in the Russian-based ones (Grushevskogo): one letter.
  const nameKey = G_IS_H.has(country) ? skeletonName.replace(/g/g, 'h') : skeletonName;
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

/** Words of the house part that are not name words: markers, details, floor and door words, lone letters. */
function isPartWord(country: string, t: Token): boolean {
  if (t.word.length === 1 || DETAILS[country]?.has(t.word)) return true;
  if (country === 'DK')
    return (
      t.word in DK_FLOORS ||
      DK_SIDES.has(t.word) ||
      DK_SIDE_FILLERS.has(t.word) ||
      DK_FLOOR_WORDS.has(t.word) ||
      t.word === DK_DOOR_WORD
    );
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
    latinRuns(s)
      .toUpperCase()
      .replace(/[^A-Z0-9/]/g, '')
      .replace(/^0+(?=\d)/, '');
  const setFlat = (v: string, how: string) => {
    if (p.flat) return;
    p.flat = value(v);
    rules.push({ rule: `flat ${how}`, source });
  };
  const details = DETAILS[country];
  let unit: string | null = null;
  let floor: string | null = null;
  let side: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let next = toks[i + 1];
    // "k-2", "kv15", "korp2", "с1": a marker written together with its value; "k-2-104": korpus 2, flat
    // 104 (the house-flat dash after the korpus, as the Latvian address register and Russian practice write it).
    const joined = /^([\p{L}]+)-?(\d[\p{L}\p{N}]*(?:-\d+)?)$/u.exec(t.word);
    // A one-letter flat marker counts only with its dot (Lithuanian "b. 15" = butas 15): "60 B - 78" is
    // house 60B, flat 78, the letter written apart.
    const kind =
      t.word.length === 1 && !t.dot && markers[t.word] === 'flat'
        ? undefined
        : (markers[t.word] ?? (joined ? markers[joined[1]] : undefined));
    if (kind && (joined || next)) {
      // "lgh nr 1102": the number sign after a flat marker.
      if (!joined && COMMON_MARKERS[next.word] === 'house' && toks[i + 2] && isNumber(toks[i + 2]))
        next = toks[++i + 1];
      let v = joined && markers[joined[1]] ? joined[2] : next.word;
      if (!(joined && markers[joined[1]])) i += 1;
      const written = `"${t.raw}${joined ? '' : ` ${next.raw}`}"`;
      // "lit. A-15", "k. 2-15": the house-flat dash after a building part.
      const dashed = /^([\p{L}\p{N}]+)-(\d+)$/u.exec(v);
      if (dashed && kind !== 'flat' && HOUSE_FLAT_DASH.has(country)) {
        v = dashed[1];
        setFlat(dashed[2], `"-${dashed[2]}" after the ${kind} (house-flat form)`);
      }
      // "к2с1": korpus 2, stroenie 1 (the Moscow form, FIAS/GAR).
      const korpusStructure = kind === 'building' ? /^(\d+)[sс](\d+)$/u.exec(v) : null;
      if (korpusStructure) {
        v = korpusStructure[1];
        p.structure = korpusStructure[2];
      }
      if (kind === 'house' && !p.house) readHouse(country, v, p, rules, source);
      else if (kind === 'house') notes.push(`a second house number ${written} was not read`);
      else if (kind === 'flat') setFlat(v, written);
      else if (kind === 'unit') {
        unit ??= v;
        notes.push(`${written} read as the flat-level unit (office, premises, room)`);
      } else if (kind === 'building') {
        p.building = value(v);
        rules.push({ rule: `building (korpus) ${written}`, source });
      } else if (kind === 'structure') {
        p.structure = value(v);
        rules.push({ rule: `structure (stroenie) ${written}`, source });
      } else if (kind === 'letter') {
        p.letter = value(v).toLowerCase();
        rules.push({ rule: `house letter ${written}`, source });
      }
      continue;
    }
    // Details: "3 tr", "3tr", "tr 3", "под. 2", "3 этаж".
    const gluedDetail = /^\d+(\p{L}+)$/u.exec(t.word);
    if (details && (details.has(t.word) || (gluedDetail && details.has(gluedDetail[1])))) {
      if (!gluedDetail && next && isNumber(next)) i += 1;
      notes.push(`"${t.raw}" (entrance or floor) read and left out of the key`);
      continue;
    }
    // Only after the house number: in "12 etg. 2" the 12 is the house, the 2 the floor.
    if (details && p.house && isNumber(t) && next && details.has(next.word)) {
      notes.push(`"${t.raw} ${next.raw}" (floor) read and left out of the key`);
      i += 1;
      continue;
    }
    if (country === 'DK') {
      const written = dkSide(toks, i);
      if (written) {
        side = written.side;
        i += written.used - 1;
        continue;
      }
      // "2tv", "2/tv", "st-th": floor and door side written as one word.
      const glued = p.house ? /^(\d+|st|kl)[/-]?(tv|th|mf)$/.exec(t.word) : null;
      if (glued && !floor && !side) {
        [floor, side] = [glued[1], glued[2]];
        continue;
      }
      if (
        t.word in DK_FLOORS ||
        (p.house &&
          !floor &&
          /^\d+$/.test(t.word) &&
          (t.dot || dkSide(toks, i + 1) || DK_FLOOR_WORDS.has(next?.word ?? '')))
      ) {
        floor = DK_FLOORS[t.word] ?? t.word;
        continue;
      }
      if ((DK_FLOOR_WORDS.has(t.word) && floor) || DK_SIDE_FILLERS.has(t.word)) continue;
      if (t.word === DK_DOOR_WORD && next && /^\d+$/.test(next.word)) {
        side = next.word;
        i += 1;
        continue;
      }
      // "1. 3": after the floor, a number is the door.
      if (floor && !side && /^\d+$/.test(t.word)) {
        side = t.word;
        continue;
      }
    }
    if (country === 'FI' && p.house && /^[a-z]\d+$/.test(t.word)) {
      setFlat(t.word, `"${t.raw}" (staircase and flat)`);
      continue;
    }
    // Bolignummer, also written with a space ("H 0101"). The bolignummer (Kartverket: H, K, U or L, then
    // floor and unit, two digits each) is the register's name of the dwelling, so it is the flat key even
    // when another number was read as the flat before it ("leil. 3, H0201").
    const bolig = country === 'NO' && /^[hkul]$/.test(t.word) && next && /^\d{4}$/.test(next.word);
    if (bolig || (country === 'NO' && /^[hkul]\d{4}$/.test(t.word))) {
      if (p.flat && !/^[HKUL]\d{4}$/.test(p.flat)) {
        notes.push(`"${p.flat}" read before the bolignummer "${t.raw}" is left out of the key`);
        p.flat = null;
      }
      setFlat(bolig ? `${t.word}${next.word}` : t.word, `number "${t.raw}" (bolignummer)`);
      if (bolig) i += 1;
      continue;
    }
    if (isNumber(t)) {
      if (!p.house) readHouse(country, t.word, p, rules, source);
      else setFlat(t.word, `"${t.raw}" after the house number`);
      continue;
    }
    // "5 A-12": house 5, letter A, flat 12, the letter written apart from the house number.
    const letterFlat = /^(\p{L})-(\d+)$/u.exec(t.word);
    if (letterFlat && p.house && !p.letter && HOUSE_FLAT_DASH.has(country)) {
      p.letter = latin(letterFlat[1]);
      setFlat(letterFlat[2], `"${t.raw}" = letter ${p.letter}, flat ${letterFlat[2]} (house-flat form)`);
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
    // A numeric door is kept apart from the floor ("1. 3" is 1/3, not 13), and marked as a door when no
    // floor is written: "dør 3" (DAR dørbetegnelse 3) is /3, never floor 3 ("3. sal"), a unit of its own.
    const door = side && /^\d/.test(side) ? `/${side}` : (side ?? '');
    setFlat(`${floor ?? ''}${door}`, `"${[floor, side].filter(Boolean).join('. ')}" (floor and door)`);
  }
  if (unit) {
    if (p.flat) notes.push(`the room or office "${unit}" beside flat ${p.flat} is left out of the key`);
    else setFlat(unit, `"${unit}" (office, premises or room: no flat written)`);
  }
  return p;
}

function readHouse(country: string, raw: string, p: Parts, rules: Rule[], source: string) {
  const word = latinRuns(raw);
  // 12, 12a, 12-a, 28/2, 5-7, 5-12 (house-flat), 7a-15. Anything else is kept whole as the house number:
  // a part dropped from it would merge two buildings.
  const m = /^(\d+(?:\/\d+[a-z]?)?)(?:-?([a-z]))?(?:-(\d+[a-z]?))?$/.exec(word);
  // "5к2", "5ак2-15", "5с1", "5к2с1": house, letter, korpus, stroenie and flat written together, as
  // Russian addresses are (дом 5 литера А корпус 2 строение 1 квартира 15; FIAS/GAR, Minfin order 171n).
  const korpus = CYRILLIC_COUNTRIES.has(country)
    ? /^(\d+(?:\/\d+)?)([a-z]?)(?:k(\d+))?(?:s(\d+))?(?:-(\d+))?$/.exec(word)
    : null;
  if (korpus && (korpus[3] || korpus[4])) {
    p.house = korpus[1];
    if (korpus[2]) p.letter = korpus[2];
    if (korpus[3]) p.building = korpus[3];
    if (korpus[4]) p.structure = korpus[4];
    rules.push({
      rule: `"${raw}" = house ${korpus[1]}${korpus[2]}${korpus[3] ? `, building (korpus) ${korpus[3]}` : ''}${korpus[4] ? `, structure (stroenie) ${korpus[4]}` : ''}${korpus[5] ? `, flat ${korpus[5]}` : ''}`,
      source,
    });
    if (korpus[5]) p.flat = korpus[5].replace(/^0+(?=\d)/, '');
    return;
  }
  // Finnish "5A12": house 5, staircase A, flat 12 written together (Posti).
  const stair = country === 'FI' ? /^(\d+)([a-z]\d+)$/.exec(word) : null;
  if (stair) {
    p.house = stair[1];
    p.flat = stair[2].toUpperCase();
    rules.push({ rule: `"${raw}" = house ${stair[1]}, staircase and flat ${p.flat}`, source });
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
      rules.push({ rule: `"${raw}" = house ${m[1]}${m[2] ?? ''}, flat ${m[3]} (house-flat form)`, source });
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
  const words = tokens(fold(aaAsRing(raw, country)).replace(/-/g, ' '))
    .map((t) => t.word)
    .filter((w) => !/^\d/.test(w));
  // "г. Москва", "g. Moskva": the locality type is no part of its name.
  if (CYRILLIC_COUNTRIES.has(country) && words.length > 1 && LOCALITY_TYPES.includes(words[0])) words.shift();
  // "København K": the postal district letter (DK) is no part of the city.
  if (country === 'DK' && words.length > 1 && words[words.length - 1].length === 1) words.pop();
  const joined = words.map(latin).join(' ');
  return CYRILLIC_COUNTRIES.has(country) ? cyrillicSkeleton(joined) : joined;
}

function readCity(raw: string, country: string, rules: Rule[]): string {
  const form = cityForm(raw ?? '', country);
  if (raw && raw !== aaAsRing(raw, country)) rules.push({ rule: '"aa" in the city = "å"', source: AA_SOURCE });
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
