// Organisation keys (src/model/organisation.ts): the corpora are the published tables themselves (every
// legal form of the ISO 20275 list as the module holds it, every written form of each country's number),
// and the negative cases say what must stay apart.
import { validateCase } from '../../src/cases/caseInput';
import { explainIdentifier, LOOKUPS } from '../../src/model/registry';
import {
  LEGAL_FORM_TABLE,
  readOrganisation,
  readRegistration,
  registrationCheckDigit,
} from '../../src/model/organisation';
import { openCase } from '../openCase';

const key = (name: string, country: string, registrationNumber?: string | null) => {
  const r = readOrganisation({ name, country, registrationNumber });
  return r.ok ? r.value.key : `${r.field}: ${r.problem}`;
};
const folds = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

describe('legal forms', () => {
  // Every written form of the table, at the start and at the end of a name, bare and with quotes.
  const corpus = LEGAL_FORM_TABLE.flatMap((f) => f.forms.map((form) => [f.country, form] as const));
  it.each(corpus)('%s "%s" is stripped wherever it stands', (country, form) => {
    const expected = `name:${country}:baltic harvest`;
    for (const written of [
      `Baltic Harvest ${form}`,
      `${form} Baltic Harvest`,
      `"Baltic Harvest" ${form}`,
      `${form} «Baltic Harvest»`,
      `${form} „Baltic Harvest“`,
    ])
      expect([written, key(written, country)]).toEqual([written, expected]);
  });
  it('strips abbreviations with or without their dots and slashes, in either case', () => {
    for (const written of ['Bygg A/S', 'Bygg A.S.', 'Bygg AS', 'BYGG a/s', 'Bygg A S'])
      expect(key(written, 'DK')).toBe('name:DK:bygg');
    for (const written of ['Baltic sp. z o.o.', 'Baltic Sp. z o. o.', 'Baltic sp.z o.o.', 'Baltic SP. Z O.O.'])
      expect(key(written, 'PL')).toBe('name:PL:baltic');
    for (const written of ['Smiðja ehf.', 'Smiðja EHF', 'Einkahlutafélag Smiðja'])
      expect(key(written, 'IS')).toBe(key('Smiðja', 'IS'));
  });
  it('links the realistic writings of one company', () => {
    const sets: Array<[string, string[]]> = [
      [
        'EE',
        [
          'Tamm Ehitus OÜ',
          'OÜ Tamm Ehitus',
          'Tamm Ehitus',
          '"Tamm Ehitus" OÜ',
          'Osaühing Tamm Ehitus',
          'O.Ü. Tamm-Ehitus',
        ],
      ],
      [
        'RU',
        [
          'ООО «Ромашка»',
          'OOO Romashka',
          'Romashka LLC',
          'Общество с ограниченной ответственностью "Ромашка"',
          "Obshchestvo s ogranichennoy otvetstvennost'yu Romashka",
          'ООО "Ромашка"',
        ],
      ],
      ['LV', ['SIA Baltic', 'Baltic SIA', 'SIA "Baltic"', 'Sabiedrība ar ierobežotu atbildību Baltic']],
      ['LT', ['UAB Statyba', 'UAB „Statyba“', 'Statyba UAB', 'Uždaroji akcinė bendrovė „Statyba“']],
      ['SE', ['Byggservice AB', 'AB Byggservice', 'Aktiebolaget Byggservice', 'Byggservice Aktiebolag']],
      ['FI', ['Rakennus Oy', 'Oy Rakennus Ab', 'Rakennus Oy Ltd', 'Rakennus Osakeyhtiö', 'Rakennus Ab']],
      ['NO', ['Bygg AS', 'Bygg Aksjeselskap', 'Bygg A/S']],
      ['DK', ['Bygg ApS', 'Bygg Anpartsselskab', 'Anpartsselskabet Bygg']],
      ['SE', ['Bygg & Fasad i Stockholm AB', 'Bygg and Fasad i Stockholm']],
    ];
    for (const [country, writings] of sets) {
      const keys = new Set(writings.map((w) => key(w, country)));
      expect([country, writings[0], keys.size]).toEqual([country, writings[0], 1]);
    }
  });
  it('strips the forms files write across borders whatever the country, the others only at home', () => {
    // An Estonian case reporting a Latvian or Russian employer without its country.
    expect(key('SIA Baltic', 'EE')).toBe('name:EE:baltic');
    expect(key('ООО «Ромашка»', 'EE')).toBe(key('Romashka LLC', 'EE'));
    // "HB" is a legal form in Sweden only; "IP" (ИП) in Russia only.
    expect(key('Nordic HB', 'SE')).toBe('name:SE:nordic');
    expect(key('Nordic HB', 'FI')).toBe('name:FI:nordic hb');
    expect(key('ИП Иванов', 'RU')).toBe('name:RU:ivanov');
    expect(key('IP Solutions AB', 'SE')).toBe('name:SE:ip solutions');
  });
  it('never strips a form inside a word or from the middle of a name, nor a single letter', () => {
    expect(key('Kaspar AS', 'NO')).toBe('name:NO:kaspar');
    expect(key('Asfalt OÜ', 'EE')).toBe('name:EE:asfalt');
    expect(key('Oskar Bygg', 'SE')).toBe('name:SE:oskar bygg');
    expect(key('Nord AS Bygg', 'NO')).toBe('name:NO:nord as bygg');
    expect(key('Vilniaus A', 'LT')).toBe('name:LT:vilniaus a');
  });
  it('keeps the legal form when stripping would leave nothing', () => {
    expect(key('OÜ', 'EE')).toBe('name:EE:ou');
    expect(key('Osaühing', 'EE')).toBe('name:EE:osauhing');
    expect(key('ООО', 'RU')).toBe('name:RU:ooo');
    expect(key('"AS"', 'NO')).toBe('name:NO:as');
    // One of two forms is left: the name.
    expect(key('AS OÜ', 'EE')).toBe('name:EE:ou');
  });
  it('keeps two different companies apart', () => {
    const pairs: Array<[string, string, string]> = [
      ['EE', 'Tamm Ehitus OÜ', 'Tamm Ehitustööd OÜ'],
      ['NO', 'Baltic AS', 'Baltic Bygg AS'],
      ['RU', 'ООО «Ромашка»', 'ООО «Ромашка-Плюс»'],
      ['FI', 'Virtanen & Sjölund Oy', 'Virtanen ja Sjölund Oy'],
    ];
    for (const [country, a, b] of pairs) expect(key(a, country)).not.toBe(key(b, country));
    // The country is part of the key, as it was.
    expect(key('Baltic AS', 'NO')).not.toBe(key('Baltic AS', 'EE'));
  });
  it('gives two legal forms of one name in one country one key (documented in the module)', () => {
    expect(key('Tamm Ehitus OÜ', 'EE')).toBe(key('Tamm Ehitus AS', 'EE'));
    // A registration number, when given, tells two such companies apart.
    expect(key('Tamm Ehitus OÜ', 'EE', '12345678')).not.toBe(key('Tamm Ehitus AS', 'EE', '10137319'));
  });
});

