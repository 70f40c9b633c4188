// The connection to Neo4j dropped at COMMIT of a mutation (attack-and-fault-cases.md, Faults 2), through a
// TCP proxy in front of the suite's real Neo4j (test/boltProxy.ts): the caller gets a clear error at once,
// the service goes on serving, and the write and its audit entry are both there or both not, once each.
import { Database } from '../../src/db/database';
import { loadConfig } from '../../src/config';
import { verifyAuditChain } from '../../src/audit/audit';
import { analystOf, execute, freshDatabase, graphCounts, personCase, suspect, testServer } from '../helpers';
import { startBoltProxy, type BoltProxy, type CutAt } from '../boltProxy';

const config = loadConfig();
const server = testServer();
const FI = analystOf('FI-POL', 'FI', 'fi.analyst.7');
let direct: Database;
let proxy: BoltProxy;
let viaProxy: Database;

beforeAll(async () => {
  direct = await freshDatabase();
  const target = new URL(config.neo4j.uri);
  proxy = await startBoltProxy({ host: target.hostname, port: Number(target.port) });
  viaProxy = new Database({ ...config.neo4j, uri: proxy.uri, queryTimeoutMs: config.queryTimeoutMs });
});
afterAll(async () => {
  await viaProxy.close();
  await proxy.close();
  await direct.close();
});

const SAVE_RULE = `mutation($r: AlertRuleInput!) { saveAlertRule(rule: $r) { id version } }`;
// A piece of cypher/alerts/saveRule.cypher: the transaction that writes a rule and its audit entry.
const RULE_STATEMENT = 'r.history = r.history +';
const IMPORT = `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { outcomes { status problems { message } } } }`;
// A piece of cypher/cases/caseVersions.cypher, the first statement of the transaction that writes a batch.
const CASE_STATEMENT = 'c.version AS version';

/** Whether the alerts of FI's case of this reference are owed (src/alerts: one AlertDue per case until raised). */
async function alertsOwed(reference: string): Promise<number> {
  const session = direct.driver.session();
  try {
    const result = await session.run(`MATCH (d:AlertDue {caseId: $id}) RETURN count(d) AS n`, {
      id: `case:FI-POL:${reference}`,
    });
    return Number(result.records[0].get('n'));
  } finally {
    await session.close();
  }
}

/** The audit entries that record writing a case of this reference. */
async function importEntries(reference: string): Promise<string[]> {
  const session = direct.driver.session();
  try {
    const result = await session.run(
      `MATCH (e:AuditEntry) WHERE e.outcome STARTS WITH 'wrote ' AND e.outcome CONTAINS $reference RETURN e.outcome AS outcome`,
      { reference },
    );
    return result.records.map((x) => x.get('outcome') as string);
  } finally {
    await session.close();
  }
}

/** The rules of FI and, for each, the audit entries that record one of its versions. */
async function rulesAndEntries(): Promise<Array<{ id: string; version: number; entries: string[] }>> {
  const session = direct.driver.session();
  try {
    const result = await session.run(
      `MATCH (r:AlertRule {agency: 'FI-POL'})
       OPTIONAL MATCH (e:AuditEntry) WHERE e.outcome STARTS WITH 'rule ' + r.id + ' version '
       WITH r, e ORDER BY e.seq
       RETURN r.id AS id, r.version AS version, collect(e.outcome) AS entries ORDER BY id`,
    );
    return result.records.map((x) => ({
      id: x.get('id') as string,
      version: Number(x.get('version')),
      entries: x.get('entries') as string[],
    }));
  } finally {
    await session.close();
  }
}

const UNKNOWN = {
  code: 'SERVICE_UNAVAILABLE',
  outcome: 'UNKNOWN',
  message: expect.stringMatching(/lost while the change was being committed: it may or may not have been saved/),
};

