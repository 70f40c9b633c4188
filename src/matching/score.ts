// Scores a candidate pair of person records with a probabilistic record-linkage model (Fellegi & Sunter,
// "A Theory for Record Linkage", JASA 64, 1969): each field is compared into an agreement level, and each
// level weighs ln(m/u), where m is how often true pairs show that level and u how often random pairs do.
// The weights add up, with the prior odds, to the log-odds that the two records are one individual; each
// weight is kept with its reason so an analyst sees why (explainLink shows the same list).
//
// m and u are estimated from the data by `npm run match:train` (./train: EM on blocked pairs after
// Winkler, u from random pairs) and stored with a version; DEFAULT_MODEL holds published defaults used
// until a model is trained.
//
// A name that agrees is weighed by how common it is (term-frequency adjustment, as Splink documents it:
// u of an exact agreement is the share of records holding that name), so two "Sergei Ivanov" weigh far
// less than two "Kristaps Kļaviņš". With the prior written as "duplicates per record / records", the
// population cancels: a name shared by k records is worth duplicatesPerRecord · m / k as odds.
//
// Fellegi–Sunter adds field weights as if fields were independent given the class; among non-matches they
// are not: the name largely determines nationality and gender (two "Nguyen Van Minh" are both Vietnamese
// men whoever they are). Weighing their agreement with the population's u added a spurious ln(1/0.3) +
// ln(1/0.52) = +1.84 to every namesake pair (measured at 1M: 99.99 % of namesakes with different dates
// agree on both). So when the names agree, nationality and gender are weighed with u conditional on the
// names agreeing (Winkler, "Improved decision rules in the Fellegi-Sunter model of record linkage", 1993,
// on dependence between fields; Splink documents the same double counting for correlated comparisons).
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import { FULL_DATE, nameKey, readsShortForm, stem, variantsCompared } from './nameKeys';
import { latinWords, skeletonWord } from './transliteration';
import { holdsCommonSurname } from './commonSurnames';
import { matchThresholds } from '../config';

const THRESHOLDS = matchThresholds();
/** From this probability a pair is proposed as possibly one individual (MATCH_THRESHOLD, default 0.5). */
export const MATCH_THRESHOLD = THRESHOLDS.propose;
/**
 * From this probability, below MATCH_THRESHOLD, a pair is written too, as a weaker link for review
 * (REVIEW_THRESHOLD, default 0.05): see matchThresholds in src/config.ts.
 */
export const REVIEW_THRESHOLD = THRESHOLDS.review;
/**
 * Whether a stored score lies in the review band (below MATCH_THRESHOLD): such a pair exists only for a
 * caller who sees both records. A pair without a score (a decision made without one) is not in it.
 */
export const inReviewBand = (probability: unknown): boolean =>
  typeof probability === 'number' && probability < MATCH_THRESHOLD;

/**
 * Whether a stored pair exists only for a caller who sees both records, never as a hit: one of the review
 * band, or one `withheld` as met through a guess sweep (a case listing one name with several birth dates:
 * GUESS_SWEEP in src/matching/match.ts).
 */
export const onlyBetweenSeen = (pair: { probability?: unknown; withheld?: unknown }): boolean =>
  inReviewBand(pair.probability) || pair.withheld === true;

export interface MatchPerson {
  id: string;
  name: string;
  aliases: string[];
  birthDate: string | null;
  nationality: string | null;
  gender?: string | null;
}

export interface Feature {
  feature:
    | 'NAME'
    | 'BIRTH_DATE'
    | 'NATIONALITY'
    | 'GENDER'
    | 'DOCUMENT'
    | 'PHONE'
    | 'ACCOUNT'
    | 'ONLINE'
    | 'ADDRESS'
    | 'PRIOR';
  detail: string;
  weight: number;
}
export interface PairScore {
  probability: number;
  logOdds: number;
  features: Feature[];
  modelVersion: string;
}

/** What the graph knows about a pair beyond the two records. */
export interface PairEvidence {
  /** Records sharing the pair's name key (the name's term frequency, counted in records). */
  namesakes: number;
  /** Person records in the graph. */
  population: number;
  sharedDocuments: string[];
  sharedPhones: string[];
  sharedAccounts?: string[];
  /** E-mail addresses, online accounts and crypto wallets both use: personal, as a phone is. */
  sharedOnline?: string[];
  /** Addresses both records live at (one flat, as the import normalises it). */
  sharedAddresses?: string[];
  /** Person records living at the least crowded shared address (the address's term frequency). */
  residents?: number;
}

