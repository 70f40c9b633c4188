// What an agency must never see of the demo data (seed/demo.json): every value that only other agencies'
// cases hold. The same idea as the exchange tests' FI_MARKERS, derived from the data so it stays complete.
import fs from 'node:fs';
import path from 'node:path';

type DemoCase = { reference: string; agency: { code: string; name: string; country: string } };

/** Text values (names, titles, references, streets, numbers as written) of other agencies' cases that none of `agency`'s cases holds. */
export function hiddenValues(agency: string): string[] {
  const cases = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'seed', 'demo.json'), 'utf8')) as DemoCase[];
  const own = JSON.stringify(cases.filter((c) => c.agency.code === agency)).toLowerCase();
  const values = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      // Enumerations (SUSPECT, BANK), codes and short tokens say nothing of a case; the owner's agency is what a hit shows.
      if (
        value.length >= 5 &&
        !/^[A-Z_]+$/.test(value) &&
        !['agency'].includes(key) &&
        !own.includes(value.toLowerCase())
      )
        values.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'agency') walk(v, k);
  };
  for (const c of cases.filter((c) => c.agency.code !== agency)) walk(c, '');
  return [...values];
}

/**
 * The hidden values that `text` shows: each as a whole token, not inside a longer word or number. A postal
 * code such as "96200" is a leak when a page shows it, not when a chart coordinate happens to read
 * 412.3962004 (the chart's data holds node positions).
 */
export function shownValues(text: string, values: string[]): string[] {
  const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return values.filter((v) =>
    new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${escape(v)}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'u').test(text),
  );
}
