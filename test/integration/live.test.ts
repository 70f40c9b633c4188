// Live delivery over a real WebSocket (graphql-ws) on the API's own HTTP server: an alert pushed after
// another agency's import, its delivery audited as a disclosure, notifications pushed to an owner, the
// protocol's close codes for a missing or bad token, and the per-analyst cap on subscriptions.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { createAuthenticator, mintDevToken, type Viewer } from '../../src/auth/identity';
import { buildSchema, buildServer } from '../../src/server';
import { documentLimits, LIMITS } from '../../src/documentLimits';
import { serveLive } from '../../src/alerts/live';
import type { Database } from '../../src/db/database';
import {
  analystOf,
  exchange,
  listenWithTokens,
  logger,
  personCase,
  resetDatabase,
  suspect,
  testDatabase,
} from '../helpers';
import { openCase } from '../openCase';

const config = loadConfig();
const schema = buildSchema();
const server = buildServer({ logger, production: false, schema });
let db: Database;
let base: string;
let close: () => Promise<void>;
/** Subscriptions the server holds now. */
let held: () => number;
/** Reads what the chain holds now, so items of earlier tests reach nobody of a later test. */
let drained: () => Promise<void>;
let api: import('node:http').Server;
const clients: Client[] = [];

const EE = analystOf('EE-PPA', 'EE', 'ee.analyst.1');
const FI = analystOf('FI-POL', 'FI', 'fi.analyst.7');
const token = (who: Viewer, roles = who.roles) =>
  mintDevToken(config, { analyst: who.analyst, agency: who.agency!, country: who.country!, roles });

const post = async (who: Viewer, query: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await token(who)}`,
      'x-purpose': who.purpose,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
};
const IMPORT = 'mutation($c: [CaseInput!]!) { importCases(cases: $c) { casesCreated } }';

/** A graphql-ws client with the token and purpose in its connection_init payload, as an explorer sends them. */
function connect(params: Record<string, unknown>, onClosed?: (code: number) => void): Client {
  const client = createClient({
    url: `${base.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: params,
    lazy: false,
    retryAttempts: 0,
    // The refused connections are the point of some tests: their close is read through `on.closed`.
    onNonLazyError: () => undefined,
    on: { closed: (event) => onClosed?.((event as { code: number }).code) },
  });
  clients.push(client);
  return client;
}

/** The next `count` items of a subscription, or the error that ended it. */
function take(client: Client, query: string, count = 1): { items: any[]; done: Promise<any[]> } {
  const items: any[] = [];
  const done = new Promise<any[]>((resolve, reject) => {
    const stop = client.subscribe(
      { query },
      {
        next: (value) => {
          if (value.errors) return reject(new Error(JSON.stringify(value.errors)));
          items.push(value.data);
          if (items.length >= count) {
            stop();
            resolve(items);
          }
        },
        // graphql-ws hands a socket's close over as a CloseEvent, whose code and reason say why.
        error: (error) => reject(error instanceof Error ? error : new Error(closeReason(error))),
        complete: () => resolve(items),
      },
    );
  });
  return { items, done };
}

const closeReason = (event: unknown) => {
  const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
  return code === undefined ? JSON.stringify(event) : `socket closed: ${code} ${reason ?? ''}`;
};

/**
 * Waits until the server holds `count` more subscriptions than `before`. A subscription that ends first
 * (refused, or its socket closed) fails the wait at once with its reason, not after the full timeout.
 */
async function heldMore(before: number, subscriptions: Array<{ done: Promise<any[]> }>, count = 1): Promise<void> {
  let failure: Error | null = null;
  for (const s of subscriptions)
    s.done.then(
      () => (failure ??= new Error('a subscription ended before the server held it')),
      (error: Error) => (failure ??= new Error(`a subscription failed before the server held it: ${error.message}`)),
    );
  await until(async () => {
    if (failure && held() < before + count) throw failure;
    return held() >= before + count;
  }, 'the subscription');
}

const closeCode = (params: Record<string, unknown>) =>
  new Promise<number>((resolve) => {
    const client = connect(params, resolve);
    client.subscribe(
      { query: 'subscription { alerts { id } }' },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
  });

/** Waits for a condition (a fixed sleep would assume an idle machine). */
async function until<T>(probe: () => Promise<T | null | undefined | false>, what: string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await server.start();
  const listening = await listenWithTokens(server, db);
  api = listening.api;
  base = listening.base;
  const live = serveLive(api, {
    schema,
    db,
    logger,
    exchange,
    auth: await createAuthenticator(config),
    // As in production: no field suggestions and no introspection (the other limits hold in both modes).
    limits: documentLimits(true),
    production: true,
  });
  await live.feed.start();
  close = live.close;
  held = () => live.feed.subscriptionCount;
  drained = () => live.feed.poll();
});
afterAll(async () => {
  // dispose() may or may not return a promise (graphql-ws's Disposable).
  await Promise.all(clients.map(async (c) => c.dispose()));
  await close();
  await new Promise((resolve) => api.close(resolve));
  await server.stop();
  await db.close();
});