export interface Level {
  m: number;
  u: number;
}
export const FIELDS = {
  name: ['exact', 'close', 'different'],
  birthDate: ['exact', 'yearMonth', 'transposed', 'dayOff', 'oneEdit', 'year', 'different'],
  gender: ['agree', 'disagree'],
  nationality: ['agree', 'disagree'],
  document: ['shared'],
  phone: ['shared'],
  account: ['shared'],
  online: ['shared'],
  address: ['shared'],
} as const;
export type Field = keyof typeof FIELDS;
/** One pair compared: a level per field, or null when a side lacks the value (no evidence either way). */
export type Comparison = { [F in Field]: (typeof FIELDS)[F][number] | null };

export interface ModelParams {
  /** Expected number of other records of the same individual per record: the prior is this / population. */
  duplicatesPerRecord: number;
  /**
   * u of gender and nationality agreement given the names agree: the share of namesake pairs that are not
   * one individual (same name, clearly different birth dates) agreeing on the field.
   */
  namesakeAgreement: { gender: number; nationality: number };
  levels: { [F in Field]: Record<(typeof FIELDS)[F][number], Level> };
}
export interface MatchModel {
  version: string;
  trainedAt: string | null;
  params: ModelParams;
}

/**
 * Published defaults, used until `npm run match:train` stores a model. m: how often a true pair shows the
 * level (transcription errors, missing values); u: how often two random records do (a birth date agrees
 * by chance about once in 365 × 60 pairs, a gender in half of them).
 */
export const DEFAULT_MODEL: MatchModel = {
  version: 'default-1',
  trainedAt: null,
  params: {
    duplicatesPerRecord: 0.05,
    // Until trained, namesakes are taken to agree as often as one individual's records do (m below), so
    // agreement given the names agree weighs nothing; training measures it (99.99 % at 1M synthetic).
    namesakeAgreement: { gender: 0.98, nationality: 0.9 },
    levels: {
      name: { exact: { m: 0.85, u: 1e-5 }, close: { m: 0.12, u: 5e-5 }, different: { m: 0.03, u: 0.9999 } },
      birthDate: {
        exact: { m: 0.82, u: 4.5e-5 },
        yearMonth: { m: 0.03, u: 1.3e-3 },
        transposed: { m: 0.02, u: 4.5e-5 },
        dayOff: { m: 0.02, u: 9e-5 },
        // One digit mistyped in the year or month, or two adjacent digits swapped (1985/1958): about 27 of
        // a date's neighbours in 365 × 60, as a data-entry error about as often as a swapped day and month.
        oneEdit: { m: 0.02, u: 1.2e-3 },
        // The year alone agrees, one side (or both) the 1 January a register writes for a date known only
        // by its year: m and u both scale with how often registers do so, and their ratio is the number of
        // birth years in the population (about 60), as for a year compared alone.
        year: { m: 0.03, u: 5e-4 },
        different: { m: 0.06, u: 0.9968 },
      },
      gender: { agree: { m: 0.98, u: 0.5 }, disagree: { m: 0.02, u: 0.5 } },
      nationality: { agree: { m: 0.9, u: 0.3 }, disagree: { m: 0.1, u: 0.7 } },
      document: { shared: { m: 0.2, u: 1e-6 } },
      phone: { shared: { m: 0.1, u: 1e-4 } },
      account: { shared: { m: 0.05, u: 1e-5 } },
      online: { shared: { m: 0.05, u: 1e-5 } },
      // u of a shared address is its residents' share of the records (term frequency, in fieldWeights);
      // this u is only the floor the schema requires.
      address: { shared: { m: 0.05, u: 1e-5 } },
    },
  },
};

