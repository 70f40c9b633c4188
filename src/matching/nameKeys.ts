// Name keys for person matching across countries and scripts. "Иванов Сергей Петрович" (RU),
// "Sergei Ivanov" (FI), "Sergej Iwanow" (a German-sourced file) and "Ivanoff Sergey" must meet; so must
// "Олексій Ковальчук" and "Oleksii Kovalchuk", "Kazlauskienė" and "Kazlauskaitė", "Bērziņa" and
// "Bērziņš", "Sørensen" and "Soerensen". The spellings of the transliteration systems meet in the
// phonetic skeleton of ./transliteration; this module adds what is about names: endings, patronymics,
// placeholders and word order.
import { READINGS, latinWords, skeletonWord, type Reading, type Rule } from './transliteration';
import { DIMINUTIVE_SOURCE, GIVEN_NAME_SOURCE, fullForm, russianForm } from './givenNames';

/** One word folded to the skeleton that every system's spelling of it shares (the common reading). */
export function skeleton(word: string): string {
  return skeletonWord(word);
}

// Gendered and case endings of Baltic, Slavic and Nordic names, as skeletons (ienė → ene, aitė → ate,
// ytė → ite), longest first, so a name keeps its stem: Kazlauskienė/Kazlauskaitė/Kazlauskas,
// Bērziņa/Bērziņš, Ivanova/Ivanov, Kovalska/Kovalskyi meet; Sørensen/Sørensdotter stay apart. The
// skeleton cannot tell the Lithuanian -ytė (Petraitytė of Petraitis) from the Latvian -īte (Eglīte of
// Eglītis), least of all in Cyrillic (Петрайтите, Эглите): both are read as Lithuanian, so a Latvian name
// meets its Russian spelling, and Eglīte and Eglītis, two people of one family, do not share a stem.
const ENDINGS = ['ene', 'ate', 'ite', 'ute', 'as', 'is', 'us', 'es', 'a', 's', 'e', 'i'];

export function stem(word: string): string {
  const once = stripEnding(word);
  // Lithuanian adds its ending to a foreign name that ends in -s: Boris → Borisas, Denis → Denisas, Taras →
  // Tarasas (VLKK, the State Commission of the Lithuanian Language, on adapting foreign personal names).
  // Such a word loses both, so it meets the name it adapts.
  return once !== word && /(?:as|is|us)$/.test(word) && once.endsWith('s') ? stripEnding(once) : once;
}

