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
  looksLikeIban,
  looksLikePhone,
  transliterate,
} from '../../src/model/normalise';
import { getExampleNumber, parsePhoneNumber, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import fc from 'fast-check';

const value = <T>(r: { ok: true; value: T } | { ok: false; problem: string }): T => {
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};

describe('normalisePhone', () => {
  it.each([
    ['+372 5123 4567', 'FI', '+37251234567'],
    ['0037251234567', 'FI', '+37251234567'],
    ['51234567', 'EE', '+37251234567'],
    ['8 (921) 123-45-67', 'RU', '+79211234567'],
    ['+7 921 123 45 67', 'NO', '+79211234567'],
    ['040 123 4567', 'FI', '+358401234567'],
    ['070-123 45 67', 'SE', '+46701234567'],
    ['+47 912 34 567', 'DK', '+4791234567'],
    ['2123 4567', 'LV', '+37121234567'],
    ['+371 2123 4567', 'EE', '+37121234567'],
    ['8 612 34567', 'LT', '+37061234567'], // Lithuanian trunk prefix 8
    ['+370 612 34567', 'FI', '+37061234567'],
    ['611 1234', 'IS', '+3546111234'],
    ['+354 611 1234', 'NO', '+3546111234'],
    ['20 12 34 56', 'DK', '+4520123456'],
  ])('%s written in a %s case is %s', (raw, country, e164) => {
    expect(value(normalisePhone(raw, country)).e164).toBe(e164);
  });

  it('takes the case country for a local number, so the same digits differ by country', () => {
    expect(value(normalisePhone('51234567', 'EE')).e164).not.toBe(value(normalisePhone('20123456', 'DK')).e164);
  });

  // The corpus: libphonenumber's example mobile numbers (from the national numbering plans it tracks; the
  // package ships no other kind) of every country of the exchange and its neighbours, and a fixed line of
  // Saint Petersburg, Minsk and Vilnius, written as other files write them.
  const EXCHANGE = ['EE', 'LV', 'LT', 'FI', 'SE', 'NO', 'DK', 'IS', 'RU', 'BY', 'UA', 'PL'] as CountryCode[];
  const examples = [
    ...EXCHANGE.map((c) => getExampleNumber(c, mobileExamples)),
    ...['+78121234567', '+375172001234', '+37052123456'].map((e164) => parsePhoneNumber(e164)),
  ].filter((n): n is PhoneNumber => n !== undefined && n.isValid());
  const readings = (written: (n: PhoneNumber) => string, from: (n: PhoneNumber) => boolean) =>
    examples.filter(from).flatMap((n) =>
      EXCHANGE.filter((c) => c !== n.country).map((c) => ({
        n,
        c,
        raw: written(n),
        r: normalisePhone(written(n), c),
      })),
    );

  it("reads a number written with its country code but no '+' in a case of any other country", () => {
    const all = readings(
      (n) => n.formatInternational().slice(1),
      () => true,
    );
    expect(examples.length).toBe(EXCHANGE.length + 3);
    // The case's own country comes first: "47 40 61 23 45" is a valid Finnish number as written. Every
    // number the case's country does not read is read right, and is never refused.
    const fellBack = all.filter((x) => !x.r.ok || x.r.value.readAs !== null);
    expect(fellBack.filter((x) => !x.r.ok || x.r.value.e164 !== x.n.number)).toEqual([]);
    expect(fellBack.length / all.length).toBeGreaterThan(0.9);
    expect(fellBack[0].r).toMatchObject({ ok: true, value: { readAs: 'the country code written without "+"' } });
  });

  it('reads the national format of Russia and Belarus (trunk prefix 8) in a case of any other country', () => {
    const all = readings(
      (n) => n.formatNational(),
      (n) => n.country === 'RU' || n.country === 'BY',
    );
    expect(all.length).toBe(4 * (EXCHANGE.length - 1));
    for (const { raw, c, n, r } of all) {
      expect([raw, c, r.ok && r.value.e164]).toEqual([raw, c, n.number]);
    }
    expect(normalisePhone('8 (921) 123-45-67', 'FI')).toMatchObject({
      ok: true,
      value: { e164: '+79211234567', country: 'RU', readAs: 'written as in RU, where 8 is the trunk prefix' },
    });
    // Lithuania's former trunk prefix, as older files write it; "8~10" is Russia's international prefix.
    expect(normalisePhone('8 612 34567', 'LV')).toMatchObject({ ok: true, value: { e164: '+37061234567' } });
    expect(normalisePhone('8 10 358 40 123 4567', 'EE')).toMatchObject({
      ok: true,
      value: { e164: '+358401234567', readAs: 'written as in RU, where 8~10 is the international prefix' },
    });
  });

  it("reads Ukraine's long-distance form before 2009 (8, then the code with its 0) in every case, Ukraine's too", () => {
    const ua = examples.filter((n) => n.country === 'UA');
    expect(ua.length).toBe(1);
    for (const n of ua)
      for (const c of EXCHANGE)
        for (const raw of [`8 ${n.formatNational()}`, `8 (${n.formatNational().replace(' ', ') ')}`]) {
          const r = normalisePhone(raw, c);
          expect([raw, c, r.ok && r.value.e164]).toEqual([raw, c, n.number]);
        }
    expect(normalisePhone('8 (067) 123-45-67', 'UA')).toMatchObject({
      ok: true,
      value: { e164: '+380671234567', readAs: expect.stringMatching(/UA before 2009/) },
    });
    // Kyiv's old "8 044 …" is also a Belarusian mobile in Belarus's trunk-8 format: refused with both.
    const kyiv = normalisePhone('8 044 123 45 67', 'UA');
    expect(kyiv.ok).toBe(false);
    if (!kyiv.ok) expect(kyiv.problem).toMatch(/\+375441234567 .* or \+380441234567 /);
    // A Belarusian mobile in its own format stays Belarusian in a Ukrainian case.
    expect(value(normalisePhone('8 029 491-19-11', 'UA')).e164).toBe('+375294911911');
  });

  it('refuses a number that two conventions read differently, naming both', () => {
    // A Moscow number with the trunk prefix, or a Vietnamese one with its country code and no "+".
    const r = normalisePhone('84951873104', 'FI');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toMatch(/could be \+84951873104 .* or \+74951873104 .*write it with \+ and the country code/);
  });

  // E.123's international notation sets the country code apart as a group of its own: a first group of
  // digits shorter than a country code is not that code written without "+".
  it.each([
    ['8 (495) 123-45-67', 'FI', '+74951234567'],
    ['8 495 123-45-67', 'EE', '+74951234567'],
    ['8-495-123-45-67', 'SE', '+74951234567'],
    ['8 (499) 123-45-67', 'DK', '+74991234567'],
    ['8 (812) 123-45-67', 'NO', '+78121234567'],
  ])('%s in a %s case is the Russian trunk 8, not +84 (the country code is a group of its own)', (raw, c, e164) => {
    expect(normalisePhone(raw, c)).toMatchObject({
      ok: true,
      value: { e164, readAs: 'written as in RU, where 8 is the trunk prefix' },
    });
  });
  it.each([
    ['7 921 123 45 67', 'EE', '+79211234567'],
    ['47 40 61 55 07', 'EE', '+4740615507'],
    ['372 5123 4567', 'FI', '+37251234567'],
    ['358401234567', 'EE', '+358401234567'],
    ['3584 0123 4567', 'EE', '+358401234567'],
  ])('%s in a %s case still reads as a country code without "+": the first group holds it', (raw, c, e164) => {
    expect(normalisePhone(raw, c)).toMatchObject({
      ok: true,
      value: { e164, readAs: 'the country code written without "+"' },
    });
  });
  it('keeps refusing what both readings fit: the first group holds the code, or nothing separates', () => {
    for (const raw of ['84 95 123 45 67', '84951234567']) {
      const r = normalisePhone(raw, 'FI');
      expect([raw, r.ok]).toEqual([raw, false]);
      if (!r.ok) expect(r.problem).toMatch(/\+84951234567 .* or \+74951234567 /);
    }
    // A country code split by a separator is not read: "3 725 …" and "37 25 …" are not +372.
    expect(normalisePhone('3 725 123 4567', 'FI').ok).toBe(false);
    expect(normalisePhone('37 25 123 4567', 'FI').ok).toBe(false);
  });
  it('drops the trunk prefix written "(0)" after the country code, and nothing else in brackets', () => {
    for (const [raw, c, e164] of [
      ['+372 (0) 5123 4567', 'EE', '+37251234567'],
      ['+372(0)51234567', 'LV', '+37251234567'],
      ['+45 (0) 20 12 34 56', 'DK', '+4520123456'],
      ['0045 (0) 20 12 34 56', 'FI', '+4520123456'],
      ['+46 (0)70-123 45 67', 'SE', '+46701234567'],
      ['+46-(0)8-123 456 78', 'NO', '+46812345678'],
      ['+358 (0)40 123 4567', 'FI', '+358401234567'],
    ])
      expect([raw, value(normalisePhone(raw, c)).e164]).toEqual([raw, e164]);
    // Italy and San Marino dial the 0 from abroad: "(0)" is the number's own 0, so a Varese landline does
    // not become the mobile +39 331 1234567.
    expect(value(normalisePhone('+39 (0)331 1234567', 'EE')).e164).toBe('+3903311234567');
    expect(value(normalisePhone('+39 (0)2 1234 5678', 'EE')).e164).toBe('+390212345678');
    expect(value(normalisePhone('+39 331 1234567', 'EE')).e164).toBe('+393311234567');
    expect(normalisePhone('+372 (1) 5123 4567', 'EE').ok).toBe(false);
    expect(normalisePhone('+372 (0) 5123', 'EE').ok).toBe(false);
    expect(value(normalisePhone('+372 (0) 5123 4567', 'EE')).e164).not.toBe(
      value(normalisePhone('+372 (0) 5123 4568', 'EE')).e164,
    );
  });

  // E.123 groups digits for reading only: "/" (DIN 5008's area-code slash) and "_" (exports that store no
  // spaces) separate groups like a space does.
  it.each([
    ['040/1234567', 'FI', '+358401234567'],
    ['+358_40_1234567', 'FI', '+358401234567'],
    ['040_123_4567', 'FI', '+358401234567'],
    ['+46_70_123_45_67', 'EE', '+46701234567'],
    ['00372_5123_4567', 'LV', '+37251234567'],
    ['030/1234567', 'DE', '+49301234567'],
  ])('%s in a %s case: "/" and "_" separate digit groups (%s)', (raw, c, e164) => {
    expect(value(normalisePhone(raw, c)).e164).toBe(e164);
  });
  it('keeps numbers apart that differ in a digit or a group, whatever separates the groups', () => {
    const key = (raw: string) => value(normalisePhone(raw, 'FI')).e164;
    expect(key('+358_40_1234567')).not.toBe(key('+358_40_1234568'));
    expect(key('+358_40_1234567')).not.toBe(key('+358_41_1234567'));
    expect(key('040/1234567')).not.toBe(key('050/1234567'));
    expect(normalisePhone('+358_40_123', 'FI').ok).toBe(false);
    expect(looksLikePhone('+358_40_123')).toBe(true);
    expect(looksLikePhone('ask_Ivan_5')).toBe(false);
  });

  // "45 20123456" in a Finnish case: +45 20 12 34 56 (Danish, the code without "+") or 045 2012 3456
  // (Finnish, the trunk 0 left out). Both are valid numbers of their plans; nothing in the digits tells them
  // apart, and the second writing is common where a trunk prefix is (a Russian "961 917-84-87" would be
  // Lebanon's +961). The case's country is kept, the other reading noted.
  it('keeps the case country for a number written without its trunk prefix, and notes the other reading', () => {
    for (const [raw, c, e164, other] of [
      ['45 20123456', 'FI', '+3584520123456', '+4520123456'],
      ['47 40 61 55 07', 'FI', '+3584740615507', '+4740615507'],
      ['961 917 84 87', 'RU', '+79619178487', '+9619178487'],
    ]) {
      const r = value(normalisePhone(raw, c));
      expect([raw, r.e164, r.alsoReads]).toEqual([raw, e164, expect.stringContaining(other)]);
    }
    // Written with the trunk prefix, or in a country without one, there is no other reading to note.
    expect(value(normalisePhone('045 2012 3456', 'FI')).alsoReads).toBeNull();
    expect(value(normalisePhone('20 12 34 56', 'DK')).alsoReads).toBeNull();
    expect(value(normalisePhone('5123 4567', 'EE')).alsoReads).toBeNull();
    // With "+", or in a case whose country does not read it, it is the Danish number.
    expect(value(normalisePhone('+45 20123456', 'FI')).e164).toBe('+4520123456');
    expect(value(normalisePhone('45 20123456', 'SE')).e164).toBe('+4520123456');
  });

  it.each([['abc'], [''], ['123'], ['+372 1']])('rejects %p with a reason', (raw) => {
    const r = normalisePhone(raw, 'EE');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/empty|not a valid phone number/);
  });
});

