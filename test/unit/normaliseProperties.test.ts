// Property tests: normalising a normalised value changes nothing (fast-check).
import fc from 'fast-check';
import {
  foldText,
  normaliseAddress,
  normaliseDocumentNumber,
  normaliseIban,
  normalisePhone,
  normalisePlate,
  normaliseVin,
  searchForm,
} from '../../src/model/normalise';

const value = <T>(r: { ok: true; value: T } | { ok: false }): T | null => (r.ok ? r.value : null);

describe('normalisers are idempotent', () => {
  it('phones: the E.164 form normalises to itself in any case country', () => {
    const numbers = fc.constantFrom(
      '+372 5123 4567',
      '040 123 4567',
      '8 921 123 45 67',
      '+46 70 123 45 67',
      '+47 912 34 567',
      '0037251234567',
      '+45 20 12 34 56',
    );
    const countries = fc.constantFrom('EE', 'FI', 'RU', 'SE', 'NO', 'DK', 'LV', 'LT', 'IS');
    fc.assert(
      fc.property(numbers, countries, countries, (raw, c1, c2) => {
        const first = value(normalisePhone(raw, c1));
        if (!first) return true;
        return value(normalisePhone(first.e164, c2))!.e164 === first.e164;
      }),
    );
  });
  it('plates, documents and IBANs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 15 }), fc.constantFrom('RU', 'FI', 'SE', 'DK', 'LV'), (raw, country) => {
        const once = value(normalisePlate(raw, country));
        return once === null || value(normalisePlate(once, country)) === once;
      }),
    );
    // VIN letters with separators sprinkled in, so most samples are real VINs rather than refusals.
    fc.assert(
      fc.property(fc.stringMatching(/^[a-hj-npr-zA-HJ-NPR-Z0-9]{4}[ .-]?[a-hj-npr-zA-HJ-NPR-Z0-9]{13}$/), (raw) => {
        const once = value(normaliseVin(raw));
        return once !== null && value(normaliseVin(once)) === once;
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), (raw) => {
        const once = value(normaliseDocumentNumber(raw));
        return once === null || value(normaliseDocumentNumber(once)) === once;
      }),
    );
    const ibans = fc.constantFrom(
      'LV80 BANK 0000 4351 9500 1',
      'se45 5000 0000 0583 9825 7466',
      'LT12 1000 0111 0100 1000',
      'EE38 2200 2210 2014 5685',
    );
    fc.assert(
      fc.property(ibans, (raw) => value(normaliseIban(value(normaliseIban(raw))!)) === value(normaliseIban(raw))),
    );
  });
  it('folded text and search forms', () => {
    fc.assert(fc.property(fc.string(), (s) => foldText(foldText(s)) === foldText(s)));
    fc.assert(fc.property(fc.string(), (s) => searchForm(searchForm(s)) === searchForm(s)));
  });
  it('an address key does not depend on case, diacritics or spacing', () => {
    const streets = fc.constantFrom(
      'Tööstuse tn 5-12',
      'Vilniaus g. 17',
      'Brīvības iela 44',
      'Mannerheimintie 3 A',
      'ул. Ленина 5',
    );
    fc.assert(
      fc.property(streets, fc.boolean(), (street, upper) => {
        const variant = upper ? street.toUpperCase() : `  ${street.normalize('NFD')}  `;
        return (
          value(normaliseAddress({ street, city: 'Tallinn', country: 'EE' })) ===
          value(normaliseAddress({ street: variant, city: 'TALLINN', country: 'EE' }))
        );
      }),
    );
  });
});