function stripEnding(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

// Russian, Ukrainian and Belarusian patronymics as skeletons: -ович/-евич/-ович (Petrovich, Petrowitsch,
// Petrovitch, Petrovytj, Petrovych → petrovis), -овна/-евна/-івна (Petrovna, Petrivna), -ична (Illichna).
const PATRONYMIC = /(ovis|evis|ovna|evna|ivna|isna)$/;
// Placeholders police files use for an unknown name, as skeletons: such a name cannot be compared.
const PLACEHOLDERS = new Set(
  [
    'unknown',
    'nn',
    'n n',
    'xx',
    'x',
    'neizvestno',
    'neizvestnyi',
    'tuntematon',
    'okand',
    'ukjent',
    'ukendt',
    'nezinomas',
    'nezinams',
    'teadmata',
  ].map((p) =>
    p
      .split(' ')
      .map((w) => skeletonWord(w))
      .join(' '),
  ),
);

export interface NameKey {
  /** Skeleton words in the common reading, patronymic dropped, in alphabetical order (order swaps do not matter). */
  words: string[];
  /** Stems of the words: equal for feminine and masculine forms of one surname. */
  stems: string[];
  /** False for placeholders and names with no letters: such a name scores as unknown, never as a match. */
  comparable: boolean;
  /**
   * The words and stems under every reading that differs (the common reading first): see ./transliteration.
   * A variant `transcribed` by the Russian practical transcription of a Nordic language is compared only
   * with a name written in Cyrillic: between two Latin names it would make Rodin and Rudin, Vo and Vu one
   * name. Those with `blocks` also give blocking keys: a transcription reading blocks only a name that shows
   * a mark of its language (its letters, a surname ending), or every Latin name with an o between consonants
   * would hold a second set of keys for the Swedish long o. Unmarked names still meet through their date
   * keys and identifiers.
   */
  variants: Array<{ reading: string; words: string[]; stems: string[]; blocks: boolean; transcribed: boolean }>;
  /** Whether a word of the name is written in Cyrillic. */
  cyrillic: boolean;
  /**
   * The words as written (Cyrillic in the canonical Latin), lower case, without diacritics, one-letter
   * words left out: compared beside the skeletons, never a blocking key. A skeleton drops vowels and
   * doubled letters, so a typing error in a short word ("Inese" / "Iese") can leave two skeletons that no
   * longer look one error apart while the words as written are.
   */
  plain: { words: string[]; stems: string[] };
}

interface Analysis extends Omit<NameKey, 'plain'> {
  folded: string;
  rules: Rule[];
}

/**
 * The one code path of nameKey, blockingKeys and explainName. Each Latin word is read in every reading
 * that gives it another skeleton; a name's variants combine its words' readings, the common reading's
 * first, so one name may mix conventions: an established given name beside a transcribed surname
 * (Йоханна Сигурдардоуттир for Jóhanna Sigurðardóttir: Jóhanna as written, dóttir as transcribed).
 */
function analyse(name: string, withRules: boolean): Analysis {
  const rules: Rule[] | null = withRules ? [] : null;
  const source = latinWords(name, rules);
  const folded = source.map((w) => w.latin.normalize('NFKD').replace(/\p{M}/gu, '')).join(' ');
  // Each word's readings: the common one first, then each other that differs. A word written in Cyrillic
  // was transliterated by the canonical table: it has that one reading, and a Belarusian name's the
  // Belarusian reading too (Казлоў is a Belarusian spelling of Козлов, whatever the script).
  const applies = (reading: Reading) => !reading.marks || source.some((w) => reading.marks!.test(w.latin));
  const reads = (reading: Reading, cyrillic: boolean) =>
    reading !== READINGS[0] &&
    (reading.readsMarkedOnly ? source.some((w) => reading.readsMarkedOnly!.test(w.latin)) : !cyrillic);
  let words = source.map((w) => {
    const latin = w.cyrillic ? w.latin : lithuanianEj(w.latin, rules);
    const common = { reading: READINGS[0], skeleton: skeletonWord(latin, READINGS[0], rules) };
    const read = READINGS.map((reading) =>
      reads(reading, w.cyrillic) ? { reading, skeleton: skeletonWord(latin, reading) } : common,
    );
    // A Ukrainian or Belarusian given name in any spelling (Mykola, Mychajlo in a German file).
    const russian = read.map((r) => russianForm(r.skeleton)).find(Boolean);
    const e = w.russianE ? skeletonWord(w.russianE) : null;
    // A diminutive written as the name (Саша, Sasha; Kalle).
    const full = read.map((r) => fullForm(r.skeleton)).find(Boolean);
    const all = [
      ...read,
      russian ? { reading: GIVEN_NAMES, skeleton: russian } : common,
      e ? { reading: UKRAINIAN_E, skeleton: e } : common,
      full ? { reading: DIMINUTIVES, skeleton: full } : common,
    ];
    return {
      latin,
      all,
      readings: all.filter((r, i) => all.findIndex((x) => x.skeleton === r.skeleton) === i),
    };
  });
  if (words.length >= 3) {
    const at = patronymicAt(words.map((w) => ({ latin: w.latin, skeleton: w.readings[0].skeleton })));
    if (at >= 0) {
      rules?.push(PATRONYMIC_RULE);
      words = words.filter((_, i) => i !== at);
    }
  }
  words = words.filter((w) => w.readings[0].skeleton.length > 1 && /\p{L}/u.test(w.readings[0].skeleton));
  const common = words.map((w) => w.readings[0].skeleton).sort();
  if (common.length === 0 || PLACEHOLDERS.has(common.join(' ')))
    return {
      folded,
      words: [],
      stems: [],
      comparable: false,
      variants: [],
      cyrillic: source.some((w) => w.cyrillic),
      rules: rules ? dedupe(rules) : [],
    };
  // The whole name in each reading first (the common one leads), then names mixing readings word by word,
  // fewest changes first; at most MAX_VARIANTS.
  type Choice = (typeof words)[number]['readings'][number];
  const uniform = words[0].all.map((_, i) => words.map((w) => w.all[i]));
  // Two conventions meet in one name where it keeps a national letter or shows its language in one word and
  // is transcribed in another (Ole Kirkeby: Уле as Norwegian, Киркебю as Danish), or where a given name is
  // read in its Russian form beside a surname in another reading (Mykola Chochlow, Николай Хохлов). Any other
  // name (most Latin spellings of Russian names) is read whole, each reading once.
  let mixed: Choice[][] = [[]];
  if (
    source.some((w) => NATIONAL_LETTER.test(w.latin)) ||
    READINGS.some((r) => r.marks && applies(r)) ||
    words.some((w) => w.all.some((r) => ONE_WORD_READINGS.includes(r.reading)))
  )
    for (const w of words)
      mixed = mixed.flatMap((c) => w.readings.map((r) => [...c, r])).slice(0, MAX_VARIANTS * MAX_VARIANTS);
  else mixed = [];
  const changes = (c: Choice[]) => c.filter((r) => r.reading !== READINGS[0]).length;
  // Readings that spell a name as Latin files do (and a given name's Russian form) before the Russian
  // transcriptions of Nordic names, which are compared only with names written in Cyrillic.
  const transcribes = (c: Choice[]) => (c.some((r) => r.reading.againstCyrillicOnly) ? 1 : 0);
  const combos = [...uniform, ...mixed.sort((x, y) => changes(x) - changes(y))].sort(
    (x, y) => transcribes(x) - transcribes(y),
  );
  const variants: NameKey['variants'] = [];
  for (const combo of combos) {
    if (variants.length >= MAX_VARIANTS) break;
    const sorted = combo
      .map((r) => r.skeleton)
      .filter((w) => w.length > 1 && /\p{L}/u.test(w))
      .sort();
    if (!sorted.length) continue;
    const used = [...new Set(combo.map((r) => r.reading).filter((r) => r !== READINGS[0]))];
    const blocks = used.every(applies);
    const transcribed = used.some((r) => !!r.againstCyrillicOnly);
    // The same words from another reading: the variant blocks if either does, and is compared with Latin
    // names unless both are transcriptions.
    const same = variants.find((v) => v.words.join(' ') === sorted.join(' '));
    if (same) {
      same.blocks ||= blocks;
      same.transcribed &&= transcribed;
      continue;
    }
    variants.push({
      reading: used.length ? used.map((r) => r.name).join(' + ') : READINGS[0].name,
      words: sorted,
      stems: sorted.map(stem),
      blocks,
      transcribed,
    });
    if (rules)
      for (const [i, r] of combo.entries())
        if (r.reading === GIVEN_NAMES)
          rules.push({
            rule: `${words[i].latin}: the given name in its Russian form (${r.skeleton})`,
            source: r.reading.source,
          });
        else if (r.reading === UKRAINIAN_E)
          rules.push({
            rule: `${words[i].latin}: Ukrainian і read as Russian е (${r.skeleton})`,
            source: r.reading.source,
          });
        else if (r.reading === DIMINUTIVES)
          rules.push({
            rule: `${words[i].latin}: a diminutive, read as the full name (${r.skeleton})`,
            source: r.reading.source,
          });
        else if (r.reading !== READINGS[0]) {
          rules.push({ rule: `also read as written in ${r.reading.name}`, source: r.reading.source });
          skeletonWord(words[i].latin, r.reading, rules);
        }
  }
  // The name with its hyphenated words and its particles joined to the next word, in case another file
  // wrote them as one word (below): its common reading right after the name's, its others after the name's
  // own, within MAX_VARIANTS.
  const joined = joinedWords(name);
  if (joined !== name) {
    rules?.push(JOINED_RULE);
    const [first, ...others] = analyse(joined, false).variants.map((v) => ({
      ...v,
      reading: `${v.reading}, ${JOINED}`,
    }));
    const known = (v: NameKey['variants'][number]) => variants.some((x) => x.words.join(' ') === v.words.join(' '));
    // The joined name may have no comparable word where the name had one ("𝔄-ёA").
    if (first && !known(first)) variants.splice(1, 0, first);
    for (const v of others) if (!known(v)) variants.push(v);
    variants.splice(MAX_VARIANTS);
  }
  return {
    folded,
    words: variants[0].words,
    stems: variants[0].stems,
    comparable: true,
    variants,
    cyrillic: source.some((w) => w.cyrillic),
    rules: rules ? dedupe(rules) : [],
  };
}

// A double given name is written with a hyphen, with a space, or as one word by registers and keyboards
// that drop the hyphen (Anna-Maria, Annamaria; Mari-Liis, Mariliis; Karl-Johan, Karljohan), and a surname's
// particle apart or joined (van der Berg, Vanderberg; Mac Donald, MacDonald; da Silva, Dasilva): ICAO 9303
// Part 3, §4.6, writes hyphens and spaces alike as the filler "<", and the name fields of many registers keep
// letters only. A name with such a hyphen or particle is also read with the words joined.
const JOINED = 'hyphens and particles joined';
const JOINED_RULE: Rule = {
  rule: `${JOINED}: a hyphenated name and a surname's particle also read as one word (Anna-Maria Annamaria, van der Berg Vanderberg)`,
  source:
    'ICAO Doc 9303 Part 3 (8th ed., 2021), §4.6: hyphens and spaces in names are both written as the filler; registers that keep letters only',
};
const NAME_HYPHEN = /(?<=\p{L})[-‐‑](?=\p{L})/gu;
// Not le, la, di, du: Lê, La and Du are Vietnamese and Chinese surnames of their own ("Le Ha" is no Leha);
// van only before der, den or de, since Văn is the most common Vietnamese middle name (Nguyen Van Duc).
const PARTICLE =
  /(?<=^|\s)(van(?=\s+(?:der|den|de)\s)|von|der|den|de|del|della|da|dos|das|ter|ten|mac|mc|af|zu)\s+(?=\p{L})/giu;
const joinedWords = (name: string) => name.replace(NAME_HYPHEN, '').replace(PARTICLE, '$1');

/**
 * Lithuanian writes a Russian name in -ей or -ий with -ejus or -ijus (Sergejus, Andrejus, Jurijus, Vitalijus:
 * the masculine -us after j), Latvian with -ejs and -ijs: read as -ej and -ij, the word keeps the stem of
 * Сергей and Юрий. (As an ending of the skeleton it would also cut Mateus to Mat.)
 */
function lithuanianEj(word: string, rules: Rule[] | null): string {
  if (!/[ei]jus$/.test(word)) return word;
  rules?.push(LITHUANIAN_EJ_RULE);
  return word.slice(0, -2);
}
const LITHUANIAN_EJ_RULE: Rule = {
  rule: 'Lithuanian -ejus and -ijus read as -ej and -ij (Sergejus Сергей, Jurijus Юрий)',
  source:
    'Lithuanian adaptation of foreign masculine names: the ending -us after j (Valstybinė lietuvių kalbos komisija, rules on foreign personal names)',
};

/** A Ukrainian or Belarusian given name read as its Russian form (./givenNames): a reading of one word. */
const GIVEN_NAMES: Reading = {
  name: 'Russian form of a Ukrainian or Belarusian given name',
  source: GIVEN_NAME_SOURCE,
  groups: READINGS[0].groups,
};

/** A Ukrainian word's і read as Russian е (see Word.russianE): a reading of one word. */
const UKRAINIAN_E: Reading = {
  name: 'Ukrainian і as Russian е',
  source:
    'Ukrainian ikavism, і for Old East Slavic ѣ and for е in a newly closed syllable, where Russian writes е (Олійник Олейник, Білоус Белоус): G. Y. Shevelov, A Historical Phonology of the Ukrainian Language (1979)',
  groups: READINGS[0].groups,
};

/** A diminutive read as its full name (./givenNames): a reading of one word. */
const DIMINUTIVES: Reading = {
  name: 'diminutive read as the full name',
  source: DIMINUTIVE_SOURCE,
  groups: READINGS[0].groups,
};

/** Whether a variant reads a diminutive as its full name: the scorer counts it as a close spelling only. */
export const readsShortForm = (variant: NameKey['variants'][number]) => variant.reading.includes(DIMINUTIVES.name);

/** The readings of one word from a table of names rather than a spelling system. */
const ONE_WORD_READINGS = [GIVEN_NAMES, UKRAINIAN_E, DIMINUTIVES];

/** Letters of the Nordic and Baltic languages (and Icelandic accents) that a Latin-only keyboard leaves out. */
const NATIONAL_LETTER = /[åäöæøõüáéíóúýðþāēīūčšžģķļņėįųą]/;
/** A name's variants: its words' readings combined, at most this many (the common reading's first). */
const MAX_VARIANTS = 10;

/**
 * The one word of a name of three words or more that is surely a patronymic, or -1: a word of the
 * patronymic's form between two others ("Имя Отчество Фамилия", the passport's order). A name has one
 * patronymic, and it follows the given name, so it is never the first word. Nor is the last word taken:
 * in a protocol's "Фамилия Имя Отчество" it is the patronymic, but a surname of the same ending stands
 * there as often (the Belarusian Лукашевич, the Polish Mickiewicz, the South Slavic Jovanović), and
 * dropping a surname links namesakes of the given names ("Ana Marija Jovanović" and "Ana Marija Petrović").
 * A patronymic kept as a word costs little: a missing word is allowed when names are compared. South
 * Slavic -ović/-ević (Serbian Cyrillic -овић) is a surname wherever it stands: no Russian transliteration
 * writes ć or ћ.
 */
function patronymicAt(words: Array<{ latin: string; skeleton: string }>): number {
  return words.findIndex(
    ({ latin, skeleton }, i) => i > 0 && i < words.length - 1 && PATRONYMIC.test(skeleton) && !/[ćđћђ]/u.test(latin),
  );
}

const PATRONYMIC_RULE: Rule = {
  rule: 'patronymic dropped (-ovich/-evich/-ovna/-evna/-ivna/-ichna in any system)',
  source: 'Russian, Ukrainian and Belarusian naming: given name, patronymic, surname',
};

function dedupe(rules: Rule[]): Rule[] {
  const seen = new Set<string>();
  return rules.filter((r) => !seen.has(r.rule) && !!seen.add(r.rule));
}

/**
 * Whether two names' variants are compared: a variant transcribed as Russian writes a Nordic name only
 * against a name written in Cyrillic (see NameKey.variants).
 */
export const variantsCompared = (
  va: NameKey['variants'][number],
  ka: NameKey,
  vb: NameKey['variants'][number],
  kb: NameKey,
) => (!va.transcribed || kb.cyrillic) && (!vb.transcribed || ka.cyrillic);

export function nameKey(name: string): NameKey {
  const { words, stems, comparable, variants, folded, cyrillic } = analyse(name, false);
  const plain = folded
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);
  return { words, stems, comparable, variants, cyrillic, plain: { words: plain, stems: plain } };
}

