// IBANs under ISO 13616, ICAO 9303 document numbers, explainIdentifier, and normalisers fuzzed with
// arbitrary Unicode (never throwing).
import fc from 'fast-check';
import { countrySpecs } from 'ibantools';
import { EXPLAIN_KINDS, explainIdentifier } from '../../src/model/registry';
import {
  foldText,
  normaliseAddress,
  normaliseDocumentNumber,
  normaliseIban,
  normaliseOrganisation,
  normalisePhone,
  normalisePlate,
  normaliseProviderAccount,
  normaliseVin,
  readAddress,
  readIban,
  searchForm,
} from '../../src/model/normalise';
import { isWeakChain } from '../../src/links/analysis';

/** ISO 7064 mod 97-10 check digits of a BBAN, computed here from the standard, not by the library under test. */
function ibanOf(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

// BBANs in each country's registered layout (ISO 13616 registry); those of EE and NO carry national check
// digits, which the *_WRONG variants break on purpose (last digit changed).
const BBAN: Record<string, string> = {
  EE: '2200221020145685',
  LV: 'BANK0000435195001',
  LT: '1000011101001000',
  FI: '21481234567891',
  SE: '50000000058398257466',
  NO: '86011117947',
  DK: '00400440116243',
  IS: '0159260076545510730339',
};

describe('IBAN: valid when ISO 13616 says so', () => {
  it.each(Object.entries(BBAN))(
    '%s: a registry-format IBAN with right mod-97 digits is valid, printed or electronic',
    (country, bban) => {
      const iban = ibanOf(country, bban);
      expect(countrySpecs[country].chars).toBe(iban.length);
      const printed = iban.replace(/(.{4})/g, '$1 ').toLowerCase();
      const r = readIban(printed);
      expect(r).toMatchObject({ ok: true, value: { iban } });
    },
  );

  it.each(Object.entries(BBAN))(
    '%s: the paper format\'s "IBAN" label (ISO 13616-1) is no part of the IBAN',
    (country, bban) => {
      const iban = ibanOf(country, bban);
      const printed = iban.replace(/(.{4})/g, '$1 ').trim();
      for (const labelled of [`IBAN ${printed}`, `IBAN: ${printed}`, `iban ${iban}`, `IBAN:${iban}`]) {
        expect([labelled, normaliseIban(labelled)]).toEqual([labelled, { ok: true, value: iban }]);
      }
      // The label does not rescue a mistyped IBAN.
      const typo = `IBAN ${iban.slice(0, -1)}${(Number(iban.slice(-1)) + 1) % 10}`;
      expect(normaliseIban(typo).ok).toBe(false);
    },
  );

  it.each(Object.entries(BBAN))(
    '%s: a label in the language of the file ("IBAN-nr.", "kontonummer (IBAN)") is no part of the IBAN',
    (country, bban) => {
      const iban = ibanOf(country, bban);
      const printed = iban.replace(/(.{4})/g, '$1 ').trim();
      for (const labelled of [
        `IBAN-nr. ${printed}`,
        `IBAN-tilinumero ${printed}`,
        `IBAN-kood: ${iban}`,
        `kontonummer (IBAN) ${printed}`,
        `Tilinumero IBAN: ${printed}`,
        `Konto nr. (IBAN): ${iban}`,
      ]) {
        expect([labelled, normaliseIban(labelled)]).toEqual([labelled, { ok: true, value: iban }]);
      }
      expect(normaliseIban(`IBAN-nr. ${iban.slice(0, -1)}${(Number(iban.slice(-1)) + 1) % 10}`).ok).toBe(false);
    },
  );

  it.each(Object.entries(BBAN))(
    '%s: labels without the word IBAN and the punctuation of the sentence around it are no part of it',
    (country, bban) => {
      const iban = ibanOf(country, bban);
      const printed = iban.replace(/(.{4})/g, '$1 ').trim();
      for (const written of [
        `${printed},`,
        `${printed};`,
        `${printed}.`,
        `(${printed})`,
        `"${printed}"`,
        `«${iban}»`,
        `[${printed}];`,
        `IBAN nr. ${printed}`,
        `IBAN No. ${printed}`,
        `IBAN: ${printed},`,
        `Konto nr. ${printed}`,
        `Kontonr ${printed}`,
        `Konto: ${iban}`,
        `Tilinumero: ${printed}`,
        `Arvelduskonto: ${printed}`,
        `р/с ${printed}`,
        `р/сч ${iban}`,
        `счёт ${printed}.`,
      ])
        expect([written, normaliseIban(written)]).toEqual([written, { ok: true, value: iban }]);
      // Neither a label nor punctuation rescues a mistyped IBAN.
      const typo = `${printed.slice(0, -1)}${(Number(printed.slice(-1)) + 1) % 10}`;
      for (const written of [`Konto nr. ${typo}`, `${typo},`, `(${typo})`])
        expect([written, normaliseIban(written).ok]).toEqual([written, false]);
    },
  );

  it('takes as the label only text without digits before a country code of the registry that begins a word', () => {
    const iban = ibanOf('EE', BBAN.EE);
    // The country code left out: "nr" is no country, so nothing is taken away and the text is refused.
    expect(normaliseIban(`Konto nr ${iban.slice(2)}`).ok).toBe(false);
    // Digits before the IBAN are no label.
    expect(normaliseIban(`Konto 2: ${iban}`).ok).toBe(false);
    // Letters glued to the country code are a word of the text, not the IBAN's start.
    expect(normaliseIban(`Kontonr${iban}`).ok).toBe(false);
    // A country outside the registry is still refused, labelled or not.
    expect(normaliseIban(`Konto nr. ${ibanOf('ZZ', '1234567890123456')}`).ok).toBe(false);
  });

  it.each([
    ['EE', '2200221020145686'],
    ['NO', '86011117948'],
  ])('%s: national check digits that fail are a note, never a reason to refuse (mod-97 holds)', (country, bban) => {
    const iban = ibanOf(country, bban);
    const r = readIban(iban);
    if (!r.ok) throw new Error(r.problem);
    expect(r.value.nationalCheck).toBe('FAILED');
    expect(r.value.notes.join()).toMatch(/national check digits/);
    expect(normaliseIban(iban)).toEqual({ ok: true, value: iban });
  });

  it.each(Object.entries(BBAN))('%s: a mistyped IBAN (one digit changed) fails mod-97', (country, bban) => {
    const iban = ibanOf(country, bban);
    const i = iban.length - 3;
    const typo = `${iban.slice(0, i)}${(Number(iban[i]) + 1) % 10}${iban.slice(i + 1)}`;
    const r = readIban(typo);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/mod-97/);
  });

  it('swapped neighbouring digits fail mod-97 too', () => {
    for (const [country, bban] of Object.entries(BBAN)) {
      const iban = ibanOf(country, bban);
      const i = [...iban].findIndex(
        (ch, j) => j >= 4 && /\d/.test(ch) && /\d/.test(iban[j + 1] ?? '') && ch !== iban[j + 1],
      );
      const swapped = `${iban.slice(0, i)}${iban[i + 1]}${iban[i]}${iban.slice(i + 2)}`;
      expect([swapped, readIban(swapped).ok]).toEqual([swapped, false]);
    }
  });

  it('refuses a wrong length, a wrong BBAN format and a country outside the registry', () => {
    expect(readIban(ibanOf('LV', BBAN.LV).slice(0, -1))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/length/),
    });
    expect(readIban(ibanOf('EE', '22002210201456AB'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/format/),
    });
    expect(readIban(ibanOf('XK', '1212012345678906')).ok).toBe(countrySpecs.XK?.chars === 20);
    expect(readIban(ibanOf('ZZ', '1234567890123456'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/registry/),
    });
    // Found by fuzzing: ibantools' national BBAN check threw on it.
    expect(readIban('🅪㈀𐀀')).toMatchObject({ ok: false, problem: expect.stringMatching(/letters and digits/) });
  });
  // A domestic account number without IBAN, in a case of its country: Norway's 11-digit kontonummer (MOD11)
  // and Finland's old two-part number in its machine format (Luhn). The IBANs expected are the registry's
  // examples (NO9386011117947; ECBS: FI2112345600000785 for 123456-785, FI5542345670000081 for
  // 423456-781, zeros after the seventh digit for a savings or cooperative bank) and ibanOf's.
  it.each([
    ['NO', '8601.11.17947', 'NO9386011117947'],
    ['NO', '8601 11 17947', 'NO9386011117947'],
    ['NO', 'Kontonummer: 86011117947', 'NO9386011117947'],
    ['NO', '1234.56.78903', ibanOf('NO', '12345678903')],
    ['FI', '123456-785', 'FI2112345600000785'],
    ['FI', 'Tilinumero: 123456 - 785', 'FI2112345600000785'],
    ['FI', '12345600000785', 'FI2112345600000785'],
    ['FI', '423456-781', 'FI5542345670000081'],
  ])('%s: the domestic account number %s is the IBAN %s when its check digit holds', (country, written, iban) => {
    expect(normaliseIban(written, country)).toEqual({ ok: true, value: iban });
    expect(normaliseIban(iban)).toEqual({ ok: true, value: iban });
    expect(explainIdentifier('IBAN', { raw: written }, country).rules).toContainEqual({
      rule: expect.stringMatching(/account number .* check digit holds/),
      source: expect.stringMatching(country === 'NO' ? /MOD11/ : /Finnish Financial Services/),
    });
  });
  it('a domestic account number with a failing check digit is refused (flagged by the import), never composed', () => {
    for (const [country, written] of [
      ['NO', '1234.56.78904'],
      ['NO', '8601.11.17948'],
      ['FI', '123456-786'],
      ['FI', '423456-782'],
      ['FI', '12345600000786'],
    ]) {
      const r = readIban(written, country);
      expect([written, r]).toEqual([
        written,
        { ok: false, problem: expect.stringMatching(/account number .*check digit does not match/) },
      ]);
    }
    // Two different numbers stay two accounts; the same digits in another country's case are no IBAN.
    expect(normaliseIban('8601.11.17947', 'NO')).not.toEqual(normaliseIban('8601.11.17955', 'NO'));
    expect(normaliseIban('123456-785', 'FI')).not.toEqual(normaliseIban('123456-7850', 'FI'));
    for (const [written, country] of <Array<[string, string | null]>>[
      ['8601.11.17947', 'SE'],
      ['8601.11.17947', 'FI'],
      ['123456-785', 'EE'],
      ['123456-785', 'NO'],
      ['8601.11.17947', null],
    ])
      expect([written, country, normaliseIban(written, country).ok]).toEqual([written, country, false]);
    // Only the national layouts: not a Norwegian number split otherwise, nor a Finnish one without its hyphen.
    expect(normaliseIban('8601.1117947', 'NO').ok).toBe(false);
    expect(normaliseIban('123456785', 'FI').ok).toBe(false);
  });
  it('Russia: its registry entry (33 characters) is followed, but Russian accounts are written as provider + 20-digit number', () => {
    // Domestic Russian payments use BIC + 20-digit account, not IBAN; the exchange format's provider + number
    // carries them (normaliseProviderAccount).
    expect(countrySpecs.RU.chars).toBe(33);
    expect(readIban(ibanOf('RU', `044525225${'40817810099910004312'}`)).ok).toBe(true);
    expect(normaliseProviderAccount('Sberbank', '4081 7810 0999 1000 4312')).toEqual({
      ok: true,
      value: 'sberbank:40817810099910004312',
    });
  });
});

