// Organisation keys. The same employer turns up in several cases written by different hands: "Tamm Ehitus
// OÜ", "OÜ Tamm Ehitus", "Osaühing Tamm Ehitus", `"Tamm Ehitus" OÜ`; "ООО «Ромашка»", "OOO Romashka",
// "Romashka LLC"; its registration number as "2845123-3", "28451233" or in the VAT number "FI28451233".
// Each must give one key, or the graph never sees the link. The tables below are data, each with its
// published source; the import, the bulk loader, the re-key, lookup, search and explainLink all read an
// organisation through readOrganisation (through src/model/registry.ts).
//
// The key: `reg:<country>:<number>` when a registration number is given and reads under its country's rule
// (its check digits pass where a public algorithm exists), else `name:<country>:<name>`, the name folded
// (case, diacritics, punctuation, Cyrillic transliterated) and stripped of its legal form.
//
// Two different legal forms of one name in one country ("Tamm Ehitus OÜ" and "Tamm Ehitus AS") give one
// name key. A legal form as written is weak evidence of a different company: one company writes its name
// with the form in several languages (the Finnish register's parallel names "Ramux Oy", "Ramux Ab" and
// "Ramux Ltd"; a Russian company's foreign-language name, Civil Code of the Russian Federation Art. 1473(3):
// ООО = LLC), foreign files translate or drop it, and the name without it is what most reports write; a
// key that kept the form could not link any of those. What stays conservative: a form is stripped only as
// whole words at the start or end of the name, never from inside a word or the middle, never when nothing
// would be left; an abbreviation of one letter is never stripped; the abbreviations of a country's lesser
// forms only for an organisation of that country; and a registration number, when one is given, decides
// alone (two companies of one name differ there).
import type { Rule } from './address';
import { makeId } from './ids';
import { foldText, transliterate } from './text';

const ELF = 'ISO 20275 Entity Legal Forms code list (GLEIF), version 2023-09-28';

/**
 * Legal forms: the written forms (full name, abbreviations) of one ELF entry, as names carry them. `travels`:
 * a form files abroad write too, so it is stripped whatever the organisation's country; the rest only for an
 * organisation of `country`. ELF lists Lithuanian and Russian forms in the plural, as classes ("Uždarosios
 * akcinės bendrovės", "Индивидуальные предприниматели"; RU MT3A alone in the singular); names carry the
 * singular nominative, listed here.
 */
interface LegalForm {
  country: string;
  /** The ELF code, or the national source for a form ELF does not list. */
  elf?: string;
  source?: string;
  forms: string[];
  travels?: boolean;
}

const RU_FOREIGN_NAME = "Civil Code of the Russian Federation, Art. 1473(3) (a company's name in a foreign language)";