/**
 * Blocking keys: candidates are persons sharing at least one. Every pair of stems of a name (given name
 * plus surname, in any order), and the same pair with the birth year when the date is known, so that a
 * common name, whose plain key is too crowded to compare, still meets its namesakes born the same year.
 * A one-word name blocks only with its birth year. A Latin name that reads differently in another
 * system's reading ("Chochlow" in German) has that reading's keys too. Comparing only within blocks
 * means never comparing all pairs.
 *
 * With a full birth date, each word's stem with that date is a key too (a "date key"): one typing error
 * in the surname or the given name changes every key that holds that word ("Sakalauskas" /
 * "Sakaauskas"), and these two records still share the other word with the date. Keyboard and OCR errors
 * are the most frequent disagreement between two records of one person (Christen, "Data Matching", 2012,
 * §4.3; Winkler's census studies), and a block of one word and one date is small at any size. Date keys
 * block only: they say nothing about how common the name is (see DATE_KEY).
 */
export function blockingKeys(name: string, birthDate: string | null, alias = false): string[] {
  return keysOf(analyse(name, false), birthDate, alias);
}

/** A blocking key of one word and a full birth date: it blocks, and never counts a name's frequency. */
export const DATE_KEY = /\|\d{4}-\d{2}-\d{2}$/;
/** A birth date given in full (year, month and day); the scorer reads its parts from the groups. */
export const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function keysOf(key: Omit<NameKey, 'plain'>, birthDate: string | null, alias: boolean): string[] {
  if (!key.comparable) return [];
  const year = birthDate?.slice(0, 4) ?? null;
  const keys = new Set<string>();
  for (const variant of key.variants.filter((v) => v.blocks)) {
    if (keys.size >= MAX_KEYS) break;
    const unique = [...new Set(variant.stems)].filter((s) => s.length >= 2);
    // A one-word alias is a nickname ("Mama", "Sasha"): it identifies nobody.
    if (unique.length === 1) {
      if (year && !alias) keys.add(`${unique[0]}|${year}`);
      continue;
    }
    const pairs: string[] = [];
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) pairs.push(`${unique[i]}|${unique[j]}`);
    for (const k of pairs.slice(0, MAX_PAIRS)) {
      if (keys.size >= MAX_KEYS) break;
      keys.add(k);
      if (year) keys.add(`${k}|${year}`);
    }
  }
  // Date keys: the common reading's words (a typo pair is two spellings of one reading), a given name's
  // Russian form (Аляксандр Лукашэнка keeps aleksandr beside a surname spelled as pronounced) and a
  // diminutive's full name, at most MAX_DATE_KEYS on top of the others; a one-word alias identifies nobody,
  // with a date or without.
  const forms = [GIVEN_NAMES, DIMINUTIVES].map((r) => key.variants.find((v) => v.reading.includes(r.name)));
  const words = [...new Set([...key.variants[0].stems, ...forms.flatMap((v) => v?.stems ?? [])])].filter(
    (s) => s.length >= 2,
  );
  if (birthDate && FULL_DATE.test(birthDate) && !(alias && words.length === 1))
    for (const w of words.slice(0, MAX_DATE_KEYS)) keys.add(`${w}|${birthDate}`);
  return [...keys];
}