describe('registration numbers', () => {
  // Numbers whose check digits hold under each country's rule, and the forms files write them in.
  const corpus: Array<[string, string, string[]]> = [
    [
      'FI',
      'FI:01120389',
      ['0112038-9', '01120389', 'FI01120389', 'FI 0112038-9', 'Y-tunnus 0112038-9', 'ALV FI01120389'],
    ],
    [
      'SE',
      'SE:5560125790',
      [
        '556012-5790',
        '5560125790',
        '16556012-5790',
        '165560125790',
        'SE556012579001',
        'SE 556012-5790 01',
        'Org.nr 556012-5790',
      ],
    ],
    ['NO', 'NO:923609016', ['923609016', '923 609 016', 'NO923609016MVA', 'NO 923 609 016 MVA', 'Org.nr. 923 609 016']],
    ['DK', 'DK:24256790', ['24256790', '24 25 67 90', 'DK24256790', 'DK 24 25 67 90', 'CVR-nr. 24256790']],
    ['IS', 'IS:5902697199', ['590269-7199', '5902697199', 'kt. 590269-7199']],
    ['EE', 'EE:10137319', ['10137319', 'EE10137319', 'registrikood 10137319', 'Reg. kood: 10137319']],
    [
      'LV',
      'LV:40003245752',
      ['40003245752', 'LV40003245752', 'LV 4000 3245 752', 'Reģ. Nr. 40003245752', 'Reg. No 40003245752'],
    ],
    ['LT', 'LT:121215434', ['121215434', 'įmonės kodas 121215434', 'Į.k. 121215434', 'LT121215434']],
    [
      'RU',
      'RU:7707083893',
      ['7707083893', 'ИНН 7707083893', 'ИНН/КПП 7707083893/773601001', '7707083893 КПП 773601001'],
    ],
    ['RU', 'RU:1027700132195', ['1027700132195', 'ОГРН 1027700132195', 'OGRN: 1027700132195']],
  ];
  it.each(corpus)('%s: every written form reads as %s', (country, expected, forms) => {
    for (const written of forms) {
      const r = readRegistration(written, country);
      expect([written, r?.ok ? `${r.value.country}:${r.value.number}` : r]).toEqual([written, expected]);
    }
  });
  it('reads a VAT number in the country its prefix names, whatever the organisation was given', () => {
    expect(key('Nokia', 'EE', 'FI01120389')).toBe('reg:FI:01120389');
    expect(key('Volvo', 'FI', 'SE556012579001')).toBe('reg:SE:5560125790');
    const r = readOrganisation({ name: 'Nokia', country: 'EE', registrationNumber: 'FI01120389' });
    expect(r.ok && r.value.country).toBe('FI');
  });
  it('links a number whose check digit fails as written, with a note naming the rule and what to do', () => {
    const corrupted: Array<[string, string, string]> = [
      ['FI', '0112038-8', 'Finnish business ID'],
      ['SE', '556012-5791', 'Swedish organisationsnummer'],
      ['NO', '923609017', 'Norwegian organisasjonsnummer'],
      ['DK', '24256791', 'Danish CVR number'],
      ['IS', '590269-7189', 'Icelandic kennitala'],
      ['EE', '10137318', 'Estonian registry code'],
      ['LV', '40003245753', 'Latvian registration number'],
      ['RU', '7707083894', 'Russian ИНН'],
      ['RU', '1027700132196', 'Russian ОГРН'],
    ];
    for (const [country, number, what] of corrupted) {
      const r = readOrganisation({ name: 'X Oy', country, registrationNumber: number });
      if (!r.ok) throw new Error(`${number}: ${r.problem}`);
      // A national check digit is a note, as inside an IBAN: files that never computed it still link.
      expect(r.value.key).toBe(`reg:${country}:${number.replace(/\D/g, '')}`);
      const [note] = r.value.notes;
      expect([
        note.includes(what),
        note.includes('check digit does not match'),
        note.includes('links as written'),
      ]).toEqual([true, true, true]);
    }
  });
  it('never quotes the number as written in its note: the note reaches others who report the same number', () => {
    const r = readRegistration('Y-tunnus 1234567-2 (Helsinki)', 'FI');
    expect(r).toMatchObject({ ok: true, value: { country: 'FI', number: '12345672' } });
    const note = (r?.ok && r.value.notes.join(' ')) || '';
    expect(note).toMatch(/^the registration number is not a valid Finnish business ID.*links as written$/);
    for (const part of ['1234567-2', 'Helsinki', "'"]) expect(note).not.toContain(part);
  });
  it('says what a number of the wrong length is not, and what to give instead', () => {
    const r = readRegistration('556012-5790', 'EE');
    expect(r).toMatchObject({ ok: true, value: { country: 'EE', number: '5560125790' } });
    expect(r?.ok && r.value.notes[0]).toMatch(
      /not an Estonian registry code.*8 digits, not 10 digits.*give that country/,
    );
  });
  it('refuses text without a digit, and reads punctuation alone as no number', () => {
    expect(readRegistration('n/a', 'EE')).toMatchObject({ ok: false, unverified: false });
    expect(key('Tamm Ehitus OÜ', 'EE', 'n/a')).toMatch(/^registrationNumber: 'n\/a' holds no digit/);
    expect(key('Tamm Ehitus OÜ', 'EE', ' - ')).toBe('name:EE:tamm ehitus');
  });
  it('keeps numbers of their own apart: ИНН and ОГРН, a VAT number that is not the register number', () => {
    expect(key('Сбербанк', 'RU', '7707083893')).not.toBe(key('Сбербанк', 'RU', '1027700132195'));
    // Estonia's KMKR and Lithuania's PVM code are numbers of their own; with the prefix they key as such.
    expect(readRegistration('EE100931558', 'EE')).toMatchObject({ ok: true, value: { number: 'KMKR100931558' } });
    expect(readRegistration('LT119511515', 'LT')).toMatchObject({ ok: true, value: { number: 'PVM119511515' } });
    expect(readRegistration('119511515', 'LT')).toMatchObject({ ok: true, value: { number: '119511515' } });
  });
  it('reads the numbers of other countries as before: letters and digits, the own VAT prefix dropped', () => {
    expect(key('Baltic sp. z o.o.', 'PL', 'PL5260250274')).toBe(key('Baltic', 'PL', '526-025-02-74'));
    expect(key('Nord GmbH', 'DE', 'HRB 12345')).toBe('reg:DE:HRB12345');
  });
  it('completes a number body with the check digit its rule reads', () => {
    for (const [country, body, written] of [
      ['FI', '0112038', '0112038-9'],
      ['SE', '556012579', '556012-5790'],
      ['NO', '92360901', '923609016'],
      ['DK', '2425679', '24256790'],
      ['IS', '59026971', '5902697199'],
      ['EE', '1013731', '10137319'],
      ['LV', '4000324575', '40003245752'],
      ['RU', '770708389', '7707083893'],
    ]) {
      const completed = written.replace(/\D/g, '').slice(0, body.length + 1);
      expect(body + registrationCheckDigit(country, body)).toBe(completed);
      expect(readRegistration(written, country)?.ok).toBe(true);
    }
  });
});