describe.each<[CutAt, number, string]>([
  ['after', 1, 'Neo4j committed, and its answer never reached the API'],
  ['before', 0, 'the COMMIT never reached Neo4j'],
])('connection cut %s COMMIT', (at, written, what) => {
  it(`saveAlertRule (${what}): a clear error, the service serves on, the rule and its entry ${written ? 'there once' : 'absent'}`, async () => {
    const before = await rulesAndEntries();
    const cut = proxy.cutAtCommit(RULE_STATEMENT, at);
    const res = await execute(
      server,
      viaProxy,
      SAVE_RULE,
      { r: { kind: 'CROWDED_FLAT', name: `cut ${at}`, params: { minPersons: 6 } } },
      FI,
    );
    await cut;
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect({ ...res.errors![0].extensions, message: res.errors![0].message }).toEqual(UNKNOWN);
    // Not run again: one rule (or none), and every rule's versions each have their one audit entry.
    const after = await rulesAndEntries();
    expect(after.length - before.length).toBe(written);
    for (const r of after) expect(r.entries).toEqual([`rule ${r.id} version 1`]);
    // The service serves on, through the same proxy and pool.
    const next = await execute(
      server,
      viaProxy,
      SAVE_RULE,
      { r: { kind: 'CROWDED_FLAT', name: `after the cut ${at}`, params: { minPersons: 7 } } },
      FI,
    );
    expect(next.errors).toBeUndefined();
    expect(await rulesAndEntries()).toHaveLength(after.length + 1);
    expect(await verifyAuditChain(direct, config.audit.keys)).toMatchObject({ ok: true, problem: null });
  });

  it(`importCases (${what}): the case and its entry ${written ? 'there once' : 'absent'}, and the import run again gives the same graph`, async () => {
    const c = personCase('FI-POL', 'FI', `FI-CUT-${at}`, suspect('P1', 'Matti Meikäläinen', '1980-02-03', 'FI'));
    const cut = proxy.cutAtCommit(CASE_STATEMENT, at);
    const res = await execute(server, viaProxy, IMPORT, { cases: [c] }, FI);
    await cut;
    expect(res.data ?? null).toBeNull();
    expect({ ...res.errors![0].extensions, message: res.errors![0].message }).toEqual(UNKNOWN);
    expect(await importEntries(c.reference)).toHaveLength(written);
    const counts = await graphCounts(direct);
    expect(await alertsOwed(c.reference)).toBe(written);
    // Run again, as the error says: the case is written (or found unchanged) once, with one entry in all.
    const again = await execute(server, viaProxy, IMPORT, { cases: [c] }, FI);
    expect(again.errors).toBeUndefined();
    expect(again.data!.importCases.outcomes[0].status).toBe(written ? 'UNCHANGED' : 'CREATED');
    expect(await importEntries(c.reference)).toHaveLength(1);
    // The same graph, less the alerts the cut import owed (AlertDue, written in its transaction), which the
    // run again paid: nothing lost, nothing twice.
    expect(await alertsOwed(c.reference)).toBe(0);
    if (written) expect(await graphCounts(direct)).toEqual({ ...counts, nodes: counts.nodes - 1 });
    expect(await verifyAuditChain(direct, config.audit.keys)).toMatchObject({ ok: true, problem: null });
  });
});

// networkMetrics projects the neighbourhood into GDS's in-memory catalogue and drops it again: nothing
// durable is written, so a connection lost at its COMMIT is a read's failure, not an unknown write.
describe.each<CutAt>(['after', 'before'])('networkMetrics, connection cut %s the COMMIT of its projection', (at) => {
  it('answers, as a read does, and the service serves on', async () => {
    const reference = `FI-METRICS-${at}`;
    const c = personCase('FI-POL', 'FI', reference, suspect('P1', 'Matti Virtanen', '1981-03-04', 'FI'));
    expect((await execute(server, direct, IMPORT, { cases: [c] }, FI)).errors).toBeUndefined();
    const METRICS = `{ networkMetrics(seeds: ["case:FI-POL:${reference}"], depth: 1) { components nodes { node { id } degree } } }`;
    const cut = proxy.cutAtCommit('gds.graph.project', at);
    const res = await execute(server, viaProxy, METRICS, {}, FI);
    expect(res.errors).toBeUndefined();
    expect(res.data!.networkMetrics).toMatchObject({ components: 1 });
    expect(res.data!.networkMetrics.nodes).toHaveLength(2);
    await cut;
    const next = await execute(server, viaProxy, METRICS, {}, FI);
    expect(next.errors).toBeUndefined();
    expect(next.data!.networkMetrics.nodes).toHaveLength(2);
    // Each projection was dropped in its own transaction, before the COMMIT.
    const session = direct.driver.session();
    try {
      const left = await session.run(`CALL gds.graph.list() YIELD graphName RETURN count(graphName) AS n`);
      expect(Number(left.records[0].get('n'))).toBe(0);
    } finally {
      await session.close();
    }
  });
});