/** Name similarity at or above this is one name (equal keys score 1; "Ivanov"/"Ivanova" ~0.98). */
const EXACT = 0.97;
/** Below this, two names are different. */
const CLOSE = 0.85;
/** The most a name met through a diminutive's full form scores: a close spelling. */
const SHORT_FORM = 0.95;
/** Close spellings of a name are a few times as frequent as the exact key: u of "close" is this × its frequency. */
const CLOSE_SPREAD = 3;
/**
 * With a common name, a transposed, ±1-day or same-month date is weak evidence, whatever random pairs say,
 * and never weighs more than this: the issue that prompted this model saw a swapped date push namesakes to
 * 0.92. A name is common when it holds one of the most frequent surnames of a country (./commonSurnames:
 * a small register cannot tell from its own counts) or COMMON_HOLDERS records hold it. With a rarer name
 * such a date weighs what the model says (m: how often one individual's records show it; u: how often two
 * random records do, which namesakes born apart are): two "Jevgenijs Jašovovs" born 1963-06-12 and
 * 1963-12-06 are one man written twice far more likely than two men.
 */
const NEAR_DATE_MAX_WEIGHT = Math.log(5);
/** From this many records holding a name, the name is common (the matching bench's common-name row too). */
export const COMMON_HOLDERS = 10;
/** Whether a near date is capped at NEAR_DATE_MAX_WEIGHT: a near level with a common name. */
const nearDateCapped = (c: Comparison, f: Frequency) =>
  (c.birthDate === 'yearMonth' ||
    c.birthDate === 'transposed' ||
    c.birthDate === 'dayOff' ||
    c.birthDate === 'oneEdit' ||
    c.birthDate === 'year') &&
  (!!f.commonSurname || f.namesakes >= COMMON_HOLDERS);
/** A pair without a comparable name is never a match: its log-odds are capped here (probability 1 %). */
const NO_NAME_CAP = Math.log(1 / 99);

/**
 * Name similarity of two spellings: each word's best Jaro-Winkler partner, order ignored; the mean is
 * pulled down by the worst word, so two names that share given names but not the surname stay apart.
 * Each side is read in every transliteration reading it has (see nameKeys), and as written; the best pair
 * counts.
 */
export function nameSimilarity(a: string, b: string, gendersDiffer = false): number | null {
  const ka = cachedKey(a);
  const kb = cachedKey(b);
  if (!ka.comparable || !kb.comparable) return null;
  let best = 0;
  for (const va of ka.variants)
    for (const vb of kb.variants)
      if (variantsCompared(va, ka, vb, kb)) {
        const s = wordsSimilarity(va, vb, skeletonSimilarity, gendersDiffer);
        // A diminutive is the name as its bearer is called, not as registers write it (Саша and Александр):
        // a close spelling, however equal the rest, since some short forms are names of their own elsewhere.
        best = Math.max(best, readsShortForm(va) || readsShortForm(vb) ? Math.min(s, SHORT_FORM) : s);
      }
  // And as written, for typing errors only (see NameKey.plain): Jaro-Winkler on written words, vowels
  // kept, rates different short names close (Aivar / Aivo, Anna / Inna), so it is read on skeletons alone.
  if (ka.plain.words.length && kb.plain.words.length)
    best = Math.max(best, wordsSimilarity(ka.plain, kb.plain, writtenSimilarity));
  return best;
}

// A record meets a dozen candidates: its name is analysed once, not once per pair. Bounded, so a long run
// does not hold every name it has seen.
const KEYS = new Map<string, ReturnType<typeof nameKey>>();
function cachedKey(name: string): ReturnType<typeof nameKey> {
  let key = KEYS.get(name);
  if (!key) {
    if (KEYS.size >= 100_000) KEYS.clear();
    KEYS.set(name, (key = nameKey(name)));
  }
  return key;
}

type WordSimilarity = (w: string, stemW: string, other: string, stemOther: string) => number;

/** Whether either record's name or an alias holds a listed common surname (./commonSurnames). */
export function pairHasCommonSurname(a: MatchPerson, b: MatchPerson): boolean {
  return [a, b].some((p) => [p.name, ...(p.aliases ?? [])].some((n) => holdsCommonSurname(cachedKey(n))));
}

/**
 * Similarity of two skeleton words. Equal stems are one name in two grammatical forms (Kazlauskienė /
 * Kazlauskaitė). One typing error (a letter changed, added or left out, two adjacent letters swapped:
 * Damerau, CACM 1964) between two words, the longer of four letters or more, is a close spelling whatever
 * Jaro-Winkler says of it: in a short word one error costs Jaro-Winkler more than in a long one.
 */
