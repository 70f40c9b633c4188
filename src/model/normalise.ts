// Natural keys of the shared entities. Two cases that write the same phone, plate, account, document
// or address differently must produce the same key, or the graph never sees the link.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { cyrillicToLatin } from '../matching/transliteration';

export type Normalised<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Does a value that failed normalisation still look like the identifier it claims to be? A number written
 * with digits and phone punctuation, or a string in IBAN layout with a bad checksum, is what police files
 * really contain (a typo, a missing digit). It is kept as written and flagged, never merged; text that is
 * not such an identifier at all is refused as bad input.
 */
export function looksLikePhone(raw: string): boolean {
  return /^[+\d\s().\/-]+$/.test(raw.trim()) && (raw.match(/\d/g)?.length ?? 0) >= 4;
}
export function looksLikeIban(raw: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(electronicFormatIBAN(raw) ?? '');
}

const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
const fail = <T>(problem: string): Normalised<T> => ({ ok: false, problem });

/** E.164 through libphonenumber's full metadata. A local number takes the reporting case's country. */
export function normalisePhone(raw: string, defaultCountry: string): Normalised<{ e164: string; country: string | null }> {
  const text = raw.trim();
  if (!text) return fail('is empty');
  // "00" is the international prefix in all our countries but Russia ("8~10"); written files use it everywhere.
  const parsed = parsePhoneNumberFromString(text.replace(/^00/, '+'), defaultCountry as CountryCode);
  if (!parsed || !parsed.isValid()) {
    return fail(`'${raw}' is not a valid phone number (read with default country ${defaultCountry})`);
  }
  return ok({ e164: parsed.number, country: parsed.country ?? null });
}

// Cyrillic letters that look like Latin ones on plates (domain notes). Folding them makes "А123ВС"
// typed on a Russian keyboard equal "A123BC" typed on a Latin one.
const PLATE_LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
};

/** Plate plus country: separators removed, upper case, Cyrillic look-alikes folded to Latin. */
export function normalisePlate(raw: string): Normalised<string> {
  const folded = raw
    .toUpperCase()
    .replace(/[\s\-.·_]/g, '')
    .replace(/[АВЕКМНОРСТУХ]/g, (ch) => PLATE_LOOKALIKES[ch] ?? ch);
  if (!folded) return fail('is empty');
  if (!/^[\p{L}\p{N}]{1,12}$/u.test(folded)) return fail(`'${raw}' is not a plate: letters and digits only, at most 12`);
  return ok(folded);
}

/** IBAN in electronic format, with the ISO 13616 mod-97 checksum checked. A bad checksum is never merged. */
export function normaliseIban(raw: string): Normalised<string> {
  const iban = electronicFormatIBAN(raw) ?? '';
  if (!iban) return fail('is empty');
  if (!isValidIBAN(iban)) return fail(`'${raw}' is not a valid IBAN (country format or mod-97 checksum)`);
  return ok(iban);
}

/**
 * Vehicle identification number (ISO 3779): 17 letters and digits without I, O and Q. The check digit is
 * only mandatory in North America, so it is not checked; a VIN is world-unique, so it needs no country.
 */
export function normaliseVin(raw: string): Normalised<string> {
  const vin = raw.toUpperCase().replace(/[\s\-.]/g, '');
  if (!vin) return fail('is empty');
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return fail(`'${raw}' is not a VIN: 17 letters and digits, without I, O or Q`);
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

/** Document number together with its issuing country: spaces and dashes dropped, upper case. */
export function normaliseDocumentNumber(raw: string): Normalised<string> {
  const n = raw.toUpperCase().replace(/[\s\-./]/g, '');
  if (!n) return fail('is empty');
  if (!/^[A-Z0-9]{2,20}$/.test(n)) return fail(`'${raw}' is not a document number: 2 to 20 Latin letters and digits`);
  return ok(n);
}

/** Lower case, no diacritics, single spaces: the comparison form of free text. */
export function foldText(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Street-type words and their abbreviations in the region's languages, folded to one token each, so
// "Tööstuse tn 5" and "Tööstuse tänav 5" or "Vilniaus g." and "Vilniaus gatvė" are the same flat.
// The country is part of the key, so one token per meaning is enough.
const STREET_WORDS: Array<[RegExp, string]> = [
  [/\b(tn|tanav|g|gt|gata|gatan|gate|gatve|gatv|iela|iel|katu|k|ul|ulitsa|ulica|street|st|str|strasse)\b/g, 'st'],
  [/\b(vag|vagen|vej|veien|vegen|vegur|tee|tie|road|rd)\b/g, 'rd'],
  [/\b(pr|pst|prosp|prospekt|prospektas|puiestee|pst|avenue|ave|allee|alle)\b/g, 'av'],
];

/** Address key: street, postal code, city and country, folded so spelling variants meet. */
export function normaliseAddress(input: { street: string; postalCode?: string | null; city: string; country: string }): Normalised<string> {
  const street = transliterate(foldText(input.street));
  const city = transliterate(foldText(input.city));
  if (!street) return fail('street is empty');
  if (!city) return fail('city is empty');
  const streetKey = STREET_WORDS.reduce((s, [re, word]) => s.replace(re, word), street);
  const postal = (input.postalCode ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return ok([streetKey, postal, city, input.country].join('|'));
}

// Cyrillic letters to Latin, so an address or a name written in Cyrillic gets a comparable key. The
// canonical table (ICAO 9303, with the Ukrainian and Belarusian letters) lives with the other
// transliteration systems in the matching module, so search and name matching read Cyrillic alike.
export function transliterate(text: string): string {
  return cyrillicToLatin(text);
}

/** The form full-text search indexes and queries: folded, Latin script, words separated by spaces. */
export function searchForm(...texts: Array<string | null | undefined>): string {
  return texts.filter(Boolean).map((t) => transliterate(foldText(t!))).join(' ');
}

/** Organisation key: registration number and country when known, otherwise the folded name and country. */
export function normaliseOrganisation(input: { name: string; registrationNumber?: string | null; country: string }): Normalised<string> {
  const reg = (input.registrationNumber ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (reg) return ok(`reg:${input.country}:${reg}`);
  const name = transliterate(foldText(input.name));
  if (!name) return fail('name is empty');
  return ok(`name:${input.country}:${name}`);
}
