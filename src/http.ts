// The HTTP front: a plain Node server in front of Apollo, so that we own the body cap (a request body over
// the limit is refused with 413 before it is parsed) and the health endpoints. Everything else (CSRF
// prevention, GET rules, status codes) is Apollo's own request handling. /metrics serves Prometheus.
// (Metrics carry no case data; expose the port only to the monitoring network.)
import crypto from 'node:crypto';
import http from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Context } from './context';
import type { MetricsAccess } from './config';
import type { Logger } from './logger';
import { recordRefusal, registry } from './observability';
import { serveBrowser, type WebOptions } from './web';

export interface HttpOptions {
  maxBodyBytes: number;
  /**
   * Headers and body must both arrive within this time (default 30 s), or Node answers 408 and closes
   * the connection: a client trickling its body cannot hold a connection and a handler for minutes.
   */
  requestReceiveTimeoutMs?: number;
  /** Builds the request's context; throws UNAUTHENTICATED (401) or BAD_REQUEST (400) for a bad caller. */
  context: (req: http.IncomingMessage, requestId: string) => Promise<Context>;
  /** Readiness: the database answers and the migrations are applied. */
  ready: () => Promise<boolean>;
  /** True once shutdown began: not ready any more, and every response closes its connection. */
  draining?: () => boolean;
  logger: Logger;
  /** The explorer, GraphiQL, dev tokens and CORS (src/web.ts). */
  web?: WebOptions;
  /** Who may read /metrics (default open: tests and benchmarks). */
  metrics?: MetricsAccess;
}

/** Compares a header with a secret in constant time (over their digests, so lengths do not tell either). */
const sameSecret = (given: string | undefined, expected: string) =>
  crypto.timingSafeEqual(
    crypto
      .createHash('sha256')
      .update(given ?? '')
      .digest(),
    crypto.createHash('sha256').update(expected).digest(),
  );

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};
const httpError = (res: http.ServerResponse, status: number, code: string, message: string) =>
  json(res, status, { errors: [{ message, extensions: { code } }] });

class TooLarge extends Error {}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new TooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createHttpServer(apollo: ApolloServer<Context>, options: HttpOptions): http.Server {
  const receiveTimeout = options.requestReceiveTimeoutMs ?? 30_000;
  // Node checks these timeouts every connectionsCheckingInterval (30 s by default): check often enough
  // that the limit holds to within a tenth of itself.
  const timeouts = {
    requestTimeout: receiveTimeout,
    headersTimeout: receiveTimeout,
    connectionsCheckingInterval: Math.min(1_000, Math.max(50, receiveTimeout / 10)),
  };
  return http.createServer(timeouts, (req, res) => {
    void handle(apollo, options, req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, 'HTTP handler failed');
      if (!res.headersSent) httpError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });
}

async function handle(
  apollo: ApolloServer<Context>,
  options: HttpOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A caller's request id is kept if it is a plain token, so a gateway's id follows the request here.
  const given = String(req.headers['x-request-id'] ?? '');
  const requestId = /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : crypto.randomUUID();
  res.setHeader('x-request-id', requestId);
  const draining = options.draining?.() ?? false;
  if (draining) res.setHeader('connection', 'close');
  if (url.pathname === '/metrics') {
    const access = options.metrics ?? 'open';
    if (access === 'off')
      return httpError(res, 404, 'NOT_FOUND', 'Not found: metrics are off in production until METRICS_TOKEN is set');
    if (access !== 'open' && !sameSecret(req.headers.authorization, `Bearer ${access.token}`))
      return httpError(res, 401, 'UNAUTHENTICATED', 'metrics need "Authorization: Bearer <METRICS_TOKEN>"');
    res.writeHead(200, { 'content-type': registry.contentType });
    return res.end(await registry.metrics());
  }
  if (url.pathname === '/health/live') return json(res, 200, { status: 'live' });
  if (url.pathname === '/health/ready') {
    const ready = !draining && (await options.ready().catch(() => false));
    return json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
  }
  if (await serveBrowser(options.web, req, res, url)) return;
  if (url.pathname !== '/graphql' && url.pathname !== '/')
    return httpError(
      res,
      404,
      'NOT_FOUND',
      'Not found: the API is at /graphql, health at /health/live and /health/ready',
    );

  let text: string;
  try {
    text = await readBody(req, options.maxBodyBytes);
  } catch (error) {
    if (error instanceof TooLarge) {
      res.setHeader('connection', 'close');
      return httpError(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `request body over ${options.maxBodyBytes} bytes; split the import, or use the command-line loader for bulk data`,
      );
    }
    throw error;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = text;
  if ((headers.get('content-type') ?? '').startsWith('application/json') && text) {
    try {
      body = JSON.parse(text);
    } catch {
      return httpError(res, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
    }
  }
  // A request reads in one transaction (src/db/database.ts); if a transient failure (a restart, a leader
  // switch) stops it before it wrote anything, it is run again from the start, within NEO4J_MAX_RETRY_MS.
  const started = Date.now();
  let result: HTTPGraphQLResponse;
  for (let attempt = 0; ; attempt++) {
    let context: Context | undefined;
    result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () =>
        options.context(req, requestId).then(
          (made) => (context = made),
          (error: unknown) => {
            recordRefusal(options.logger, error, {
              requestId,
              method: req.method,
              path: url.pathname,
              remote: req.socket.remoteAddress,
              hasToken: Boolean(req.headers.authorization),
            });
            throw error;
          },
        ),
    });
    const pause = Math.min(1_000, 50 * 2 ** attempt) * (0.5 + Math.random());
    if (!context?.db.retryable || Date.now() - started + pause > context.db.maxRetryMs) break;
    options.logger.warn({ requestId, attempt }, 'transient database failure: the request runs again');
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  res.statusCode = result.status ?? 200;
  for (const [key, value] of result.headers) res.setHeader(key, value);
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}
