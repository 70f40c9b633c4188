// Natural keys of the shared entities. Two cases that write the same phone, plate, account, document
// or address differently must produce the same key, or the graph never sees the link.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { composeIBAN, countrySpecs, isValidBBAN, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { readAddress, type Rule } from './address';
import { readOrganisation } from './organisation';

import { entityIds } from './ids';
export { readAddress, cyrillicSkeleton, streetTypesOf, type AddressReading, type Rule } from './address';
export { readOrganisation, readRegistration } from './organisation';
import { foldText, transliterate } from './text';

export { foldText, transliterate };

export type Normalised<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Does a value that failed normalisation still look like the identifier it claims to be? A number written
 * with digits and phone punctuation, or a string in IBAN layout with a bad checksum, is what police files
 * really contain (a typo, a missing digit). It is kept as written and flagged, never merged; text that is
 * not such an identifier at all is refused as bad input.
 */
export function looksLikePhone(raw: string): boolean {
  return /^[+\d\s()./_-]+$/.test(raw.trim()) && (raw.match(/\d/g)?.length ?? 0) >= 4;
}
export function looksLikeIban(raw: string, country?: string | null): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(ibanElectronic(raw)) || domesticAccount(raw, country) !== null;
}

/**
 * Text as typed, without what no identifier contains: compatibility forms folded (full-width digits,
 * NFKC) and format characters (zero-width, bidirectional marks) removed. Never throws.
 */
const clean = (raw: string) => raw.normalize('NFKC').replace(/\p{Cf}/gu, '');
/** The punctuation of the sentence around an identifier: brackets, quotes, a closing ",", ";" or ".". */
const AROUND = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
const fail = <T>(problem: string): Normalised<T> => ({ ok: false, problem });

// Where the case's country does not read a number, two other ways of writing it are common in the files, and
// each is tried:
// - the country code without "+" or "00" ("7 921 123 45 67", "358401234567"): ITU-T E.123 (section 2.5)
//   asks for "+", but address books, messenger exports and registers often drop it;
// - the national format of a country whose trunk prefix is 8, copied from that country's papers: Russia
//   ("8 921 123-45-67", and its international prefix "8~10"), Belarus ("8 029 123-45-67") and Lithuania
//   ("8 612 34567": 8 until the regulator RRT moved the trunk prefix to 0 in 2024-2025; older files keep
//   it), per their national numbering plans. A leading 0 is the trunk prefix of too many countries
//   (Finland, Sweden, Ukraine, Germany, Lithuania now) to say whose number it is.
// - Ukraine's long-distance form before 14 October 2009, "8" and then the area or mobile code with its 0
//   ("8 (067) 123-45-67", "8-044-…"): the Ministry of Transport and Communications order No. 1200 of
//   29.09.2008 replaced that 8 with the trunk prefix 0, but files and address books still write it. It is
//   read in every case, Ukraine's own included, as it is no longer a Ukrainian number as written.
// A number that more than one of these reads, each differently, is not guessed at: it is refused with
// the readings, so the analyst writes it with its country code.
//
// The country code without "+" is read only when the first group of digits as written is at least as long
// as that country code: in E.123's international notation the country code is a group of its own, set
// apart by a space, so a separator never falls inside it. "7 921 123 45 67", "47 40 61 55 07" and an
// unseparated "358401234567" read; "8 495 123-45-67" is not +84 95… (Viet Nam), only Russia's trunk 8.
const TRUNK_8_COUNTRIES = ['RU', 'BY', 'LT'] as const;
const UA_BEFORE_2009 = /^\D*8\D*(?=0)/;
// "+372 (0) 5123 4567", "+46 (0)70-123 45 67": the trunk prefix in brackets after the country code, to say
// it is dialled at home only. E.123 keeps parentheses (digits not always dialled) out of the international
// notation and leaves the trunk prefix out of it, but files and business cards use the form widely; the 0
// is never dialled after a country code, so it is dropped (a country without a trunk prefix, Estonia or
// Denmark, would otherwise refuse the number). Except where the 0 belongs to the number: Italy's
// geographic numbers keep their 0 from abroad since 1998 (+39 02 …, Rome +39 06 …, by AGCOM's national
// numbering plan), as do San Marino's (+378 0549 …), so there "(0)" is read as the 0.
const OPTIONAL_TRUNK_0 = /^(\+\d{1,3})[\s.-]*\(0\)/;
const ZERO_DIALLED = new Set(['+39', '+378']);
// "+358_40_1234567": ITU-T E.123 groups a number's digits for reading only; no separator is part of the
// number, only the digits and a leading "+". Spaces, dashes, dots, brackets and the slash after the area
// code (DIN 5008 before 2020: "040/1234567") are read by libphonenumber; "_" is what systems that store no
// spaces (database exports, messenger backups) write instead, and it is read as a space.
const UNDERSCORE_SEPARATOR = /_/g;

export interface PhoneReading {
  e164: string;
  country: string | null;
  /** How a number the case's country does not read was read; null when it was read as written. */
  readAs: string | null;
  /**
   * Written in its country's national format, trunk prefix included ("8 921 123-45-67" in Russia, "040 123
   * 4567" in Finland): digits before the national number that are not the country code.
   */
  trunkPrefix: boolean;
  /**
   * Read in the case's country as written without its trunk prefix ("45 20123456" in a Finnish case:
   * 045 2012 3456), where the digits are also a number of another country with its country code written
   * without "+" (+45 20 12 34 56, Danish): that other reading, for the analyst. Not taken: the case's
   * country reads the number as written (see normalisePhone).
   */
  alsoReads: string | null;
}

