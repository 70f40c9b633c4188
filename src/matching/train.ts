// Estimates the match model from the data itself (npm run match:train):
//   - u of the birth date and gender, exactly, from how often each value occurs (the chance that two random
//     records agree on a value is the sum of its squared frequencies). Nationality keeps its published u:
//     the name predicts it (Virtanen is a Finn), so among namesakes it agrees far more often than between
//     random records, and a u from value counts made it count as strong evidence (measured: ln 2.5);
//     counted among namesakes instead, it turned a disagreement into evidence for a match. It is counted
//     among namesakes now, but only as the u of agreement given the names agree (score.ts clamps the
//     disagreement weight): see namesakeAgreement below.
//   - m of every field by expectation-maximisation on the
//     candidate pairs of a random sample of records, u held fixed (Winkler, "Using the EM algorithm for
//     weight computation in the Fellegi-Sunter model of record linkage", 1988; Splink and fastLink
//     estimate m the same way; the name, the blocking field, keeps its published m). True pairs are a
//     fraction of a percent of the blocked pairs, which is normal in record linkage: the EM starts from the
//     pairs that agree on almost everything, holds λ (the duplicates per record, from pairs with one name
//     and an equal birth date beyond chance) and u fixed, and its E step scores each pair with the whole
//     model, the name's term frequency and the prior included, so its latent class is "one individual",
//     not "namesakes". Each m is smoothed towards its default by PSEUDO_PAIRS, so a level that few
//     matches show cannot reach an infinite weight.
// The u of shared documents, phones, accounts and online identifiers stays at its published default: two random records
// almost never share one, too rarely for any sample to count. A shared address's u is its term frequency
// (the share of records living there, see score.ts); its m is estimated like the others.
import type { Database } from '../db/database';
import type { RowOf } from '../db/statements';
import { candidatePairs, homesEvidence, namesakes } from './match';
import { saveModel } from './model';
import {
  CORRELATED,
  DEFAULT_MODEL,
  FIELDS,
  namesAgree,
  pairHasCommonSurname,
  compare,
  compareDates,
  fieldWeights,
  scorePair,
  type Comparison,
  type Field,
  type Frequency,
  type MatchModel,
  type ModelParams,
} from './score';

const CHUNK = 500;
/** Probabilities are kept off 0 and 1, where a weight would be infinite. */
const clamp = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));
/** Fields observed only when present: their absence is "not shared", for m. */
const IDENTIFIERS: Field[] = ['document', 'phone', 'account', 'online', 'address'];
/**
 * Fields the EM estimates: all but the name. The pairs are blocked on names, so true pairs with different
 * names are never among them and the name's m cannot be estimated there (Splink's rule for blocking
 * columns); it keeps its published m, and its u is the name's term frequency.
 */
const ESTIMATED = (Object.keys(FIELDS) as Field[]).filter((f) => f !== 'name');
/** Weight of the default m, in pairs, in each estimate. */
const PSEUDO_PAIRS = 20;
/** The least share of true pairs with equal birth dates an EM estimate may claim (the default says 0.85). */
const MIN_DATE_AGREEMENT = 0.5;

export interface Training {
  model: MatchModel;
  records: number;
  pairs: number;
  iterations: number;
  population: number;
  /** False when the EM's estimate was refused (see MIN_DATE_AGREEMENT): m kept its defaults, u was still estimated. */
  emAccepted: boolean;
  /** The EM's expected matches per sampled record, to set against the duplicates per record it was given. */
  posteriorPerRecord: number;
}

export async function trainModel(
  db: Database,
  options: { sample?: number; maxIterations?: number; start?: ModelParams } = {},
): Promise<Training> {
  const { sample = 20_000, maxIterations = 50 } = options;
  const [{ persons }] = await db.read('matching/population');
  const population = persons;
  if (population < 2) throw new Error('match:train needs person records to learn from; import cases first');
  const params: ModelParams = structuredClone(options.start ?? DEFAULT_MODEL.params);
  uFromValueCounts(params, await db.read('matching/valueCounts'));

  const ids = (
    await db.read('matching/samplePersons', { fraction: Math.min(1, (sample * 1.2) / population), limit: sample })
  ).map((r) => r.id);
  const pairs: Array<{ c: Comparison; frequency: Frequency }> = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const r of await candidatePairs(db, ids.slice(i, i + CHUNK))) {
      const c = compare(r.a, r.b, r);
      // A pair without a comparable name is never a match and says nothing about m.
      if (c.name !== null)
        pairs.push({
          c,
          frequency: {
            namesakes: namesakes(r.sharedKeys, r.keySizes),
            population,
            residents: r.residents,
            commonSurname: pairHasCommonSurname(r.a, r.b),
          },
        });
    }
  }
  if (pairs.length === 0)
    throw new Error('match:train found no candidate pairs in its sample; import more cases first');
  // Before the EM, whose E step weighs nationality and gender with it.
  namesakeAgreement(
    params,
    pairs.map((p) => p.c),
  );

  const { params: trained, ...em } = estimate(pairs, ids.length, params, maxIterations);
  const model: MatchModel = {
    version: `em-${new Date().toISOString().replace(/[-:.]/g, '')}`,
    trainedAt: new Date().toISOString(),
    params: trained,
  };
  await saveModel(db, model.version, trained);
  return { model, records: ids.length, pairs: pairs.length, population, ...em };
}

