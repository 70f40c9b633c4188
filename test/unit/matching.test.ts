import fc from 'fast-check';
import { blockingKeys, nameKey, skeleton, stem } from '../../src/matching/nameKeys';
import {
  DEFAULT_MODEL,
  MATCH_THRESHOLD,
  MIN_NAMESAKES,
  compareDates,
  nameSimilarity,
  scorePair,
  type Comparison,
  type Feature,
  type MatchPerson,
} from '../../src/matching/score';
import { chanceNamesakes, namesakes } from '../../src/matching/match';
import { duplicatesBeyondChance, uFromValueCounts } from '../../src/matching/train';
import { matchThreshold } from '../../src/config';

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
    fc.assert(
      fc.property(fc.string(), (s) => {
        const k = nameKey(s);
        return JSON.stringify(nameKey(k.words.join(' ')).words) === JSON.stringify(k.words);
      }),
    );
    expect(stem(skeleton('kazlauskienė'))).toBe('kaslausk');
  });
});

describe('scorePair: a Fellegi-Sunter model with term-frequency adjusted names', () => {
  const p = (over: Partial<MatchPerson>): MatchPerson => ({
    id: 'x',
    name: 'Sergei Ivanov',
    aliases: [],
    birthDate: null,
    nationality: null,
    ...over,
  });
  /** A name held by `namesakes` of 100 000 records, nothing else shared. */
  const held = (namesakes: number) => ({ namesakes, population: 100_000, sharedDocuments: [], sharedPhones: [] });
  const weightOf = (s: { features: Feature[] }, f: Feature['feature']) =>
    s.features.find((x) => x.feature === f)?.weight;

  it('a rare name with the same birth date is a match, and the breakdown adds up to the score', () => {
    const s = scorePair(
      p({ name: 'Иванов Сергей Петрович', birthDate: '1975-02-11', nationality: 'RU' }),
      p({ birthDate: '1975-02-11', nationality: 'RU' }),
      held(2),
    );
    expect(s.probability).toBeGreaterThan(0.99);
    expect(s.modelVersion).toBe(DEFAULT_MODEL.version);
    expect(s.features.map((f) => f.feature)).toEqual(['PRIOR', 'NAME', 'BIRTH_DATE', 'NATIONALITY']);
    // By hand: ln(m/u) = ln(0.85 / 4.5e-5) = 9.85 for an equal date; the prior ln(0.05 / 100000) = -14.51;
    // the name held by 2 of 100000 records: ln(0.85 / (2 / 100000)) = 10.66.
    expect(s.features.find((f) => f.feature === 'BIRTH_DATE')).toEqual({
      feature: 'BIRTH_DATE',
      detail: 'equal (1975-02-11)',
      weight: 9.85,
    });
    expect(weightOf(s, 'PRIOR')).toBe(-14.51);
    expect(weightOf(s, 'NAME')).toBe(10.66);
    expect(s.logOdds).toBeCloseTo(
      s.features.reduce((t, f) => t + f.weight, 0),
      5,
    );
  });

  it('a rare surname agreeing counts for far more than a common one', () => {
    const date = { birthDate: '1980-01-01' };
    const rare = scorePair(p(date), p(date), held(2));
    const common = scorePair(p(date), p(date), held(60));
    // ln(60 / 2) = 3.40 between the two: the name's frequency is its u.
    expect(weightOf(rare, 'NAME')! - weightOf(common, 'NAME')!).toBeCloseTo(Math.log(30), 1);
    expect(rare.probability).toBeGreaterThan(0.99);
    expect(common.probability).toBeGreaterThan(MATCH_THRESHOLD);
    // A name held by 3 % of the register ("Ivanov"/"Jensen") with an equal date is still a coin toss at most.
    expect(scorePair(p(date), p(date), held(3000)).probability).toBeLessThan(MATCH_THRESHOLD);
  });

  it('a name alone: enough when chance gives it to almost nobody, never when two records hold it by chance', () => {
    const same = { nationality: 'LT', gender: 'MALE', name: 'Mindaugas Butkemanauskas' };
    // Two chance holders: ln(0.05 · 0.85 / 2) = -3.85, nationality +1.10, gender +0.67: log-odds -2.08.
    expect(scorePair(p(same), p(same), held(2)).probability).toBeCloseTo(0.111, 2);
    // "Mindaugas Butkemanauskas", its words held by 400 and 3 of 100 000 records: 0.012 expected holders
    // (chanceNamesakes below). Name ln(0.85 / 1.2e-7) = 15.77, prior -14.51: log-odds 3.03 with the
    // missing birth date, the nationality and the gender: a match.
    const rare = scorePair(p(same), p({ ...same, name: 'BUTKEMANAUSKAS Mindaugas' }), held(0.012));
    expect(weightOf(rare, 'NAME')).toBe(15.77);
    expect(rare.probability).toBeCloseTo(0.954, 3);
    // A different birth year weighs ln(0.08 / 0.9985) = -2.52 against it; with two chance holders it is no match.
    const born = (y: string) => p({ ...same, birthDate: `${y}-05-01` });
    expect(rare.logOdds - scorePair(born('1975'), born('1982'), held(0.012)).logOdds).toBeCloseTo(2.52, 2);
    expect(scorePair(born('1975'), born('1982'), held(2)).probability).toBeLessThan(0.02);
    // Never rarer than MIN_NAMESAKES, so no weight is infinite.
    expect(weightOf(scorePair(p(same), p(same), held(0)), 'NAME')).toBe(
      Math.round(Math.log(0.85 / (MIN_NAMESAKES / 100_000)) * 100) / 100,
    );
  });

  it('a transposed date never makes a common name a match, nor a rare name above an equal date', () => {
    const at = (birthDate: string) => p({ birthDate, nationality: 'RU', gender: 'MALE' });
    // Common (9 chance holders): name ln(0.85e5 / 9) = 9.15, prior -14.51, date capped at ln 5 = 1.61,
    // nationality 1.10, gender 0.67: log-odds -1.98.
    expect(scorePair(at('1975-02-11'), at('1975-11-02'), held(9)).probability).toBeCloseTo(0.121, 2);
    const rareSwapped = scorePair(at('1975-02-11'), at('1975-11-02'), held(0.012));
    const rareEqual = scorePair(at('1975-02-11'), at('1975-02-11'), held(0.012));
    expect(rareSwapped.probability).toBeGreaterThan(MATCH_THRESHOLD); // the name carries it, the date adds a little
    expect(rareEqual.logOdds - rareSwapped.logOdds).toBeCloseTo(9.85 - 1.61, 1);
  });

  it('a transposed date is weak evidence: never a match with a common name, and less than an equal date', () => {
    const eq = scorePair(p({ birthDate: '1975-02-11' }), p({ birthDate: '1975-02-11' }), held(2));
    const swapped = scorePair(p({ birthDate: '1975-02-11' }), p({ birthDate: '1975-11-02' }), held(2));
    expect(swapped.features.find((f) => f.feature === 'BIRTH_DATE')!.detail).toBe(
      'day and month swapped (1975-02-11 / 1975-11-02)',
    );
    expect(weightOf(swapped, 'BIRTH_DATE')).toBe(1.61); // capped at ln 5
    expect(eq.logOdds - swapped.logOdds).toBeGreaterThan(8);
    // Namesakes of a common name with swapped dates, same nationality and gender: the pair of the issue (0.92 before).
    const common = scorePair(
      p({ birthDate: '1975-02-11', nationality: 'RU', gender: 'MALE' }),
      p({ birthDate: '1975-11-02', nationality: 'RU', gender: 'MALE' }),
      held(60),
    );
    expect(common.probability).toBeLessThan(0.05);
    // Even a rare name with a swapped date stays below the threshold on its own.
    expect(swapped.probability).toBeLessThan(MATCH_THRESHOLD);
  });

  it('dates: equal > swapped, one day apart, same month > different; partial dates agree at most on what they give', () => {
    expect(compareDates('1975-02-11', '1975-02-11')).toBe('exact');
    expect(compareDates('1975-02-11', '1975-11-02')).toBe('transposed');
    expect(compareDates('1975-02-28', '1975-03-01')).toBe('dayOff');
    expect(compareDates('1975-02-11', '1975-02-20')).toBe('yearMonth');
    expect(compareDates('1975-02-11', '1982-02-11')).toBe('different');
    expect(compareDates('1975', '1975-02-11')).toBeNull();
    expect(compareDates('1975', '1982-02-11')).toBe('different');
    expect(compareDates(null, '1975-02-11')).toBeNull();
    expect(scorePair(p({ birthDate: '1975-02-11' }), p({ birthDate: '1982-02-11' }), held(2)).probability).toBeLessThan(
      0.01,
    );
  });

  it('a missing birth date is no evidence either way', () => {
    const one = scorePair(p({ birthDate: '1975-02-11', nationality: 'EE' }), p({ nationality: 'EE' }), held(2));
    const none = scorePair(p({ nationality: 'EE' }), p({ nationality: 'EE' }), held(2));
    expect(one.features.some((f) => f.feature === 'BIRTH_DATE')).toBe(false);
    expect(one.logOdds).toBe(none.logOdds);
    expect(one.probability).toBeLessThan(MATCH_THRESHOLD);
  });

  it('a shared passport is strong evidence with an agreeing name, not with a different one', () => {
    const doc = { ...held(50), sharedDocuments: ['document:RU:751234567'] };
    const s = scorePair(p({ name: 'S. Ivanov' }), p({ name: 'Sergei Ivanov' }), doc);
    expect(s.probability).toBeGreaterThan(0.95);
    expect(s.features.find((f) => f.feature === 'DOCUMENT')).toEqual({
      feature: 'DOCUMENT',
      detail: 'both hold document:RU:751234567',
      weight: 12.21,
    }); // ln(0.2 / 1e-6)
    expect(scorePair(p({ name: 'Andrei Petrov' }), p({}), doc).probability).toBeLessThan(0.01);
  });

  it('records without a comparable name are never a match, whatever else agrees', () => {
    const all = {
      ...held(2),
      sharedDocuments: ['document:RU:1'],
      sharedPhones: ['phone:+79211234567'],
      sharedAccounts: ['account:LV1'],
    };
    for (const name of ['Unknown', 'S. I.', 'X', '']) {
      const s = scorePair(p({ name, birthDate: '1975-02-11' }), p({ name, birthDate: '1975-02-11' }), all);
      expect(s.probability).toBeLessThanOrEqual(0.01);
      expect(s.features.find((f) => f.feature === 'NAME')!.detail).toMatch(/no comparable name/);
      expect(s.logOdds).toBeCloseTo(
        s.features.reduce((t, f) => t + f.weight, 0),
        5,
      );
    }
  });

  it('a name in an unknown script is compared as written and never crashes', () => {
    const georgian = 'სერგეი ივანოვი';
    expect(() => scorePair(p({ name: georgian }), p({ name: '李 小龍' }), held(2))).not.toThrow();
    expect(
      scorePair(p({ name: georgian, birthDate: '1975-02-11' }), p({ name: georgian, birthDate: '1975-02-11' }), held(2))
        .probability,
    ).toBeGreaterThan(MATCH_THRESHOLD);
  });

  it("uses a trained model's parameters and names its version", () => {
    const trained = {
      ...DEFAULT_MODEL,
      version: 'trained-x',
      params: { ...DEFAULT_MODEL.params, duplicatesPerRecord: 0.5 },
    };
    const s = scorePair(p({}), p({}), held(2), trained);
    expect(s.modelVersion).toBe('trained-x');
    expect(weightOf(s, 'PRIOR')! - weightOf(scorePair(p({}), p({}), held(2)), 'PRIOR')!).toBeCloseTo(Math.log(10), 1);
  });
});