const validPhone = (text: string, country?: string) => {
  const parsed = parsePhoneNumberFromString(text, country as CountryCode | undefined);
  return parsed?.isValid() ? parsed : null;
};

/** The number read with "+" before it, when its first group of digits holds the country code (E.123). */
function countryCodeWithoutPlus(text: string) {
  const digits = text.replace(/^\D+/, '');
  const withPlus = validPhone(`+${digits}`);
  return withPlus && /^\d*/.exec(digits)![0].length >= withPlus.countryCallingCode.length ? withPlus : null;
}

/**
 * E.164 through libphonenumber's full metadata. A local number takes the reporting case's country, also
 * when it is written without the trunk prefix its country writes ("45 20123456" in a Finnish case is
 * 045 2012 3456) and its digits are another country's number with the code written without "+"
 * (+45 20 12 34 56): E.164 gives no way to tell the two apart, and in the countries that write a trunk
 * prefix a national number without it is common ("961 917-84-87" in a Russian case, which would be
 * Lebanon's +961), so the case's country is kept and the other reading only noted (`alsoReads`).
 */
export function normalisePhone(raw: string, defaultCountry: string): Normalised<PhoneReading> {
  const text = clean(raw)
    .replace(UNDERSCORE_SEPARATOR, ' ')
    .trim()
    .replace(/^00/, '+')
    .replace(OPTIONAL_TRUNK_0, (_, cc: string) => (ZERO_DIALLED.has(cc) ? `${cc} 0` : `${cc} `));
  if (!text) return fail('is empty');
  const withPlus = text.startsWith('+') ? null : countryCodeWithoutPlus(text);
  const asWritten = validPhone(text, defaultCountry);
  if (asWritten) {
    const digits = text.replace(/\D/g, '');
    const national = asWritten.country === defaultCountry && !text.startsWith('+');
    // Its own country writes it with a trunk prefix (the national format's digits are more than the
    // national number), and this writing has none.
    const trunkLeftOut =
      national &&
      digits === asWritten.nationalNumber &&
      asWritten.formatNational().replace(/\D/g, '') !== asWritten.nationalNumber;
    return ok({
      e164: asWritten.number,
      country: asWritten.country ?? null,
      readAs: null,
      trunkPrefix: national && digits !== asWritten.nationalNumber && `+${digits}` !== asWritten.number,
      alsoReads:
        trunkLeftOut && withPlus && withPlus.number !== asWritten.number
          ? `${withPlus.number} (${withPlus.country ?? '?'}, country code ${withPlus.countryCallingCode} written without "+")`
          : null,
    });
  }
  const readings = new Map<string, PhoneReading>();
  if (!text.startsWith('+')) {
    if (withPlus)
      readings.set(withPlus.number, {
        e164: withPlus.number,
        country: withPlus.country ?? null,
        readAs: 'the country code written without "+"',
        trunkPrefix: false,
        alsoReads: null,
      });
    if (/^\D*8/.test(text))
      for (const country of TRUNK_8_COUNTRIES) {
        const national = country === defaultCountry ? null : validPhone(text, country);
        if (national && !readings.has(national.number))
          readings.set(national.number, {
            e164: national.number,
            country: national.country ?? null,
            readAs:
              national.country === country
                ? `written as in ${country}, where 8 is the trunk prefix`
                : `written as in ${country}, where 8~10 is the international prefix`,
            trunkPrefix: national.country === country,
            alsoReads: null,
          });
      }
    const ukrainian = UA_BEFORE_2009.test(text) ? validPhone(text.replace(UA_BEFORE_2009, ''), 'UA') : null;
    if (ukrainian && !readings.has(ukrainian.number))
      readings.set(ukrainian.number, {
        e164: ukrainian.number,
        country: ukrainian.country ?? null,
        readAs: 'written as in UA before 2009, where 8 came before the 0 of the area or mobile code',
        trunkPrefix: true,
        alsoReads: null,
      });
  }
  if (readings.size === 1) return ok([...readings.values()][0]);
  if (readings.size > 1)
    return fail(
      `'${raw}' is not a phone number in ${defaultCountry}, and could be ${[...readings.values()]
        .map((r) => `${r.e164} (${r.readAs})`)
        .join(' or ')}: write it with + and the country code`,
    );
  return fail(`'${raw}' is not a valid phone number (read with default country ${defaultCountry})`);
}

// Cyrillic letters that look like Latin ones on plates (domain notes). Folding them makes "А123ВС"
// typed on a Russian keyboard equal "A123BC" typed on a Latin one. Ukrainian plates (DSTU 4278:2019) and
// Belarusian ones (STB 914) also use І, the Ukrainian and Belarusian I ("АІ 1234 ВС" is Kyiv oblast).
const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
};
const foldLookalikes = (s: string) => s.replace(/[АВЕКМНОРСТУХІ]/g, (ch) => LOOKALIKES[ch]);