const skeletonSimilarity: WordSimilarity = (w, stemW, other, stemOther) => {
  if (stemW === stemOther) return 1;
  const jw = jaroWinkler(w, other);
  return Math.max(w.length, other.length) >= 4 && oneEdit(w, other) ? Math.max(jw, ONE_EDIT) : jw;
};

/**
 * Similarity of two words as written: equal, one typing error apart, or nothing. The first letter must
 * agree: misspellings seldom touch it (Pollock & Zamora, CACM 1984, the ground of Jaro-Winkler's prefix
 * weight), while short names one letter apart there are often two names (Anna / Inna). The longer word has
 * four letters or more, as on skeletons; in a three-letter word only a swap counts, since a changed letter
 * there is often another name (Ole / Ola) and two letters swapped seldom is (Ülo / Üol).
 */
const writtenSimilarity: WordSimilarity = (w, _stemW, other) => {
  if (w === other) return 1;
  if (w[0] !== other[0]) return 0;
  const longer = Math.max(w.length, other.length);
  return (longer >= 4 ? oneEdit(w, other) : longer === 3 && swapped(w, other)) ? ONE_EDIT : 0;
};

/** True when b is a with two adjacent letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
/** The word similarity of two words one typing error apart (at least; "close" needs the name's mean). */
const ONE_EDIT = 0.9;

/** True when b is a with one letter changed, added or removed, or two adjacent letters swapped. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Each word of the shorter name is paired with its own word of the longer, best pairs first: one word
 * cannot stand for two, so "Jonas Jonaitis" and "Petras Jonaitis" (twins) do not meet through "Jonas" ~
 * "Jonaitis". The mean is pulled down by the worst pair, so two names that share given names but not
 * the surname stay apart.
 */
function wordsSimilarity(
  ka: { words: string[]; stems: string[] },
  kb: { words: string[]; stems: string[] },
  wordSimilarity: WordSimilarity,
  gendersDiffer = false,
): number {
  const [short, long] = ka.words.length <= kb.words.length ? [ka, kb] : [kb, ka];
  const candidates: Array<{ i: number; j: number; s: number }> = [];
  for (const [i, w] of short.words.entries())
    for (const [j, other] of long.words.entries())
      candidates.push({ i, j, s: wordSimilarity(w, short.stems[i], other, long.stems[j]) });
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const usedShort = new Set<number>();
  const usedLong = new Set<number>();
  let total = 0;
  let worst = 1;
  let genderSwaps = 0;
  for (const { i, j, s } of candidates) {
    if (usedShort.has(i) || usedLong.has(j)) continue;
    usedShort.add(i);
    usedLong.add(j);
    total += s;
    worst = Math.min(worst, s);
    // With the records' genders apart, any other form of one stem counts (Emil/Emilie, Hans/Hanne).
    if (s === 1 && (genderSwap(short.words[i], long.words[j]) || (gendersDiffer && short.words[i] !== long.words[j])))
      genderSwaps++;
  }
  const similarity = (total / short.words.length + worst) / 2;
  // A missing word (a dropped second given name) costs a little, not a mismatch.
  const scaled = similarity * (short.words.length === long.words.length ? 1 : 0.97);
  // One word in the other gender's form is one person written two ways (Anna Ivanov in a Nordic file,
  // Anna Ivanova at home; Kazlauskienė née Kazlauskaitė); the given name and the surname both in the other
  // gender's form are two people of one family (Aleksandr Ivanov and Aleksandra Ivanova, Jonas Kazlauskas and
  // Jonė Kazlauskienė): a close name, never one name. So is one word in the other gender's form when the
  // records give the two genders: Johan and Johanna Nilsson, Tomas Kazlauskas and Toma Kazlauskaitė, born
  // on one day, are twins (an invariant surname, or a surname in each one's own form), not one person
  // whose name a clerk wrote in the other gender.
  return genderSwaps >= (gendersDiffer ? 1 : 2) ? Math.min(scaled, GENDERED_NAME) : scaled;
}

/** The similarity of a name whose given name and surname are both in the other gender's form: close. */
const GENDERED_NAME = 0.9;

