// Two API instances, as two replicas behind a load balancer, append to the one audit chain at the same time.
// Each has its own driver and its own group-commit queue (src/audit/audit.ts), so their transactions race
// for the chain's head, reads' batches and mutations' own entries alike. The head is taken under a lock in
// the database (cypher/audit/lockHead.cypher), so the chain never forks: every request is answered, and
// the chain verifies, holding every entry of both, interleaved.
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { loadConfig } from '../../src/config';
import { mintDevToken, type Viewer } from '../../src/auth/identity';
import { verifyAuditChain } from '../../src/audit/audit';
import type { Context } from '../../src/context';
import type { Database } from '../../src/db/database';
import { analystOf, listenWithTokens, resetDatabase, testDatabase, testServer } from '../helpers';

const config = loadConfig();
interface Instance {
  db: Database;
  server: ApolloServer<Context>;
  api: http.Server;
  url: string;
}
const instances: Instance[] = [];
// One analyst per instance, so the chain's entries say which instance wrote them.
const callers: Viewer[] = [analystOf('EE-PPA', 'EE', 'replica.a'), analystOf('FI-POL', 'FI', 'replica.b')];
const tokens: string[] = [];

beforeAll(async () => {
  for (const caller of callers) {
    const db = testDatabase();
    const server = testServer();
    await server.start();
    const { api, base } = await listenWithTokens(server, db);
    instances.push({ db, server, api, url: `${base}/graphql` });
    tokens.push(
      await mintDevToken(config, {
        analyst: caller.analyst,
        agency: caller.agency!,
        country: caller.country!,
        roles: caller.roles,
      }),
    );
  }
  await resetDatabase(instances[0].db);
});
afterAll(async () => {
  for (const { db, server, api } of instances) {
    await new Promise((resolve) => api.close(resolve));
    await server.stop();
    await db.close();
  }
});

async function ask(i: number, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(instances[i].url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}`, 'x-purpose': 'replicas' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: unknown[] } };
}

const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated } }`;
const caseOf = (i: number, reference: string) => ({
  reference,
  agency: { code: callers[i].agency, country: callers[i].country },
  typologies: ['FORCED_LABOUR'],
  status: 'OPEN',
  openedOn: '2025-03-01',
  persons: [{ id: 'P1', name: `Person ${reference}`, role: 'SUSPECT' }],
  phones: [{ number: '+372 5333 4444', holders: ['P1'] }],
});
const READ = `{ cases(first: 5) { id } lookup(kind: PHONE, value: "+372 5333 4444") { id cases { id } } }`;
const READS_PER_WAVE = 8;

/** The chain's entries in order: who wrote each, and about what. */
async function chain(db: Database): Promise<Array<{ analyst: string; operation: string; outcome: string }>> {
  const session = db.driver.session();
  try {
    const rows = await session.run(
      'MATCH (e:AuditEntry) RETURN e.analyst AS analyst, e.operation AS operation, e.outcome AS outcome ORDER BY e.seq',
    );
    return rows.records.map((r) => r.toObject() as { analyst: string; operation: string; outcome: string });
  } finally {
    await session.close();
  }
}
/** The analysts of the chain's entries in order, with runs of one writer collapsed: A B A … */
const writersInOrder = async (db: Database) =>
  (await chain(db)).map((e) => e.analyst).filter((a, i, all) => a !== all[i - 1]);

describe('two API instances write to one audit chain at once', () => {
  it('every request of both is answered, and the chain verifies with each entry once, interleaved', async () => {
    let wave = 0;
    // Waves of concurrent requests to both instances (reads, whose entries are group-committed by each
    // instance's queue, and imports, whose entries are written in their own transactions), until the
    // chain shows the two writers taking turns at least twice: A's entries, B's, A's again, B's again.
    do {
      wave += 1;
      const requests = [0, 1].flatMap((i) => [
        ask(i, IMPORT, { cases: [caseOf(i, `R-${wave}`)] }),
        ...Array.from({ length: READS_PER_WAVE }, () => ask(i, READ)),
      ]);
      for (const a of await Promise.all(requests))
        expect(a).toEqual({ status: 200, body: { data: expect.anything() } });
    } while ((await writersInOrder(instances[0].db)).length < 4 && wave < 30);

    expect((await writersInOrder(instances[0].db)).length).toBeGreaterThanOrEqual(4);
    expect(await verifyAuditChain(instances[0].db, config.audit.keys)).toMatchObject({ ok: true, problem: null });
    // Each request's entry is there once: nothing lost, nothing written twice.
    const entries = await chain(instances[0].db);
    for (const caller of callers) {
      const own = entries.filter((e) => e.analyst === caller.analyst);
      expect(own.filter((e) => e.operation === 'query cases,lookup')).toHaveLength(wave * READS_PER_WAVE);
      for (let n = 1; n <= wave; n++)
        expect(own.filter((e) => e.outcome === `wrote case:${caller.agency}:R-${n} CREATED`)).toHaveLength(1);
      expect(own.filter((e) => e.operation === 'mutation importCases' && e.outcome === 'ok')).toHaveLength(wave);
    }
    // Each instance's reads see the other's imports: both serve one database.
    expect((await ask(1, READ)).body.data.lookup.cases).toHaveLength(2 * wave);
  });
});