// A document number written with Cyrillic series letters: Ukrainian passports before 2016 ("СН 123456"),
// Soviet and Russian birth certificates ("II-АГ 123456"). A file abroad copies the letters it sees, so a
// letter with a Latin look-alike folds to it, as on plates (and Ukrainian and Belarusian І to I); a letter
// without one is transliterated by the canonical table (ICAO 9303: Б B, Г G, Ж ZH, Я IA).
//
// The numero sign and its abbreviations ("№ 4506 123456", "Nr. 123", "N° 123", "NO.: 123"), and the words
// for series and number that protocols write before a number: Russian "серия 4506 № 123456" / "серия …
// номер …" (the series and number of the Russian internal passport, as Russian protocols write them),
// their Ukrainian and Belarusian forms (серія/серыя, нумар), and "number" in the languages of the exchange
// (Nr., nro, nummer, numero, numurs, numeris, passnummer, pasnummer). NFKC turns № into "No", which would
// otherwise become part of the number. A label counts only as a whole word before more text, so a
// number's own letters stay: a bare "NO" is letters of the number ("NO 123"), as are XP in a Finnish
// "XP1234567" and LV in a Latvian "LV1234567".
const DOCUMENT_LABEL = new RegExp(
  String.raw`№\s*:?|(?<![\p{L}\p{N}])(?:(?:` +
    String.raw`серия|серии|серія|серыя|номер|нумар|` +
    String.raw`nr|nro|number|numer|nummer|numero|numurs|numeris|passnummer|pasnummer` +
    String.raw`)(?![\p{L}\p{N}])|(?:сер|ном|nr|nro|no)\.|n[°º]|no(?=\s*:))(?=\s*:?\s*[\p{L}\p{N}№])\s*:?`,
  'giu',
);
// The document's name, written first: passport, ID card and driving licence in the languages of the
// exchange, nominative or genitive ("passin numero"). Russian: паспорт (пасп.), паспорт РФ / гражданина
// РФ / гражданина Российской Федерации, загранпаспорт, заграничный паспорт, з/п, водительское
// удостоверение (ВУ, вод. уд.); Ukrainian and Belarusian паспорт, пашпарт. Swedish and Estonian pass,
// Norwegian pass and passnr, Danish pas and pasnr, Finnish passi, Latvian pase, Lithuanian pasas, English
// passport, Polish paszport; ID-kort, ID-kaart, henkilökortti; körkort, førerkort, kørekort, ajokortti,
// juhiluba, vadītāja apliecība, vairuotojo pažymėjimas. Only at the start and before more text: ВУ (В and
// У have Latin look-alikes) or PASS inside a number stay its letters. ICAO 9303 writes the document number
// without its document's name (the MRZ number field), which is the key. The name may be followed by a
// comma ("Pass, nr 123456"), or joined to the word for number by a hyphen, as Norwegian and Danish write a
// compound with an abbreviation (Språkrådet, Retskrivningsordbogen: "pass-nr.", "pas-nr."; also "Pass.-Nr.").
const DOCUMENT_NAME = new RegExp(
  String.raw`^\s*(?:` +
    String.raw`(?:паспорт|пасп\.)(?:\s+гражданина)?(?:\s+(?:РФ|России|Российской\s+Федерации))?|` +
    String.raw`загранпаспорт|заграничный\s+паспорт|з/п|водительское\s+удостоверение|вод\.\s*уд\.|ВУ|пашпарт|` +
    String.raw`pass|passnr|passi|passin|pas|pasnr|pase|pases|pasas|paso|passport|paszport|` +
    String.raw`id[\s-]?(?:kort|kaart)|henkilökortti|körkort|førerkort|kørekort|ajokortti|juhiluba|` +
    String.raw`vadītāja\s+apliecība|vairuotojo\s+pažymėjimas` +
    String.raw`)(?![\p{L}\p{N}])[.,]?(?:-(?=(?:nr|nro|no)(?![\p{L}\p{N}])))?(?=\s*:?\s*[\p{L}\p{N}№])\s*:?`,
  'iu',
);
// After a document's name, a bare "No" before the digits is the English abbreviation of number ("Passport
// No 123456"), which alone stays letters of a number ("NO 123456", see DOCUMENT_LABEL): after the name, the
// number's own letters would be written with it, as the MRZ writes them ("Pass NO123456").
const NO_AFTER_NAME = /^\s*no\s+(?=\d)/i;