/**
 * Whether two skeleton words are one name in its masculine and feminine forms: the feminine -a of Slavic
 * and Baltic names and of many given names (Ivanov/Ivanova, Kowalski/Kowalska, Ivanovs/Ivanova,
 * Aleksandr/Aleksandra, Jan/Jana), and the Lithuanian feminine suffixes against -as/-is/-us
 * (Jonas/Jonė, Tomas/Toma, Kazlauskas/Kazlauskienė, Petraitis/Petraitytė). Latvian -s/-e (Jansons/Jansone) is left
 * out: the skeleton of Sergejs against Sergei is the same pair of endings.
 */
function genderSwap(x: string, y: string): boolean {
  return feminineOf(x, y) || feminineOf(y, x);
}
function feminineOf(masculine: string, feminine: string): boolean {
  if (feminine === `${masculine}a`) return true;
  const lithuanian = /(?:as|is|us)$/.exec(masculine);
  if (lithuanian) {
    const base = masculine.slice(0, -2);
    // -a as well: Lithuanian given names (Tomas/Toma, Petras/Petra).
    return ['a', 'e', 'ene', 'ate', 'ite', 'ute'].some((ending) => feminine === base + ending);
  }
  return /[is]$/.test(masculine) && feminine === `${masculine.slice(0, -1)}a`;
}

/** A name's words as written: lower case, without diacritics, one-letter words (initials) left out. */
function plainWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);
}

/**
 * Whether two word lists are one name up to one error: at least one word in common, and besides, either
 * one word on one side only (a second given name, a patronymic, one part of a double surname) or one word
 * each, one typing error apart. A one-word name (a nickname, a surname alone) identifies nobody.
 */
function withinOneError(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const rest = [...b];
  const left: string[] = [];
  for (const w of a) {
    const k = rest.indexOf(w);
    if (k >= 0) rest.splice(k, 1);
    else left.push(w);
  }
  if (left.length === a.length) return false;
  if (left.length + rest.length <= 1) return true;
  return left.length === 1 && rest.length === 1 && oneEdit(left[0], rest[0]);
}

/**
 * Whether two records' names (or aliases) are one name up to one error, in the skeleton (stems) or as
 * written. A pair met only through a date key (a word and the birth date, see nameKeys) is compared only
 * then: otherwise it is two people who share a given name or a surname and a birthday.
 */
export function namesWithinOneError(a: MatchPerson, b: MatchPerson): boolean {
  for (const x of [a.name, ...(a.aliases ?? [])]) {
    for (const y of [b.name, ...(b.aliases ?? [])]) {
      const kx = cachedKey(x);
      const ky = cachedKey(y);
      // In any reading of each (a Nordic name against its Russian transcription, a given name's Russian form).
      if (
        kx.comparable &&
        ky.comparable &&
        kx.variants.some((vx) =>
          ky.variants.some(
            (vy) =>
              variantsCompared(vx, kx, vy, ky) &&
              (withinOneError(vx.stems, vy.stems) || withinOneError(akanne(vx.stems), akanne(vy.stems))),
          ),
        )
      )
        return true;
      if (withinOneError(plainWords(x), plainWords(y))) return true;
      if (initialsFit(x, y) || initialsFit(y, x)) return true;
    }
  }
  return false;
}

/**
 * Belarusian spelling follows pronunciation: an unstressed о is written а (akanne) and an unstressed е often
 * я (Лукашэнка for Лукашенко, Калеснікава for Колесникова, Караткевіч for Короткевич: Правілы беларускай
 * арфаграфіі і пунктуацыі, 2008, on akanne and yakanne). Without knowing the stress, the vowels a, o and e are
 * one here: only between records that already share a word and the full birth date.
 */
const akanne = (words: string[]) => words.map((w) => w.replace(/[oe]/g, 'a'));

/**
 * Whether `short` is `full` written as a surname and initials, as Russian, Ukrainian and Belarusian
 * protocols and registers write a person ("Иванов С. П.", "PETROV I.I.", "Ivanovs S."): its one word is a
 * word of the full name, and its first initial begins another (compared in the skeleton, so Ю meets Yuri
 * and Ж meets Žanna). A surname alone identifies nobody; with an initial and the full birth date, it does.
 */