const LEGAL_FORMS: LegalForm[] = [
  // Denmark (ELF). The definite forms ("Aktieselskabet X") are how older registered names begin.
  { country: 'DK', elf: 'ZRPO', forms: ['Aktieselskab', 'Aktieselskabet', 'A/S'], travels: true },
  { country: 'DK', elf: 'H8VP', forms: ['Anpartsselskab', 'Anpartsselskabet', 'ApS'], travels: true },
  { country: 'DK', elf: '5QS7', forms: ['Iværksætterselskab', 'IVS'], travels: true },
  { country: 'DK', elf: '7WRN', forms: ['Interessentskab', 'I/S'] },
  { country: 'DK', elf: '9KSX', forms: ['Partnerselskab', 'P/S'] },
  { country: 'DK', elf: 'NUL8', forms: ['Kommanditselskab', 'K/S'] },
  { country: 'DK', elf: 'GULL', forms: ['Selskab med begrænset ansvar', 'SMBA'] },
  { country: 'DK', elf: 'PZ6Y', forms: ['Andelsselskab med begrænset ansvar', 'AMBA'] },
  { country: 'DK', elf: 'WU7R', forms: ['Forening med begrænset ansvar', 'FMBA'] },
  { country: 'DK', elf: 'TB2C', forms: ['Europæisk økonomisk firmagruppe', 'EØFG'] },
  { country: 'DK', elf: 'UA1O', forms: ['Europæisk selskab', 'SE-selskab'] },
  { country: 'DK', elf: 'FW7S', forms: ['Europæisk andelsselskab', 'SCE-selskab'] },
  // Finland (ELF, Finnish and Swedish). "Oy X Ab" and "X Oy Ltd" write two forms at once.
  { country: 'FI', elf: 'DKUW', forms: ['Osakeyhtiö', 'Oy', 'Aktiebolag', 'Ab'], travels: true },
  { country: 'FI', elf: 'K6VE', forms: ['Julkinen osakeyhtiö', 'Oyj', 'Publikt aktiebolag', 'Abp'], travels: true },
  { country: 'FI', elf: 'HEOB', forms: ['Kommandiittiyhtiö', 'Ky', 'Kommanditbolag', 'Kb'] },
  { country: 'FI', elf: 'PPMX', forms: ['Avoin yhtiö', 'Öppet bolag'] },
  { country: 'FI', elf: 'EE90', forms: ['Osuuskunta', 'osk', 'Andelslag', 'anl'] },
  { country: 'FI', elf: 'YK5G', forms: ['Säätiö', 'sr', 'Stiftelse'] },
  { country: 'FI', elf: 'HNWB', forms: ['Eurooppalainen taloudellinen etuyhtymä', 'ETEY', 'EEIG'] },
  { country: 'FI', elf: 'XJH3', forms: ['Eurooppayhtiö', 'Europabolag', 'SE'] },
  { country: 'FI', elf: 'UAV1', forms: ['Eurooppaosuuskunta', 'Europaandelslag', 'SCE'] },
  {
    country: 'FI',
    source:
      'Finnish Patent and Registration Office (PRH), company name instructions: a private trader writes "Tmi" or "Toiminimi"',
    forms: ['Toiminimi', 'Tmi', 'T:mi'],
  },
  // Iceland (ELF).
  { country: 'IS', elf: 'M8SS', forms: ['Einkahlutafélag', 'ehf.'], travels: true },
  { country: 'IS', elf: 'E4KB', forms: ['Hlutafélag', 'hf.'], travels: true },
  { country: 'IS', elf: '2OJP', forms: ['Samlagshlutafélag', 'slhf.'] },
  { country: 'IS', elf: '8T79', forms: ['Samlagsfélag', 'slf.'] },
  { country: 'IS', elf: 'CMHQ', forms: ['Evrópufélag', 'SE'] },
  // Norway (ELF).
  { country: 'NO', elf: 'YI42', forms: ['Aksjeselskap', 'AS'], travels: true },
  { country: 'NO', elf: 'IQGE', forms: ['Allmennaksjeselskap', 'ASA'], travels: true },
  { country: 'NO', elf: 'EXD7', forms: ['Enkeltpersonforetak', 'ENK'] },
  { country: 'NO', elf: '326Y', forms: ['Ansvarlig selskap', 'ANS'] },
  // CF5L: ELF names the form "Ansvarlig selskap, delt ansvar"; the table's longer wording is kept beside it.
  { country: 'NO', elf: 'CF5L', forms: ['Ansvarlig selskap med delt ansvar', 'Ansvarlig selskap, delt ansvar', 'DA'] },
  { country: 'NO', elf: 'M9IQ', forms: ['Kommandittselskap', 'KS'] },
  { country: 'NO', elf: 'K5P8', forms: ['Samvirkeforetak', 'SA'] },
  { country: 'NO', elf: 'Q0Q1', forms: ['Selskap med begrenset ansvar', 'BA'] },
  { country: 'NO', elf: 'YTMC', forms: ['Interkommunalt selskap', 'IKS'] },
  { country: 'NO', elf: '3L58', forms: ['Kommunalt foretak', 'KF'] },
  { country: 'NO', elf: '5ZTZ', forms: ['Fylkeskommunalt foretak', 'FKF'] },
  { country: 'NO', elf: '50TD', forms: ['Statsforetak', 'SF'] },
  { country: 'NO', elf: '9DI1', forms: ['Boligbyggelag', 'BBL'] },
  { country: 'NO', elf: 'O0EU', forms: ['Borettslag', 'BRL'] },
  { country: 'NO', elf: 'DRPL', forms: ['Europeisk økonomisk foretaksgruppe', 'EØFG'] },
  { country: 'NO', elf: 'V06W', forms: ['Europeisk selskap', 'SE'] },
  { country: 'NO', elf: 'O7LB', forms: ['Europeisk samvirkeforetak', 'SCE'] },
  // Sweden (ELF). "Aktiebolaget X" is the definite form older registered names begin with.
  { country: 'SE', elf: 'XJHM', forms: ['Aktiebolag', 'Aktiebolaget', 'AB'], travels: true },
  { country: 'SE', elf: 'BEAY', forms: ['Handelsbolag', 'HB'] },
  { country: 'SE', elf: 'CX05', forms: ['Kommanditbolag', 'KB'] },
  { country: 'SE', elf: 'C61P', forms: ['Ekonomisk förening', 'Ek. för.'] },
  { country: 'SE', elf: 'BYQJ', forms: ['Bankaktiebolag', 'BAB'] },
  { country: 'SE', elf: 'OJ9I', forms: ['Försäkringsaktiebolag', 'FAB'] },
  { country: 'SE', elf: 'O1QI', forms: ['Ömsesidigt försäkringsbolag', 'OFB'] },
  { country: 'SE', elf: 'M0Y0', forms: ['Försäkringsförening', 'FOF'] },
  { country: 'SE', elf: 'G04R', forms: ['Sparbank', 'SB'] },
  { country: 'SE', elf: '381R', forms: ['Medlemsbank', 'MB'] },
  { country: 'SE', elf: 'AZTO', forms: ['Sambruksförening', 'SF'] },
  { country: 'SE', elf: 'SSOM', forms: ['Bostadsrättsförening', 'BRF'] },
  { country: 'SE', elf: 'PDQ0', forms: ['Kooperativ hyresrättsförening', 'KHF'] },
  { country: 'SE', elf: '2UAX', forms: ['Trossamfund', 'TSF'] },
  { country: 'SE', elf: 'RLJO', forms: ['Europeisk ekonomisk intressegruppering', 'EEIG'] },
  { country: 'SE', elf: 'RYFP', forms: ['Europeisk gruppering för territoriellt samarbete', 'EGTS'] },
  { country: 'SE', elf: '54P7', forms: ['Europabolag', 'SE', 'S.E.'] },
  { country: 'SE', elf: '9YIP', forms: ['Europakooperativ', 'SCE', 'S.C.E.'] },
  // Estonia (ELF).
  { country: 'EE', elf: 'JC0Y', forms: ['Osaühing', 'OÜ'], travels: true },
  { country: 'EE', elf: '9LJA', forms: ['Aktsiaselts', 'AS'], travels: true },
  { country: 'EE', elf: 'I1UP', forms: ['Täisühing', 'TÜ'] },
  { country: 'EE', elf: 'LVEQ', forms: ['Usaldusühing', 'UÜ'] },
  { country: 'EE', elf: 'VSEV', forms: ['Tulundusühistu', 'TÜH'] },
  { country: 'EE', elf: 'PRTB', forms: ['Mittetulundusühing', 'MTÜ'] },
  { country: 'EE', elf: '1NKP', forms: ['Sihtasutus', 'SA'] },
  { country: 'EE', elf: '3UPJ', forms: ['Füüsilisest isikust ettevõtja', 'FIE'] },
  { country: 'EE', elf: '8ZQE', forms: ['Korteriühistu', 'KÜ'] },
  { country: 'EE', elf: '6I0P', forms: ['Hooneühistu', 'HÜ'] },
  { country: 'EE', elf: 'J34T', forms: ['Ametiühing', 'AÜ'] },
  { country: 'EE', elf: 'LA47', forms: ['Euroopa majandushuviühing', 'EMHÜ'] },
  { country: 'EE', elf: '752Q', forms: ['Euroopa äriühing', 'SE'] },
  { country: 'EE', elf: 'RXTT', forms: ['Euroopa ühistu', 'SCE'] },
  // Latvia (ELF).
  { country: 'LV', elf: 'ES2D', forms: ['Sabiedrība ar ierobežotu atbildību', 'SIA'], travels: true },
  { country: 'LV', elf: 'VJBO', forms: ['Akciju sabiedrība', 'AS'], travels: true },
  { country: 'LV', elf: 'BS22', forms: ['Individuālais komersants', 'IK'] },
  { country: 'LV', elf: '3LCY', forms: ['Pilnsabiedrība', 'PS'] },
  { country: 'LV', elf: '1IPK', forms: ['Komandītsabiedrība', 'KS'] },
  { country: 'LV', elf: '5ULL', forms: ['Eiropas Ekonomisko interešu grupa', 'EEIG'] },
  { country: 'LV', elf: 'AZTM', forms: ['Eiropas komercsabiedrība', 'SE'] },
  // Lithuania (ELF abbreviations, and the same with the Lithuanian letters names write: VĮ, VšĮ, IĮ, TŪB).
  { country: 'LT', elf: 'BPLS', forms: ['Uždaroji akcinė bendrovė', 'UAB'], travels: true },
  { country: 'LT', elf: '81KA', forms: ['Akcinė bendrovė', 'AB'], travels: true },
  { country: 'LT', elf: 'SFYA', forms: ['Mažoji bendrija', 'MB'] },
  { country: 'LT', elf: 'A338', forms: ['Individuali įmonė', 'IĮ', 'II'] },
  { country: 'LT', elf: 'DLCX', forms: ['Tikroji ūkinė bendrija', 'TŪB'] },
  { country: 'LT', elf: 'LUOA', forms: ['Komanditinė ūkinė bendrija', 'KŪB', 'KB'] },
  { country: 'LT', elf: 'UHNL', forms: ['Žemės ūkio bendrovė', 'ŽŪB'] },
  { country: 'LT', elf: 'LUGM', forms: ['Kooperatinė bendrovė', 'KO'] },
  { country: 'LT', elf: '4ZF3', forms: ['Valstybės įmonė', 'VĮ'] },
  { country: 'LT', elf: 'YRXK', forms: ['Savivaldybės įmonė', 'SĮ'] },
  { country: 'LT', elf: 'KWBA', forms: ['Viešoji įstaiga', 'VšĮ', 'VS'] },
  { country: 'LT', elf: 'K4GR', forms: ['Biudžetinė įstaiga', 'BĮ'] },
  { country: 'LT', elf: 'F2ZF', forms: ['Asociacija'] },
  { country: 'LT', elf: 'HGMH', forms: ['Labdaros ir paramos fondas', 'LF'] },
  { country: 'LT', elf: '13T9', forms: ['Europos bendrovė', 'EB'] },
  { country: 'LT', elf: '5BY2', forms: ['Europos kooperatinė bendrovė', 'EKB'] },
  { country: 'LT', elf: 'BGPJ', forms: ['Europos ekonominių interesų grupė', 'EEIG'] },
  // Russia: ELF's entries (ОКОПФ) have no abbreviations; these are the laws'.
  {
    country: 'RU',
    elf: '17R7',
    source: 'Federal Law 14-FZ "On Limited Liability Companies", Art. 4 (abbreviation ООО)',
    forms: [
      'Общество с ограниченной ответственностью',
      'ООО',
      "Obshchestvo s ogranichennoy otvetstvennost'yu",
      'Obshchestvo s ogranichennoy otvetstvennostyu',
    ],
    travels: true,
  },
  {
    country: 'RU',
    elf: 'R71T',
    source: 'Federal Law 208-FZ "On Joint-Stock Companies", Art. 4 (abbreviation АО)',
    forms: ['Акционерное общество', 'АО', 'Aktsionernoye obshchestvo'],
    travels: true,
  },
  {
    country: 'RU',
    elf: '4TYO',
    source: 'Federal Law 208-FZ, Art. 4 and 7 (abbreviation ПАО)',
    forms: ['Публичное акционерное общество', 'ПАО'],
    travels: true,
  },
  { country: 'RU', elf: 'JZBN', forms: ['Непубличное акционерное общество', 'НАО'] },
  // ELF MT3A is the open joint-stock company alone ("Открытое акционерное общество"); the list of 2023-09-28
  // has no RU entry for the closed one, so ЗАО stands apart on the law's word, without an ELF code.
  {
    country: 'RU',
    elf: 'MT3A',
    source: 'the open joint-stock company before Federal Law 99-FZ of 05.05.2014 (ОАО), still written',
    forms: ['Открытое акционерное общество', 'ОАО'],
    travels: true,
  },
  {
    country: 'RU',
    source:
      'the closed joint-stock company before Federal Law 99-FZ of 05.05.2014 (ЗАО), still written (not in the ELF list of 2023-09-28)',
    forms: ['Закрытое акционерное общество', 'ЗАО'],
    travels: true,
  },
  { country: 'RU', elf: 'P9CF', forms: ['Индивидуальный предприниматель', 'ИП'] },
  {
    country: 'RU',
    source: RU_FOREIGN_NAME,
    forms: [
      'Limited Liability Company',
      'LLC',
      'Joint Stock Company',
      'JSC',
      'Public Joint Stock Company',
      'PJSC',
      'Open Joint Stock Company',
      'OJSC',
      'Closed Joint Stock Company',
      'CJSC',
    ],
    travels: true,
  },
  // Forms of other countries that these cases carry (employers and agencies in the UK, Germany, Poland,
  // Romania, Ukraine, Belarus, and US-style LLCs).
  { country: 'GB', elf: 'H0PO', forms: ['Limited', 'Ltd', 'Ltd.'], travels: true },
  { country: 'GB', elf: 'B6ES', forms: ['Public Limited Company', 'PLC', 'P.L.C.'], travels: true },
  { country: 'DE', elf: '2HBR', forms: ['Gesellschaft mit beschränkter Haftung', 'GmbH'], travels: true },
  { country: 'PL', elf: 'O7XB', forms: ['Spółka z ograniczoną odpowiedzialnością', 'sp. z o.o.'], travels: true },
  { country: 'RO', elf: 'XHN1', forms: ['Societate cu răspundere limitată', 'SRL', 'S.R.L.'], travels: true },
  { country: 'BY', elf: 'AABD', forms: ['Таварыства з абмежаванай адказнасцю', 'ТАА'], travels: true },
  { country: 'BY', elf: 'JLR3', forms: ['Общество с дополнительной ответственностью', 'ОДО'], travels: true },
  {
    country: 'UA',
    source:
      'Law of Ukraine No. 2275-VIII "On Limited and Additional Liability Companies" (not in the ELF list of 2023-09-28)',
    forms: ['Товариство з обмеженою відповідальністю', 'ТОВ'],
    travels: true,
  },
];

