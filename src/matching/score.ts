// Scores a candidate pair of person records: the log-odds that they are one individual, as a sum of
// feature weights, each kept with its reason so an analyst sees why. The weights read like this, and
// were checked against the synthetic ground truth (bench/matching.ts): a matching name with an equal
// birth date, or with a shared passport or phone, is a likely match; a matching name alone, however
// rare, stays below the threshold, because namesakes are common in police files.
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import { nameKey } from './nameKeys';

export interface MatchPerson {
  id: string;
  name: string;
  aliases: string[];
  birthDate: string | null;
  nationality: string | null;
  gender?: string | null;
}

export interface Feature { feature: 'NAME' | 'BIRTH_DATE' | 'NATIONALITY' | 'GENDER' | 'DOCUMENT' | 'PHONE' | 'PRIOR'; detail: string; weight: number }
export interface PairScore { probability: number; logOdds: number; features: Feature[] }

/** Above this probability a pair becomes a "possibly the same person" link. */
export const MATCH_THRESHOLD = 0.5;
const PRIOR = -6;

/**
 * Name similarity of two spellings: each word's best Jaro-Winkler partner, order ignored; the mean is
 * pulled down by the worst word, so two names that share given names but not the surname stay apart.
 * Each side is read in every transliteration reading it has (see nameKeys); the best pair counts.
 */
export function nameSimilarity(a: string, b: string): number | null {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka.comparable || !kb.comparable) return null;
  let best = 0;
  for (const va of ka.variants) for (const vb of kb.variants) best = Math.max(best, wordsSimilarity(va, vb));
  return best;
}

function wordsSimilarity(ka: { words: string[]; stems: string[] }, kb: { words: string[]; stems: string[] }): number {
  const [short, long] = ka.words.length <= kb.words.length ? [ka, kb] : [kb, ka];
  let total = 0;
  let worst = 1;
  for (const [i, w] of short.words.entries()) {
    let best = 0;
    for (const [j, other] of long.words.entries()) {
      // Equal stems are one name in two grammatical forms (Kazlauskienė / Kazlauskaitė).
      best = Math.max(best, short.stems[i] === long.stems[j] ? 1 : jaroWinkler(w, other));
    }
    total += best;
    worst = Math.min(worst, best);
  }
  const similarity = (total / short.words.length + worst) / 2;
  // A missing word (a dropped second given name) costs a little, not a mismatch.
  return similarity * (short.words.length === long.words.length ? 1 : 0.97);
}

/**
 * Rare names weigh more: blockSize is how many person records share the pair's rarest name key.
 * Two to four records: 1.25; eight: 1; dozens: 0.5.
 */
export function rarity(blockSize: number): number {
  return Math.max(0.5, Math.min(1.25, 1.75 - 0.25 * Math.log2(Math.max(2, blockSize))));
}

export function scorePair(a: MatchPerson, b: MatchPerson, evidence: { blockSize: number; sharedDocuments: string[]; sharedPhones: string[] }): PairScore {
  const features: Feature[] = [{ feature: 'PRIOR', detail: 'two records are rarely one person', weight: PRIOR }];

  // The best of name and aliases on each side.
  let sim: number | null = null;
  let pair = '';
  for (const x of [a.name, ...a.aliases]) {
    for (const y of [b.name, ...b.aliases]) {
      const s = nameSimilarity(x, y);
      if (s !== null && (sim === null || s > sim)) {
        sim = s;
        pair = `'${x}' ~ '${y}'`;
      }
    }
  }
  if (sim === null) {
    features.push({ feature: 'NAME', detail: 'a name cannot be compared (unknown or placeholder): no evidence either way', weight: 0 });
  } else {
    const r = rarity(evidence.blockSize);
    const base = sim >= 0.97 ? 4 : sim >= 0.92 ? 2.5 : sim >= 0.85 ? 1 : -3;
    const weight = base > 0 ? base * r : base;
    features.push({ feature: 'NAME', detail: `${pair}: similarity ${sim.toFixed(2)}, ${evidence.blockSize} records share the name key (rarity ×${r.toFixed(2)})`, weight: round(weight) });
  }

  if (a.birthDate && b.birthDate) {
    const [ya, ma, da] = a.birthDate.split('-');
    const [yb, mb, db] = b.birthDate.split('-');
    if (a.birthDate === b.birthDate) features.push({ feature: 'BIRTH_DATE', detail: `equal (${a.birthDate})`, weight: 5 });
    else if (ya === yb && ma === db && da === mb) features.push({ feature: 'BIRTH_DATE', detail: `day and month swapped (${a.birthDate} / ${b.birthDate})`, weight: 3 });
    // Two full dates that share only the year disagree on the day: weak evidence against.
    else if (ya === yb) features.push({ feature: 'BIRTH_DATE', detail: `same year only (${a.birthDate} / ${b.birthDate})`, weight: -1.5 });
    else features.push({ feature: 'BIRTH_DATE', detail: `different (${a.birthDate} / ${b.birthDate})`, weight: -4 });
  }
  if (a.nationality && b.nationality) {
    features.push(a.nationality === b.nationality
      ? { feature: 'NATIONALITY', detail: `both ${a.nationality}`, weight: 0.5 }
      : { feature: 'NATIONALITY', detail: `${a.nationality} / ${b.nationality}`, weight: -1.5 });
  }
  if (a.gender && b.gender && a.gender !== 'UNKNOWN' && b.gender !== 'UNKNOWN' && a.gender !== 'OTHER' && b.gender !== 'OTHER' && a.gender !== b.gender) {
    features.push({ feature: 'GENDER', detail: `${a.gender} / ${b.gender}`, weight: -3 });
  }
  if (evidence.sharedDocuments.length) features.push({ feature: 'DOCUMENT', detail: `both hold ${evidence.sharedDocuments.join(', ')}`, weight: 6 });
  if (evidence.sharedPhones.length) features.push({ feature: 'PHONE', detail: `both use ${evidence.sharedPhones.join(', ')}`, weight: 2 });

  const logOdds = round(features.reduce((s, f) => s + f.weight, 0));
  return { probability: round(1 / (1 + Math.exp(-logOdds)), 3), logOdds, features };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