function initialsFit(short: string, full: string): boolean {
  if (!ONE_LETTER_WORD.test(short)) return false;
  const written = latinWords(short);
  const initials = written.filter((w) => w.latin.length === 1 || (w.cyrillic && CYRILLIC_DIGRAPHS.has(w.latin)));
  const words = written.filter((w) => !initials.includes(w));
  if (words.length !== 1 || initials.length === 0) return false;
  const surname = skeletonWord(words[0].latin);
  const others = latinWords(full).map((w) => skeletonWord(w.latin));
  const at = others.findIndex((w) => w.length > 1 && stem(w) === stem(surname));
  if (at < 0) return false;
  const first = skeletonWord(initials[0].latin)[0];
  return others.some((w, i) => i !== at && w.length > 1 && w[0] === first);
}
const ONE_LETTER_WORD = /(?:^|[^\p{L}])\p{L}(?:[^\p{L}]|$)/u;
/** One Cyrillic letter written as two Latin ones by the canonical table (ICAO 9303): an initial still. */
const CYRILLIC_DIGRAPHS = new Set(['zh', 'kh', 'ts', 'ch', 'sh', 'iu', 'ia', 'ie']);

/** The best-agreeing pair among both records' names and aliases, or null when no name is comparable. */
export function bestNames(a: MatchPerson, b: MatchPerson): { similarity: number; pair: string } | null {
  let best: { similarity: number; pair: string } | null = null;
  const gendersDiffer = KNOWN_GENDER(a.gender) && KNOWN_GENDER(b.gender) && a.gender !== b.gender;
  for (const x of [a.name, ...(a.aliases ?? [])]) {
    for (const y of [b.name, ...(b.aliases ?? [])]) {
      const s = nameSimilarity(x, y, gendersDiffer);
      if (s !== null && (best === null || s > best.similarity)) best = { similarity: s, pair: `'${x}' ~ '${y}'` };
    }
  }
  return best;
}

/** Birth dates compared, by the nearest level that holds. */
export function compareDates(a: string | null, b: string | null): Comparison['birthDate'] {
  const da = a ? FULL_DATE.exec(a) : null;
  const db = b ? FULL_DATE.exec(b) : null;
  // The import accepts calendar dates only; anything else is no evidence either way.
  if (!da || !db) return null;
  const [, ya, ma, dda] = da;
  const [, yb, mb, ddb] = db;
  // 1 January: registers write a birth date known only by its year as 1 January (the usual practice of
  // migration and population registers for people without documents: see UNHCR's registration guidance,
  // and Christen, "Data Matching", 2012, §4.3 on default values). Against it only the year is compared,
  // before any nearer level: the year agrees or it does not, and a day or a digit beside it means nothing.
  // Two equal dates stay equal, 1 January too: a real birthday as often as a default, and the date files
  // and test sets write most.
  if (a === b) return 'exact';
  if (`${ma}-${dda}` === '01-01' || `${mb}-${ddb}` === '01-01') return ya === yb ? 'year' : 'different';
  if (Math.abs(Date.parse(a!) - Date.parse(b!)) === 86_400_000) return 'dayOff';
  if (ya === yb && ma === ddb && dda === mb) return 'transposed';
  if (ya === yb && ma === mb) return 'yearMonth';
  // One typing error in the year or the month: a digit replaced or two adjacent digits swapped, Damerau's
  // single error ("A technique for computer detection and correction of spelling errors", CACM 1964), which
  // Splink's date comparison also grades as its own level (Damerau-Levenshtein distance 1 on the date).
  if (oneTypingError(a!, b!)) return 'oneEdit';
  return 'different';
}