/** The comparison form of a name or a form: folded, Cyrillic transliterated, words. */
const words = (text: string) => transliterate(foldText(text)).split(' ').filter(Boolean);

interface Strippable {
  words: string[];
  written: string;
  countries: Set<string>;
  travels: boolean;
  sources: Set<string>;
}

/**
 * Each written form as the words it folds to, and the other ways an abbreviation is typed: with or without
 * its dots and slashes ("A/S", "A.S.", "AS"; "sp. z o.o.", "spzoo"), letter by letter ("O.Ü.", "O Ü").
 * Longest first, so "Julkinen osakeyhtiö" is tried before "Osakeyhtiö", "ASA" before "AS".
 */
const STRIPPABLE: Strippable[] = (() => {
  const byKey = new Map<string, Strippable>();
  for (const f of LEGAL_FORMS) {
    const source = [f.elf ? `${ELF}: ${f.country} ${f.elf}` : null, f.source].filter(Boolean).join('; ');
    for (const written of f.forms) {
      const w = words(written);
      const variants = [w];
      const abbreviation = w.every((x) => x.length <= 3) && w.join('').length <= 6;
      if (abbreviation) variants.push([w.join('')], [...w.join('')]);
      for (const v of variants) {
        // One letter alone is an initial as often as a legal form (ELF lists LT "A", SE "I").
        if (v.join('').length < 2) continue;
        const key = v.join(' ');
        const s = byKey.get(key) ?? { words: v, written, countries: new Set(), travels: false, sources: new Set() };
        s.countries.add(f.country);
        s.sources.add(source);
        s.travels ||= Boolean(f.travels);
        byKey.set(key, s);
      }
    }
  }
  return [...byKey.values()].sort(
    (a, b) => b.words.length - a.words.length || b.words.join('').length - a.words.join('').length,
  );
})();