/**
 * The EM on compared pairs of `records` sampled records: m of every estimated field, λ and u held (see the
 * head of this file). Returns the parameters, or `start`'s m when the estimate is refused.
 */
export function estimate(
  pairs: Array<{ c: Comparison; frequency: Frequency }>,
  records: number,
  start: ModelParams,
  maxIterations = 50,
): Pick<Training, 'iterations' | 'emAccepted' | 'posteriorPerRecord'> & { params: ModelParams } {
  const params = structuredClone(start);
  const defaults = structuredClone(start);
  // λ, the duplicates per record over the population, from a deterministic rule rather than the EM (as
  // Splink estimates it): pairs with one name and an equal birth date beyond chance. Measured at 100k:
  // iterated with m, λ drifted from 0.005 to 0.046 duplicates per record while the m of an equal birth date
  // fell from 0.94 to 0.16 (namesakes with different dates taken for one individual's typos); held here, m
  // converges to what one individual's records show.
  params.duplicatesPerRecord =
    duplicatesBeyondChance(
      pairs.map((p) => p.c),
      records,
      params,
    ) ?? defaults.duplicatesPerRecord;
  // Start from the pairs that agree on nearly everything (Splink and fastLink start the same way): an
  // equal name with an equal birth date or a shared document is a match, anything else is not. The first
  // M step then estimates m and the duplicates per record from them.
  let posterior: number[] = pairs.map(({ c }) =>
    c.name === 'exact' && (c.birthDate === 'exact' || c.document === 'shared') ? 1 : 0,
  );
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    // M: m of each level is its share among matches; u and λ stay fixed.
    const before = JSON.stringify(params);
    for (const field of ESTIMATED) {
      const levels = params.levels[field] as Record<string, { m: number; u: number }>;
      const prior = defaults.levels[field] as Record<string, { m: number; u: number }>;
      const mass = new Map<string, number>();
      let observed = 0;
      pairs.forEach(({ c }, i) => {
        const level = c[field];
        if (level !== null) mass.set(level, (mass.get(level) ?? 0) + posterior[i]);
        if (level !== null || IDENTIFIERS.includes(field)) observed += posterior[i];
      });
      for (const level of Object.keys(levels)) {
        levels[level] = {
          ...levels[level],
          m: clamp(((mass.get(level) ?? 0) + PSEUDO_PAIRS * prior[level].m) / (observed + PSEUDO_PAIRS)),
        };
      }
    }
    // E: each pair's probability of being a match under the whole model, the name's term frequency and
    // the prior included: with the prior in, a 0.2 % match rate among blocked pairs is no obstacle (the
    // EM does not look for its class among namesakes; the rare name and the equal date find it).
    posterior = pairs.map(({ c, frequency }) => {
      const w = fieldWeights(c, frequency, params);
      const logOdds = Object.values<number>(w).reduce((t, x) => t + x, 0);
      return 1 / (1 + Math.exp(-logOdds));
    });
    if (iterations > 0 && converged(before, params)) break;
  }
  // EM finds the largest latent class it can; with few duplicates among many namesakes, that class is
  // "same nationality" or "same family", not "one individual". One individual's records agree on the birth
  // date far more often than not: an estimate where they do not is refused, and m keeps its defaults.
  const posteriorPerRecord = posterior.reduce((t, p) => t + p, 0) / records;
  const emAccepted = params.levels.birthDate.exact.m >= MIN_DATE_AGREEMENT;
  if (!emAccepted) {
    for (const field of ESTIMATED) {
      for (const [level, value] of Object.entries(params.levels[field] as Record<string, { m: number; u: number }>)) {
        (params.levels[field] as Record<string, { m: number; u: number }>)[level] = {
          m: (defaults.levels[field] as Record<string, { m: number }>)[level].m,
          u: value.u,
        };
      }
    }
  }
  return { params, iterations, emAccepted, posteriorPerRecord };
}

/**
 * Duplicates per record by the method of moments, for when the EM finds no class: pairs with one name and
 * an equal birth date, less those expected by chance (u of an equal date for every such pair with both
 * dates), are duplicates seen through m of both fields. Null when the sample shows no excess.
 */
