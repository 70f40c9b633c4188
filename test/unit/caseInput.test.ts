// The exchange format's validator, without a database: what the loader accepts and refuses.
import { validateCase } from '../../src/cases/caseInput';
import { openCase } from '../openCase';

const base = openCase('EE-PPA', 'X-1', '2025-01-01', 'OTHER');
const problems = (input: object) => {
  const r = validateCase(input);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
};
const transfer = (time: string) => ({
  ...base,
  accounts: [{ id: 'A1', iban: 'LV80BANK0000435195001' }],
  transfers: [{ id: 'T1', amount: 1, currency: 'EUR', time, channel: 'BANK', from: 'A1', to: 'A1' }],
});

describe('validateCase', () => {
  it('needs an offset on transfer times, so no machine time zone decides when money moved', () => {
    expect(problems(transfer('2025-01-01T10:00:00'))).toEqual([
      'transfers[0].time: must be an RFC 3339 date-time with an offset, e.g. 2024-03-01T12:00:00Z',
    ]);
    expect(problems(transfer('March 7, 2024'))).toHaveLength(1);
    expect(problems(transfer('2025-01-01T10:00:00+02:00'))).toEqual([]);
    expect(problems(transfer('2025-02-30T10:00:00Z'))).toHaveLength(1);
  });
  it('refuses a colon in references and local ids, and a registeredBy that is no agency code', () => {
    expect(problems({ ...base, reference: 'A:B' })).toEqual(["reference: must not contain ':'"]);
    expect(problems({ ...base, persons: [{ id: 'P:1', name: 'A B', role: 'VICTIM' }] })).toEqual([
      'persons[0].id: must be letters, digits and . _ - / only',
    ]);
    expect(problems({ ...base, persons: [{ id: 'P1', registeredBy: '', name: 'A B', role: 'VICTIM' }] })).toEqual([
      'persons[0].registeredBy: must be an agency code such as FI-POL',
    ]);
  });
  it("reads a domestic account number in its own country's case as the IBAN, and flags one whose check fails", () => {
    const no = openCase('NO-KRIPOS', 'N-1', '2025-01-01', 'OTHER');
    const accounts = (iban: string) => {
      const r = validateCase({ ...no, accounts: [{ id: 'A1', iban }] });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return { ids: r.case.entities.map((e) => e.id), flagged: r.case.flagged.map((f) => f.message) };
    };
    expect(accounts('8601.11.17947')).toEqual({ ids: ['account:iban:NO9386011117947'], flagged: [] });
    const typo = accounts('8601.11.17948');
    expect(typo.ids).toEqual([expect.stringMatching(/^account:unverified:/)]);
    expect(typo.flagged).toEqual([expect.stringMatching(/Norwegian account number .*check digit does not match/)]);
    // In a case of another country the same digits are no account number the exchange can read.
    expect(problems({ ...base, accounts: [{ id: 'A1', iban: '8601.11.17947' }] })).toEqual([
      expect.stringMatching(/^accounts\[0\]\.iban: .*not a valid IBAN/),
    ]);
  });
  it('gives the same case the same version, and another version when anything changes', () => {
    const a = validateCase(base);
    const b = validateCase({ ...base });
    const c = validateCase({ ...base, title: 'changed' });
    if (!a.ok || !b.ok || !c.ok) throw new Error('valid cases expected');
    expect(a.case.version).toBe(b.case.version);
    expect(a.case.version).not.toBe(c.case.version);
  });
});
