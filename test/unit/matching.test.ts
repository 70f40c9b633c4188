import fc from 'fast-check';
import { blockingKeys, nameKey, skeleton, stem } from '../../src/matching/nameKeys';
import { MATCH_THRESHOLD, nameSimilarity, rarity, scorePair, type MatchPerson } from '../../src/matching/score';

const keyOf = (name: string) => nameKey(name).stems.join(' ');

describe('name keys: variants of one name meet', () => {
  it.each([
    ['Иванов Сергей Петрович', 'Sergei Ivanov'], // Cyrillic with patronymic / Latin without, order swapped
    ['Sergei Ivanov', 'Sergej Iwanow'], //          German spelling
    ['Sergey Ivanoff', 'Ivanov Sergei'], //         -off, order swapped
    ['Юлия Смирнова', 'Yuliya Smirnova'], //        BGN/PCGN
    ['Iuliia Smirnova', 'Julija Smirnova'], //      ICAO 9303 / Baltic
    ['Rūta Kazlauskienė', 'Ruta Kazlauskaite'], //  married and maiden forms, no diacritics
    ['Jānis Bērziņš', 'Janis Berzins'],
    ['Dace Bērziņa', 'Dace Berzins'], //            feminine / masculine Latvian form
    ['Søren Sørensen', 'Soeren Soerensen'], //      Nordic letters as written elsewhere
    ['Åsa Åberg', 'Aasa Aaberg'],
    ['Mikko Mäkinen', 'Mikko Maekinen'],
    ['Õnnela Tamm', 'Onnela Tamm'],
    ['Александр Кузнецов', 'Aleksandr Kuznetsov'],
    ['Дмитрий Соколов', 'Dmitrij Sokolow'],
    ['Георгий Жуков', 'Georgi Schukow'], //         German sch for ж
    ['Валентина Морозова', 'Walentina Morosowa'], // German s for з
    ['Роман Зайцев', 'Romans Zajcevs'], //          Latvian form: c for ц, -s ending
    ['Марина Воробьёва', 'Marina Vorobjova'], //     ё written jo
  ])('%s ~ %s', (a, b) => {
    expect(keyOf(a)).toBe(keyOf(b));
    expect(blockingKeys(a, null).some((k) => blockingKeys(b, null).includes(k))).toBe(true);
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps different names apart', () => {
    expect(keyOf('Sergei Ivanov')).not.toBe(keyOf('Sergei Petrov'));
    expect(nameSimilarity('Sergei Ivanov', 'Andrei Petrov')!).toBeLessThan(0.85);
    expect(blockingKeys('Sergei Ivanov', null)).not.toEqual(blockingKeys('Sergei Smirnov', null));
  });

  it('a placeholder or empty name is not comparable, and blocks nothing', () => {
    for (const n of ['Unknown', 'N.N.', '', '???', 'XX']) {
      expect(nameKey(n).comparable).toBe(false);
      expect(blockingKeys(n, '1980-01-01')).toEqual([]);
      expect(nameSimilarity(n, 'Sergei Ivanov')).toBeNull();
    }
  });

  it('a one-word name blocks only together with a birth year', () => {
    expect(blockingKeys('Popescu', null)).toEqual([]);
    expect(blockingKeys('Popescu', '1990-05-01')).toEqual(['popesu|1990', 'popesku|1990']); // c read as ц (common) and as k (Nordic and German)
  });

  it('skeleton and stem are idempotent (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (w) => skeleton(skeleton(w)) === skeleton(w)));
    fc.assert(fc.property(fc.string(), (s) => {
      const k = nameKey(s);
      return JSON.stringify(nameKey(k.words.join(' ')).words) === JSON.stringify(k.words);
    }));
    expect(stem(skeleton('kazlauskienė'))).toBe('kaslausk');
  });
});

describe('scorePair', () => {
  const p = (over: Partial<MatchPerson>): MatchPerson => ({ id: 'x', name: 'Sergei Ivanov', aliases: [], birthDate: null, nationality: null, ...over });
  const none = { blockSize: 2, sharedDocuments: [], sharedPhones: [] };

  it('a rare name with the same birth date is a match, and says why', () => {
    const s = scorePair(p({ name: 'Иванов Сергей Петрович', birthDate: '1975-02-11', nationality: 'RU' }), p({ birthDate: '1975-02-11', nationality: 'RU' }), none);
    expect(s.probability).toBeGreaterThan(0.95);
    expect(s.features.map((f) => f.feature)).toEqual(['PRIOR', 'NAME', 'BIRTH_DATE', 'NATIONALITY']);
    expect(s.features.find((f) => f.feature === 'BIRTH_DATE')).toEqual({ feature: 'BIRTH_DATE', detail: 'equal (1975-02-11)', weight: 5 });
    expect(s.logOdds).toBeCloseTo(s.features.reduce((t, f) => t + f.weight, 0), 5);
  });

  it('day and month swapped, or the year only, count for less than equal dates', () => {
    const eq = scorePair(p({ birthDate: '1975-02-11' }), p({ birthDate: '1975-02-11' }), none).logOdds;
    const swapped = scorePair(p({ birthDate: '1975-02-11' }), p({ birthDate: '1975-11-02' }), none).logOdds;
    const year = scorePair(p({ birthDate: '1975-02-11' }), p({ birthDate: '1975-06-30' }), none).logOdds;
    const other = scorePair(p({ birthDate: '1975-02-11' }), p({ birthDate: '1982-02-11' }), none).logOdds;
    expect(eq).toBeGreaterThan(swapped);
    expect(swapped).toBeGreaterThan(year);
    expect(year).toBeGreaterThan(other);
    expect(scorePair(p({ birthDate: '1975-02-11' }), p({ birthDate: '1982-02-11' }), none).probability).toBeLessThan(MATCH_THRESHOLD);
  });

  it('rare names count for more than common ones, but a name alone is never enough', () => {
    expect(rarity(2)).toBeGreaterThan(rarity(16));
    const rare = scorePair(p({ nationality: 'RU' }), p({ nationality: 'RU' }), { ...none, blockSize: 2 });
    const common = scorePair(p({ nationality: 'RU' }), p({ nationality: 'RU' }), { ...none, blockSize: 200 });
    expect(rare.probability).toBeGreaterThan(common.probability);
    expect(rare.probability).toBeLessThan(MATCH_THRESHOLD);
    const withDate = (blockSize: number) => scorePair(p({ birthDate: '1980-01-01' }), p({ birthDate: '1980-01-01' }), { ...none, blockSize }).probability;
    expect(withDate(2)).toBeGreaterThan(withDate(200));
    expect(withDate(200)).toBeGreaterThan(MATCH_THRESHOLD);
  });

  it('a name that cannot be compared is unknown, never a match on its own', () => {
    const s = scorePair(p({ name: 'Unknown' }), p({ name: 'Unknown' }), none);
    expect(s.features.find((f) => f.feature === 'NAME')!.weight).toBe(0);
    expect(s.probability).toBeLessThan(0.05);
  });

  it('a shared passport and phone are strong evidence', () => {
    const s = scorePair(p({ name: 'S. Ivanov' }), p({ name: 'Sergei Ivanov' }), { blockSize: 50, sharedDocuments: ['document:RU:751234567'], sharedPhones: ['phone:+79211234567'] });
    expect(s.probability).toBeGreaterThan(0.95);
    expect(s.features.find((f) => f.feature === 'DOCUMENT')!.detail).toBe('both hold document:RU:751234567');
  });
});