describe('document numbers (ICAO 9303)', () => {
  it('drops the MRZ filler "<" at the end, and never folds O into 0', () => {
    expect(normaliseDocumentNumber('FE123456<')).toEqual({ ok: true, value: 'FE123456' });
    expect(normaliseDocumentNumber('FE1234<<<')).toEqual({ ok: true, value: 'FE1234' });
    expect(normaliseDocumentNumber('AO123456')).not.toEqual(normaliseDocumentNumber('A0123456'));
  });

  it('reads the numero sign as no part of the number ("№ 4506 123456", "Nr. 123456")', () => {
    for (const written of [
      '№ 4506 123456',
      '№4506123456',
      '№: 4506 123456',
      'Nr. 4506 123456',
      'NR.: 4506 123456',
      'Nr: 4506123456',
      'N° 4506-123456',
      'No. 4506123456',
      'NO. 4506123456',
    ])
      expect([written, normaliseDocumentNumber(written)]).toEqual([written, { ok: true, value: '4506123456' }]);
    // "NO" without a dot is letters of the number (a series), not the sign.
    expect(normaliseDocumentNumber('NO1234567')).toEqual({ ok: true, value: 'NO1234567' });
  });

  it('folds Cyrillic series letters to their Latin look-alikes, as a file abroad copies them', () => {
    // A Ukrainian passport before 2016 ("СН 123456") typed on a Russian or a Latin keyboard.
    expect(normaliseDocumentNumber('СН 123456')).toEqual(normaliseDocumentNumber('CH123456'));
    expect(normaliseDocumentNumber('ТО 654321')).toEqual({ ok: true, value: 'TO654321' });
    // A letter without a look-alike is transliterated (ICAO 9303): a Soviet birth certificate's series.
    expect(normaliseDocumentNumber('II-АГ 123456')).toEqual({ ok: true, value: 'IIAG123456' });
    expect(explainIdentifier('DOCUMENT', { raw: '№ СН 123456' }, 'UA').rules.map((r) => r.rule)).toEqual(
      expect.arrayContaining([expect.stringContaining('numero sign'), expect.stringContaining('Cyrillic')]),
    );
  });
});