// The distinguishing sign of the registering country (Vienna Convention on Road Traffic 1968, Article 37
// and Annex 3): a foreign report writes it beside the plate ("А123ВС 78 RUS", "ABC-123 FIN"), but it is
// no part of the registration number (GOST R 50577-2018 for Russia; each country's plate layout alike).
// Russian files write the sign in Cyrillic too ("А123ВС 78 РУС"), as on the plate's own flag field.
const DISTINGUISHING_SIGNS: Record<string, string[]> = {
  EE: ['EST'],
  LV: ['LV'],
  LT: ['LT'],
  FI: ['FIN'],
  SE: ['S'],
  NO: ['N'],
  DK: ['DK'],
  IS: ['IS'],
  RU: ['RUS', 'РУС'],
  BY: ['BY'],
  UA: ['UA'],
  PL: ['PL'],
  DE: ['D'],
};
// Separators between a plate's groups: space, dash, dot, underscore, and the slash or bar Russian documents
// write before the region code ("А123ВС/78").
const PLATE_SEPARATOR = String.raw`[\s\-.·_/|]`;
// GOST R 50577-2018 type 1: letter, three digits, two letters, region code of two or three digits.
const RU_PLATE = /^[ABEKMHOPCTYX]\d{3}[ABEKMHOPCTYX]{2}\d{2,3}$/;
// National layouts that a plate's own letters can make look like a distinguishing sign. Iceland
// (Samgöngustofa, since 2007): two letters, a letter or digit, two digits ("AB 123", "AB C12"), so a plate
// may start with IS: "IS A12" is the plate ISA12, not the sign and "A12". Where a layout is listed here,
// the sign is dropped only when what is left fits it; a personalised plate written beside the sign then
// keeps the sign (a missed link, never a false one).
const PLATE_LAYOUTS: Record<string, RegExp> = { IS: /^[A-Z]{2}[A-Z0-9]\d{2}$/ };
// GOST R 50577-2018 allows on plates only the 12 Cyrillic letters with Latin look-alikes (А В Е К М Н О Р С
// Т У Х). A file abroad may write them phonetically instead, as a passport's Latin name is (ICAO 9303,
// Part 3, transliteration of Cyrillic: В V, Н N, Р R, С S, У U, Х KH), "V123NR78" for В123НР78. V, N, R,
// S and U are no plate letters, so such a plate is read back to the look-alike key, but only when it then
// fits type 1 and the written form does not (Х as KH only when KH cannot be К and Н: "E123KH47" is Е123КН47).
const PHONETIC: Record<string, string> = { V: 'B', N: 'H', R: 'P', S: 'C', U: 'Y', KH: 'X' };
function russianPlate(folded: string): { plate: string; phonetic: boolean } | null {
  if (RU_PLATE.test(folded)) return { plate: folded, phonetic: false };
  const readings = new Set(
    [/KH|[VNRSU]/g, /[VNRSU]/g].map((re) => folded.replace(re, (ch) => PHONETIC[ch])).filter((r) => RU_PLATE.test(r)),
  );
  return readings.size === 1 ? { plate: [...readings][0], phonetic: true } : null;
}

export interface PlateReading {
  plate: string;
  signRemoved: string | null;
  /** A Russian plate written phonetically in Latin ("V123NR78"), read to its look-alike key. */
  phonetic: boolean;
}

/**
 * Plate of a registering country: separators removed, upper case, Cyrillic look-alikes folded to Latin,
 * and the country's own distinguishing sign dropped. The sign is dropped only where it stands apart
 * ("ABC-123 FIN", "FIN ABC-123", "ABC-123 (FIN)") and what is left still holds letters and digits, or,
 * written together, where what is left is a whole Russian plate ("A123BC78RUS"): a plate's own letters are
 * never eaten.
 */
export function readPlate(raw: string, country: string): Normalised<PlateReading> {
  const upper = clean(raw).toUpperCase().trim();
  const signs = DISTINGUISHING_SIGNS[country.toUpperCase()];
  const squash = (s: string) => foldLookalikes(s.replace(new RegExp(PLATE_SEPARATOR, 'g'), ''));
  const folded = squash(upper);
  if (!folded) return fail('is empty');
  let plate = folded;
  let signRemoved: string | null = null;
  if (signs) {
    const sign = `(?:${signs.join('|')})`;
    const sep = PLATE_SEPARATOR;
    const apart = new RegExp(
      `^(?:(?:${sign}${sep}+|\\(${sign}\\)${sep}*)(.+)|(.+?)(?:${sep}+${sign}|${sep}*\\(${sign}\\)))$`,
    ).exec(upper);
    const rest = apart ? squash(apart[1] ?? apart[2]) : null;
    const layout = PLATE_LAYOUTS[country.toUpperCase()];
    const glued =
      country.toUpperCase() === 'RU' ? /^(.+)(?:RUS|РУС)$/.exec(upper.replace(new RegExp(sep, 'g'), '')) : null;
    if (rest && /\p{L}/u.test(rest) && /\p{N}/u.test(rest) && (!layout || layout.test(rest))) {
      plate = rest;
      signRemoved = signs[0];
    } else if (glued && russianPlate(foldLookalikes(glued[1]))) {
      plate = foldLookalikes(glued[1]);
      signRemoved = signs[0];
    }
  }
  const russian = country.toUpperCase() === 'RU' ? russianPlate(plate) : null;
  if (russian) plate = russian.plate;
  if (!/^[\p{L}\p{N}]{1,12}$/u.test(plate)) return fail(`'${raw}' is not a plate: letters and digits only, at most 12`);
  return ok({ plate, signRemoved, phonetic: russian?.phonetic ?? false });
}

/** The plate's key part (see readPlate). */
export function normalisePlate(raw: string, country: string): Normalised<string> {
  const r = readPlate(raw, country);
  return r.ok ? ok(r.value.plate) : r;
}

// ISO 13616-1: the electronic form has no separators; the paper form groups it by four with spaces and is
// printed after the label "IBAN" (ISO 13616-1, paper format: "IBAN GB29 NWBK …"), which is no part of it.
// Files write a label in their own language too, with or without the word IBAN ("IBAN nr.", "IBAN No.",
// "kontonummer (IBAN)", "Konto nr.", "Kontonr", "Tilinumero:", "Arvelduskonto:", Russian "р/с", "счёт").
// An IBAN starts with a country code of the IBAN registry and two check digits ("EE38"), never with a word
// of letters only, so text without digits before such a code that begins a word (or follows "IBAN") is
// the label, and no letter of the IBAN is taken for one. The punctuation of the sentence around the
// number (a closing ",", ";" or ".", brackets, quotes) is no part of it either. What is left must still be
// an IBAN, checked below: taking the label away never makes a wrong number pass.
const IBAN_COUNTRIES = Object.keys(countrySpecs).filter((c) => countrySpecs[c].chars);
const IBAN_LABEL = new RegExp(
  String.raw`^\P{N}*?(?:(?<!\p{L})|(?<=IBAN))(?=(?:${IBAN_COUNTRIES.join('|')})\s?\d{2})`,
  'iu',
);
const ibanElectronic = (raw: string) =>
  clean(raw)
    .replace(IBAN_LABEL, '')
    .replace(AROUND, '')
    .replace(/[\s\-.]/g, '')
    .toUpperCase();