/** Every written form of the table (for the tests' corpora). */
export const LEGAL_FORM_TABLE: ReadonlyArray<Readonly<LegalForm>> = LEGAL_FORMS;

const startsWith = (ws: string[], f: string[]) => f.every((x, i) => ws[i] === x);
const endsWith = (ws: string[], f: string[]) => f.every((x, i) => ws[ws.length - f.length + i] === x);

/**
 * The name's words without its legal forms, at its start ("ООО «Ромашка»", "SIA Baltic", "UAB Statyba") or
 * end ("Byggservice AB", "Rakennus Oy", "Bygg ApS"), as often as they stand there ("Oy X Ab"), unless
 * nothing would be left.
 */
function stripLegalForms(name: string[], country: string): { words: string[]; stripped: Strippable[] } {
  let ws = name;
  const stripped: Strippable[] = [];
  for (;;) {
    const form = STRIPPABLE.find(
      (f) =>
        (f.travels || f.countries.has(country)) &&
        ws.length > f.words.length &&
        (startsWith(ws, f.words) || endsWith(ws, f.words)),
    );
    if (!form) return { words: ws, stripped };
    stripped.push(form);
    ws = startsWith(ws, form.words) ? ws.slice(form.words.length) : ws.slice(0, ws.length - form.words.length);
  }
}

