// Money follows the holder: from a person, moneyFlow follows what the person paid or received in person
// and through the accounts the person holds, in time order; onward hops continue from the account the
// money reached.
import { execute, resetDatabase, testDatabase, testServer } from '../helpers';
import { importCases } from '../../src/cases/importCases';
import type { Database } from '../../src/db/database';
import { openCase } from '../openCase';

let db: Database;
const server = testServer();
const q = (query: string, variables: Record<string, unknown> = {}) =>
  execute(server, db, query, variables) as Promise<any>;

const account = (id: string, holders: string[]) => ({
  id,
  provider: 'Western Union',
  number: `MTCN ${id}-4711`,
  holders,
});
const transfer = (id: string, from: string, to: string, time: string) => ({
  id,
  amount: 100,
  currency: 'EUR',
  time,
  channel: 'MONEY_SERVICE',
  from,
  to,
});
const moneyCase = {
  ...openCase('SE-NOA', 'SE-M1', '2024-01-01', 'SEXUAL_EXPLOITATION'),
  persons: [
    { id: 'P1', name: 'Payer Person', role: 'SUSPECT' },
    { id: 'P2', name: 'Middle Person', role: 'SUSPECT' },
    { id: 'P3', name: 'Receiver Person', role: 'SUSPECT' },
  ],
  accounts: [account('A1', ['P1']), account('A2', ['P2']), account('A3', ['P3']), account('A4', [])],
  transfers: [
    transfer('T0', 'A2', 'A4', '2024-02-01T10:00:00Z'), // before T1 reaches A2: not onward money of T1
    transfer('T1', 'A1', 'A2', '2024-03-01T10:00:00Z'), // P1 pays only through the account P1 holds
    transfer('T2', 'A2', 'A3', '2024-03-05T10:00:00Z'), // onward from A2, into the account P3 holds
    transfer('T3', 'P2', 'A4', '2024-03-10T10:00:00Z'), // P2 in person (cash): no jump from A2 to its holder
  ],
};
const FLOW = `query($id: ID!, $dir: FlowDirection) { moneyFlow(fromId: $id, direction: $dir) { chains { transfers { id from to } } parties { party { id } } } }`;
const chains = async (id: string, dir: 'FORWARD' | 'BACKWARD') =>
  (await q(FLOW, { id, dir })).data.moneyFlow.chains.map((c: any) =>
    c.transfers.map((t: any) => t.id.replace('transfer:SE-NOA:SE-M1:', '')),
  );

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const report = await importCases(db, [moneyCase]);
  expect(report.cases.created).toBe(1);
});
afterAll(() => db.close());

describe('money follows the holder', () => {
  it('from a person who pays only through an account the person holds', async () => {
    expect(await chains('person:SE-NOA:P1', 'FORWARD')).toEqual([['T1', 'T2']]);
  });

  it('backward to a person who receives into an account the person holds', async () => {
    expect(await chains('person:SE-NOA:P3', 'BACKWARD')).toEqual([['T1', 'T2']]);
  });

  it('in time order, from the person and every account the person holds', async () => {
    // P2 pays from A2 (T0, T2) and in person (T3); T1 reached A2 after T0 left it.
    expect(await chains('person:SE-NOA:P2', 'FORWARD')).toEqual([['T0'], ['T2'], ['T3']]);
    expect(await chains('person:SE-NOA:P2', 'BACKWARD')).toEqual([['T1']]);
  });

  it('an account alone is followed as before, without its holder', async () => {
    const session = db.driver.session();
    try {
      const id = (
        await session.run("MATCH (:Person {id: 'person:SE-NOA:P2'})-[:HOLDS_ACCOUNT]->(a) RETURN a.id AS id")
      ).records[0].get('id');
      expect(await chains(id, 'FORWARD')).toEqual([['T0'], ['T2']]);
    } finally {
      await session.close();
    }
  });
});