describe('normalisePlate', () => {
  it('drops spaces, dashes and dots and upper-cases', () => {
    expect(value(normalisePlate('krt-512', 'LT'))).toBe('KRT512');
    expect(value(normalisePlate('KRT 512', 'LT'))).toBe('KRT512');
    expect(value(normalisePlate('abc.123', 'FI'))).toBe('ABC123');
  });
  it.each([
    ['123 ABC', '123ABC'], // EE
    ['ABC-123', 'ABC123'], // FI
    ['abc 12a', 'ABC12A'], // SE
    ['AB 12345', 'AB12345'], // NO
    ['AB 12 345', 'AB12345'], // DK
    ['AB-1234', 'AB1234'], // LV
    ['KRT 512', 'KRT512'], // LT
    ['А 123 ВС 78', 'A123BC78'], // RU, Cyrillic letters
  ])('plate %s is %s', (raw, key) => {
    expect(value(normalisePlate(raw, 'EE'))).toBe(key);
  });
  it('folds Cyrillic look-alike letters to Latin', () => {
    expect(value(normalisePlate('А123ВС', 'RU'))).toBe('A123BC'); // Cyrillic А, В, С
    expect(value(normalisePlate('А123ВС', 'RU'))).toBe(value(normalisePlate('A123BC', 'RU')));
    expect(value(normalisePlate('ехо 777', 'RU'))).toBe('EXO777');
  });
  // The distinguishing sign (Vienna Convention 1968, Annex 3) of each country, written beside plates of that
  // country's layout: it is dropped when it stands apart, and a plate whose own letters spell it keeps them.
  const SIGNED: Array<[country: string, sign: string, plate: string]> = [
    ['RU', 'RUS', 'А123ВС 78'],
    ['RU', 'RUS', 'A777MP 178'],
    ['FI', 'FIN', 'ABC-123'],
    ['EE', 'EST', '123 ABC'],
    ['LV', 'LV', 'AB-1234'],
    ['LT', 'LT', 'KRT 512'],
    ['SE', 'S', 'ABC 12A'],
    ['NO', 'N', 'AB 12345'],
    ['DK', 'DK', 'AB 12 345'],
    ['IS', 'IS', 'AB 123'],
  ];
  it.each(SIGNED)('%s: the sign "%s" beside %s is no part of the plate', (country, sign, plate) => {
    const bare = value(normalisePlate(plate, country));
    for (const written of [
      `${plate} ${sign}`,
      `${sign} ${plate}`,
      `${plate.toLowerCase()} ${sign.toLowerCase()}`,
      `${plate}-${sign}`,
    ]) {
      expect([written, value(normalisePlate(written, country))]).toEqual([written, bare]);
    }
    // Another country's sign is not this country's: it stays, and the plate does not meet.
    const other = country === 'FI' ? 'EST' : 'FIN';
    expect(value(normalisePlate(`${plate} ${other}`, country))).not.toBe(bare);
  });
  it('a Russian plate with "RUS" written on is read whole; a plate whose own letters are the sign keeps them', () => {
    expect(value(normalisePlate('A123BC78RUS', 'RU'))).toBe('A123BC78');
    expect(value(normalisePlate('а123вс178rus', 'RU'))).toBe('A123BC178');
    expect(value(normalisePlate('DK 12 345', 'DK'))).toBe('DK12345'); // letters DK are the plate's own
    expect(value(normalisePlate('IS 123', 'IS'))).toBe('IS123');
    expect(value(normalisePlate('123 EST', 'EE'))).toBe('123EST');
    expect(value(normalisePlate('LV-1234', 'LV'))).toBe('LV1234');
    expect(value(normalisePlate('ABC12S', 'SE'))).toBe('ABC12S');
    // Neighbouring plates stay apart with the sign on.
    expect(value(normalisePlate('A123BC 78 RUS', 'RU'))).not.toBe(value(normalisePlate('A124BC 78 RUS', 'RU')));
  });
  it('folds the Ukrainian and Belarusian І (DSTU 4278:2019, STB 914) and keeps other letters apart', () => {
    expect(value(normalisePlate('АІ 1234 ВС', 'UA'))).toBe(value(normalisePlate('AI1234BC', 'UA')));
    expect(value(normalisePlate('ВІ 1234 АА', 'UA'))).toBe('BI1234AA');
    expect(value(normalisePlate('1234 АІ-7', 'BY'))).toBe('1234AI7');
    expect(value(normalisePlate('АІ 1234 ВС', 'UA'))).not.toBe(value(normalisePlate('АА 1234 ВС', 'UA')));
  });
  it('reads a slash or bar before the Russian region code as a separator', () => {
    for (const written of ['А123ВС/78', 'А123ВС|78', 'а123вс / 178'])
      expect([written, value(normalisePlate(written, 'RU'))]).toEqual([
        written,
        written.includes('178') ? 'A123BC178' : 'A123BC78',
      ]);
    expect(value(normalisePlate('А123ВС/78', 'RU'))).not.toBe(value(normalisePlate('А123ВС/77', 'RU')));
  });
  it.each(SIGNED)('%s: the sign "%s" in brackets beside %s is no part of the plate', (country, sign, plate) => {
    const bare = value(normalisePlate(plate, country));
    for (const written of [`${plate} (${sign})`, `${plate}(${sign.toLowerCase()})`, `(${sign}) ${plate}`])
      expect([written, value(normalisePlate(written, country))]).toEqual([written, bare]);
    // Another country's sign in brackets is not read away: the plate is refused, never merged.
    expect(normalisePlate(`${plate} (${country === 'FI' ? 'EST' : 'FIN'})`, country).ok).toBe(false);
  });
  it('drops the Russian sign written in Cyrillic, and keeps letters RUS that are the plate', () => {
    for (const written of ['а123вс 78 рус', 'А123ВС 78 РУС', 'А123ВС78РУС', 'РУС А123ВС 78'])
      expect([written, value(normalisePlate(written, 'RU'))]).toEqual([written, 'A123BC78']);
    expect(value(normalisePlate('RUS 123', 'RU'))).toBe('RUS123');
    expect(value(normalisePlate('123 RUS', 'RU'))).toBe('123RUS');
    expect(value(normalisePlate('RUS-123', 'FI'))).toBe('RUS123');
    expect(value(normalisePlate('RUS 123', 'RU'))).not.toBe(value(normalisePlate('123', 'RU')));
  });
  it('Iceland: a leading IS is the sign only when the rest is an Icelandic plate ("AB 123", "AB C12")', () => {
    for (const written of ['IS AB 123', 'AB 123 IS', 'IS-AB123', 'AB123 (IS)'])
      expect([written, value(normalisePlate(written, 'IS'))]).toEqual([written, 'AB123']);
    for (const written of ['IS AB C12', 'AB C12 IS', 'AB-C12'])
      expect([written, value(normalisePlate(written, 'IS'))]).toEqual([written, 'ABC12']);
    // "IS A12": "A12" is no Icelandic plate, "ISA12" is (two letters, a letter, two digits).
    for (const written of ['IS A12', 'IS-A12', 'ISA12', 'is a12', 'IS A 12'])
      expect([written, value(normalisePlate(written, 'IS'))]).toEqual([written, 'ISA12']);
    expect(value(normalisePlate('IS A12', 'IS'))).not.toBe(value(normalisePlate('A12', 'IS')));
    expect(value(normalisePlate('IS 123', 'IS'))).toBe('IS123');
  });
  it('Russia: a plate written phonetically in Latin (В V, Н N, Р R, С S, У U, Х KH) meets its look-alike key', () => {
    for (const [written, key] of [
      ['V123NR78', 'B123HP78'], // В123НР78
      ['v 123 nr 178', 'B123HP178'],
      ['V123NR 78 RUS', 'B123HP78'],
      ['V123NR78RUS', 'B123HP78'],
      ['KH123US78', 'X123YC78'], // Х123УС78
      ['S777UU77', 'C777YY77'], // С777УУ77
      ['N001KH47', 'H001KH47'], // Н001КН47: KH after the digits is two letters, К and Н
    ])
      expect([written, value(normalisePlate(written, 'RU'))]).toEqual([written, key]);
    expect(value(normalisePlate('V123NR78', 'RU'))).toBe(value(normalisePlate('В123НР 78', 'RU')));
    // What already fits is read as written: "E123KH47" is Е123КН47, never Е123Х…, and stays apart from Е123КХ47.
    expect(value(normalisePlate('E123KH47', 'RU'))).toBe('E123KH47');
    expect(value(normalisePlate('E123KH47', 'RU'))).not.toBe(value(normalisePlate('Е123КХ 47', 'RU')));
    // A string that fits no Russian layout either way is untouched.
    expect(value(normalisePlate('SUV 123', 'RU'))).toBe('SUV123');
    expect(value(normalisePlate('V123NR7', 'RU'))).toBe('V123NR7');
    // Other countries' plates keep their letters.
    for (const country of ['FI', 'EE', 'LV', 'LT', 'SE', 'NO', 'DK', 'UA', 'BY'])
      expect([country, value(normalisePlate('V123NR78', country))]).toEqual([country, 'V123NR78']);
    expect(value(normalisePlate('RUS-123', 'FI'))).toBe('RUS123');
    expect(value(normalisePlate('SNV 123', 'SE'))).toBe('SNV123');
  });
  it('rejects punctuation and over-long plates', () => {
    expect(normalisePlate('AB#12', 'EE').ok).toBe(false);
    expect(normalisePlate('A'.repeat(13), 'EE').ok).toBe(false);
    expect(normalisePlate(' - ', 'EE').ok).toBe(false);
  });
});

