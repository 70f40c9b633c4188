// Match quality against the generator's ground truth, on a dataset imported with the CLI (which runs the
// matcher after the import):
//   - pairwise precision and recall of "possibly the same person" links, overall and for Cyrillic ↔ Latin
//     pairs;
//   - the fraction of planted identifier links (phones, flats, vans, accounts, passports written
//     differently per country) that normalisation turned into one shared node.
//
//   node dist/seed/generate.js --seed 42 --entities 100000 --out data/gen-100k
//   npm run import -- data/gen-100k/cases.jsonl && node dist/bench/matching.js --truth data/gen-100k/truth.json
import fs from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';

const opts = new Command().requiredOption('--truth <file>').parse().opts<{ truth: string }>();

interface Truth {
  networks: Array<{ id: string; kind: string; cases: string[]; via: { type: string; key: string }; asWritten: string[] }>;
  samePerson: Array<{ id: string; records: string[]; cyrillicLatin: boolean; names: string[] }>;
  recurring?: Array<{ id: string; records: string[] }>;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

async function main() {
  const truth = JSON.parse(fs.readFileSync(opts.truth, 'utf8')) as Truth;
  const config = loadConfig();
  const db = new Database({ ...config.neo4j, queryTimeoutMs: 600_000 });
  const session = db.driver.session();
  try {
    // Truth pairs: every two records of one planted individual. Recall is measured on the planted
    // same-person set; precision also accepts the recurring recruiters and drivers, who are the same
    // individual in several cases but were planted for the identifier networks, not for name matching.
    const pairsOf = (groups: Array<{ records: string[] }>) => {
      const out = new Set<string>();
      for (const g of groups) for (let i = 0; i < g.records.length; i++) for (let j = i + 1; j < g.records.length; j++) out.add(pairKey(g.records[i], g.records[j]));
      return out;
    };
    const truePairs = pairsOf(truth.samePerson);
    const alsoTrue = pairsOf(truth.recurring ?? []);
    const names = new Map<string, string>();
    const rows = await session.run(`MATCH (a:Person)-[m:POSSIBLY_SAME|CONFIRMED_SAME]->(b:Person) RETURN a.id AS a, b.id AS b, a.name AS an, b.name AS bn`);
    const predicted = new Set<string>();
    for (const r of rows.records) {
      predicted.add(pairKey(r.get('a'), r.get('b')));
      names.set(r.get('a'), r.get('an'));
      names.set(r.get('b'), r.get('bn'));
    }
    const truthNames = await session.run(`UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, p.name AS name`, { ids: [...new Set(truth.samePerson.flatMap((s) => s.records))] });
    for (const r of truthNames.records) names.set(r.get('id'), r.get('name'));
    const isCyrLat = (pair: string) => {
      const [a, b] = pair.split('|').map((id) => names.get(id) ?? '');
      return CYRILLIC.test(a) !== CYRILLIC.test(b);
    };
    const report = (label: string, filter: (p: string) => boolean) => {
      const t = [...truePairs].filter(filter);
      const p = [...predicted].filter(filter);
      const hits = p.filter((x) => truePairs.has(x)).length;
      const correct = p.filter((x) => truePairs.has(x) || alsoTrue.has(x)).length;
      const precision = p.length ? correct / p.length : 1;
      const recall = t.length ? hits / t.length : 1;
      console.log(`${label.padEnd(24)} | ${String(t.length).padStart(6)} | ${String(p.length).padStart(9)} | ${String(hits).padStart(4)} | ${String(correct - hits).padStart(9)} | ${precision.toFixed(3)} | ${recall.toFixed(3)}`);
    };
    console.log('persons                  |  truth | predicted | hits | recurring | precision | recall');
    report('all pairs', () => true);
    report('Cyrillic ↔ Latin pairs', isCyrLat);
    report('same script pairs', (p) => !isCyrLat(p));

    // Identifier links: a planted network is found when every one of its cases mentions the one node.
    let found = 0;
    const missed: string[] = [];
    const byKind = new Map<string, [number, number]>();
    for (const net of truth.networks) {
      const r = await session.run(`CALL () { OPTIONAL MATCH (e:Entity {id: $id}) OPTIONAL MATCH (p:Person {id: $id}) RETURN coalesce(e, p) AS n }
        OPTIONAL MATCH (n)<-[:MENTIONS|INVOLVES]-(c:Case) RETURN collect(c.id) AS cases`, { id: net.via.key });
      const cases = new Set<string>(r.records[0].get('cases'));
      const ok = net.cases.every((c) => cases.has(c));
      const [f, n] = byKind.get(net.kind) ?? [0, 0];
      byKind.set(net.kind, [f + (ok ? 1 : 0), n + 1]);
      if (ok) found += 1;
      else missed.push(`${net.id} ${net.kind} ${net.via.key}`);
    }
    console.log(`\nidentifier links found through normalisation: ${found} / ${truth.networks.length} = ${(found / Math.max(1, truth.networks.length)).toFixed(3)}`);
    for (const [kind, [f, n]] of byKind) console.log(`  ${kind.padEnd(16)} ${f} / ${n}`);
    if (missed.length) console.log(`missed: ${missed.slice(0, 20).join('; ')}`);
  } finally {
    await session.close();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
