// Free text in its comparison form, shared by the identifier normalisers (normalise.ts) and the address
// grammar (address.ts), which both need it: a module of its own keeps the two free of an import cycle.
import { cyrillicToLatin } from '../matching/transliteration';

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

// Cyrillic letters to Latin, so an address or a name written in Cyrillic gets a comparable key. The
// canonical table (ICAO 9303, with the Ukrainian and Belarusian letters) lives with the other
// transliteration systems in the matching module, so search and name matching read Cyrillic alike.
export function transliterate(text: string): string {
  return cyrillicToLatin(text);
}