describe('normaliseIban', () => {
  it('accepts printed and electronic forms alike', () => {
    expect(value(normaliseIban('LV80 BANK 0000 4351 9500 1'))).toBe('LV80BANK0000435195001');
    expect(value(normaliseIban('se45 5000 0000 0583 9825 7466'))).toBe('SE4550000000058398257466');
  });
  it('rejects a bad mod-97 checksum instead of merging on it', () => {
    const r = normaliseIban('LV81BANK0000435195001');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain('checksum');
  });
  it('rejects a wrong length for the country', () => {
    expect(normaliseIban('LV80BANK000043519500').ok).toBe(false);
  });
});

describe('flagging: what is kept raw and what is refused', () => {
  it('keeps a phone-shaped number that no numbering plan accepts', () => {
    for (const raw of ['+371 555', '8 921 12', '(0)6 12-34', '00372 5333 444']) {
      expect(normalisePhone(raw, 'EE').ok).toBe(false);
      expect(looksLikePhone(raw)).toBe(true);
    }
  });
  it('refuses text that is no phone number at all', () => {
    for (const raw of ['ask Ivan', '12', 'n/a', '+37253334444 ext 5', '']) expect(looksLikePhone(raw)).toBe(false);
  });
  it('keeps an IBAN-shaped string with a bad checksum, refuses anything else', () => {
    expect(looksLikeIban('LV81BANK0000435195001')).toBe(true);
    expect(looksLikeIban('ee38 2200 2210 2014 5686')).toBe(true);
    for (const raw of ['IBAN unknown', 'LV81', '1234567890123456']) expect(looksLikeIban(raw)).toBe(false);
  });
});

