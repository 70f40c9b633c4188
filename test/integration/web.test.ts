// What the HTTP server offers browsers (src/web.ts), through a real listening server: the explorer's
// files at /, CORS for listed origins only with CSRF prevention still on, development tokens refused in
// production, and GraphiQL off in production unless enabled.
import crypto from 'node:crypto';
import { loadConfig } from '../../src/config';
import { createAuthenticator } from '../../src/auth/identity';
import { webOptions } from '../../src/web';
import { listenHttp, testDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';

const ORIGIN = 'http://analyst.example:8080';
let db: Database;
let base: string;
let stopHttp: () => Promise<void>;
const server = testServer();
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'development',
  CORS_ORIGINS: `${ORIGIN}, http://127.0.0.1:5173`,
});

beforeAll(async () => {
  db = testDatabase();
  await server.start();
  const http = await listenHttp(server, db, { web: webOptions(config) });
  base = http.base;
  stopHttp = http.stop;
});
afterAll(async () => {
  await stopHttp();
  await server.stop();
  await db.close();
});

const preflight = (origin: string) =>
  fetch(`${base}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, x-purpose',
    },
  });
const query = (headers: Record<string, string>, contentType = 'application/json') =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('CORS', () => {
  it('answers the preflight of a listed origin with what the explorer sends', async () => {
    const res = await preflight(ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(res.headers.get('access-control-allow-headers')).toEqual(expect.stringContaining('x-purpose'));
    expect(res.headers.get('access-control-allow-headers')).toEqual(expect.stringContaining('authorization'));
    expect(res.headers.get('vary')).toBe('origin');
  });

  it('refuses the preflight of any other origin, without allowing it', async () => {
    const res = await preflight('http://evil.example');
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await res.json()).errors[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('CORS_ORIGINS'),
    });
  });

  it('lets a listed origin read the answer, and no other', async () => {
    const listed = await query({ origin: ORIGIN });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const other = await query({ origin: 'http://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a simple request from a listed origin is still refused', async () => {
    const res = await query({ origin: ORIGIN }, 'text/plain');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('CSRF');
  });

  it('allows no origin by default, and refuses a setting that is not an origin', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(config.corsOrigins).toEqual([ORIGIN, 'http://127.0.0.1:5173']);
    for (const bad of ['*', 'https://a.example/', 'https://a.example/app', 'a.example']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(
        /CORS_ORIGINS: '.*' is not an origin: write scheme:\/\/host\[:port\]/,
      );
    }
  });
});

describe('the explorer and its assets', () => {
  it('serves the page at / with a policy that keeps every request on this server', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((a) => !a.startsWith('data:'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/assets\//);
      const file = await fetch(`${base}${asset}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('cache-control')).toContain('immutable');
    }
  });

  it('serves nothing outside web/dist, and keeps GET /?query= for GraphQL', async () => {
    expect((await fetch(`${base}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/assets/nothing.js`)).status).toBe(404);
    const res = await fetch(`${base}/?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('development tokens and GraphiQL', () => {
  it('mints a token for a demo agency that the API accepts, in development', async () => {
    const agencies = await (await fetch(`${base}/dev/agencies`)).json();
    expect(agencies).toContainEqual(expect.objectContaining({ code: 'EE-PPA', country: 'EE' }));
    const res = await fetch(`${base}/dev/token?agency=EE-PPA`, { method: 'POST' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { token } = (await res.json()) as { token: string };
    const viewer = await (await createAuthenticator(config)).viewer(`Bearer ${token}`, 'EE-2024-0117');
    expect(viewer).toMatchObject({ agency: 'EE-PPA', country: 'EE', roles: ['analyst'], purpose: 'EE-2024-0117' });
    const unknown = await fetch(`${base}/dev/token?agency=XX-NONE`, { method: 'POST' });
    expect(unknown.status).toBe(400);
  });

  it('serves GraphiQL from local assets in development', async () => {
    const res = await fetch(`${base}/graphiql`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual([expect.stringMatching(/^\/assets\/graphiql-.*\.js$/)]);
    expect((await fetch(`${base}${scripts[0]}`)).status).toBe(200);
  });

  it('in production there are no development tokens, and GraphiQL only when GRAPHIQL=true', async () => {
    const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const production = {
      NODE_ENV: 'production',
      HIT_SECRET: 'x'.repeat(32),
      AUDIT_HMAC_KEYS: `k1:${crypto.randomBytes(32).toString('base64')}`,
      AUTH_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
    const web = webOptions(loadConfig(production));
    expect(web.devToken).toBeNull();
    expect(web.graphiql).toBe(false);
    expect(webOptions(loadConfig({ ...production, GRAPHIQL: 'true' })).graphiql).toBe(true);
    const { base: prod, stop } = await listenHttp(server, db, { web });
    try {
      for (const [method, url] of [
        ['POST', '/dev/token?agency=EE-PPA'],
        ['GET', '/dev/agencies'],
        ['GET', '/graphiql'],
      ]) {
        const res = await fetch(`${prod}${url}`, { method });
        expect(res.status).toBe(404);
        expect(await res.text()).not.toContain('eyJ');
      }
      expect((await fetch(`${prod}/`)).status).toBe(200);
    } finally {
      await stop();
    }
  });
});
