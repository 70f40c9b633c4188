// Link quality on data that is not ours (issue 12, point 6): recall and precision of cross-border links per
// variant class (each identifier format, each country's address forms, each transliteration system).
// The corpus (bench/linkQualityCorpus.ts) is built from reference tables, never from seed/generate.ts. Its
// cases go through the real import path (importCases as the in-process SYSTEM caller, which runs the
// matcher after the import) into an empty database; then each planted pair is asked for:
//   - identifiers and addresses: crossBorderLinks (cypher/links/crossBorderLinks.cypher) from both cases;
//   - persons: a POSSIBLY_SAME or SAME_AS candidate between the two records.
// Controls (a neighbouring number, a mistyped IBAN, another house, street or flat, another person of the
// same birth date) must not link; every other link between cases of the corpus is a false link too.
//
//   npm run build && node dist/bench/linkQuality.js --uri bolt://127.0.0.1:7707 [--seed 1] [--pairs-per-class 40] [--reset]
//
// Writes bench/results/link-quality.md and .json. It refuses a database that holds anything unless
// --reset is given, and then empties it: point it at a benchmark instance, never at real data.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { importCases } from '../src/cases/importCases';
import { FOLLOWED_RELATIONSHIPS } from '../src/model/registry';
import { MATCH_THRESHOLD, REVIEW_THRESHOLD } from '../src/matching/score';
import { buildCorpus, FAMILIES, type Family, type Planted } from './linkQualityCorpus';

const integer = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`must be an integer from ${min} to ${max}`);
  return n;
};

const opts = new Command()
  .option('--uri <uri>', 'Neo4j to load into (an empty benchmark instance)', process.env.NEO4J_URI)
  .option('--seed <n>', 'random seed (32-bit)', integer(0, 2 ** 32 - 1), 1)
  .option('--pairs-per-class <n>', 'planted pairs per variant class', integer(1, 10_000), 40)
  .option('--batch-size <n>', 'cases per import transaction', integer(1, 5_000), 200)
  .option('--reset', 'empty the database first if it holds anything', false)
  .option('--out <dir>', 'where link-quality.md and .json go', path.resolve(__dirname, '..', '..', 'bench', 'results'))
  .parse()
  .opts<{ uri?: string; seed: number; pairsPerClass: number; batchSize: number; reset: boolean; out: string }>();

/** The goals of issue 12: identifier and address variants, person pairs across scripts and systems. */
const GOALS: Record<Family, { recall: number; precision: number | null }> = {
  identifier: { recall: 0.99, precision: 0.99 },
  address: { recall: 0.99, precision: 0.99 },
  name: { recall: 0.95, precision: null },
};
/** Chains the service may find between two cases of one planted pair (crossBorderLinks' default depth). */
const MAX_HOPS = 4;

type Link = { shortest: number; throughAddresses: boolean };
interface Row {
  cls: string;
  family: Family;
  pairs: number;
  found: number;
  controls: number;
  falseLinks: number;
  sameBuilding: number;
  nationalCheckFails: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(3));