// A long name read in several systems could otherwise hold dozens of keys; the common reading's come first.
const MAX_KEYS = 24;
// Every pair of a name of up to five words (stems sorted, so a cap would drop pairs by the alphabet, not by
// what the name is): "Maria del Carmen García López" still meets "Carmen López" (Spanish and Portuguese
// names carry two given names and two surnames; a file may give any two of them). Same for its date keys.
const MAX_PAIRS = 10;
const MAX_DATE_KEYS = 6;

export interface NameExplanation {
  folded: string;
  words: string[];
  stems: string[];
  comparable: boolean;
  blockingKeys: string[];
  /** The rules that fired, each with the published source it comes from. */
  rules: Rule[];
}

/** How a name was read: its folded Latin form, skeleton words, stems, blocking keys, and the rules that fired. */
export function explainName(name: string, birthDate: string | null): NameExplanation {
  const a = analyse(name, true);
  return {
    folded: a.folded,
    words: a.words,
    stems: a.stems,
    comparable: a.comparable,
    blockingKeys: keysOf(a, birthDate, false),
    rules: a.rules,
  };
}

/** A person record's blocking keys: its name's and its aliases' (an alias of one word blocks nothing). */
export function personNameKeys(p: { name: string; aliases?: string[] | null; birthDate?: string | null }): string[] {
  const birthDate = p.birthDate ?? null;
  return [
    ...new Set([
      ...blockingKeys(p.name, birthDate),
      ...(p.aliases ?? []).flatMap((n) => blockingKeys(n, birthDate, true)),
    ]),
  ].sort();
}
