// The field rules of the exchange format (version 1) that every list of a case shares: lengths, local
// ids, countries and dates. The case's own fields are in src/cases/caseInput.ts, each entity type's in
// src/model/registry.ts.
import { z } from 'zod';

// Limits keep one hostile case from exhausting memory or a transaction.
const MAX_TEXT = 500;
const MAX_ITEMS = 2000;

// U+001F separates list items in the offline importer's CSV (cases/bulkLoad.ts): no text may hold it, so the
// first load and the online import refuse the same cases, each alone.
export const text = (max = MAX_TEXT) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .refine((s) => !s.includes('\u001f'), 'must not hold the control character U+001F');
export const name = () => text(200).refine((s) => s.trim().length > 0, 'must not be empty');
// ':' separates the parts of our node ids (src/model/ids.ts), so it may not appear in a local id.
export const localId = () =>
  z
    .string()
    .max(100, 'is longer than 100 characters')
    .regex(/^[\p{L}\p{N}._\-/]+$/u, 'must be letters, digits and . _ - / only');
export const country = () =>
  z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as EE or FI');
export const isoDate = () => z.string().refine(isCalendarDate, 'must be a calendar date as YYYY-MM-DD');
export const dateTime = () =>
  z.string().refine(isDateTime, 'must be an RFC 3339 date-time with an offset, e.g. 2024-03-01T12:00:00Z');
export const list = <T extends z.ZodTypeAny>(item: T) =>
  z.array(item).max(MAX_ITEMS, `has more than ${MAX_ITEMS} items`).optional().nullable();
export const holders = () => list(localId());
export const optional = <T extends z.ZodTypeAny>(item: T) => item.optional().nullable();

/** RFC 3339 with an explicit offset: a time without one would be read in the loader machine's zone. */
function isDateTime(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
    isCalendarDate(s.slice(0, 10)) &&
    !Number.isNaN(Date.parse(s))
  );
}

/** YYYY-MM-DD naming a real day: 2024-02-30 is refused (Date.parse would roll it over to March). */
function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