export function duplicatesBeyondChance(comparisons: Comparison[], records: number, params: ModelParams): number | null {
  const sameName = comparisons.filter((c) => c.name === 'exact');
  const dated = sameName.filter((c) => c.birthDate !== null);
  if (dated.length === 0 || records === 0) return null;
  const observed = dated.filter((c) => c.birthDate === 'exact').length;
  const expected = dated.length * params.levels.birthDate.exact.u;
  const excess = observed - expected;
  if (excess <= 0) return null;
  const seen = params.levels.name.exact.m * params.levels.birthDate.exact.m * (dated.length / sameName.length);
  return Math.min(99, Math.max(1e-4, excess / records / seen));
}

/** Fewer namesake pairs than this with a field on both sides keep that field's default. */
const MIN_NAMESAKE_PAIRS = 100;

/**
 * u of gender and nationality agreement given the names agree: among candidate pairs whose names agree and
 * whose birth dates clearly differ (almost all namesakes, not one individual: a true pair's dates differ in
 * a few percent), the share agreeing on the field. Clamped below 1, so agreement's weight stays finite.
 */
export function namesakeAgreement(params: ModelParams, comparisons: Comparison[]): void {
  const namesakes = comparisons.filter((c) => namesAgree(c) && c.birthDate === 'different');
  for (const field of CORRELATED) {
    const compared = namesakes.filter((c) => c[field] !== null);
    if (compared.length < MIN_NAMESAKE_PAIRS) continue;
    const agree = compared.filter((c) => c[field] === 'agree').length;
    params.namesakeAgreement[field] = clamp(Math.min(agree / compared.length, 1 - 1 / compared.length));
  }
}

function converged(before: string, after: ModelParams): boolean {
  const a = JSON.parse(before) as ModelParams;
  for (const field of ESTIMATED) {
    const x = a.levels[field] as Record<string, { m: number }>;
    const y = after.levels[field] as Record<string, { m: number }>;
    for (const level of Object.keys(x)) if (Math.abs(x[level].m - y[level].m) > 1e-4) return false;
  }
  return true;
}

const DAY = 86_400_000;

/** u of birth date, gender and nationality from value counts: the chance that two random records agree. */
export function uFromValueCounts(params: ModelParams, rows: RowOf<'matching/valueCounts'>[]): void {
  const counts = (field: string) => new Map(rows.filter((r) => r.field === field).map((r) => [r.value, r.count]));
  const agreeing = (c: Map<string, number>) => {
    const n = [...c.values()].reduce((s, x) => s + x, 0);
    return n < 2 ? null : [...c.values()].reduce((s, x) => s + x * (x - 1), 0) / (n * (n - 1));
  };
  for (const field of ['gender'] as const) {
    const agree = agreeing(counts(field));
    if (agree !== null)
      params.levels[field] = {
        agree: { m: params.levels[field].agree.m, u: clamp(agree) },
        disagree: { m: params.levels[field].disagree.m, u: clamp(1 - agree) },
      };
  }
  const dates = new Map([...counts('birthDate')].filter(([v]) => /^\d{4}-\d{2}-\d{2}$/.test(v)));
  const n = [...dates.values()].reduce((s, x) => s + x, 0);
  if (n < 2) return;
  const all = (n * (n - 1)) / 2;
  // 1 January is compared by its year alone (compareDates): against another date its pairs are `year` or
  // `different`, and it takes no part in the nearer levels' counts.
  const placeholder = (v: string) => v.endsWith('-01-01');
  let exact = 0;
  let transposed = 0;
  let dayOff = 0;
  let sameMonthOff = 0;
  let year = 0;
  // The equal pairs among the dates counted by month (1 January left out there): what sameMonth subtracts.
  let equalInMonths = 0;
  const months = new Map<string, number>();
  const years = new Map<string, number>();
  for (const [v, c] of dates) years.set(v.slice(0, 4), (years.get(v.slice(0, 4)) ?? 0) + c);
  for (const [v, c] of dates) {
    exact += (c * (c - 1)) / 2;
    if (placeholder(v)) {
      // Against every other date of its year.
      year += c * ((years.get(v.slice(0, 4)) ?? 0) - c);
      continue;
    }
    equalInMonths += (c * (c - 1)) / 2;
    months.set(v.slice(0, 7), (months.get(v.slice(0, 7)) ?? 0) + c);
    const next = new Date(Date.parse(v) + DAY).toISOString().slice(0, 10);
    const nextCount = placeholder(next) ? 0 : (dates.get(next) ?? 0);
    dayOff += c * nextCount;
    if (next.slice(0, 7) === v.slice(0, 7)) sameMonthOff += c * nextCount;
    const [y, m, d] = v.split('-');
    const swapped = `${y}-${d}-${m}`;
    if (swapped > v) transposed += c * (dates.get(swapped) ?? 0);
  }
  const sameMonth = [...months.values()].reduce((s, x) => s + (x * (x - 1)) / 2, 0) - equalInMonths - sameMonthOff;
  // Pairs one typing error apart (compareDates' oneEdit), each met from both of its dates.
  let oneEdit = 0;
  for (const [v, c] of dates) for (const w of typingNeighbours(v)) oneEdit += c * (dates.get(w) ?? 0);
  const u = {
    exact: exact / all,
    transposed: transposed / all,
    dayOff: dayOff / all,
    yearMonth: Math.max(0, sameMonth) / all,
    oneEdit: oneEdit / 2 / all,
    year: year / all,
  };
  const different = 1 - u.exact - u.transposed - u.dayOff - u.yearMonth - u.oneEdit - u.year;
  const levels = params.levels.birthDate;
  for (const [level, value] of Object.entries({ ...u, different })) {
    const key = level as keyof typeof levels;
    // A level no two records in the sample show keeps a floor of one pair in all, not zero.
    levels[key] = { m: levels[key].m, u: clamp(Math.max(value, 1 / all)) };
  }
}