describe('where organisations are read', () => {
  const org = (registrationNumber: string | null, name = 'Tamm Ehitus OÜ') => {
    const r = validateCase({
      ...openCase('EE-PPA', 'X-1', '2025-01-01', 'FORCED_LABOUR'),
      organisations: [{ id: 'O1', name, registrationNumber }],
    });
    if (!r.ok) return r.problems.map((p) => `${p.field}: ${p.message}`);
    return { ids: r.case.entities.map((e) => e.id), flagged: r.case.flagged.map((f) => f.field) };
  };
  it('the import keys by the number, a bad one as written, and refuses text without digits', () => {
    expect(org('EE12345678')).toEqual({ ids: ['organisation:reg:EE:12345678'], flagged: [] });
    expect(org(null, 'OÜ Tamm Ehitus')).toEqual({ ids: ['organisation:name:EE:tamm ehitus'], flagged: [] });
    expect(org('12345679')).toEqual({ ids: ['organisation:reg:EE:12345679'], flagged: [] });
    expect(org('unknown')).toEqual([
      "organisations[0].registrationNumber: 'unknown' holds no digit: not a registration number; give the number as written, or leave registrationNumber out",
    ]);
  });
  it('lookup and search read a registration number in any written form', () => {
    expect(LOOKUPS.REGISTRATION_NUMBER('FI 0112038-9', null)).toEqual({
      ok: true,
      value: 'organisation:reg:FI:01120389',
    });
    expect(LOOKUPS.REGISTRATION_NUMBER('0112038-9', 'FI')).toEqual({ ok: true, value: 'organisation:reg:FI:01120389' });
    expect(LOOKUPS.REGISTRATION_NUMBER('0112038-9', null)).toMatchObject({ ok: false, field: 'country' });
    expect(LOOKUPS.REGISTRATION_NUMBER('0112038-8', 'FI')).toEqual({ ok: true, value: 'organisation:reg:FI:01120388' });
  });
  it('explainLink lists the rules that fired, with their sources', () => {
    const byName = explainIdentifier('ORGANISATION', { raw: 'OÜ «Tamm Ehitus»' }, 'EE');
    expect(byName.key).toBe('organisation:name:EE:tamm ehitus');
    expect(byName.rules.map((r) => r.rule)).toContain('legal form "OÜ" removed (a form written across borders)');
    expect(byName.rules.find((r) => r.rule.includes('"OÜ"'))?.source).toContain('ISO 20275');
    const byNumber = explainIdentifier('ORGANISATION', { raw: 'Nokia Oyj', registrationNumber: 'FI01120389' }, 'FI');
    expect(byNumber.key).toBe('organisation:reg:FI:01120389');
    expect(byNumber.rules.map((r) => r.source).join(' ')).toMatch(/2006\/112\/EC.*Y-tunnus/s);
    const bad = explainIdentifier('ORGANISATION', { raw: 'Nokia Oyj', registrationNumber: '0112038-8' }, 'FI');
    expect(bad.key).toBe('organisation:reg:FI:01120388');
    expect(bad.notes.join(' ')).toContain('Finnish business ID');
  });
});

// The corpus's own forms fold to something: an empty form would strip nothing and test nothing.
test('every form of the table folds to letters', () => {
  for (const f of LEGAL_FORM_TABLE) for (const form of f.forms) expect(folds(form)).not.toBe('');
});