const SAME_AS =
  'company registers compare names without punctuation and with "&" as "and": UK SI 2015/17 (Company, LLP and Business (Names and Trading Disclosures) Regulations), reg. 7 and Schedule 3';

/**
 * An organisation's name in its key form (the folded words without its legal forms), with the rules that
 * fired. Empty when it holds no letter or digit.
 */
function readOrganisationName(raw: string, country: string): { name: string; rules: Rule[] } {
  // "&" is "and" in the name (a convention of company registers); "og", "och", "ja" are left: no
  // published rule makes them one.
  const folded = words(raw.replace(/&/g, ' and '));
  const { words: rest, stripped } = stripLegalForms(folded, country);
  const rules: Rule[] = [
    {
      rule: 'case, diacritics and punctuation (quotes «» „“ "" \'\', hyphens, dots) folded; Cyrillic transliterated',
      source: `${SAME_AS}; ICAO 9303 Part 3 for Cyrillic`,
    },
  ];
  if (raw.includes('&')) rules.push({ rule: '"&" read as "and"', source: SAME_AS });
  for (const f of stripped)
    rules.push({
      rule: `legal form "${f.written}" removed (${f.travels ? 'a form written across borders' : `a legal form in ${[...f.countries].join(', ')}`})`,
      source: [...f.sources].join('; '),
    });
  return { name: rest.join(' '), rules };
}

// ---------------------------------------------------------------------------------------------------------
// Registration numbers, by country: the national number with its check digits where a public algorithm
// exists, read from the written forms (separators, labels, the VAT number that embeds it).

const digitsOf = (s: string) => [...s].map(Number);
const weighted = (s: string, weights: number[]) => digitsOf(s).reduce((sum, d, i) => sum + d * weights[i], 0);
const luhnValid = (s: string) =>
  digitsOf(s)
    .reverse()
    .reduce((sum, d, i) => sum + (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0) %
    10 ===
  0;
/** Mod 11 with the check digit 11 − remainder (0 for 11, none for 10): Norway's and Iceland's numbers. */
const mod11Complement = (body: string, weights: number[]) => {
  const r = 11 - (weighted(body, weights) % 11);
  return r === 11 ? '0' : r === 10 ? null : String(r);
};
/** EVS 585:2007 (Estonian personal code) modulo-11 method: weights 1…9,1…; if 10, weights 3…9,1…; if 10 again, 0. */
const evs585 = (body: string) => {
  const first = (i: number) => (i % 9) + 1;
  const second = (i: number) => ((i + 2) % 9) + 1;
  const sum = (w: (i: number) => number) => digitsOf(body).reduce((s, d, i) => s + d * w(i), 0) % 11;
  const r = sum(first) === 10 ? sum(second) : sum(first);
  return String(r % 10);
};
const innDigit = (body: string, weights: number[]) => String((weighted(body, weights) % 11) % 10);
const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12A = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12B = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const LV_WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6];

/**
 * The check digit that completes `body` as the main registration number of `country` (FI, SE, NO, DK, IS:
 * the first 8 digits of a kennitala, EE, LV, RU: a 10-digit ИНН), or null when no digit does (the number is
 * never issued). The seed generator writes valid numbers with it.
 */