describe('normaliseVin', () => {
  it('folds case, spaces and dashes', () => {
    expect(value(normaliseVin('wv1 zzz2ez-e6012345'))).toBe('WV1ZZZ2EZE6012345');
    expect(value(normaliseVin('YV1.LS55A8X1234567'))).toBe('YV1LS55A8X1234567'); // Volvo, Sweden
    expect(value(normaliseVin('XTA210930Y1234567'))).toBe('XTA210930Y1234567'); // Lada, Russia
  });
  it('reads I, O and Q, which ISO 3779 bars, as 1, 0 and 0, and refuses the wrong length', () => {
    expect(value(normaliseVin('WV1ZZZ2EZE60I2345'))).toBe('WV1ZZZ2EZE6012345');
    expect(value(normaliseVin('WV1ZZZ2EZE6O12345'))).toBe('WV1ZZZ2EZE6012345');
    expect(value(normaliseVin('WVWZZZ1JZXWOOOOO1'))).toBe('WVWZZZ1JZXW000001');
    expect(value(normaliseVin('WVWZZZ1JZXWQ00001'))).toBe('WVWZZZ1JZXW000001');
    expect(normaliseVin('WV1ZZZ2EZE601234').ok).toBe(false);
    expect(normaliseVin('WV1ZZZ2EZE6O1234').ok).toBe(false);
    expect(normaliseVin(' ').ok).toBe(false);
  });
  it('folds Cyrillic look-alikes typed on a Russian keyboard and drops a VIN label', () => {
    expect(value(normaliseVin('ХТА21099043456789'))).toBe('XTA21099043456789'); // Lada, WMI XTA
    expect(value(normaliseVin('х9f12345678901234'))).toBe('X9F12345678901234');
    for (const written of ['VIN: WVWZZZ1JZXW000001', 'vin WVWZZZ1JZXW000001', 'VIN-код: WVWZZZ1JZXW000001'])
      expect([written, value(normaliseVin(written))]).toEqual([written, 'WVWZZZ1JZXW000001']);
    // A Cyrillic letter without a Latin look-alike is no VIN letter.
    expect(normaliseVin('ЖТА21099043456789').ok).toBe(false);
  });
  it('drops the label in the languages of the exchange and the punctuation around the VIN (ISO 3779)', () => {
    for (const written of [
      'VIN код XTA210740Y1234567',
      'VIN-код XTA210740Y1234567',
      'VIN-номер: XTA210740Y1234567',
      'VIN номер XTA210740Y1234567',
      'Идентификационный номер (VIN): XTA210740Y1234567',
      'VIN nr. XTA210740Y1234567',
      'VIN-nr XTA210740Y1234567',
      'VIN no. XTA210740Y1234567',
      'VIN-kood XTA210740Y1234567',
      'VIN kods: XTA210740Y1234567',
      'VIN:XTA210740Y1234567',
      'VIN #XTA210740Y1234567',
      'VIN XTA 210740 Y 1234567',
      'XTA210740Y1234567.',
      'XTA210740Y1234567,',
      '(XTA210740Y1234567)',
      '"XTA210740Y1234567";',
    ])
      expect([written, value(normaliseVin(written))]).toEqual([written, 'XTA210740Y1234567']);
    // The VIN's own letters are never taken for a label: a first group of letters stays.
    expect(value(normaliseVin('WVW ZZZ 1JZ XW 000001'))).toBe('WVWZZZ1JZXW000001');
    expect(value(normaliseVin('VIN WVW ZZZ 1JZ XW 000001'))).toBe('WVWZZZ1JZXW000001');
    // A label does not make a VIN of the wrong length, and a word glued to the VIN is no label.
    expect(normaliseVin('VIN-код XTA210740Y123456').ok).toBe(false);
    expect(normaliseVin('VIN nr. XTA210740Y12345678').ok).toBe(false);
    expect(normaliseVin('VINXTA210740Y1234567').ok).toBe(false);
    expect(normaliseVin('VIN код XTA210740Y1234567')).not.toEqual(normaliseVin('VIN код XTA210740Y1234568'));
  });
  it('two different valid VINs never meet; each misread of 0 and 1 as O, Q and I meets its VIN', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-HJ-NPR-Z0-9]{17}$/),
        fc.stringMatching(/^[A-HJ-NPR-Z0-9]{17}$/),
        fc.nat(),
        (a, b, pick) => {
          const misread = a.replace(/[01]/g, (d, i: number) =>
            (pick >> (i % 30)) & 1 ? (d === '1' ? 'I' : pick % 2 ? 'O' : 'Q') : d,
          );
          return value(normaliseVin(misread)) === a && (a === b || value(normaliseVin(a)) !== value(normaliseVin(b)));
        },
      ),
    );
  });
});