describe("namesakes: a name's frequency from its blocking keys", () => {
  it('the smallest shared name key; a name-with-year key counts as its name key', () => {
    expect(
      namesakes(
        ['ivan|sergei'],
        [
          ['ivan|sergei', 40],
          ['ivan|sergei|1975', 3],
        ],
      ),
    ).toBe(40);
    expect(
      namesakes(
        ['ivan|sergei|1975'],
        [
          ['ivan|sergei', 400],
          ['ivan|sergei|1975', 9],
        ],
      ),
    ).toBe(400);
    expect(namesakes(['popesu|1990'], [['popesu|1990', 3]])).toBe(150); // a one-word name: spread over 50 birth years
    expect(
      namesakes(
        [],
        [
          ['ivan|sergei', 7],
          ['ivan|sergei|1975', 2],
        ],
      ),
    ).toBe(7); // met through a shared identifier
    expect(namesakes([], [])).toBe(2);
    // Word keys count a word's holders: they are no name key.
    expect(
      namesakes(
        [],
        [
          ['word:ivan', 1],
          ['ivan|sergei', 7],
        ],
      ),
    ).toBe(7);
  });
});

describe("chanceNamesakes: a name's chance holders from its words, never fewer than one individual leaves", () => {
  const N = 100_000;
  it("a rare surname with a common given name: the product of the words' shares", () => {
    // Butkemanauskas held by 3 (all one individual), Mindaugas by 400: 100 000 · 3/1e5 · 400/1e5 = 0.012.
    const keys: Array<[string, number]> = [
      ['butkemanausk|mindaug', 3],
      ['word:butkemanausk', 3],
      ['word:mindaug', 400],
    ];
    expect(chanceNamesakes(['butkemanausk|mindaug', 'word:butkemanausk', 'word:mindaug'], keys, N)).toBeCloseTo(
      0.012,
      6,
    );
  });
  it('a full name held more often than one individual explains is that common (Vietnamese "Thi" with every surname)', () => {
    // Words: 100 000 · 0.003 · 0.03 · 0.005 = 0.045 expected, but 12 hold "Ngo Thi Lan": 12 - 3 = 9.
    const keys: Array<[string, number]> = [
      ['lan|ngo|thi', 12],
      ['word:lan', 500],
      ['word:ngo', 300],
      ['word:thi', 3000],
    ];
    expect(chanceNamesakes(['lan|ngo|thi', 'word:lan', 'word:ngo', 'word:thi'], keys, N)).toBe(9);
  });
  it('two rare words: never below MIN_NAMESAKES; no word keys: the holders as counted', () => {
    const keys: Array<[string, number]> = [
      ['kisorok|oleg', 2],
      ['word:kisorok', 2],
      ['word:oleg', 100],
    ];
    expect(chanceNamesakes(['kisorok|oleg', 'word:kisorok', 'word:oleg'], keys, N)).toBe(MIN_NAMESAKES); // 0.002
    expect(chanceNamesakes(['kisorok|oleg'], [['kisorok|oleg', 2]], N)).toBe(2);
  });
});

