// Name keys for person matching across countries and scripts. "Иванов Сергей Петрович" (RU),
// "Sergei Ivanov" (FI), "Sergej Iwanow" (a German-sourced file) and "Ivanoff Sergey" must meet; so must
// "Kazlauskienė" and "Kazlauskaitė", "Bērziņa" and "Bērziņš", "Sørensen" and "Soerensen".
import { foldText, transliterate } from '../model/normalise';

// Transliteration systems differ mostly in a few letter groups; each rule folds the variants of one
// Cyrillic sound (ICAO 9303, GOST 7.79, BGN/PCGN, German and Nordic spellings) to one spelling.
const SKELETON_RULES: Array<[RegExp, string]> = [
  [/x/g, 'ks'],
  [/tsch/g, 'c'], //                   ч in German, before "sch" is read as ш
  [/sch|sj|sz|sh/g, 's'], //          ш: German, Nordic, Polish, English, and Baltic š once folded
  [/tch|tsj|tj|cz|ch/g, 'c'], //      ч: English, Nordic, Polish, and Baltic č once folded
  [/zh|zj/g, 'z'], //                  ж: English, Nordic, and Baltic ž once folded
  [/z/g, 's'], //                      з and ж against German s and sch (Morosowa, Schukow): one sibilant
  [/kh/g, 'h'], //                     х: ICAO/BGN kh, GOST h
  [/ts|tz/g, 'c'], //                  ц: ts, Baltic c
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/w/g, 'v'],
  [/ff$/g, 'v'], //                   Ivanoff, Smirnoff
  [/[yj]/g, 'i'], //                  й, ы, я/ю/е glides: Yuliya, Julija, Iuliia
  [/^ie/g, 'e'], //                   Yelena / Elena, Yevgeny / Evgeny
  [/io/g, 'e'], //                    ё: Vorobjova, Vorobyova / Vorobeva
  [/aa/g, 'a'], [/ae/g, 'a'], [/oe/g, 'o'], [/ue/g, 'u'], // Nordic and German letter spellings
  [/(.)\1+/g, '$1'], //               doubled letters
];

/** One word folded to a spelling that transliteration and diacritic variants share (applied to a fixed point). */
export function skeleton(word: string): string {
  let current = word;
  for (;;) {
    const next = SKELETON_RULES.reduce((w, [re, to]) => w.replace(re, to), current);
    if (next === current) return current;
    current = next;
  }
}

// Gendered and case endings of Baltic, Slavic and Nordic names, longest first, so a name keeps its stem:
// Kazlauskienė/Kazlauskaitė/Kazlauskas, Bērziņa/Bērziņš, Ivanova/Ivanov, Sørensen/Sørensdotter stay apart.
const ENDINGS = ['iene', 'aite', 'ute', 'yte', 'ene', 'aia', 'ii', 'as', 'is', 'us', 'es', 'a', 's', 'e', 'i'];

export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

// Russian patronymics in the usual Latin spellings (Petrovich, Petrowitsch, Petrovitj, Petrovna).
const PATRONYMIC = /(ovich|evich|ovitch|owitsch|ovitsch|ovitj|evitj|ovna|evna|ichna)$/;
// Placeholders police files use for an unknown name: such a name cannot be compared.
const PLACEHOLDERS = new Set(['unknown', 'nn', 'n n', 'xx', 'x', 'neizvestno', 'neizvestnyi', 'tuntematon', 'okand', 'ukjent', 'ukendt', 'nezinomas', 'nezinams', 'teadmata']);

export interface NameKey {
  /** Skeleton words, patronymic dropped, in alphabetical order (order swaps do not matter). */
  words: string[];
  /** Stems of the words: equal for feminine and masculine forms of one surname. */
  stems: string[];
  /** False for placeholders and names with no letters: such a name scores as unknown, never as a match. */
  comparable: boolean;
}

export function nameKey(name: string): NameKey {
  const folded = transliterate(foldText(name));
  if (!folded || PLACEHOLDERS.has(folded)) return { words: [], stems: [], comparable: false };
  let raw = folded.split(' ').filter((w) => /\p{L}/u.test(w));
  if (raw.length >= 3) raw = raw.filter((w) => !PATRONYMIC.test(w));
  const words = raw.map(skeleton).filter((w) => w.length > 1).sort();
  return { words, stems: words.map(stem), comparable: words.length > 0 };
}

/**
 * Blocking keys: candidates are persons sharing at least one. Every pair of stems of a name (given name
 * plus surname, in any order), and the same pair with the birth year when the date is known, so that a
 * common name, whose plain key is too crowded to compare, still meets its namesakes born the same year.
 * A one-word name blocks only with its birth year. Comparing only within blocks means never comparing
 * all pairs.
 */
export function blockingKeys(name: string, birthDate: string | null, alias = false): string[] {
  const { stems, comparable } = nameKey(name);
  if (!comparable) return [];
  const unique = [...new Set(stems)].filter((s) => s.length >= 2);
  const year = birthDate?.slice(0, 4) ?? null;
  // A one-word alias is a nickname ("Mama", "Sasha"): it identifies nobody.
  if (unique.length === 1) return year && !alias ? [`${unique[0]}|${year}`] : [];
  const keys: string[] = [];
  for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) keys.push(`${unique[i]}|${unique[j]}`);
  const pairs = keys.slice(0, 6);
  return year ? [...pairs, ...pairs.map((k) => `${k}|${year}`)] : pairs;
}