/** The calendar dates one typing error from `date` that compareDates grades oneEdit (no nearer level). */
function typingNeighbours(date: string): string[] {
  const out = new Set<string>();
  const digits = [0, 1, 2, 3, 5, 6, 8, 9];
  for (const i of digits) {
    for (let d = 0; d <= 9; d++) out.add(date.slice(0, i) + String(d) + date.slice(i + 1));
    if (digits.includes(i + 1)) out.add(date.slice(0, i) + date[i + 1] + date[i] + date.slice(i + 2));
  }
  return [...out].filter((w) => w !== date && isCalendarDate(w) && compareDates(date, w) === 'oneEdit');
}
const isCalendarDate = (d: string) =>
  !Number.isNaN(Date.parse(d)) && new Date(Date.parse(d)).toISOString().slice(0, 10) === d;

/** Probability bands of the calibration check. */
const BANDS = [0, 0.2, 0.5, 0.8, 0.95, 1];

export interface CalibrationBand {
  from: number;
  to: number;
  decided: number;
  confirmed: number;
}
export interface Calibration {
  decisions: number;
  /** By the probability the matcher gave each pair when an analyst decided it (what the analyst saw). */
  whenDecided: CalibrationBand[];
  /** By the probability the given model gives each pair now. */
  byModel: CalibrationBand[];
  /** The mean squared difference between probability and decision (Brier score; 0 is perfect), null without pairs. */
  brier: { whenDecided: number | null; byModel: number | null };
}

/**
 * Analysts' decisions as labels (a confirmed pair is one individual, a rejected one two): within each band of
 * predicted probability, how many decided pairs were confirmed, for the probability each pair had when it was
 * decided and for `model`'s. A calibrated model confirms about as often as it predicts. The pairs analysts
 * decide are the ones proposed or searched for, not a random sample: read the bands, not one overall rate.
 */
export async function checkCalibration(db: Database, model: MatchModel, limit = 10_000): Promise<Calibration> {
  const [{ persons }] = await db.read('matching/population');
  const labelled = (await db.read('matching/decidedPairs', { limit })).map((r) => {
    const evidence = {
      ...r,
      namesakes: namesakes(r.sharedKeys, r.keySizes),
      population: persons,
      ...homesEvidence(r.sharedHomes),
    };
    const a = { ...r.a, aliases: r.a.aliases ?? [] };
    const b = { ...r.b, aliases: r.b.aliases ?? [] };
    return { same: r.same, then: r.probability, now: scorePair(a, b, evidence, model).probability };
  });
  const bands = (pick: (l: (typeof labelled)[number]) => number | null) =>
    BANDS.slice(0, -1).map((from, i) => {
      const to = BANDS[i + 1];
      const inBand = labelled.filter((l) => {
        const p = pick(l);
        return p !== null && p >= from && (p < to || (to === 1 && p === 1));
      });
      return { from, to, decided: inBand.length, confirmed: inBand.filter((l) => l.same).length };
    });
  const brier = (pick: (l: (typeof labelled)[number]) => number | null) => {
    const scored = labelled.filter((l) => pick(l) !== null);
    return scored.length ? scored.reduce((t, l) => t + (pick(l)! - (l.same ? 1 : 0)) ** 2, 0) / scored.length : null;
  };
  return {
    decisions: labelled.length,
    whenDecided: bands((l) => l.then),
    byModel: bands((l) => l.now),
    brier: { whenDecided: brier((l) => l.then), byModel: brier((l) => l.now) },
  };
}