/** Two strings of one length one substitution or one swap of adjacent characters apart. */
export function oneTypingError(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

const KNOWN_GENDER = (g: string | null | undefined): g is string => !!g && g !== 'UNKNOWN' && g !== 'OTHER';

/** The agreement level of every field (training and scoring share this one comparison). */
export function compare(
  a: MatchPerson,
  b: MatchPerson,
  evidence: Pick<
    PairEvidence,
    'sharedDocuments' | 'sharedPhones' | 'sharedAccounts' | 'sharedOnline' | 'sharedAddresses'
  >,
  names = bestNames(a, b),
): Comparison {
  return {
    name:
      names === null ? null : names.similarity >= EXACT ? 'exact' : names.similarity >= CLOSE ? 'close' : 'different',
    birthDate: compareDates(a.birthDate, b.birthDate),
    gender: KNOWN_GENDER(a.gender) && KNOWN_GENDER(b.gender) ? (a.gender === b.gender ? 'agree' : 'disagree') : null,
    nationality: a.nationality && b.nationality ? (a.nationality === b.nationality ? 'agree' : 'disagree') : null,
    // Not sharing an identifier is no evidence: most records hold none.
    document: evidence.sharedDocuments.length ? 'shared' : null,
    phone: evidence.sharedPhones.length ? 'shared' : null,
    account: evidence.sharedAccounts?.length ? 'shared' : null,
    online: evidence.sharedOnline?.length ? 'shared' : null,
    address: evidence.sharedAddresses?.length ? 'shared' : null,
  };
}

const DATE_DETAIL: Record<(typeof FIELDS)['birthDate'][number], string> = {
  exact: 'equal',
  yearMonth: 'same year and month, another day',
  transposed: 'day and month swapped',
  dayOff: 'one day apart',
  oneEdit: 'one digit mistyped or two swapped',
  year: 'same year, 1 January on one side or both, which registers write for a date known only by its year',
  different: 'different',
};

/** Fields the name predicts: weighed conditionally on the names agreeing. */
export const CORRELATED = ['nationality', 'gender'] as const;
export const namesAgree = (c: Comparison) => c.name === 'exact' || c.name === 'close';

/**
 * A name's (and a shared address's) term frequency and the population it is counted in; `commonSurname`
 * when either record's name holds a listed common surname (./commonSurnames).
 */
export type Frequency = Pick<PairEvidence, 'namesakes' | 'population' | 'residents'> & { commonSurname?: boolean };

/**
 * The weight ln(m/u) of each compared field, and the prior ln(duplicatesPerRecord / population). Scoring
 * and training (EM) share this one function, so the model trained is the model applied.
 */
export function fieldWeights(
  c: Comparison,
  frequency: Frequency,
  params: ModelParams,
): { prior: number } & Partial<Record<Field, number>> {
  const { levels } = params;
  const population = Math.max(2, frequency.population);
  const namesakes = Math.min(population, Math.max(2, frequency.namesakes));
  const w = (l: Level) => Math.log(l.m / l.u);
  const out: { prior: number } & Partial<Record<Field, number>> = {
    prior: Math.log(params.duplicatesPerRecord / population),
  };
  if (c.name === 'different') out.name = w(levels.name.different);
  // Term-frequency adjustment: u of an agreeing name is the share of records holding it.
  else if (c.name)
    out.name = Math.log(
      levels.name[c.name].m / Math.min(1, ((c.name === 'exact' ? 1 : CLOSE_SPREAD) * namesakes) / population),
    );
  if (c.birthDate)
    out.birthDate = nearDateCapped(c, frequency)
      ? Math.min(NEAR_DATE_MAX_WEIGHT, w(levels.birthDate[c.birthDate]))
      : w(levels.birthDate[c.birthDate]);
  for (const field of CORRELATED) {
    const level = c[field];
    if (!level) continue;
    const unconditional = w(levels[field][level]);
    if (!namesAgree(c)) out[field] = unconditional;
    // Given the names agree (see the head of this file): agreement is weighed against namesakes' agreement
    // and never counts against a match; a disagreement keeps at least the population's negative weight, as
    // a tiny conditional u would otherwise turn it into evidence for a match.
    else if (level === 'agree')
      out[field] = Math.max(0, Math.log(levels[field].agree.m / params.namesakeAgreement[field]));
    else
      out[field] = Math.min(unconditional, Math.log(levels[field].disagree.m / (1 - params.namesakeAgreement[field])));
  }
  if (c.document) out.document = w(levels.document.shared);
  if (c.phone) out.phone = w(levels.phone.shared);
  if (c.account) out.account = w(levels.account.shared);
  if (c.online) out.online = w(levels.online.shared);
  // A shared address is weighed by how many records live there, as a name by how many hold it: two records
  // at a flat of two residents are strong evidence, two of the dozen victims a trafficker houses in one
  // flat (the "crowded flat" pattern of domain.md) far weaker. u is the residents' share of the records.
  // Living together never counts against being one individual, however small the register.
  if (c.address)
    out.address = Math.max(
      0,
      Math.log(levels.address.shared.m / Math.min(1, Math.max(2, frequency.residents ?? 2) / population)),
    );
  return out;
}

export function scorePair(
  a: MatchPerson,
  b: MatchPerson,
  evidence: PairEvidence,
  model: MatchModel = DEFAULT_MODEL,
): PairScore {
  const population = Math.max(2, evidence.population);
  const namesakes = Math.min(population, Math.max(2, evidence.namesakes));
  // The names are compared once: the comparison and the explanation share the best pair.
  const names = bestNames(a, b);
  const c = compare(a, b, evidence, names);
  const frequency = { ...evidence, commonSurname: pairHasCommonSurname(a, b) };
  const weight = fieldWeights(c, frequency, model.params);
  const features: Feature[] = [
    {
      feature: 'PRIOR',
      weight: round(weight.prior),
      detail: `about ${model.params.duplicatesPerRecord} other records of the same individual per record, among ${population} records (model ${model.version})`,
    },
  ];
  if (names === null || c.name === null) {
    features.push({
      feature: 'NAME',
      detail: 'no comparable name (initials, a placeholder or empty): never a match, whatever else agrees',
      weight: 0,
    });
  } else if (c.name === 'different') {
    features.push({
      feature: 'NAME',
      detail: `${names.pair}: different (similarity ${names.similarity.toFixed(2)})`,
      weight: round(weight.name!),
    });
  } else {
    features.push({
      feature: 'NAME',
      weight: round(weight.name!),
      detail: `${names.pair}: ${c.name === 'exact' ? 'one name' : 'close spellings'} (similarity ${names.similarity.toFixed(2)}), held by ${namesakes} of ${population} records`,
    });
  }
  if (c.birthDate)
    features.push({
      feature: 'BIRTH_DATE',
      detail: `${DATE_DETAIL[c.birthDate]} (${a.birthDate}${a.birthDate === b.birthDate ? '' : ` / ${b.birthDate}`})${
        nearDateCapped(c, frequency)
          ? `: weak evidence with a common name (${frequency.commonSurname ? 'a frequent surname' : `held by ${namesakes} records`})`
          : ''
      }`,
      weight: round(weight.birthDate!),
    });
  // Given agreeing names the weight is conditional (see the head of this file): the detail says so.
  const given = (field: (typeof CORRELATED)[number]) =>
    namesAgree(c)
      ? `, weighed given the names agree (${pct(model.params.namesakeAgreement[field])} of namesakes agree)`
      : '';
  if (c.nationality)
    features.push({
      feature: 'NATIONALITY',
      detail:
        (c.nationality === 'agree' ? `both ${a.nationality}` : `${a.nationality} / ${b.nationality}`) +
        given('nationality'),
      weight: round(weight.nationality!),
    });
  if (c.gender)
    features.push({
      feature: 'GENDER',
      detail: (c.gender === 'agree' ? `both ${a.gender}` : `${a.gender} / ${b.gender}`) + given('gender'),
      weight: round(weight.gender!),
    });
  if (c.document)
    features.push({
      feature: 'DOCUMENT',
      detail: `both hold ${evidence.sharedDocuments.join(', ')}`,
      weight: round(weight.document!),
    });
  if (c.phone)
    features.push({
      feature: 'PHONE',
      detail: `both use ${evidence.sharedPhones.join(', ')}`,
      weight: round(weight.phone!),
    });
  if (c.account)
    features.push({
      feature: 'ACCOUNT',
      detail: `both hold ${evidence.sharedAccounts!.join(', ')}`,
      weight: round(weight.account!),
    });
  if (c.online)
    features.push({
      feature: 'ONLINE',
      detail: `both use ${evidence.sharedOnline!.join(', ')}`,
      weight: round(weight.online!),
    });
  if (c.address)
    features.push({
      feature: 'ADDRESS',
      detail: `both live at ${evidence.sharedAddresses!.join(', ')}, where ${Math.max(2, evidence.residents ?? 2)} records live`,
      weight: round(weight.address!),
    });

  if (c.name === null) {
    // The veto is a weight of its own, so the breakdown still adds up to the score an analyst sees.
    const rest = features.reduce((s, f) => s + f.weight, 0);
    features[1].weight = round(Math.min(0, NO_NAME_CAP - rest));
  }
  const logOdds = round(features.reduce((s, f) => s + f.weight, 0));
  return { probability: round(1 / (1 + Math.exp(-logOdds)), 3), logOdds, features, modelVersion: model.version };
}

const pct = (p: number) => `${(p * 100).toFixed(p > 0.999 ? 2 : 1)} %`;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