describe('training: u from value counts', () => {
  it('the chance that two random records agree, by hand', () => {
    const params = structuredClone(DEFAULT_MODEL.params);
    // 4 records: two born 1980-01-02, one 1980-02-01 (the first date swapped), one 1980-01-03 (a day later).
    uFromValueCounts(params, [
      { field: 'birthDate', value: '1980-01-02', count: 2 },
      { field: 'birthDate', value: '1980-02-01', count: 1 },
      { field: 'birthDate', value: '1980-01-03', count: 1 },
      { field: 'gender', value: 'MALE', count: 3 },
      { field: 'gender', value: 'FEMALE', count: 1 },
    ]);
    // 6 pairs: 1 equal, 2 swapped, 2 one day apart, 1 different (1980-02-01 / 1980-01-03).
    expect(params.levels.birthDate.exact.u).toBeCloseTo(1 / 6, 6);
    expect(params.levels.birthDate.transposed.u).toBeCloseTo(2 / 6, 6);
    expect(params.levels.birthDate.dayOff.u).toBeCloseTo(2 / 6, 6);
    expect(params.levels.birthDate.different.u).toBeCloseTo(1 / 6, 6);
    // Gender: 3 of 6 pairs are two men.
    expect(params.levels.gender.agree.u).toBeCloseTo(0.5, 6);
    expect(params.levels.nationality).toEqual(DEFAULT_MODEL.params.levels.nationality); // the name predicts it: the published u stays
  });
});