describe('normaliseProviderAccount and normaliseDocumentNumber', () => {
  it('folds provider case and number separators', () => {
    expect(value(normaliseProviderAccount('Sberbank', '4081 7810 0999 1000 4312'))).toBe(
      value(normaliseProviderAccount('SBERBANK', '40817810099910004312')),
    );
  });
  // Labels as protocols and forms of the region write them before a number; each with the number it labels.
  const LABELLED: Array<[written: string, key: string]> = [
    ['серия 4506 № 123456', '4506123456'],
    ['серия 45 06 номер 123456', '4506123456'],
    ['паспорт 4506 123456', '4506123456'],
    ['Паспорт серии 4506 № 123456', '4506123456'],
    ['сер. 4506 № 123456', '4506123456'],
    ['сер.4506 ном. 123456', '4506123456'],
    ['серія СН № 123456', 'CH123456'],
    ['пашпарт МР 1234567', 'MP1234567'],
    ['Nr 12345678', '12345678'],
    ['Nr. AA0012345', 'AA0012345'],
    ['nro: XP1234567', 'XP1234567'],
    ['passin numero XP1234567', 'XP1234567'],
    ['Passnummer: AB1234567', 'AB1234567'],
    ['pasnummer 123456789', '123456789'],
    ['passi number AB0123456', 'AB0123456'],
    ['pases numurs LV1234567', 'LV1234567'],
    ['paso numeris 12345678', '12345678'],
    ['Passport No. AB123456', 'AB123456'],
    ['Pass. 123456', '123456'],
    ['No: AB123456', 'AB123456'],
  ];
  it.each(LABELLED)('%s is the number %s: the label is no part of it', (written, key) => {
    expect(value(normaliseDocumentNumber(written))).toBe(key);
  });
  // The document's name written first, in the languages of the exchange (passport, ID card, driving
  // licence); the number stays as ICAO 9303 writes it.
  const NAMED: Array<[written: string, key: string]> = [
    ['паспорт РФ 45 06 123456', '4506123456'],
    ['паспорт гражданина РФ 4506 123456', '4506123456'],
    ['Паспорт гражданина Российской Федерации серия 4506 № 123456', '4506123456'],
    ['пасп. 4506 123456', '4506123456'],
    ['загранпаспорт 75 1234567', '751234567'],
    ['загранпаспорт № 75 1234567', '751234567'],
    ['заграничный паспорт 75 1234567', '751234567'],
    ['ВУ 99 12 345678', '9912345678'],
    ['водительское удостоверение 99 12 345678', '9912345678'],
    ['вод. уд. 9912 345678', '9912345678'],
    ['pass nr 12345678', '12345678'],
    ['Pass nr. AA1234567', 'AA1234567'],
    ['passnr. 12345678', '12345678'],
    ['pas nr. 12345678', '12345678'],
    ['pasnr 12345678', '12345678'],
    ['passi XP1234567', 'XP1234567'],
    ['pass: AB0123456', 'AB0123456'],
    ['pase LV1234567', 'LV1234567'],
    ['pasas 12345678', '12345678'],
    ['ID-kort nr 12345678', '12345678'],
    ['ID-kaart AB0123456', 'AB0123456'],
    ['henkilökortti 123456789', '123456789'],
    ['ko\u0308rkort 12345678', '12345678'], // decomposed ö
    ['førerkort 12345678', '12345678'],
    ['ajokortti 12345678', '12345678'],
    ['vairuotojo pažymėjimas 12345678', '12345678'],
    // A comma after the name, the name joined to "nr" by a hyphen, English "No" without its dot.
    ['PAS 123456', '123456'],
    ['pass. 1234 567890', '1234567890'],
    ['Pass, nr 123456', '123456'],
    ['Pass-nr 123456', '123456'],
    ['pas-nr. 123456', '123456'],
    ['Pass.-Nr.: C01X00T47', 'C01X00T47'],
    ['Passport No 123456', '123456'],
    ['Pass no 1234 567890', '1234567890'],
  ];
  it.each(NAMED)("%s is the number %s: the document's name is no part of it", (written, key) => {
    expect(value(normaliseDocumentNumber(written))).toBe(key);
  });
  it("takes a document's name only first and as a whole word: inside a number its letters stay", () => {
    for (const [written, key] of [
      ['77 ВУ 123456', '77BY123456'],
      ['pass1234567', 'PASS1234567'],
      ['PA 1234567', 'PA1234567'],
      ['AB pass 123', 'ABPASS123'],
      // Glued to the name or to "No", letters stay the number's: only a separate "No" after a name is a label.
      ['PAS-123456', 'PAS123456'],
      ['Pass NO123456', 'NO123456'],
      ['Pass NO ABC123', 'NOABC123'],
    ])
      expect([written, value(normaliseDocumentNumber(written))]).toEqual([written, key]);
    // A name or series without a number is refused, not keyed as one node for every case that wrote it.
    for (const written of ['паспорт', 'ВУ', 'PASS', 'pass', 'ID-kort', 'Pass-nr', 'Pass, nr.', 'Passport No'])
      expect([written, normaliseDocumentNumber(written)]).toEqual([
        written,
        { ok: false, problem: expect.stringMatching(/no digit|empty/) },
      ]);
    expect(value(normaliseDocumentNumber('паспорт РФ 45 06 123456'))).not.toBe(
      value(normaliseDocumentNumber('паспорт РФ 45 06 123457')),
    );
    expect(value(normaliseDocumentNumber('Pass-nr 123456'))).not.toBe(value(normaliseDocumentNumber('Pass-nr 123465')));
    expect(value(normaliseDocumentNumber('Passport No 123456'))).not.toBe(value(normaliseDocumentNumber('NO 123456')));
    expect(value(normaliseDocumentNumber('загранпаспорт 75 1234567'))).not.toBe(
      value(normaliseDocumentNumber('4506 123456')),
    );
  });
  it("keeps letters that are the number's own", () => {
    // A Finnish passport starts with letters, a Latvian one with LV; a bare NO or NR is letters of a number.
    for (const [written, key] of [
      ['XP1234567', 'XP1234567'],
      ['LV1234567', 'LV1234567'],
      ['NO 123456', 'NO123456'],
      ['NO12345', 'NO12345'],
      ['NR12345', 'NR12345'],
    ])
      expect([written, value(normaliseDocumentNumber(written))]).toEqual([written, key]);
    // A label alone is no number (it keyed as "NR" before, one node for every case that wrote it).
    for (const written of ['Nr.', 'nr']) expect(normaliseDocumentNumber(written).ok).toBe(false);
    expect(value(normaliseDocumentNumber('XP1234567'))).not.toBe(value(normaliseDocumentNumber('P1234567')));
    expect(value(normaliseDocumentNumber('серия 4506 № 123456'))).not.toBe(
      value(normaliseDocumentNumber('серия 4506 № 123457')),
    );
    expect(value(normaliseDocumentNumber('серия 4506 номер 123456'))).not.toBe(
      value(normaliseDocumentNumber('4507 123456')),
    );
  });
  it('folds document number separators and case', () => {
    expect(value(normaliseDocumentNumber('fe 123-456'))).toBe('FE123456');
    // Cyrillic series letters: a look-alike folds to its Latin letter (Е E), another is transliterated (Ф F).
    expect(value(normaliseDocumentNumber('ФЕ123'))).toBe('FE123');
  });
});