// A domestic account number written without its IBAN, in a case of its own country, where the IBAN
// registry (ISO 13616) makes the BBAN that number and a national check digit guards it, so a typo is
// caught rather than composed into someone else's IBAN:
// - Norway: the 11-digit kontonummer ("1234.56.78903": bank register number, account group, account number
//   and a MOD11 check digit, weights 5 4 3 2 7 6 5 4 3 2, as Bits AS, the Norwegian banks' standards body,
//   defines it; ibantools checks it) is the BBAN: NO + check digits + the 11 digits.
// - Finland: the old two-part account number ("123456-785": six digits, a hyphen, 2 to 8 digits) in its
//   14-digit machine format, which is the BBAN: zeros go in after the sixth digit, or after the seventh for
//   savings and cooperative banks (first digit 4 or 5), and the last digit is a Luhn (modulus 10) check
//   digit (Federation of Finnish Financial Services, "The structure of Finnish bank account numbers",
//   2009). The 14 digits written as one are read too.
// Danish reg.nr + kontonummer is not read: its conversion is published (reg.nr + the account number padded
// to 10 digits), but no check digit covers every Danish account, so a typo would become a valid IBAN.
// Text without digits before the number is its label ("Kontonummer:", "Tilinumero").
const DOMESTIC_LABEL = /^\P{N}*/u;
/** Luhn (modulus 10): from the right, every second digit doubled (less 9 when over 9); the sum ends in 0. */
function luhnHolds(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((d, i) => {
    const v = Number(d) * (i % 2 ? 2 : 1);
    sum += v > 9 ? v - 9 : v;
  });
  return sum % 10 === 0;
}
/** The case country's domestic account number as its BBAN, with its check; null when it is not written so. */
function domesticAccount(
  raw: string,
  country: string | null | undefined,
): { bban: string; name: string; written: string; checked: boolean } | null {
  const written = clean(raw).replace(DOMESTIC_LABEL, '').replace(AROUND, '');
  if (country === 'NO') {
    const no = /^(\d{4})([ .]?)(\d{2})\2(\d{5})$/.exec(written);
    if (!no) return null;
    const bban = `${no[1]}${no[3]}${no[4]}`;
    return { bban, name: 'Norwegian account number (MOD11)', written, checked: isValidBBAN(bban, 'NO') };
  }
  if (country === 'FI') {
    const old = /^(\d{6})\s*-\s*(\d{2,8})$/.exec(written);
    if (!old && !/^\d{14}$/.test(written)) return null;
    const digits = old ? old[1] + old[2] : written;
    const head = /^[45]/.test(digits) ? 7 : 6;
    const bban = `${digits.slice(0, head)}${'0'.repeat(14 - digits.length)}${digits.slice(head)}`;
    return { bban, name: 'Finnish account number (Luhn)', written, checked: luhnHolds(bban) };
  }
  return null;
}

export interface IbanReading {
  iban: string;
  /** A domestic account number read as its IBAN (see domesticAccount): which, and its BBAN; else null. */
  domestic: { name: string; written: string; bban: string } | null;
  /**
   * The national check digits inside the BBAN (Estonian, Norwegian… account number checks). ISO 13616 does
   * not make them part of an IBAN's validity, so a failure is a note on the account, never a reason to
   * keep it apart. NOT_CHECKED: ibantools knows no national rule for the country.
   */
  nationalCheck: 'PASSED' | 'FAILED' | 'NOT_CHECKED';
  notes: string[];
}

const ISO13616 = 'ISO 13616-1 (IBAN): country code, registry length and BBAN format, mod-97 check digits (ISO 7064)';

/**
 * An IBAN is valid when ISO 13616 says so: a country of the IBAN registry, that country's length and BBAN
 * layout, and the ISO 7064 mod-97 check digits. A mistyped IBAN fails mod-97 in practice. Russia's
 * registry entry (33 characters) is followed, but Russian banks pay domestically by BIC and 20-digit
 * account, not IBAN: such an account is written as provider + number. In a case of Norway or Finland
 * (`country`), that country's domestic account number is read as its IBAN when its check digit holds
 * (see domesticAccount); one whose check digit fails is refused like a mod-97 failure.
 */