async function main() {
  const config = loadConfig();
  const uri = opts.uri ?? config.neo4j.uri;
  const started = Date.now();
  const corpus = buildCorpus({ seed: opts.seed, pairsPerClass: opts.pairsPerClass });
  console.log(
    `corpus: ${corpus.classes.length} classes, ${corpus.cases.length} cases, ${corpus.planted.filter((p) => p.kind === 'pair').length} planted pairs (seed ${opts.seed})`,
  );

  const db = new Database({ ...config.neo4j, uri, queryTimeoutMs: 600_000 });
  try {
    const held = Number((await db.read('bench/graphSize'))[0].nodes);
    if (held > 0 && !opts.reset) {
      console.error(
        `linkQuality: ${uri} holds ${held} nodes; this benchmark loads into an empty database. Give --reset to empty it first (everything in it is deleted).`,
      );
      process.exitCode = 2;
      return;
    }
    if (held > 0) {
      console.log(`emptying ${uri} (${held} nodes), as --reset asks`);
      // CALL … IN TRANSACTIONS needs an implicit transaction, which Database's managed ones are not.
      const session = db.driver.session({ database: config.neo4j.database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    }
    await db.migrate();

    const t0 = Date.now();
    const report = await importCases(db, corpus.cases, opts.batchSize);
    const importSeconds = (Date.now() - t0) / 1000;
    const caseIds = corpus.cases.map((c) => `case:${(c.agency as { code: string }).code}:${c.reference as string}`);
    // What the import said about each case: rejected (with its problems) or identifiers flagged unverified.
    const remarks = new Map<string, string>();
    for (const o of report.outcomes) {
      const said = o.status === 'REJECTED' ? o.problems : o.flagged;
      if (said.length)
        remarks.set(
          caseIds[o.index],
          `${o.status === 'REJECTED' ? 'rejected' : 'flagged'}: ${said.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        );
    }
    console.log(
      `imported in ${importSeconds.toFixed(1)} s (matching ${report.matching.seconds.toFixed(1)} s): ${JSON.stringify(report.cases)}, matching proposed ${report.matching.proposed}`,
    );

    // Links between cases: crossBorderLinks from every case of the identifier and address classes.
    const t1 = Date.now();
    const classOfCase = new Map<string, string>();
    const classOfPerson = new Map<string, string>();
    for (const p of corpus.planted) {
      const into = p.level === 'person' ? classOfPerson : classOfCase;
      into.set(p.a, p.cls);
      into.set(p.b, p.cls);
    }
    const caseLinks = new Map<string, Link>();
    // From both cases of every pair: every planted link and control touches one of them (links between two
    // controls of different pairs are not looked for). Identifiers link at depth 2; addresses may go
    // through a building node, so they are asked at crossBorderLinks' default depth.
    const origins = [
      ...new Set(
        corpus.planted.filter((p) => p.level !== 'person').flatMap((p) => (p.kind === 'pair' ? [p.a, p.b] : [p.a])),
      ),
    ];
    const familyOf = new Map(corpus.classes.map((c) => [c.name, c.family]));
    const CONCURRENCY = 4;
    for (let i = 0; i < origins.length; i += CONCURRENCY) {
      await Promise.all(
        origins.slice(i, i + CONCURRENCY).map(async (caseId) => {
          const maxHops = familyOf.get(classOfCase.get(caseId)!) === 'address' ? MAX_HOPS : 2;
          const rows = await db.read('links/crossBorderLinks', {
            caseId,
            maxHops,
            maxChains: 5,
            relationshipFilter: FOLLOWED_RELATIONSHIPS.join('|'),
            salt: null,
            agency: null,
            matchThreshold: MATCH_THRESHOLD,
          });
          for (const r of rows) {
            const chains = r.chains as Array<{ length: number; nodes: Array<{ labels: string[] }> }>;
            const throughAddresses = chains.some((c) =>
              c.nodes.slice(1, -1).every((n) => n.labels.includes('Address') || n.labels.includes('Building')),
            );
            const key = pairKey(caseId, r.caseId);
            const known = caseLinks.get(key);
            caseLinks.set(key, {
              shortest: Math.min(Number(r.shortest), known?.shortest ?? Infinity),
              throughAddresses: throughAddresses || Boolean(known?.throughAddresses),
            });
          }
        }),
      );
    }
    const candidates = await db.read('bench/personLinks', { ids: [...classOfPerson.keys()] });
    const personLinks = new Set(candidates.map((r) => pairKey(r.a, r.b)));
    // Of them, the proposals (from MATCH_THRESHOLD; a confirmed SAME_AS has no score): the rest is the review band.
    const proposals = new Set(
      candidates.filter((r) => (r.probability ?? 1) >= MATCH_THRESHOLD).map((r) => pairKey(r.a, r.b)),
    );
    const querySeconds = (Date.now() - t1) / 1000;
    console.log(
      `asked ${origins.length} cases for cross-border links and ${classOfPerson.size} persons for candidates in ${querySeconds.toFixed(1)} s`,
    );

    // Scoring.
    const rows = new Map<string, Row>(
      corpus.classes.map((c) => [
        c.name,
        {
          cls: c.name,
          family: c.family,
          pairs: 0,
          found: 0,
          controls: 0,
          falseLinks: 0,
          sameBuilding: 0,
          nationalCheckFails: 0,
        },
      ]),
    );
    const explained = new Set<string>();
    const misses = new Map<string, string[]>();
    const falseExamples = new Map<string, string[]>();
    const note = (into: Map<string, string[]>, cls: string, text: string) => {
      const list = into.get(cls) ?? [];
      if (list.length < 5) list.push(text);
      into.set(cls, list);
    };
    const describe = (p: Planted) => {
      // A person's case: person:AGENCY:REF-p is in case:AGENCY:REF (bench/linkQualityCorpus.ts).
      const remark = [p.a, p.b].map((id) => remarks.get(id.replace(/^person:(.*)-p$/, 'case:$1'))).filter(Boolean);
      return `${p.countries[0]} "${p.written[0]}" ↔ ${p.countries[1]} "${p.written[1]}"${remark.length ? ` [${remark.join(' | ')}]` : ''}`;
    };
    for (const p of corpus.planted) {
      const row = rows.get(p.cls)!;
      const key = pairKey(p.a, p.b);
      explained.add(key);
      const link = caseLinks.get(key);
      const linked =
        p.level === 'person'
          ? personLinks.has(key)
          : p.level === 'node' || p.control === 'flat'
            ? link?.shortest === 2
            : Boolean(link && (link.shortest === 2 || link.throughAddresses));
      if (p.kind === 'pair') {
        row.pairs += 1;
        if (p.nationalCheckFails) row.nationalCheckFails += 1;
        if (linked) row.found += 1;
        else note(misses, p.cls, describe(p));
      } else {
        row.controls += 1;
        if (p.control === 'flat' && !linked && link) row.sameBuilding += 1;
        // Any link at all between a case and another house or street, or another person, is false.
        const falseLink = p.level === 'person' ? linked : p.control === 'flat' ? linked : Boolean(link);
        if (falseLink) {
          row.falseLinks += 1;
          note(falseExamples, p.cls, `${p.control}: ${describe(p)}`);
        }
      }
    }
    // Links the corpus never planted (between unrelated cases or persons) are false links of their class.
    let stray = 0;
    for (const [key] of [...caseLinks].filter(([k]) => !explained.has(k))) {
      const cls = classOfCase.get(key.split('|')[0])!;
      rows.get(cls)!.falseLinks += 1;
      note(falseExamples, cls, `unplanted link ${key}`);
      stray += 1;
    }
    for (const key of [...personLinks].filter((k) => !explained.has(k))) {
      const cls = classOfPerson.get(key.split('|')[0]) ?? classOfPerson.get(key.split('|')[1]);
      if (!cls) continue;
      rows.get(cls)!.falseLinks += 1;
      note(falseExamples, cls, `unplanted candidate ${key}`);
      stray += 1;
    }

    // Report.
    const table: string[] = [];
    const line = (cells: Array<string | number>) => table.push(`| ${cells.join(' | ')} |`);
    line(['class', 'pairs', 'found', 'recall', 'controls', 'false links', 'precision', 'same building']);
    table.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    const families = FAMILIES.map((family) => {
      const members = [...rows.values()].filter((r) => r.family === family);
      const sum = (f: (r: Row) => number) => members.reduce((s, r) => s + f(r), 0);
      return {
        family,
        pairs: sum((r) => r.pairs),
        found: sum((r) => r.found),
        controls: sum((r) => r.controls),
        falseLinks: sum((r) => r.falseLinks),
        sameBuilding: sum((r) => r.sameBuilding),
      };
    });
    for (const r of rows.values()) {
      line([
        r.cls,
        r.pairs,
        r.found,
        fmt(ratio(r.found, r.pairs)),
        r.controls,
        r.falseLinks,
        fmt(ratio(r.found, r.found + r.falseLinks)),
        r.family === 'address' ? r.sameBuilding : '',
      ]);
    }
    const totals: string[] = [
      '| family | pairs | found | recall | goal | false links | precision | goal | met |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ];
    const familyResults = families.map((f) => {
      const recall = ratio(f.found, f.pairs);
      const precision = ratio(f.found, f.found + f.falseLinks);
      const goal = GOALS[f.family];
      const met = (recall ?? 0) >= goal.recall && (goal.precision === null || (precision ?? 0) >= goal.precision);
      totals.push(
        `| ${f.family} | ${f.pairs} | ${f.found} | ${fmt(recall)} | ≥ ${goal.recall} | ${f.falseLinks} | ${fmt(precision)} | ${goal.precision === null ? '—' : `≥ ${goal.precision}`} | ${met ? 'yes' : 'no'} |`,
      );
      return { ...f, recall, precision, goal, met };
    });
    const short = [...rows.values()].filter((r) => {
      const goal = GOALS[r.family];
      const precision = ratio(r.found, r.found + r.falseLinks);
      return (
        (ratio(r.found, r.pairs) ?? 1) < goal.recall ||
        (goal.precision !== null && precision !== null && precision < goal.precision)
      );
    });
    const planted = corpus.planted.filter((p) => p.level === 'person' && p.kind === 'pair');
    const asProposals = planted.filter((p) => proposals.has(pairKey(p.a, p.b))).length;
    totals.push(
      '',
      `Name pairs found as proposals alone (from MATCH_THRESHOLD ${MATCH_THRESHOLD}): ${asProposals} of ${planted.length} (${fmt(ratio(asProposals, planted.length))}); the others found are in the review band (from REVIEW_THRESHOLD ${REVIEW_THRESHOLD}).`,
    );
    const notes: string[] = [];
    for (const r of short) {
      notes.push(`- **${r.cls}**: recall ${fmt(ratio(r.found, r.pairs))}, ${r.falseLinks} false links.`);
      for (const m of misses.get(r.cls) ?? []) notes.push(`  - missed: ${m}`);
      for (const m of falseExamples.get(r.cls) ?? []) notes.push(`  - false: ${m}`);
    }
    const ibanNotes = [...rows.values()]
      .filter((r) => r.nationalCheckFails > 0)
      .map((r) => `${r.cls.slice(5)} ${r.nationalCheckFails}/${r.pairs}`);

    const commit =
      spawnSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
    const command = `node dist/bench/linkQuality.js --seed ${opts.seed} --pairs-per-class ${opts.pairsPerClass}`;
    const md = [
      '# Link quality on a corpus built from reference tables',
      '',
      `\`${command}\` at commit ${commit}, ${new Date().toISOString().slice(0, 10)}: ${corpus.cases.length} cases, ${corpus.classes.length} classes;`,
      `import ${importSeconds.toFixed(1)} s, queries ${querySeconds.toFixed(1)} s, total ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      '',
      'A pair is two cases of different countries writing one identifier, address or person in two ways. Identifiers',
      'and flats must share one node (crossBorderLinks at depth 2); "building" pairs (a flat against its building alone)',
      `link through address nodes within ${MAX_HOPS} hops; persons through a POSSIBLY_SAME or SAME_AS candidate. Controls (a`,
      'neighbouring number, a mistyped or other IBAN, another house, street or flat, another person born the same day)',
      'must not link; a different flat of the same building may link through the building ("same building", not false).',
      'Precision = found / (found + false links); false links include links between unrelated cases of the corpus.',
      '',
      ...table,
      '',
      '## Totals against the goals of issue 12',
      '',
      ...totals,
      '',
      `IBANs whose national check digit fails while ISO 13616 mod-97 holds (per ibantools): ${ibanNotes.join(', ') || 'none'}.`,
      '',
      '## Classes short of their goal, with examples',
      '',
      ...(notes.length ? notes : ['None.']),
      '',
    ].join('\n');
    fs.mkdirSync(opts.out, { recursive: true });
    fs.writeFileSync(path.join(opts.out, 'link-quality.md'), md);
    fs.writeFileSync(
      path.join(opts.out, 'link-quality.json'),
      `${JSON.stringify(
        {
          command,
          commit,
          seed: opts.seed,
          pairsPerClass: opts.pairsPerClass,
          cases: corpus.cases.length,
          importSeconds,
          querySeconds,
          importedCases: report.cases,
          strayLinks: stray,
          classes: [...rows.values()].map((r) => ({
            ...r,
            recall: ratio(r.found, r.pairs),
            precision: ratio(r.found, r.found + r.falseLinks),
            misses: misses.get(r.cls) ?? [],
            falseLinkExamples: falseExamples.get(r.cls) ?? [],
          })),
          families: familyResults,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\n${table.join('\n')}\n\n${totals.join('\n')}\n`);
    console.log(`written ${path.join(opts.out, 'link-quality.md')} and .json`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