export function registrationCheckDigit(country: string, body: string): string | null {
  switch (country) {
    case 'FI': {
      const r = weighted(body, [7, 9, 10, 5, 8, 4, 2]) % 11;
      return r === 1 ? null : String(r === 0 ? 0 : 11 - r);
    }
    case 'SE':
      return ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].find((d) => luhnValid(body + d)) ?? null;
    case 'NO':
      return mod11Complement(body, [3, 2, 7, 6, 5, 4, 3, 2]);
    case 'DK': {
      const c = (11 - (weighted(body, [2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
      return c === 10 ? null : String(c);
    }
    case 'IS':
      return mod11Complement(body, [3, 2, 7, 6, 5, 4, 3, 2]);
    case 'EE':
      return evs585(body);
    case 'LV': {
      const c = (((3 - weighted(body, LV_WEIGHTS)) % 11) + 11) % 11;
      return c === 10 ? null : String(c);
    }
    case 'RU':
      return innDigit(body, INN10);
    default:
      return null;
  }
}

/** A national number read: its key part, what it is, and its source; or why it is not one. */
type SchemeResult =
  { number: string; scheme: string; source: string; notes?: string[] } | { fail: 'format' | 'check'; problem: string };

const format = (problem: string): SchemeResult => ({ fail: 'format', problem });
const checkFails = (what: string, method: string): SchemeResult => ({
  fail: 'check',
  problem: `is not a valid ${what}: its check digit does not match (${method}); correct it from the source document`,
});
const wrongLength = (what: string, expected: string, digits: string) =>
  format(
    `is not ${what}: ${expected}, not ${digits.length} digits; if the organisation is registered in another country, give that country`,
  );

const SOURCES = {
  FI: 'Y-tunnus: 7 digits and a check digit, mod 11 with weights 7, 9, 10, 5, 8, 4, 2 (Finnish Tax Administration and PRH, Business Information System YTJ); the VAT number is FI and its 8 digits',
  SE: 'organisationsnummer: 10 digits, the last a Luhn (mod 10) check digit (Skatteverket SKV 709, Bolagsverket); the 12-digit form prefixes 16; the VAT number is SE, the 10 digits and 01 (Skatteverket)',
  NO: 'organisasjonsnummer: 9 digits, mod 11 with weights 3, 2, 7, 6, 5, 4, 3, 2 (Brønnøysundregistrene, Enhetsregisteret); "MVA" after it marks VAT registration',
  DK: 'CVR-nummer: 8 digits, mod 11 with weights 2, 7, 6, 5, 4, 3, 2, 1 (Erhvervsstyrelsen, Det Centrale Virksomhedsregister); the VAT number is DK and its 8 digits',
  IS: 'kennitala: 10 digits, DDMMYY (organisations add 40 to the day), two digits, a check digit mod 11 with weights 3, 2, 7, 6, 5, 4, 3, 2, and the century (Þjóðskrá Íslands / Registers Iceland)',
  EE: 'registrikood: 8 digits, the first 1 (commercial register), 7 (state), 8 (non-profit associations) or 9 (foundations), the check digit by the modulo-11 method of the Estonian personal code standard EVS 585:2007 (Registrite ja Infosüsteemide Keskus)',
  EE_VAT:
    'KMKR (käibemaksukohustuslase number): 9 digits, check digit with weights 3, 7, 1 mod 10 (Estonian Tax and Customs Board, EU VIES); a number of its own, not the registry code',
  LV: 'reģistrācijas numurs: 11 digits (Uzņēmumu reģistrs); for legal persons (first digit 4–9) the sum with weights 9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1 is 3 mod 11 (State Revenue Service, EU VIES); the VAT number is LV and the 11 digits',
  LT: 'juridinio asmens (įmonės) kodas: 9 digits (Registrų centras, Register of Legal Entities); no check-digit rule is published for it, so only its length is checked',
  LT_VAT:
    'PVM mokėtojo kodas: LT and 9 digits (the 8th is 1) or 12 digits (the 11th is 1), check digit by the modulo-11 method of the personal code (State Tax Inspectorate VMI, EU VIES); a number of its own, not the company code',
  RU: 'ИНН: 10 digits for an organisation, 12 for an individual entrepreneur, check digits mod 11 (mod 10) with the weights of the Federal Tax Service; ОГРН: 13 digits, the last the remainder of the first 12 mod 11 (mod 10); ОГРНИП: 15 digits, mod 13 (ЕГРЮЛ and ЕГРИП, Federal Tax Service)',
};

/** How each country's number is read from its digits; `prefixed` when the text carried its VAT prefix. */
const SCHEMES: Record<string, (d: string, prefixed: boolean) => SchemeResult> = {
  FI: (d) => {
    if (d.length !== 8) return wrongLength('a Finnish business ID (Y-tunnus)', '7 digits and a check digit', d);
    if (registrationCheckDigit('FI', d.slice(0, 7)) !== d[7])
      return checkFails('Finnish business ID (Y-tunnus)', 'mod 11, weights 7, 9, 10, 5, 8, 4, 2');
    return { number: d, scheme: `Y-tunnus ${d.slice(0, 7)}-${d[7]}`, source: SOURCES.FI };
  },
  SE: (d, prefixed) => {
    const ten =
      d.length === 10
        ? d
        : d.length === 12 && prefixed && d.endsWith('01')
          ? d.slice(0, 10)
          : d.length === 12 && d.startsWith('16')
            ? d.slice(2)
            : null;
    if (!ten)
      return wrongLength(
        'a Swedish organisationsnummer',
        '10 digits (NNNNNN-NNNN), 12 with the prefix 16, or the VAT number SE…01',
        d,
      );
    if (!luhnValid(ten)) return checkFails('Swedish organisationsnummer', 'Luhn, mod 10');
    return { number: ten, scheme: `organisationsnummer ${ten.slice(0, 6)}-${ten.slice(6)}`, source: SOURCES.SE };
  },
  NO: (d) => {
    if (d.length !== 9) return wrongLength('a Norwegian organisasjonsnummer', '9 digits', d);
    if (registrationCheckDigit('NO', d.slice(0, 8)) !== d[8])
      return checkFails('Norwegian organisasjonsnummer', 'mod 11, weights 3, 2, 7, 6, 5, 4, 3, 2');
    return { number: d, scheme: `organisasjonsnummer ${d}`, source: SOURCES.NO };
  },
  DK: (d) => {
    if (d.length !== 8) return wrongLength('a Danish CVR number', '8 digits', d);
    if (weighted(d, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 !== 0)
      return checkFails('Danish CVR number', 'mod 11, weights 2, 7, 6, 5, 4, 3, 2, 1');
    return { number: d, scheme: `CVR ${d}`, source: SOURCES.DK };
  },
  IS: (d) => {
    if (d.length !== 10) return wrongLength('an Icelandic kennitala', '10 digits (DDMMYY-NNNN)', d);
    if (registrationCheckDigit('IS', d.slice(0, 8)) !== d[8])
      return checkFails('Icelandic kennitala', 'mod 11, weights 3, 2, 7, 6, 5, 4, 3, 2');
    return { number: d, scheme: `kennitala ${d.slice(0, 6)}-${d.slice(6)}`, source: SOURCES.IS };
  },
  EE: (d) => {
    if (d.length === 9) {
      // 7-3-1 weights over the first 8 digits (python-stdnum and stdnum-js ee.kmkr follow the same rule).
      const sum = digitsOf(d.slice(0, 8)).reduce((s, x, i) => s + x * [3, 7, 1][i % 3], 0);
      if (String((10 - (sum % 10)) % 10) !== d[8])
        return checkFails('Estonian VAT number (KMKR)', 'weights 3, 7, 1, mod 10');
      return {
        number: `KMKR${d}`,
        scheme: `KMKR ${d}`,
        source: SOURCES.EE_VAT,
        notes: ['an Estonian VAT number (KMKR): it links with the same VAT number, not with the registry code'],
      };
    }
    if (d.length !== 8) return wrongLength('an Estonian registry code (registrikood)', '8 digits', d);
    if (!'1789'.includes(d[0]))
      return format('is not an Estonian registry code (registrikood): it starts with 1, 7, 8 or 9');
    if (registrationCheckDigit('EE', d.slice(0, 7)) !== d[7])
      return checkFails('Estonian registry code (registrikood)', 'EVS 585:2007 modulo 11');
    return { number: d, scheme: `registrikood ${d}`, source: SOURCES.EE };
  },
  LV: (d) => {
    if (d.length !== 11) return wrongLength('a Latvian registration number', '11 digits', d);
    if ('0123'.includes(d[0]))
      return {
        number: d,
        scheme: `reģistrācijas numurs ${d}`,
        source: SOURCES.LV,
        notes: ["a natural person's number (first digit 0–3): only its length is checked"],
      };
    if (registrationCheckDigit('LV', d.slice(0, 10)) !== d[10])
      return checkFails('Latvian registration number', 'weights 9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1, mod 11');
    return { number: d, scheme: `reģistrācijas numurs ${d}`, source: SOURCES.LV };
  },
  LT: (d, prefixed) => {
    // LT before the digits makes it the VAT number, a number of its own; only a 9-digit number without the
    // VAT number's shape (its 8th digit 1) is read as the company code written with the country's letters.
    const vatShape = (d.length === 9 && d[7] === '1') || (d.length === 12 && d[10] === '1');
    if (prefixed && vatShape) {
      if (evs585(d.slice(0, -1)) !== d.at(-1))
        return checkFails('Lithuanian VAT number (PVM mokėtojo kodas)', 'modulo 11');
      return {
        number: `PVM${d}`,
        scheme: `PVM mokėtojo kodas LT${d}`,
        source: SOURCES.LT_VAT,
        notes: ['a Lithuanian VAT number: it links with the same VAT number, not with the company code'],
      };
    }
    if (d.length !== 9) return wrongLength('a Lithuanian company code (įmonės kodas)', '9 digits', d);
    return {
      number: d,
      scheme: `įmonės kodas ${d}`,
      source: SOURCES.LT,
      notes: ['no published check digit: only the length is checked'],
    };
  },
  RU: (d) => {
    const ogrn = (n: number, mod: bigint) => String((BigInt(d.slice(0, n)) % mod) % 10n) === d[n];
    const ok = (scheme: string): SchemeResult => ({
      number: d,
      scheme: `${scheme} ${d}`,
      source: SOURCES.RU,
      notes: ['ИНН and ОГРН are separate numbers of one company: a report of one does not meet a report of the other'],
    });
    switch (d.length) {
      case 10:
        return innDigit(d.slice(0, 9), INN10) === d[9]
          ? ok('ИНН')
          : checkFails('Russian ИНН', 'Federal Tax Service weights');
      case 12:
        return innDigit(d.slice(0, 10), INN12A) + innDigit(d.slice(0, 11), INN12B) === d.slice(10)
          ? ok('ИНН')
          : checkFails('Russian ИНН of an individual entrepreneur', 'Federal Tax Service weights');
      case 13:
        return ogrn(12, 11n) ? ok('ОГРН') : checkFails('Russian ОГРН', 'the first 12 digits mod 11');
      case 15:
        return ogrn(14, 13n) ? ok('ОГРНИП') : checkFails('Russian ОГРНИП', 'the first 14 digits mod 13');
      default:
        return wrongLength('a Russian ИНН or ОГРН', 'ИНН 10 or 12 digits, ОГРН 13, ОГРНИП 15', d);
    }
  },
};

/** Country codes a VAT number begins with (Council Directive 2006/112/EC, Art. 215: ISO 3166, Greece EL), and NO. */
const VAT_PREFIXES = new Set(
  'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK NO'.split(' '),
);
const VAT_SOURCE = 'Council Directive 2006/112/EC, Art. 215: a VAT number begins with the ISO 3166 code of its country';
const RU_KPP = /^(\d{10})\s*(?:[/\\,;]|\s)\s*(?:(?:КПП|KPP)\s*:?\s*)?\d{9}$/u;

export interface RegistrationReading {
  /** The country whose register issued it: a VAT prefix names it, else the organisation's country. */
  country: string;
  /** The key part: the national number's digits (with a VAT scheme's name when that is a number of its own). */
  number: string;
  rules: Rule[];
  notes: string[];
}
/** The key part of an organisation known by its registration number. */
export const registrationKey = (r: RegistrationReading) => makeId('reg', r.country, r.number);

export type RegistrationResult =
  { ok: true; value: RegistrationReading } | { ok: false; problem: string; unverified: boolean; rules: Rule[] };

/**
 * A registration number as written, read in the organisation's country (or the country its VAT prefix
 * names). Null when it holds no letter or digit (absent). A number with digits that its country's rule
 * does not read (a length, a check digit) keys as written, with what is wrong as a note (below). Text with
 * no digit at all fails outright. Never throws.
 */
export function readRegistration(raw: string, country: string): RegistrationResult | null {
  const text = raw
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toUpperCase()
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const shown = raw.trim().slice(0, 60);
  const first = text.search(/\d/);
  if (first < 0)
    return {
      ok: false,
      problem: `'${shown}' holds no digit: not a registration number; give the number as written, or leave registrationNumber out`,
      unverified: false,
      rules: [],
    };
  const last = text.length - 1 - [...text].reverse().findIndex((ch) => /\d/.test(ch));
  const before = text.slice(0, first);
  const middle = text.slice(first, last + 1);
  const rules: Rule[] = [];
  if (/[\p{L}]/u.test(before + text.slice(last + 1)))
    rules.push({
      rule: 'the label around the number (Y-tunnus, Org.nr, CVR, kt., Reg. Nr., įmonės kodas, ИНН, ОГРН, MVA…) removed',
      source: 'national usage: the label is no part of the number',
    });
  // The two letters right before the digits, standing as a word ("FI28451233", "SE 556…", not "TUNNUS").
  const prefix = /(?:^|[^\p{L}.])([A-Z]{2}) ?$/u.exec(before)?.[1];
  const prefixCountry = prefix && VAT_PREFIXES.has(prefix) ? (prefix === 'EL' ? 'GR' : prefix) : null;

  // reason: what is wrong in general terms, for the note (the problem quotes the input, for its writer only).
  type Failure = Extract<RegistrationResult, { ok: false }> & { fitted: boolean; country: string; reason: string };
  const readIn = (c: string, prefixed: boolean): RegistrationResult | Failure => {
    const scheme = SCHEMES[c];
    if (!scheme) {
      // A country without a rule here: its own VAT prefix before digits dropped, else letters and digits as
      // written (a German "HRB 12345" keeps its register's letters).
      const folded = (prefixed ? middle : text).replace(/[^A-Z0-9]/g, '');
      return { ok: true, value: { country: c, number: folded, rules: [], notes: [] } };
    }
    const kpp = c === 'RU' ? RU_KPP.exec(middle) : null;
    if (!kpp && !/^[\d\s./-]+$/.test(middle))
      return {
        ok: false,
        problem: `'${shown}' is not a registration number of ${c}: letters stand inside the number`,
        reason: `letters stand inside the number: not a registration number of ${c}`,
        unverified: true,
        rules,
        fitted: false,
        country: c,
      };
    const read = scheme(kpp ? kpp[1] : middle.replace(/\D/g, ''), prefixed);
    if ('fail' in read)
      return {
        ok: false,
        problem: `'${shown}' ${read.problem}`,
        reason: `the registration number ${read.problem}`,
        unverified: true,
        rules,
        fitted: read.fail === 'check',
        country: c,
      };
    const own: Rule[] = [
      ...(prefixed
        ? [
            {
              rule: `country code "${prefix}" before the number: read as a number of ${c}'s register`,
              source: VAT_SOURCE,
            },
          ]
        : []),
      ...(kpp
        ? [{ rule: 'КПП after the ИНН dropped (it names a tax registration, not the company)', source: SOURCES.RU }]
        : []),
      { rule: `read as ${c} ${read.scheme}; its check digits verified where its rule has them`, source: read.source },
    ];
    return { ok: true, value: { country: c, number: read.number, rules: [...rules, ...own], notes: read.notes ?? [] } };
  };

  // The VAT prefix's reading first; "No 12345678" may be "number", so the organisation's country reads it too.
  const readings = [
    ...(prefixCountry ? [readIn(prefixCountry, true)] : []),
    ...(prefixCountry !== country ? [readIn(country, false)] : []),
  ];
  const read = readings.find((r) => r.ok);
  if (read) return read;
  // No reading holds: the number links as written, its letters and digits, in the country whose rule came
  // nearest (a check digit failed rather than the length), with what is wrong as a note. A national check
  // digit is a note, as it is inside an IBAN (src/model/normalise.ts, nationalCheck): a typo rarely lands on
  // another company's number, while files written by hands that never computed the digit (test sets, older
  // registers) would otherwise never link by it. Only an IBAN's own mod-97 is cause to keep a value apart.
  const failures = readings as Failure[];
  const nearest = failures.find((f) => f.fitted) ?? failures[0];
  return {
    ok: true,
    value: {
      country: nearest.country,
      number: middle.replace(/[^A-Z0-9]/g, ''),
      rules: [
        ...nearest.rules,
        { rule: 'read as written: letters and digits, separators dropped', source: 'national usage' },
      ],
      // Never the number as written: the note may reach another agency that reports the same number.
      notes: [`${nearest.reason}; it links as written`],
    },
  };
}

export interface OrganisationReading {
  key: string;
  /** The country keyed: the registration's, else the organisation's. */
  country: string;
  rules: Rule[];
  notes: string[];
}
export type OrganisationResult =
  | { ok: true; value: OrganisationReading }
  | { ok: false; problem: string; field: 'name' | 'registrationNumber'; unverified: boolean; rules: Rule[] };

/** An organisation's key: its registration number and country when one reads, else its name and country. */
export function readOrganisation(input: {
  name: string;
  registrationNumber?: string | null;
  country: string;
}): OrganisationResult {
  const reg = input.registrationNumber ? readRegistration(input.registrationNumber, input.country) : null;
  if (reg && !reg.ok) return { ...reg, field: 'registrationNumber' };
  if (reg) {
    const { country, rules, notes } = reg.value;
    const elsewhere =
      country !== input.country
        ? [`registered in ${country} (its VAT prefix), while the report gives ${input.country}`]
        : [];
    return {
      ok: true,
      value: {
        key: registrationKey(reg.value),
        country,
        rules,
        notes: [...notes, ...elsewhere],
      },
    };
  }
  const name = readOrganisationName(input.name, input.country);
  if (!name.name) return { ok: false, problem: 'name is empty', field: 'name', unverified: false, rules: name.rules };
  return {
    ok: true,
    value: {
      key: makeId('name', input.country, name.name),
      country: input.country,
      rules: name.rules,
      notes: [
        'no registration number: keyed by the name and country, so a report that gives the number does not meet it',
      ],
    },
  };
}