export function readIban(raw: string, country?: string | null): Normalised<IbanReading> {
  const domestic = /^[A-Z]{2}\d{2}/.test(ibanElectronic(raw)) ? null : domesticAccount(raw, country);
  if (domestic && !domestic.checked)
    return fail(`'${raw.slice(0, 60)}' is not a valid ${domestic.name}: its check digit does not match (a typo?)`);
  const iban = domestic ? composeIBAN({ countryCode: country!, bban: domestic.bban })! : ibanElectronic(raw);
  if (!iban) return fail('is empty');
  // ISO 13616: Latin capitals and digits only. Anything else never reaches ibantools, whose national BBAN
  // checks throw on some such input (fuzzing found "🅪㈀𐀀", NFKC "MD(ᄀ)…").
  if (!/^[A-Z0-9]+$/.test(iban))
    return fail(`'${raw.slice(0, 60)}' is not a valid IBAN (Latin letters and digits only)`);
  const { errorCodes } = validateIBAN(iban);
  const structural = errorCodes.filter(
    (e) => e !== ValidationErrorsIBAN.WrongAccountBankBranchChecksum && e !== ValidationErrorsIBAN.QRIBANNotAllowed,
  );
  if (structural.length)
    return fail(`'${raw.slice(0, 60)}' is not a valid IBAN (${structural.map(ibanProblem).join(', ')})`);
  const failed = errorCodes.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
  const checked = Boolean(
    (countrySpecs as Record<string, { bban_validation_func?: unknown }>)[iban.slice(0, 2)]?.bban_validation_func,
  );
  return ok({
    iban,
    domestic: domestic && { name: domestic.name, written: domestic.written, bban: domestic.bban },
    nationalCheck: failed ? 'FAILED' : checked || domestic ? 'PASSED' : 'NOT_CHECKED',
    notes: failed
      ? [
          `the national check digits of the ${iban.slice(0, 2)} account number do not match; the IBAN itself is valid (ISO 13616 mod-97)`,
        ]
      : [],
  });
}

function ibanProblem(code: ValidationErrorsIBAN): string {
  switch (code) {
    case ValidationErrorsIBAN.NoIBANCountry:
      return 'no country of the IBAN registry';
    case ValidationErrorsIBAN.WrongBBANLength:
      return 'wrong length for the country';
    case ValidationErrorsIBAN.WrongBBANFormat:
      return "account part not in the country's format";
    case ValidationErrorsIBAN.ChecksumNotNumber:
      return 'check digits are not digits';
    case ValidationErrorsIBAN.WrongIBANChecksum:
      return 'mod-97 checksum fails';
    default:
      return 'not an IBAN';
  }
}

/** IBAN in electronic format, valid under ISO 13616 (see readIban). A mod-97 failure is never merged. */
export function normaliseIban(raw: string, country?: string | null): Normalised<string> {
  const r = readIban(raw, country);
  return r.ok ? ok(r.value.iban) : r;
}

