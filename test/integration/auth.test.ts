// Identity over real HTTP: bearer tokens verified with jose, the purpose header, roles, and the body cap.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { loadConfig } from '../../src/config';
import { createAuthenticator, mintDevToken } from '../../src/auth/identity';
import { resetDatabase, serveGraphql, testDatabase, testServer } from '../helpers';

let url: string;
let close: () => Promise<void>;
const server = testServer(true);
const config = loadConfig();
const MAX_BODY = 64 * 1024;
const EE = { analyst: 'ee.analyst.1', agency: 'EE-PPA', country: 'EE', roles: ['analyst' as const] };

beforeAll(async () => {
  const db = testDatabase();
  await resetDatabase(db);
  ({ url, close } = await serveGraphql(server, db, { tokens: true, maxBodyBytes: MAX_BODY }));
});
afterAll(() => close());

const call = (headers: Record<string, string>, query = '{ cases { id } }') =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-purpose': 'EE-2025-0117', ...headers },
    body: JSON.stringify({ query }),
  });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function expectUnauthenticated(res: Response, message: RegExp) {
  expect(res.status).toBe(401);
  const body = await res.json();
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
    await expectUnauthenticated(
      await call(bearer(await mintDevToken(config, EE, Math.floor(Date.now() / 1000) - 60))),
      /token expired/,
    );
  });
  it('a token signed with another key gets 401', async () => {
    const forged = await new SignJWT({ agency: 'EE-PPA', country: 'EE', roles: ['analyst'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(config.auth.issuer)
      .setAudience(config.auth.audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(64)));
    await expectUnauthenticated(await call(bearer(forged)), /signature or format invalid/);
  });
  it('an unsigned (alg none) token and garbage get 401', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        sub: 'x',
        agency: 'EE-PPA',
        country: 'EE',
        roles: ['admin'],
        iss: config.auth.issuer,
        aud: config.auth.audience,
      }),
    ).toString('base64url');
    await expectUnauthenticated(await call(bearer(`${header}.${payload}.`)), /signature or format invalid/);
    await expectUnauthenticated(await call(bearer('not-a-token')), /signature or format invalid/);
  });
  it('a token of an agency outside the exchange, or with the wrong country, gets 401', async () => {
    await expectUnauthenticated(
      await call(bearer(await mintDevToken(config, { ...EE, agency: 'XX-POL' }))),
      /agency XX-POL \(EE\) is not a member/,
    );
    await expectUnauthenticated(
      await call(bearer(await mintDevToken(config, { ...EE, country: 'FI' }))),
      /agency EE-PPA \(FI\) is not a member/,
    );
  });
  it('a token for another audience gets 401', async () => {
    const other = await new SignJWT({ agency: 'EE-PPA', country: 'EE', roles: ['analyst'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(config.auth.issuer)
      .setAudience('another-service')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(config.auth.devSecret!));
    await expectUnauthenticated(await call(bearer(other)), /claim rejected/);
  });
  it('a request without a stated purpose is refused with 400', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(await mintDevToken(config, EE)) },
      body: JSON.stringify({ query: '{ cases { id } }' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/state the purpose of this request in the X-Purpose header/);
  });
  it('the documented token command mints a token the API accepts', async () => {
    const cli = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'token.js');
    const r = spawnSync('node', [cli, '--agency', 'FI-POL', '--roles', 'analyst,loader'], {
      encoding: 'utf8',
      env: process.env,
    });
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
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-purpose': 'p', ...bearer(await mintDevToken(config, EE)) },
      body: big,
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
  it('malformed JSON gets 400, an unknown path 404', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect((await fetch(url.replace('/graphql', '/admin'))).status).toBe(404);
  });
  it('liveness and readiness answer without a token', async () => {
    const live = await fetch(url.replace('/graphql', '/health/live'));
    expect(live.status).toBe(200);
    expect(await (await fetch(url.replace('/graphql', '/health/ready'))).json()).toEqual({ status: 'ready' });
  });
});

describe('identity providers', () => {
  const claims = { agency: 'LV-VP', country: 'LV', roles: ['analyst'] };
  it('verifies RS256 tokens against a JWKS URL and against a PEM public key', async () => {
    const { generateKeyPair, exportJWK, exportSPKI } = await import('jose');
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwks = (await import('node:http')).createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    try {
      const sign = (key = privateKey) =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setSubject('lv.analyst.3')
          .setIssuer('https://idp.example')
          .setAudience('linkgraph')
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(key);
      const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
      const base = {
        ...config,
        auth: { issuer: 'https://idp.example', audience: 'linkgraph', jwksUrl: null, publicKey: null, devSecret: null },
      };
      for (const auth of [
        await createAuthenticator({ ...base, auth: { ...base.auth, jwksUrl } }),
        await createAuthenticator({ ...base, auth: { ...base.auth, publicKey: await exportSPKI(publicKey) } }),
      ]) {
        await expect(auth.viewer(`Bearer ${await sign()}`, 'LV-2025-7')).resolves.toEqual({
          analyst: 'lv.analyst.3',
          agency: 'LV-VP',
          country: 'LV',
          roles: ['analyst'],
          purpose: 'LV-2025-7',
        });
        const other = (await generateKeyPair('RS256')).privateKey;
        await expect(auth.viewer(`Bearer ${await sign(other)}`, 'LV-2025-7')).rejects.toMatchObject({
          extensions: { code: 'UNAUTHENTICATED' },
        });
        // A development token is no good where a real identity provider is configured.
        await expect(auth.viewer(`Bearer ${await mintDevToken(config, EE)}`, 'x')).rejects.toMatchObject({
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
    } finally {
      await new Promise((resolve) => jwks.close(resolve));
    }
  });

  it('production refuses to start without a real key, with the development secret, or without a hit secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /AUTH_JWKS_URL or AUTH_PUBLIC_KEY: one is required in production[\s\S]*HIT_SECRET: required in production/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        AUTH_DEV_SECRET: 'y'.repeat(40),
        HIT_SECRET: 'z'.repeat(40),
      }),
    ).toThrow(/AUTH_DEV_SECRET: not allowed in production/);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        HIT_SECRET: 'z'.repeat(40),
        AUDIT_HMAC_KEYS: `k1:${'a'.repeat(44)}`,
      }).auth.devSecret,
    ).toBeNull();
  });
});
