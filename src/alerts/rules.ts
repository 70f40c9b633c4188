// The typology rules an agency can switch on (the common patterns of ../shared/docs/domain.md), each a
// .cypher file over labels and relationships, with its parameters' ranges and defaults. A rule is
// evaluated only around what an import touched: the accounts, addresses, phones and vehicles the imported
// cases report.
import { z } from 'zod';
import { badInput } from '../errors';

const count = (min: number, max: number, fallback: number) => z.number().int().min(min).max(max).default(fallback);
/** The most alerts one import may raise per rule (or per watch); the excess becomes one summary alert. */
const cap = () => count(1, 1000, 20);

export const RULE_KINDS = {
  FAN_IN_MONEY: {
    query: 'alerts/ruleFanInMoney',
    params: z.strictObject({
      minVictims: count(2, 100, 3),
      minCountries: count(2, 12, 2),
      windowDays: count(1, 366, 30),
      maxAlertsPerImport: cap(),
    }),
  },
  CROWDED_FLAT: {
    query: 'alerts/ruleCrowdedFlat',
    params: z.strictObject({ minPersons: count(2, 200, 4), minCountries: count(2, 12, 2), maxAlertsPerImport: cap() }),
  },
  RECRUITER_PHONE: {
    query: 'alerts/ruleRecruiterPhone',
    params: z.strictObject({ minCases: count(2, 50, 3), maxAlertsPerImport: cap() }),
  },
  VEHICLE_ACROSS_BORDERS: {
    query: 'alerts/ruleVehicleAcrossBorders',
    params: z.strictObject({ minCountries: count(2, 12, 3), windowDays: count(1, 366, 90), maxAlertsPerImport: cap() }),
  },
} as const;
export type RuleKind = keyof typeof RULE_KINDS;
export type RuleParams = Record<string, number>;

/** A watch raises at most this many alerts per import; the excess becomes one summary alert. */
export const WATCH_ALERTS_PER_IMPORT = 20;

/** The rule's parameters with their defaults filled in, or BAD_USER_INPUT naming the field out of range. */
export function ruleParams(kind: RuleKind, given: unknown): RuleParams {
  const schema = RULE_KINDS[kind].params;
  const parsed = schema.safeParse(given ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys')
    throw badInput(
      `params.${issue.keys[0]}`,
      `is not a parameter of ${kind}; its parameters are ${Object.keys(schema.shape).join(', ')}`,
    );
  const field = `params.${issue.path.join('.')}`;
  if (issue.code === 'too_big') throw badInput(field, `is out of range: at most ${String(issue.maximum)}`);
  if (issue.code === 'too_small') throw badInput(field, `is out of range: at least ${String(issue.minimum)}`);
  throw badInput(field, 'must be a whole number');
}
