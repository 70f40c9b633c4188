// Identity over real HTTP: bearer tokens verified with jose, the purpose header, roles, and the body cap.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { SignJWT } from 'jose';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { createAuthenticator, mintDevToken } from '../../src/auth/identity';
import { createHttpServer } from '../../src/http';
import { exchange, logger, resetDatabase, testDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';

let db: Database;
let url: string;
let httpServer: http.Server;
const server = testServer(true);
const config = loadConfig();
const MAX_BODY = 64 * 1024;
const EE = { analyst: 'ee.analyst.1', agency: 'EE-PPA', country: 'EE', roles: ['analyst' as const] };

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await server.start();
  const auth = await createAuthenticator(config);
  httpServer = createHttpServer(server, {
    maxBodyBytes: MAX_BODY, logger,
    context: async (req) => createContext(db, logger, exchange, await auth.viewer(req.headers.authorization, req.headers['x-purpose'] as string | undefined)),
    ready: async () => true,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => httpServer.close(resolve));
  await server.stop();
  await db.close();
});

const call = (headers: Record<string, string>, query = '{ cases { id } }') =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-purpose': 'EE-2025-0117', ...headers }, body: JSON.stringify({ query }) });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function expectUnauthenticated(res: Response, message: RegExp) {
  expect(res.status).toBe(401);
  const body = (await res.json()) as any;
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(body.errors[0].message).toMatch(message);
  expect(body.data).toBeUndefined();
}

describe('tokens', () => {
  it('a valid token and a purpose get an answer', async () => {
    const res = await call(bearer(await mintDevToken(config, EE)));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { cases: [] } });
  });
  it('a missing token gets 401 UNAUTHENTICATED', async () => {
    await expectUnauthenticated(await call({}), /missing bearer token/);
  });
  it('an expired token gets 401', async () => {
    await expectUnauthenticated(await call(bearer(await mintDevToken(config, EE, Math.floor(Date.now() / 1000) - 60))), /token expired/);
  });
  it('a token signed with another key gets 401', async () => {
    const forged = await new SignJWT({ agency: 'EE-PPA', country: 'EE', roles: ['analyst'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory')
      .setIssuer(config.auth.issuer).setAudience(config.auth.audience).setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(64)));
    await expectUnauthenticated(await call(bearer(forged)), /signature or format invalid/);
  });
  it('an unsigned (alg none) token and garbage get 401', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', agency: 'EE-PPA', country: 'EE', roles: ['admin'], iss: config.auth.issuer, aud: config.auth.audience })).toString('base64url');
    await expectUnauthenticated(await call(bearer(`${header}.${payload}.`)), /signature or format invalid/);
    await expectUnauthenticated(await call(bearer('not-a-token')), /signature or format invalid/);
  });
  it('a token of an agency outside the exchange, or with the wrong country, gets 401', async () => {
    await expectUnauthenticated(await call(bearer(await mintDevToken(config, { ...EE, agency: 'XX-POL' }))), /agency XX-POL \(EE\) is not a member/);
    await expectUnauthenticated(await call(bearer(await mintDevToken(config, { ...EE, country: 'FI' }))), /agency EE-PPA \(FI\) is not a member/);
  });
  it('a token for another audience gets 401', async () => {
    const other = await new SignJWT({ agency: 'EE-PPA', country: 'EE', roles: ['analyst'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x')
      .setIssuer(config.auth.issuer).setAudience('another-service').setExpirationTime('1h').sign(new TextEncoder().encode(config.auth.devSecret!));
    await expectUnauthenticated(await call(bearer(other)), /claim rejected/);
  });
  it('a request without a stated purpose is refused with 400', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(await mintDevToken(config, EE)) }, body: JSON.stringify({ query: '{ cases { id } }' }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].message).toMatch(/state the purpose of this request in the X-Purpose header/);
  });
  it('the documented token command mints a token the API accepts', async () => {
    const cli = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'token.js');
    const r = spawnSync('node', [cli, '--agency', 'FI-POL', '--roles', 'analyst,loader'], { encoding: 'utf8', env: process.env });
    expect(r.status).toBe(0);
    const res = await call(bearer(r.stdout.trim()));
    expect(res.status).toBe(200);
    const bad = spawnSync('node', [cli, '--agency', 'ZZ-NONE'], { encoding: 'utf8', env: process.env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown agency 'ZZ-NONE'/);
  });
});

describe('HTTP limits', () => {
  it('a body over the cap is refused with 413 before it is parsed', async () => {
    const big = JSON.stringify({ query: `{ search(text: "${'a'.repeat(MAX_BODY)}") { matchedOn } }` });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-purpose': 'p', ...bearer(await mintDevToken(config, EE)) }, body: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
  it('malformed JSON gets 400, an unknown path 404', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect((await fetch(url.replace('/graphql', '/admin'))).status).toBe(404);
  });
  it('liveness and readiness answer without a token', async () => {
    const live = await fetch(url.replace('/graphql', '/health/live'));
    expect(live.status).toBe(200);
    expect(await (await fetch(url.replace('/graphql', '/health/ready'))).json()).toEqual({ status: 'ready' });
  });
});
