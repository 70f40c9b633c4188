// Bad input gets BAD_USER_INPUT naming the field and the problem; nothing crashes; unexpected errors are masked.
import { exchange, execute, freshDatabase, graphCounts, logger, testServer } from '../helpers';
import { createContext } from '../../src/context';
import { Database } from '../../src/db/database';
import { loadConfig } from '../../src/config';
import { openCase } from '../openCase';

let db: Database;
const server = testServer();

beforeAll(async () => (db = await freshDatabase()));
afterAll(() => db.close());

const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated casesRejected outcomes { status problems { field message } } } }`;
const base = () => ({
  ...openCase('LV-VP', 'LV-2025-0100', '2025-01-10', 'FORCED_LABOUR'),
  persons: [{ id: 'P1', name: 'Anna Liepa', role: 'VICTIM' }],
});

async function expectBadInput(cases: unknown[], fieldPattern: RegExp, messagePattern: RegExp) {
  const before = await graphCounts(db);
  const res = await execute(server, db, IMPORT, { cases });
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  expect(res.errors![0].message).toMatch(fieldPattern);
  expect(res.errors![0].message).toMatch(messagePattern);
  expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace| {4}at /);
  expect(await graphCounts(db)).toEqual(before);
}

describe('bad input through the GraphQL import', () => {
  it('unknown country code', async () => {
    await expectBadInput(
      [{ ...base(), agency: { code: 'LV-VP', country: 'XX' } }],
      /cases\[0\]\.agency\.country/,
      /country code/i,
    );
  });
  it('unknown typology', async () => {
    await expectBadInput(
      [{ ...base(), typologies: ['PICKPOCKETING'] }],
      /cases\[0\]\.typologies\[0\]/,
      /PICKPOCKETING/,
    );
  });
  it('empty name', async () => {
    await expectBadInput(
      [{ ...base(), persons: [{ id: 'P1', name: '', role: 'VICTIM' }] }],
      /cases\[0\]\.persons\[0\]\.name/,
      /empty|string/i,
    );
  });
  it('negative amount', async () => {
    const c = {
      ...base(),
      accounts: [{ id: 'A', iban: 'LV80BANK0000435195001' }],
      transfers: [
        { id: 'T', amount: -5, currency: 'EUR', time: '2025-01-01T00:00:00Z', channel: 'BANK', from: 'P1', to: 'A' },
      ],
    };
    await expectBadInput([c], /cases\[0\]\.transfers\[0\]\.amount/, /negative|non-negative|-5/i);
  });
  it('a phone that is no number at all: the case is rejected in the report with the field and the reason, and nothing is written', async () => {
    const before = await graphCounts(db);
    const res = await execute(server, db, IMPORT, {
      cases: [{ ...base(), phones: [{ number: 'ask Ivan', holders: ['P1'] }] }],
    });
    expect(res.data!.importCases).toEqual({
      casesCreated: 0,
      casesRejected: 1,
      outcomes: [
        {
          status: 'REJECTED',
          problems: [
            {
              field: 'phones[0].number',
              message: "'ask Ivan' is not a valid phone number (read with default country LV)",
            },
          ],
        },
      ],
    });
    expect(await graphCounts(db)).toEqual(before);
  });
  it('a name of blanks only is as empty as an empty one', async () => {
    await expectBadInput(
      [{ ...base(), persons: [{ id: 'P1', name: '   ', role: 'VICTIM' }] }],
      /cases\[0\]\.persons\[0\]\.name/,
      /empty/i,
    );
  });
  it('an IBAN that is no IBAN at all, unknown holder and a suspect function on a victim are all reported at once', async () => {
    const res2 = await execute(server, db, IMPORT, {
      cases: [
        {
          ...base(),
          persons: [{ id: 'P1', name: 'A B', role: 'VICTIM', function: 'RECRUITER' }],
          accounts: [{ iban: 'IBAN unknown' }, { iban: 'LV80BANK0000435195001', holders: ['P9'] }],
        },
      ],
    });
    expect(res2.data!.importCases.outcomes[0].problems).toEqual([
      { field: 'persons[0].function', message: 'only a SUSPECT has a function' },
      { field: 'accounts[0].iban', message: "'IBAN unknown' is not a valid IBAN (no country of the IBAN registry)" },
      { field: 'accounts[1].holders[0]', message: "refers to 'P9', which is no person or organisation of this case" },
    ]);
  });
});

describe('bad input to queries', () => {
  it('lookup with an invalid phone says which argument and why', async () => {
    const res = await execute(server, db, `{ lookup(kind: PHONE, value: "12", country: "EE") { id } }`);
    expect(res.errors![0]).toMatchObject({
      message: "value: '12' is not a valid phone number (read with default country EE)",
      extensions: { code: 'BAD_USER_INPUT', field: 'value' },
    });
  });
  it('lookup of a local number without a country asks for the country', async () => {
    const res = await execute(server, db, `{ lookup(kind: PHONE, value: "5333 4444") { id } }`);
    expect(res.errors![0]).toMatchObject({
      message: 'country: a local phone number needs the country it was written in',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
  it('an unknown country in a query argument is BAD_USER_INPUT', async () => {
    const res = await execute(server, db, `query($c: CountryCode) { cases(country: $c) { id } }`, { c: 'ZZ' });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/\$c/);
  });
});

describe('masking', () => {
  it('a database failure reaches the client with no database code, message or stack, and fails closed', async () => {
    const config = loadConfig();
    const broken = new Database({ ...config.neo4j, password: 'wrong-password', queryTimeoutMs: 2000 });
    try {
      const response = await server.executeOperation(
        { query: '{ cases { id } }' },
        { contextValue: createContext(broken, logger, exchange) },
      );
      const body = response.body.kind === 'single' ? response.body.singleResult : null;
      // The query's failure is masked; the audit entry cannot be written either, so the request fails closed.
      expect(body!.errors).toEqual([
        {
          message: 'The audit log is unavailable, so the request was refused. Retry in a moment.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]);
      expect(body!.data).toBeUndefined();
      expect(JSON.stringify(body)).not.toMatch(/Neo\.|neo4j|authentication|stack/i);
    } finally {
      await broken.close();
    }
  });
});