describe('MATCH_THRESHOLD', () => {
  it('is a probability, with a clear error otherwise', () => {
    expect(matchThreshold({})).toBe(0.5);
    expect(matchThreshold({ MATCH_THRESHOLD: '0.8' })).toBe(0.8);
    expect(() => matchThreshold({ MATCH_THRESHOLD: '1.5' })).toThrow(/MATCH_THRESHOLD: must be below 1/);
    expect(() => matchThreshold({ MATCH_THRESHOLD: 'high' })).toThrow(/MATCH_THRESHOLD: must be a number/);
  });
});

describe('training: duplicates per record beyond chance', () => {
  it('pairs with one name and an equal date, less chance, seen through m', () => {
    const params = structuredClone(DEFAULT_MODEL.params);
    params.levels.birthDate.exact.u = 0.01;
    const pair = (birthDate: Comparison['birthDate']): Comparison => ({
      name: 'exact',
      birthDate,
      gender: null,
      nationality: null,
      document: null,
      phone: null,
      account: null,
    });
    // 1000 dated namesake pairs, 30 with equal dates: 10 expected by chance, 20 beyond it, among 400 records;
    // 20 / 400 / (0.85 × 0.85) = 0.0692.
    const comparisons = [
      ...Array.from({ length: 30 }, () => pair('exact')),
      ...Array.from({ length: 970 }, () => pair('different')),
    ];
    expect(duplicatesBeyondChance(comparisons, 400, params)).toBeCloseTo(20 / 400 / (0.85 * 0.85), 4);
    expect(duplicatesBeyondChance(comparisons.slice(25), 400, params)).toBeNull(); // 5 equal dates of 975: chance alone
  });
});