// The label a file writes before a VIN, as whole words: "VIN", "(VIN)" after words of its own
// ("Идентификационный номер (VIN):"), and "VIN" with the word for code or number in the languages of the
// exchange ("VIN-код", "VIN код", "VIN-номер:", "VIN-kood", "VIN kods", "VIN nr.", "VIN no."). ISO 3779
// leaves the letter I out of VINs, so the word VIN is never part of one; the label is not part of the
// VIN, nor is the punctuation around it.
const VIN_LABEL =
  /^\s*(?:[\p{L}.-]+\s+)*\(?VIN\)?(?:[\s-]*(?:код|номер|kood|kods|koodi|nr|nro|no|nummer|number|numurs|numeris)\.?)?(?![\p{L}\p{N}])\s*[:#№-]?/iu;
// ISO 3779 leaves I, O and Q out of VINs so that they cannot be misread as 1 and 0: a 17-character VIN
// written with one of them is that digit mistyped or misread, and reading it so can never make two valid
// VINs meet (a valid VIN holds none of them).
const VIN_MISREAD: Record<string, string> = { I: '1', O: '0', Q: '0' };

/**
 * Vehicle identification number (ISO 3779): 17 letters and digits without I, O and Q. The check digit is
 * only mandatory in North America, so it is not checked; a VIN is world-unique, so it needs no country.
 * A VIN typed on a Russian keyboard ("ХТА…", Lada's WMI XTA) has its Cyrillic look-alikes folded to Latin,
 * as on plates.
 */
export function normaliseVin(raw: string): Normalised<string> {
  const written = foldLookalikes(
    clean(raw)
      .replace(VIN_LABEL, '')
      .replace(AROUND, '')
      .toUpperCase()
      .replace(/[\s\-.]/g, ''),
  );
  const vin = /^[A-Z0-9]{17}$/.test(written) ? written.replace(/[IOQ]/g, (ch) => VIN_MISREAD[ch]) : written;
  if (!vin) return fail('is empty');
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return fail(`'${raw}' is not a VIN: 17 Latin letters and digits`);
  return ok(vin);
}

/** Account number at a provider (money-transfer services, banks without IBAN): provider and number folded. */
export function normaliseProviderAccount(provider: string, number: string): Normalised<string> {
  const p = foldText(provider).replace(/\s+/g, '');
  const n = number.toUpperCase().replace(/[\s\-./]/g, '');
  if (!p) return fail('provider is empty');
  if (!n) return fail('number is empty');
  return ok(`${p}:${n}`);
}

/**
 * Document number together with its issuing country: spaces and dashes dropped, upper case. A number
 * copied from a machine-readable zone keeps ICAO 9303's filler "<" at its end (the field is 9 characters):
 * the filler is no part of the number. Letter O and digit 0 are different characters in ICAO 9303 (OCR-B
 * tells them apart), so they are never folded into each other.
 */
export function normaliseDocumentNumber(raw: string): Normalised<string> {
  const written = raw.normalize('NFC');
  const unnamed = written.replace(DOCUMENT_NAME, '');
  const n = clean((unnamed === written ? unnamed : unnamed.replace(NO_AFTER_NAME, '')).replace(DOCUMENT_LABEL, ''))
    .toUpperCase()
    .replace(/<+$/, '')
    .replace(/[\s\-./]/g, '')
    .replace(/\p{Script=Cyrillic}/gu, (ch) => LOOKALIKES[ch] ?? transliterate(ch).toUpperCase());
  if (!n) return fail('is empty');
  if (!/^[A-Z0-9]{2,20}$/.test(n)) return fail(`'${raw}' is not a document number: 2 to 20 Latin letters and digits`);
  // Passport, identity card and driving licence numbers all hold digits (ICAO 9303 and the national
  // formats). Letters alone are a document's name or series without its number ("паспорт", "ВУ", "PASS"):
  // keyed, they would make one node of every case that wrote the word, a link between strangers.
  if (!/\d/.test(n))
    return fail(`'${raw}' holds no digit: a document's name or series, not its number; give the number as written`);
  return ok(n);
}

/** Address key (src/model/address.ts): the building, and `#flat` when a flat is written. */
export function normaliseAddress(input: {
  street: string;
  postalCode?: string | null;
  city: string;
  country: string;
}): Normalised<string> {
  const r = readAddress(input);
  return r.ok ? ok(r.value.key) : fail(r.problem);
}

/** The form full-text search indexes and queries: folded, Latin script, words separated by spaces. */
export function searchForm(...texts: Array<string | null | undefined>): string {
  return texts
    .filter(Boolean)
    .map((t) => transliterate(foldText(t!)))
    .join(' ');
}

/** Organisation key (src/model/organisation.ts): registration number and country when one reads, else name and country. */
export function normaliseOrganisation(input: {
  name: string;
  registrationNumber?: string | null;
  country: string;
}): Normalised<string> {
  const r = readOrganisation(input);
  return r.ok ? ok(r.value.key) : fail(r.problem);
}

export interface Explanation {
  /** The node id the import gives the value, or null when no rule reads it (it is then case-local, flagged). */
  key: string | null;
  buildingKey?: string | null;
  flat?: string | null;
  problem?: string;
  notes: string[];
  rules: Rule[];
}
/** A value as written, with what it was written with (an address's postal code and city, an organisation's number). */
export interface Written {
  raw: string;
  country?: string | null;
  postalCode?: string | null;
  city?: string | null;
  registrationNumber?: string | null;
}
/**
 * Why a value has the key it has: the key the import gives it (the same functions the importer calls),
 * the rules that fired with their published sources, and notes such as a failed national IBAN check.
 * Pure: no database, no case. `country` is the value's own, else the reporting agency's (the import's
 * default). The registry (src/model/registry.ts) says which identifier kind each explainer reads.
 */
export type Explainer = (value: Written, country: string) => Explanation;

const E164 = 'ITU-T E.164 and the national numbering plans (libphonenumber metadata)';
const ISO3779 = 'ISO 3779 (VIN): 17 characters, no I, O or Q';
const ICAO9303 = 'ICAO Doc 9303 (machine-readable travel documents)';

const unread = (problem: string, rules: Rule[] = [], notes: string[] = []): Explanation => ({
  key: null,
  problem,
  notes: [...notes, 'no rule reads it: the import keeps it as written, flagged, in its own case only'],
  rules,
});

export const explainPhone: Explainer = ({ raw }, country) => {
  const r = normalisePhone(raw, country);
  const rules: Rule[] = [];
  if (/^\s*00/.test(clean(raw)))
    rules.push({ rule: 'international prefix "00" = "+"', source: 'ITU-T E.164 and E.123' });
  if (OPTIONAL_TRUNK_0.test(clean(raw).trim().replace(/^00/, '+')))
    rules.push({
      rule: 'the trunk prefix "(0)" after the country code dropped (never dialled from abroad)',
      source: 'ITU-T E.123: no parentheses and no trunk prefix in the international notation',
    });
  if (/\d_+\d/.test(raw))
    rules.push({ rule: '"_" between digits read as a group separator', source: 'ITU-T E.123: digit grouping' });
  if (!r.ok) return unread(r.problem, rules);
  const how = r.value.readAs
    ? ` (${r.value.readAs}: not a number in ${country}, the case's country)`
    : /^\s*(\+|00)/.test(clean(raw))
      ? ''
      : ` (local number in ${country}, the case's country)`;
  rules.push({ rule: `read as ${r.value.e164}${how}`, source: E164 });
  const notes = r.value.alsoReads
    ? [
        `written without the trunk prefix of ${country}, it also reads as ${r.value.alsoReads}; the case's country is kept: if it is that number, write it with + and the country code`,
      ]
    : [];
  return { key: entityIds.phone(r.value.e164), notes, rules };
};

export const explainIban: Explainer = ({ raw }, country) => {
  const r = readIban(raw, country);
  const rules = [
    {
      rule: 'electronic format: separators removed, upper case; country, length, BBAN format and mod-97 checked',
      source: ISO13616,
    },
  ];
  if (!r.ok) return unread(r.problem, rules);
  const { domestic } = r.value;
  if (domestic)
    rules.push({
      rule: `${domestic.name} ${domestic.written}, without IBAN in a case of ${country}: its check digit holds, and its BBAN ${domestic.bban} makes the IBAN`,
      source:
        country === 'NO'
          ? 'ISO 13616 IBAN registry (NO: the BBAN is the 11-digit account number); MOD11 check digit (Bits AS)'
          : 'ISO 13616 IBAN registry (FI: the BBAN is the machine format); Federation of Finnish Financial Services, The structure of Finnish bank account numbers (2009): machine format and Luhn check digit',
    });
  else if (
    !clean(raw)
      .toUpperCase()
      .replace(/[\s\-.]/g, '')
      .startsWith(r.value.iban)
  )
    rules.push({
      rule: 'the label before the number and the punctuation around it removed',
      source: 'ISO 13616-1, paper format: the label "IBAN" is printed before the IBAN and is no part of it',
    });
  if (r.value.nationalCheck !== 'NOT_CHECKED' && !domestic)
    rules.push({
      rule: `national check digits ${r.value.nationalCheck === 'PASSED' ? 'match' : 'do not match'} (a note only)`,
      source: `national account number rules of ${r.value.iban.slice(0, 2)} (ibantools)`,
    });
  return { key: entityIds.iban(r.value.iban), notes: r.value.notes, rules };
};

export const explainPlate: Explainer = ({ raw }, country) => {
  const r = readPlate(raw, country);
  const rules: Rule[] = [
    {
      rule: 'separators removed, upper case; the registration country is part of the key',
      source: 'Vienna Convention on Road Traffic (1968), Annex 2: registration number and distinguishing sign',
    },
  ];
  if (/[АВЕКМНОРСТУХІавекмнорстухі]/.test(raw))
    rules.push({
      rule: 'Cyrillic letters that look like Latin ones folded to Latin',
      source:
        'GOST R 50577-2018 (Russian plates use only the 12 letters with Latin look-alikes); DSTU 4278:2019 and STB 914 add І',
    });
  if (!r.ok) return unread(r.problem, rules);
  if (r.value.phonetic)
    rules.push({
      rule: 'Latin letters of a phonetic transliteration (V, N, R, S, U, KH) read as the Cyrillic plate letters В Н Р С У Х',
      source: 'GOST R 50577-2018 (the 12 plate letters); ICAO 9303, Part 3 (the transliteration written abroad)',
    });
  if (r.value.signRemoved)
    rules.push({
      rule: `distinguishing sign "${r.value.signRemoved}" of ${country} removed (not part of the registration)`,
      source: 'Vienna Convention on Road Traffic (1968), Article 37 and Annex 3: distinguishing sign',
    });
  return { key: entityIds.plate(country, r.value.plate), notes: [], rules };
};

export const explainVin: Explainer = ({ raw }) => {
  const r = normaliseVin(raw);
  const rules = [
    {
      rule: 'separators removed, upper case; the check digit is not checked (mandatory in North America only)',
      source: ISO3779,
    },
  ];
  if (/\p{Script=Cyrillic}/u.test(raw))
    rules.push({ rule: 'Cyrillic letters that look like Latin ones folded to Latin', source: 'as for plates' });
  if (r.ok && /[IOQ]/i.test(raw.replace(VIN_LABEL, '')))
    rules.push({ rule: 'I, O and Q, which no VIN holds, read as 1, 0 and 0', source: ISO3779 });
  if (!r.ok) return unread(r.problem, rules);
  return { key: entityIds.vin(r.value), notes: [], rules };
};

export const explainDocument: Explainer = ({ raw }, country) => {
  const r = normaliseDocumentNumber(raw);
  const rules: Rule[] = [
    {
      rule: 'spaces, dashes, dots and slashes removed, upper case; the issuing country is part of the key',
      source: ICAO9303,
    },
  ];
  if (/<\s*$/.test(raw))
    rules.push({ rule: 'MRZ filler "<" removed from the end', source: `${ICAO9303}, Part 3: filler character` });
  if (DOCUMENT_NAME.test(raw.normalize('NFC')) || new RegExp(DOCUMENT_LABEL.source, 'iu').test(raw))
    rules.push({
      rule: "the document's name, the numero sign and labels before the number (паспорт, pass, ВУ, №, Nr., серия, номер…) are no part of it",
      source: 'national usage',
    });
  if (/\p{Script=Cyrillic}/u.test(raw))
    rules.push({
      rule: 'Cyrillic series letters folded to their Latin look-alikes (А A, В B, С C, Н H …), others transliterated',
      source: `domain notes (the look-alike letters of plates, GOST R 50577-2018); ${ICAO9303}, section 6 for the rest`,
    });
  const notes =
    r.ok && /O/.test(r.value) && /\d/.test(r.value)
      ? ['contains the letter O: it is not read as the digit 0 (ICAO 9303 tells them apart)']
      : [];
  if (!r.ok) return unread(r.problem, rules);
  return { key: entityIds.document(country, r.value), notes, rules };
};

export const explainAddress: Explainer = ({ raw, postalCode, city }, country) => {
  const r = readAddress({ street: raw, postalCode: postalCode ?? null, city: city ?? '', country });
  if (!r.ok) return unread(r.problem, r.rules, r.notes);
  return {
    key: entityIds.address(r.value.key),
    buildingKey: entityIds.address(r.value.buildingKey),
    flat: r.value.flat,
    notes: r.value.notes,
    rules: r.value.rules,
  };
};

export const explainOrganisation: Explainer = ({ raw, registrationNumber }, country) => {
  const r = readOrganisation({ name: raw, registrationNumber, country });
  if (!r.ok) return unread(r.problem, r.rules);
  return { key: entityIds.organisation(r.value.key), notes: r.value.notes, rules: r.value.rules };
};