describe('explainIdentifier', () => {
  it("gives the importer's key and the rules with their sources for an address", () => {
    const e = explainIdentifier('ADDRESS', { raw: 'Tartu mnt 12-5', city: 'Tallinn', postalCode: '10115' }, 'EE');
    expect(e.key).toBe(
      `address:${(readAddress({ street: 'Tartu mnt 12-5', city: 'Tallinn', country: 'EE' }) as { value: { key: string } }).value.key}`,
    );
    expect(e.buildingKey).toBe(e.key!.replace(/#5$/, ''));
    expect(e.flat).toBe('5');
    expect(e.rules).toContainEqual({
      rule: 'street type "mnt" = "maantee"',
      source: expect.stringMatching(/Estonian address data system/),
    });
    expect(e.rules.some((r) => /house-flat/.test(r.rule))).toBe(true);
  });
  it('two spellings of one flat explain to one key', () => {
    const a = explainIdentifier('ADDRESS', { raw: 'Невский пр., д. 28, кв. 15', city: 'Санкт-Петербург' }, 'RU');
    const b = explainIdentifier(
      'ADDRESS',
      { raw: 'Nevsky prospekt 28-15', city: 'St. Petersburg', country: 'RU' },
      'EE',
    );
    expect(a.key).toBe(b.key);
  });
  it('notes a failed national IBAN check and keeps the key', () => {
    const iban = ibanOf('EE', '2200221020145686');
    const e = explainIdentifier('IBAN', { raw: iban }, 'FI');
    expect(e.key).toBe(`account:iban:${iban}`);
    expect(e.notes.join()).toMatch(/national check digits/);
    expect(e.rules[0].source).toMatch(/ISO 13616/);
  });
  it('says when a label or punctuation was taken away from an IBAN', () => {
    const e = explainIdentifier('IBAN', { raw: 'Konto nr. EE38 2200 2210 2014 5685,' }, 'EE');
    expect(e.key).toBe('account:iban:EE382200221020145685');
    expect(e.rules.map((r) => r.rule)).toContain('the label before the number and the punctuation around it removed');
    expect(explainIdentifier('IBAN', { raw: 'EE38 2200 2210 2014 5685' }, 'EE').rules).toHaveLength(2);
  });
  it('says why a value has no key', () => {
    const e = explainIdentifier('IBAN', { raw: 'LV81BANK0000435195001' }, 'LV');
    expect(e.key).toBeNull();
    expect(e.problem).toMatch(/mod-97/);
    expect(e.notes.join()).toMatch(/flagged/);
    expect(explainIdentifier('PHONE', { raw: '+372 1' }, 'EE')).toMatchObject({
      key: null,
      problem: expect.stringMatching(/not a valid phone/),
    });
  });
  it("phones, plates, VINs and documents give the importer's ids", () => {
    expect(explainIdentifier('PHONE', { raw: '0037251234567' }, 'FI')).toMatchObject({
      key: 'phone:+37251234567',
      rules: expect.arrayContaining([{ rule: 'international prefix "00" = "+"', source: expect.any(String) }]),
    });
    expect(explainIdentifier('PHONE', { raw: '51234567' }, 'EE').key).toBe('phone:+37251234567');
    expect(explainIdentifier('PHONE', { raw: '+45 (0) 20 12 34 56' }, 'FI')).toMatchObject({
      key: 'phone:+4520123456',
      rules: expect.arrayContaining([
        { rule: expect.stringMatching(/"\(0\)"/), source: expect.stringMatching(/E\.123/) },
      ]),
    });
    expect(explainIdentifier('PHONE', { raw: '8 921 123-45-67' }, 'EE')).toMatchObject({
      key: 'phone:+79211234567',
      rules: [
        {
          rule: "read as +79211234567 (written as in RU, where 8 is the trunk prefix: not a number in EE, the case's country)",
          source: expect.stringMatching(/E\.164/),
        },
      ],
    });
    expect(explainIdentifier('PHONE', { raw: '+358_40_1234567' }, 'FI')).toMatchObject({
      key: 'phone:+358401234567',
      rules: expect.arrayContaining([{ rule: expect.stringMatching(/"_"/), source: expect.stringMatching(/E\.123/) }]),
    });
    // Read in the case's country, with the other reading said, so the analyst can correct the file.
    expect(explainIdentifier('PHONE', { raw: '45 20123456' }, 'FI')).toMatchObject({
      key: 'phone:+3584520123456',
      notes: [expect.stringMatching(/without the trunk prefix of FI, it also reads as \+4520123456 \(DK/)],
    });
    expect(explainIdentifier('PHONE', { raw: '045 2012 3456' }, 'FI').notes).toEqual([]);
    expect(explainIdentifier('PLATE', { raw: 'А 123 ВС 78' }, 'RU').key).toBe('vehicle:RU:A123BC78');
    expect(explainIdentifier('PLATE', { raw: 'A 123 BC 78 RUS' }, 'RU')).toMatchObject({
      key: 'vehicle:RU:A123BC78',
      rules: expect.arrayContaining([
        expect.objectContaining({ rule: expect.stringMatching(/distinguishing sign "RUS"/) }),
      ]),
    });
    expect(explainIdentifier('PLATE', { raw: 'V123NR78' }, 'RU')).toMatchObject({
      key: 'vehicle:RU:B123HP78',
      rules: expect.arrayContaining([expect.objectContaining({ source: expect.stringMatching(/ICAO 9303/) })]),
    });
    expect(explainIdentifier('VIN', { raw: 'wv1 zzz2ez-e6012345' }, 'EE').key).toBe('vehicle:vin:WV1ZZZ2EZE6012345');
    const doc = explainIdentifier('DOCUMENT', { raw: 'FE12O456<', country: 'UA' }, 'EE');
    expect(doc.key).toBe('document:UA:FE12O456');
    expect(doc.notes.join()).toMatch(/letter O/);
  });
});

describe('normalisation never throws on any Unicode input', () => {
  // Arbitrary code points, plus the characters that break naive text handling.
  const tricky = fc.constantFrom(
    '\u0301',
    '\u0308',
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u202e',
    '\u202a',
    '\u061c',
    'א',
    'ب',
    '\u0651',
    'ё',
    'й',
    'ß',
    'İ',
    'ǅ',
    '\ud83d\ude00',
    '-',
    '.',
    '/',
    '<',
    '#',
    '|',
  );
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 30 }).map((a) => a.join('')),
  );
  const countries = fc.constantFrom('EE', 'LV', 'LT', 'FI', 'SE', 'NO', 'DK', 'IS', 'RU', 'XX', '');
  it('every normaliser returns a result', () => {
    fc.assert(
      fc.property(text, text, text, countries, (a, b, c, country) => {
        for (const r of [
          normalisePhone(a, country || 'EE'),
          normalisePlate(a, country),
          normaliseIban(a),
          readIban(a),
          readIban(a, country),
          normaliseVin(a),
          normaliseDocumentNumber(a),
          normaliseProviderAccount(a, b),
          normaliseOrganisation({ name: a, registrationNumber: b, country }),
          normaliseAddress({ street: a, postalCode: b, city: c, country }),
        ])
          expect(typeof r.ok).toBe('boolean');
        expect(typeof foldText(a)).toBe('string');
        expect(typeof searchForm(a, b)).toBe('string');
        for (const kind of EXPLAIN_KINDS) {
          const e = explainIdentifier(kind, { raw: a, city: b, postalCode: c, country: country || null }, 'EE');
          expect(e.key === null || typeof e.key === 'string').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('zero-width and bidirectional marks do not change an identifier', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u200e'),
        fc.nat(10),
        (mark, at) => {
          const street = 'Tartu mnt 12-5';
          const i = Math.min(at, street.length);
          const marked = `${street.slice(0, i)}${mark}${street.slice(i)}`;
          expect(normaliseAddress({ street: marked, city: 'Tallinn', country: 'EE' })).toEqual(
            normaliseAddress({ street, city: 'Tallinn', country: 'EE' }),
          );
          const iban = 'EE38 2200 2210 2014 5685';
          expect(normaliseIban(`${iban.slice(0, i)}${mark}${iban.slice(i)}`)).toEqual(normaliseIban(iban));
        },
      ),
    );
  });
});

describe('weak chains', () => {
  it('two IN_BUILDING steps in a row (two flats of one building) and POSSIBLY_SAME are weak; one IN_BUILDING is not', () => {
    expect(isWeakChain(['MENTIONS', 'IN_BUILDING', 'IN_BUILDING', 'MENTIONS'])).toBe(true);
    expect(isWeakChain(['MENTIONS', 'IN_BUILDING', 'MENTIONS'])).toBe(false);
    expect(isWeakChain(['INVOLVES', 'POSSIBLY_SAME', 'INVOLVES'])).toBe(true);
    expect(isWeakChain(['MENTIONS', 'IN_BUILDING', 'LIVES_AT', 'LIVES_AT', 'IN_BUILDING', 'MENTIONS'])).toBe(false);
  });
});
