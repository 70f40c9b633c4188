// The generator's namesakes follow a real register's long-tailed surname law (seed/names.ts): the most
// frequent surname at its published share, most records holding a rare one. A short list drawn alone made
// every name common, and unrelated namesakes then shared birth dates by chance far more often than true
// duplicates did (issue 15: the birthday-paradox artefact that decided the model).
import { Rng } from '../../seed/identifiers';
import { newIdentity } from '../../seed/names';

const DRAWS = 20_000;
function shares(nationality: string, seed = 7) {
  const rng = new Rng(seed);
  const surnames = new Map<string, number>();
  const fullNames = new Map<string, number>();
  for (let i = 0; i < DRAWS; i++) {
    const id = newIdentity(rng, nationality, 'MALE');
    surnames.set(id.surname, (surnames.get(id.surname) ?? 0) + 1);
    const full = `${id.first} ${id.surname}`;
    fullNames.set(full, (fullNames.get(full) ?? 0) + 1);
  }
  const share = (m: Map<string, number>, k: string) => (m.get(k) ?? 0) / DRAWS;
  const top = (m: Map<string, number>) => Math.max(...m.values()) / DRAWS;
  return { surnames, fullNames, share, top };
}

describe('generator namesakes: name frequencies from real distributions', () => {
  it('makes Jensen common among Danes, near its published 4.4 %, and Dalgaard rare', () => {
    const { surnames, share } = shares('DK');
    expect(share(surnames, 'Jensen')).toBeGreaterThan(0.03);
    expect(share(surnames, 'Jensen')).toBeLessThan(0.06);
    expect(share(surnames, 'Dalgaard')).toBeLessThan(0.01);
  });

  it('spreads most Latvians over rare surnames: Kļaviņš is held by few, no full name by 1 %', () => {
    const { surnames, fullNames, share, top } = shares('LV');
    expect(share(surnames, 'Kļaviņš')).toBeLessThan(0.005);
    expect(surnames.size).toBeGreaterThan(60);
    expect(top(fullNames)).toBeLessThan(0.01);
  });

  it('keeps unrelated namesakes sharing a birth date rare: expected pairs per 10 000 Russians', () => {
    const { fullNames } = shares('RU');
    // Pairs of one full name, scaled to 10 000 records, each sharing one of ~14 600 birth days by chance.
    const scale = 10_000 / DRAWS;
    const pairs = [...fullNames.values()].reduce((s, n) => s + (n * scale * (n * scale - 1)) / 2, 0);
    expect(pairs / 14_600).toBeLessThan(2);
  });
});
