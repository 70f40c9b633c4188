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
        // stored before a typing error in a date was a level of its own get its default m and u.
        field === 'address' || field === 'online'
          ? levelsOf(names).default(() => structuredClone(DEFAULT_MODEL.params.levels[field]))
          : field === 'birthDate'
            ? z.preprocess(withOneEdit, levelsOf(names))
            : levelsOf(names),
      ]),
    ),
  ),
});

/**
 * The birth-date levels of a model stored before a typing error was a level of its own: its default m and u
 * are taken out of `different`, where such pairs were counted, so each still sums to 1.
 */
function withOneEdit(levels: unknown): unknown {
  if (!levels || typeof levels !== 'object' || 'oneEdit' in levels) return levels;
  const { different, ...rest } = levels as Record<string, { m: number; u: number } | undefined>;
  if (!different) return levels;
  const fallback = DEFAULT_MODEL.params.levels.birthDate.oneEdit;
  const m = Math.min(fallback.m, different.m / 2);
  const u = Math.min(fallback.u, different.u / 2);
  return { ...rest, different: { m: different.m - m, u: different.u - u }, oneEdit: { m, u } };
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