// A test counts the server's subscriptions to know its own is held: the earlier test's, stopped as it
// ended, must be gone first, or one going while the new one comes leaves the count where it was. And the
// feed reads what the earlier tests wrote (a delivery's notification to the case owner, say) before a
// new subscription comes: the feed polls every 500 ms, and on a busy machine an earlier test's item
// could otherwise reach the new subscription first.
beforeEach(async () => {
  await until(async () => held() === 0, "the earlier tests' subscriptions to end");
  await drained();
});

describe('alerts over a real WebSocket', () => {
  test('an Estonian watch receives the alert after a Finnish import, as a hit; the delivery is audited', async () => {
    const watched = await post(
      EE,
      'mutation { watch(target: { identifier: { kind: PHONE, value: "5333 4444" } }) { id } }',
    );
    expect(watched.errors).toBeUndefined();
    const client = connect({ authorization: `Bearer ${await token(EE)}`, purpose: EE.purpose });
    const pushed = take(
      client,
      'subscription { alerts { id kind watchId subject { access } cases { id access label hit { agency country caseHandle } } } }',
    );
    // The import goes in once the server holds the subscription.
    await heldMore(0, [pushed]);
    const imported = await post(FI, IMPORT, {
      c: [
        {
          ...openCase('FI-POL', 'FI-LIVE-1', '2025-04-01', 'SEXUAL_EXPLOITATION'),
          title: 'Salainen operaatio',
          persons: [{ id: 'X', name: 'Salainen Henkilö', role: 'SUSPECT', function: 'RECRUITER' }],
          phones: [{ number: '+372 5333 4444', holders: ['X'] }],
        },
      ],
    });
    expect(imported.data?.importCases.casesCreated).toBe(1);
    const [{ alerts }] = await pushed.done;
    expect(alerts).toMatchObject({ kind: 'WATCH', watchId: watched.data.watch.id, subject: { access: 'HIT' } });
    expect(alerts.cases[0]).toMatchObject({ access: 'HIT', hit: { agency: 'FI-POL', country: 'FI' } });
    expect(JSON.stringify(alerts)).not.toMatch(/FI-LIVE-1|Salainen/);
    // The same item by query.
    const listed = await post(EE, '{ alerts(first: 5) { edges { node { id } } } }');
    expect(listed.data.alerts.edges.map((e: any) => e.node.id)).toContain(alerts.id);
    // Audited as a disclosure to its recipient: an entry of the subscription, naming the Finnish case.
    const entry = await until(
      async () =>
        (await db.read('audit/log', { scope: 'ALL', agency: null, beforeSeq: null, limit: 50 })).find(
          (r) => (r.entry as any).operation === 'subscription live' && (r.entry as any).agency === 'EE-PPA',
        ),
      'the delivery entry',
    );
    expect(entry.entry).toMatchObject({ analyst: 'ee.analyst.1', agency: 'EE-PPA', outcome: 'delivered' });
    expect((entry.entry as any).caseIds).toContain('case:FI-POL:FI-LIVE-1');
  });

  test("the owner's notifications arrive live too", async () => {
    const client = connect({ authorization: `Bearer ${await token(FI)}`, purpose: FI.purpose });
    const before = held();
    const pushed = take(client, 'subscription { notifications { fromAgency operation through case { reference } } }');
    await heldMore(before, [pushed]);
    // Reading the alert reaches the Finnish case as a hit: its owner is told, live.
    const read = await post(EE, 'query ReadAlerts { alerts(first: 5) { edges { node { cases { access } } } } }');
    expect(read.data.alerts.edges[0].node.cases[0].access).toBe('HIT');
    const [{ notifications }] = await pushed.done;
    // This read's notification, not an earlier test's (the delivery of test one also reached the case).
    expect(notifications).toMatchObject({
      fromAgency: 'EE-PPA',
      operation: 'query ReadAlerts',
      case: { reference: 'FI-LIVE-1' },
    });
  });

  test("an agency-wide watch's alert (a case's default watch) reaches every analyst of the agency", async () => {
    const otherAnalyst = analystOf('EE-PPA', 'EE', 'ee.analyst.2');
    /** An open case whose suspect uses one phone. */
    const phoneCase = (code: string, country: string, reference: string, name: string) => ({
      ...personCase(code, country, reference, suspect('S', name, null, country)),
      phones: [{ number: '+372 5444 0002', holders: ['S'] }],
    });
    const own = await post(EE, IMPORT, { c: [phoneCase('EE-PPA', 'EE', 'EE-LIVE-2', 'Värbaja Üks')] });
    expect(own.data?.importCases.casesCreated).toBe(1);
    // The case's own agency watches it by default: agency-wide, so no analyst of its own.
    const watches = await post(otherAnalyst, '{ watches(first: 20) { edges { node { value default forAgency } } } }');
    expect(watches.data.watches.edges.map((e: any) => e.node)).toContainEqual({
      value: 'EE-LIVE-2',
      default: true,
      forAgency: true,
    });
    const client = connect({ authorization: `Bearer ${await token(otherAnalyst)}`, purpose: otherAnalyst.purpose });
    const before = held();
    const pushed = take(client, 'subscription { alerts { kind subject { label } cases { access hit { agency } } } }');
    await heldMore(before, [pushed]);
    const imported = await post(FI, IMPORT, { c: [phoneCase('FI-POL', 'FI', 'FI-LIVE-2', 'Toinen Henkilö')] });
    expect(imported.data?.importCases.casesCreated).toBe(1);
    const [{ alerts }] = await pushed.done;
    expect(alerts).toMatchObject({ kind: 'WATCH', subject: { label: 'EE-LIVE-2 (EE)' } });
    expect(alerts.cases).toEqual([{ access: 'HIT', hit: { agency: 'FI-POL' } }]);
  });
});