describe('normaliseAddress', () => {
  const key = (street: string, city: string, postalCode: string | null = null, country = 'EE') =>
    value(normaliseAddress({ street, city, postalCode, country }));
  it('makes street abbreviations and diacritics meet', () => {
    expect(key('Tööstuse tn 5-12', 'Tallinn', '10412')).toBe(key('Tööstuse tänav 5-12', 'TALLINN', '10412'));
    expect(key('Tööstuse tn 5-12', 'Tallinn')).toBe(key('Toostuse tn. 5-12', 'Tallinn'));
    expect(key('Vilniaus g. 17', 'Vilnius', null, 'LT')).toBe(key('Vilniaus gatvė 17', 'Vilnius', null, 'LT'));
    expect(key('Drottninggatan 5', 'Stockholm', '111 51', 'SE')).toBe(
      key('DROTTNINGGATAN 5', 'Stockholm', '11151', 'SE'),
    );
  });
  it('keeps different flats and countries apart', () => {
    expect(key('Tööstuse tn 5-12', 'Tallinn')).not.toBe(key('Tööstuse tn 5-13', 'Tallinn'));
    expect(key('Main 1', 'Narva', null, 'EE')).not.toBe(key('Main 1', 'Narva', null, 'RU'));
  });
  it('transliterates Cyrillic so both scripts meet', () => {
    expect(key('ул. Ленина 5', 'Псков', null, 'RU')).toBe(key('ul Lenina 5', 'Pskov', null, 'RU'));
  });
  it('rejects an empty street', () => {
    expect(normaliseAddress({ street: ' , ', city: 'Riga', country: 'LV' }).ok).toBe(false);
  });
});

describe('foldText, transliterate, normaliseOrganisation', () => {
  it('removes diacritics and Nordic letters', () => {
    expect(foldText('Šarūnas Jānis Õnnela Søren Æbelø Ångström')).toBe('sarunas janis onnela soren aebelo angstrom');
  });
  it('transliterates Russian', () => {
    expect(transliterate(foldText('Иванов Сергей'))).toBe('ivanov sergei');
  });
  it('keys organisations by registration number when there is one', () => {
    expect(
      value(normaliseOrganisation({ name: 'Lapin Marjapalvelu Oy', registrationNumber: '2845123-3', country: 'FI' })),
    ).toBe('reg:FI:28451233');
    expect(value(normaliseOrganisation({ name: 'Lapin  Marjapalvelu OY', country: 'FI' }))).toBe(
      value(normaliseOrganisation({ name: 'lapin marjapalvelu oy', country: 'FI' })),
    );
  });
});
