// What the HTTP server offers browsers besides /graphql: the analyst's explorer (web/dist, built by
// `npm run build`) at /, GraphiQL at /graphiql, development tokens for the demo agencies, and CORS for
// frontends hosted elsewhere. Everything is served from this process: no asset comes from the internet.
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import type { Config } from './config';
import { loadAgencies, mintDevToken } from './auth/identity';

export interface WebOptions {
  /** Origins (scheme://host[:port]) allowed to call the API from a page they serve; none by default. */
  corsOrigins: string[];
  /** The built explorer (web/dist), or null when it was not built. */
  dir: string | null;
  graphiql: boolean;
  /** Signs a development token for a demo agency; null in production and whenever a real key is configured. */
  devToken: ((agency: string) => Promise<string>) | null;
  devAgencies: Array<{ code: string; name: string; country: string }>;
}

export function webOptions(config: Config): WebOptions {
  const dir =
    [path.resolve(__dirname, '..', 'web', 'dist'), path.resolve(__dirname, '..', '..', 'web', 'dist')].find((d) =>
      fs.existsSync(path.join(d, 'index.html')),
    ) ?? null;
  const agencies = config.auth.devSecret ? [...loadAgencies(config.agenciesFile).values()] : [];
  return {
    corsOrigins: config.corsOrigins,
    dir,
    graphiql: config.graphiql,
    devAgencies: agencies,
    devToken: config.auth.devSecret
      ? async (code) => {
          const agency = agencies.find((a) => a.code === code)!;
          return mintDevToken(config, {
            analyst: `${agency.code.toLowerCase()}.analyst`,
            agency: agency.code,
            country: agency.country,
            roles: ['analyst'],
          });
        }
      : null,
  };
}

// What a cross-origin page may send: the token, the purpose, JSON, Apollo's CSRF header, a request id.
const ALLOWED_HEADERS =
  'authorization, content-type, x-purpose, apollo-require-preflight, x-apollo-operation-name, x-request-id';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

const send = (
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
};
const error = (res: http.ServerResponse, status: number, code: string, message: string) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ errors: [{ message, extensions: { code } }] }));

/**
 * Answers what is the browser's (CORS preflight, the explorer's files, GraphiQL, dev tokens) and returns
 * true; otherwise adds the CORS headers an allowed origin needs and returns false for the API to answer.
 * CSRF prevention is untouched: a cross-origin call still needs JSON or a preflight header, and a
 * browser sends those only after a preflight this answers for listed origins alone (Fetch standard, CORS protocol).
 */
export async function serveBrowser(
  web: WebOptions | undefined,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<boolean> {
  if (!web) return false;
  const origin = req.headers.origin;
  const allowed = typeof origin === 'string' && web.corsOrigins.includes(origin);
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  res.setHeader('vary', 'origin');
  if (req.method === 'OPTIONS') {
    if (!allowed) {
      error(
        res,
        403,
        'FORBIDDEN',
        `origin ${String(origin ?? '(none)').slice(0, 200)} may not call this API from a browser; list it in CORS_ORIGINS`,
      );
      return true;
    }
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '600',
    });
    res.end();
    return true;
  }
  const get = req.method === 'GET' || req.method === 'HEAD';
  if (url.pathname === '/dev/agencies' && get) {
    if (!web.devToken) return notInProduction(res);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(web.devAgencies));
    return true;
  }
  if (url.pathname === '/dev/token') {
    if (!web.devToken) return notInProduction(res);
    const agency = url.searchParams.get('agency') ?? '';
    if (req.method !== 'POST') error(res, 405, 'METHOD_NOT_ALLOWED', 'POST /dev/token?agency=CODE');
    else if (!web.devAgencies.some((a) => a.code === agency))
      error(
        res,
        400,
        'BAD_REQUEST',
        `agency: '${agency.slice(0, 40)}' is not a member agency; GET /dev/agencies lists them`,
      );
    else
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ token: await web.devToken(agency) }), {
        'cache-control': 'no-store',
      });
    return true;
  }
  if (url.pathname === '/graphiql' && get) {
    if (!web.graphiql) {
      error(res, 404, 'NOT_FOUND', 'GraphiQL is off in production; set GRAPHIQL=true to serve it');
      return true;
    }
    return serveFile(web, res, 'graphiql.html');
  }
  // The explorer: / for a browser's page load (a GET with a query string stays GraphQL), and its assets.
  if (get && url.pathname === '/' && !url.searchParams.has('query')) return serveFile(web, res, 'index.html');
  if (get && url.pathname.startsWith('/assets/')) return serveFile(web, res, url.pathname.slice(1));
  return false;
}

function notInProduction(res: http.ServerResponse): true {
  error(res, 404, 'NOT_FOUND', 'development tokens are refused in production and when a real token key is configured');
  return true;
}

function serveFile(web: WebOptions, res: http.ServerResponse, name: string): true {
  if (!web.dir) {
    error(res, 404, 'NOT_FOUND', 'the explorer is not built: run npm run build');
    return true;
  }
  const file = path.resolve(web.dir, name);
  if (!file.startsWith(web.dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    error(res, 404, 'NOT_FOUND', `no file ${name.slice(0, 200)}`);
    return true;
  }
  // Vite names assets by content hash: they never change; the page itself is always revalidated.
  const cache = name.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), {
    'cache-control': cache,
    // The page loads only its own files and talks only to this API.
    'content-security-policy':
      "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  });
  return true;
}