describe('the WebSocket is refused without a valid token, and subscriptions are capped', () => {
  test('no token: 4401; a bad token: 4401; no purpose: 4403; no analyst role: 4403', async () => {
    expect(await closeCode({})).toBe(4401);
    expect(await closeCode({ authorization: 'Bearer not-a-token', purpose: 'x' })).toBe(4401);
    expect(await closeCode({ authorization: `Bearer ${await token(EE)}` })).toBe(4403);
    expect(await closeCode({ authorization: `Bearer ${await token(EE, ['auditor'])}`, purpose: 'audit' })).toBe(4403);
  });

  test('a connection closes with 4401 when its token expires, and its subscription ends', async () => {
    const short = await mintDevToken(
      config,
      { analyst: EE.analyst, agency: EE.agency!, country: EE.country!, roles: EE.roles },
      '6s',
    );
    // Six seconds: long enough to connect on a busy machine, short enough to wait for.
    let closed = 0;
    const client = connect({ authorization: `Bearer ${short}`, purpose: EE.purpose }, (code) => (closed = code));
    const before = held();
    const pushed = take(client, 'subscription { alerts { id } }');
    await heldMore(before, [pushed]);
    await expect(pushed.done).rejects.toThrow(/4401/);
    expect(closed).toBe(4401);
    await until(async () => held() === before, 'the subscription to end');
  });

  test("a subscription is held to HTTP's document limits, and its errors suggest no field names", async () => {
    const client = connect({ authorization: `Bearer ${await token(EE)}`, purpose: EE.purpose });
    const refused = (query: string) =>
      take(client, query).done.then(
        () => 'delivered',
        (e: Error) => e.message,
      );
    // More aliases than LIMITS.aliases (the depth and cost rules run beside it, as on HTTP).
    const aliases = Array.from({ length: LIMITS.aliases + 5 }, (_, i) => `a${i}: id`).join(' ');
    expect(await refused(`subscription { alerts { ${aliases} } }`)).toMatch(/alias/i);
    const typo = await refused('subscription { alerts { idd } }');
    expect(typo).toMatch(/Cannot query field/);
    expect(typo).not.toMatch(/Did you mean/);
    // The document limits of src/documentLimits.ts, the same messages as over HTTP (limits.test.ts).
    const padded = `subscription { alerts { id } } #${'x'.repeat(16_000)}`;
    expect(await refused(padded)).toMatch(/Document limit: the document has 16\d{3} characters; the limit is 15000\./);
    expect(await refused(`subscription { alerts { ${'id '.repeat(LIMITS.tokens)} } }`)).toMatch(
      /Document limit: the document has more than 1000 tokens; the limit is 1000\. Pass lists/,
    );
    const typenames = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');
    expect(await refused(`subscription { alerts { ${typenames(100)} } }`)).toMatch(
      /Document limit: the document has 100 aliases; the limit is 15\./,
    );
    // The probe's flood as a query: refused by the token limit before anything else.
    expect(await refused(`{ ${typenames(650)} }`)).toMatch(/Document limit: the document has more than 1000 tokens/);
    const introspection = await refused('{ __schema { types { name } } }');
    expect(introspection).toMatch(/Introspection \(__schema, __type\) is off on this server/);
    for (const message of [typo, introspection])
      expect(message).not.toMatch(/Apollo|armor|introspection: true|Syntax Error/);
  });

  test('one analyst holds at most SUBSCRIPTIONS_PER_ANALYST subscriptions', async () => {
    const limit = exchange.limits.subscriptionsPerAnalyst;
    const analyst = analystOf('LT-PD', 'LT', 'lt.analyst.9');
    const client = connect({ authorization: `Bearer ${await token(analyst)}`, purpose: analyst.purpose });
    const before = held();
    const subscriptions = Array.from({ length: limit }, () => take(client, 'subscription { alerts { id } }'));
    await heldMore(before, subscriptions, limit);
    await expect(take(client, 'subscription { alerts { id } }').done).rejects.toThrow(/RATE_LIMITED|most allowed/);
  });
});
