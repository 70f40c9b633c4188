// Blocking and chance namesakes of a generated dataset, read from its files with no database: what the
// matcher's name-key blocking (matching/candidates, without the identifier keys) would compare, and how
// often two different individuals share a name key and a birth date by chance (the birthday paradox, which
// no model can tell from one individual written twice). For a scale too large to load in the time at hand.
//
//   node dist/seed/generate.js --seed 42 --entities 1000000 --out data/gen-1m
//   node dist/bench/matchingBlocking.js --dir data/gen-1m
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Command } from 'commander';
import { blockingKeys, nameKey } from '../src/matching/nameKeys';
import { MAX_BLOCK } from '../src/matching/match';

const opts = new Command()
  .requiredOption('--dir <dir>', 'a generated dataset (cases.jsonl and truth.json)')
  .parse()
  .opts<{ dir: string }>();

interface Person {
  id: string;
  name: string;
  aliases?: string[];
  birthDate?: string;
}

async function main() {
  const truth = JSON.parse(fs.readFileSync(path.join(opts.dir, 'truth.json'), 'utf8')) as {
    samePerson: Array<{ id: string; records: string[] }>;
  };
  const individual = new Map<string, string>();
  for (const g of truth.samePerson) for (const r of g.records) individual.set(r, g.id);
  const ids: string[] = [];
  const caseOf: number[] = [];
  const blocks = new Map<string, number[]>();
  const byName = new Map<string, Array<{ id: string; birthDate: string | null }>>();
  let cases = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(path.join(opts.dir, 'cases.jsonl')) });
  for await (const line of lines) {
    if (!line) continue;
    const c = JSON.parse(line) as { agency: { code: string }; persons?: Person[] };
    cases += 1;
    for (const p of c.persons ?? []) {
      const index = ids.push(`person:${c.agency.code}:${p.id}`) - 1;
      caseOf.push(cases);
      const keys = new Set(blockingKeys(p.name, p.birthDate ?? null));
      for (const a of p.aliases ?? []) for (const k of blockingKeys(a, p.birthDate ?? null, true)) keys.add(k);
      for (const k of keys) (blocks.get(k) ?? blocks.set(k, []).get(k)!).push(index);
      const key = nameKey(p.name);
      if (key.comparable) {
        const name = key.words.join(' ');
        (byName.get(name) ?? byName.set(name, []).get(name)!).push({ id: ids[index], birthDate: p.birthDate ?? null });
      }
    }
  }
  // Candidate pairs as blocking forms them: within blocks of at most MAX_BLOCK, never two records of one case.
  const pairs = new Set<number>();
  const code = (a: number, b: number) => (a < b ? a * 4_000_000 + b : b * 4_000_000 + a);
  let oversized = 0;
  for (const members of blocks.values()) {
    if (members.length > MAX_BLOCK) {
      oversized += 1;
      continue;
    }
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        if (caseOf[members[i]] !== caseOf[members[j]]) pairs.add(code(members[i], members[j]));
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  let truePairs = 0;
  let met = 0;
  for (const g of truth.samePerson)
    for (let i = 0; i < g.records.length; i++)
      for (let j = i + 1; j < g.records.length; j++) {
        truePairs += 1;
        if (pairs.has(code(index.get(g.records[i])!, index.get(g.records[j])!))) met += 1;
      }
  // One name key and one birth date: pairs of different individuals (chance) against one individual's.
  let chance = 0;
  let same = 0;
  for (const holders of byName.values()) {
    const byDate = new Map<string, string[]>();
    for (const h of holders)
      if (h.birthDate) (byDate.get(h.birthDate) ?? byDate.set(h.birthDate, []).get(h.birthDate)!).push(h.id);
    for (const xs of byDate.values())
      for (let i = 0; i < xs.length; i++)
        for (let j = i + 1; j < xs.length; j++) {
          const g = individual.get(xs[i]);
          if (g && g === individual.get(xs[j])) same += 1;
          else chance += 1;
        }
  }
  const largest = [...byName.values()].reduce((m, h) => Math.max(m, h.length), 0);
  console.log(
    `${ids.length} person records, ${byName.size} name keys (largest held by ${largest}); name-key blocking: ${pairs.size} candidate pairs, ` +
      `${(pairs.size / ids.length).toFixed(2)} per record, ${oversized} keys over ${MAX_BLOCK} skipped; ` +
      `true pairs met: ${met} of ${truePairs}; one name and one birth date: ${same} pairs of one individual, ${chance} of different individuals`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
