// The match model in use: the last one `npm run match:train` stored as a MatchModel node, or the published
// defaults before any training. Its parameters are checked when read, so a damaged node cannot make the
// matcher score with nonsense.
import { z } from 'zod';
import type { Database } from '../db/database';
import { DEFAULT_MODEL, FIELDS, type MatchModel, type ModelParams } from './score';

const probability = z.number().gt(0).lt(1);
const level = z.object({ m: probability, u: probability });
const levelsOf = (names: readonly string[]) => z.object(Object.fromEntries(names.map((n) => [n, level])));
export const paramsSchema = z.object({
  duplicatesPerRecord: z.number().gt(0).lt(100),
  // Models stored before it was measured get the defaults.
  namesakeAgreement: z
    .object({ gender: probability, nationality: probability })
    .default(DEFAULT_MODEL.params.namesakeAgreement),
  levels: z.object(
    Object.fromEntries(
      Object.entries(FIELDS).map(([field, names]) => [
        field,
        // Models stored before addresses and online identifiers were weighed get their defaults, and those
        // stored before a date level of its own existed get its default m and u (withLaterLevels).
        field === 'address' || field === 'online'
          ? levelsOf(names).default(() => structuredClone(DEFAULT_MODEL.params.levels[field]))
          : field === 'birthDate'
            ? z.preprocess(withLaterLevels, levelsOf(names))
            : levelsOf(names),
      ]),
    ),
  ),
});

/**
 * Birth-date levels added after models were stored, and the level each one's m was counted in before: a
 * typing error in a date was graded `different`; a date against 1 January of its year was no evidence, so
 * those pairs weighed in no level and the m of the levels there were is shared among them (taken from
 * `exact`, the largest). u always comes out of `different`, so each still sums to 1.
 */
const LATER_LEVELS = { oneEdit: 'different', year: 'exact' } as const;

/** The birth-date levels of a model stored before LATER_LEVELS: each added with its default m and u. */
function withLaterLevels(stored: unknown): unknown {
  if (!stored || typeof stored !== 'object') return stored;
  const levels = { ...(stored as Record<string, { m: number; u: number } | undefined>) };
  for (const [level, mFrom] of Object.entries(LATER_LEVELS)) {
    const source = levels[mFrom];
    const different = levels.different;
    if (level in levels || !source || !different) continue;
    const fallback = DEFAULT_MODEL.params.levels.birthDate[level as keyof typeof LATER_LEVELS];
    const m = Math.min(fallback.m, source.m / 2);
    levels[mFrom] = { ...source, m: source.m - m };
    const u = Math.min(fallback.u, levels.different!.u / 2);
    levels.different = { ...levels.different!, u: levels.different!.u - u };
    levels[level] = { m, u };
  }
  return levels;
}

export async function currentModel(db: Database): Promise<MatchModel> {
  const [row] = await db.read('matching/currentModel');
  if (!row) return DEFAULT_MODEL;
  const parsed = paramsSchema.safeParse(JSON.parse(row.params));
  if (!parsed.success)
    throw new Error(
      `MatchModel ${String(row.version)}: stored parameters are invalid (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}); run npm run match:train again`,
    );
  return { version: row.version, trainedAt: row.trainedAt, params: parsed.data as ModelParams };
}

export async function saveModel(db: Database, version: string, params: ModelParams): Promise<void> {
  await db.write('matching/saveModel', { version, params: JSON.stringify(paramsSchema.parse(params)) });
}
