// Live delivery: GraphQL subscriptions (alerts, notifications) over WebSocket with the graphql-ws
// protocol, on the API's own server and path (/graphql), with the same bearer token and purpose as HTTP.
// Alerts and notifications are written by whichever process imports (the API, the bulk loader, another
// instance), so the feed reads them from Neo4j in commit order (alerts by their number, notifications by
// the audit entry that wrote them): every 500 ms, and at once after an import in this process.
// Each delivered item is resolved through the same hit/no-hit as a query, and its delivery is audited as a
// disclosure to its recipient before it is sent; if the entry cannot be written, the item is not sent.
import type http from 'node:http';
import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { createContext, type Context, type Exchange } from '../context';
import type { Authenticator, Viewer } from '../auth/identity';
import { appendAudit } from '../audit/audit';
import type { Database, Row } from '../db/database';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { overTokenLimit, type DocumentLimits } from '../documentLimits';
import { alertsRaised } from './raise';

type Topic = 'alerts' | 'notifications';
interface Subscriber {
  topic: Topic;
  viewer: Viewer;
  push(item: Row): void;
}

/** Items waiting for a slow subscriber; beyond this the subscription ends (the client re-reads by query). */
const BACKLOG = 1000;

/** Reads new alerts and notifications in commit order and hands each to its recipients' subscriptions. */
export class LiveFeed {
  private after = { alerts: 0, notifications: 0 };
  private readonly subscribers = new Set<Subscriber>();
  private readonly perAnalyst = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private pollAgain = false;
  private readonly nudge = () => void this.poll();

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly perAnalystLimit: number,
    private readonly pollMs = 500,
  ) {}

  async start(): Promise<void> {
    const start = (await this.db.read('alerts/feedStart'))[0];
    this.after = { alerts: start.alerts, notifications: start.notifications };
    this.timer = setInterval(this.nudge, this.pollMs);
    this.timer.unref();
    alertsRaised.on('raised', this.nudge);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    alertsRaised.off('raised', this.nudge);
  }

  /** One read per feed at a time; a nudge while reading reads again right after. */
  poll(): Promise<void> {
    if (this.polling) {
      this.pollAgain = true;
      return this.polling;
    }
    this.polling = (async () => {
      do {
        this.pollAgain = false;
        try {
          await this.read();
        } catch (error) {
          this.logger.warn({ err: error }, 'live feed: read failed; retrying at the next poll');
        }
      } while (this.pollAgain);
      this.polling = null;
    })();
    return this.polling;
  }

  private async read() {
    const alerts = (await this.db.read('alerts/feed', { after: this.after.alerts })).map((r) => r.alert);
    for (const a of alerts) {
      this.after.alerts = Math.max(this.after.alerts, a.seq);
      // An agency-wide alert (a default watch's, a rule's) has no analyst: Neo4j stores no nulls, so the
      // row has no such key at all, and every analyst of the agency gets it.
      this.deliver('alerts', a, (v) => v.agency === a.agency && (!a.analyst || a.analyst === v.analyst));
    }
    const notices = (await this.db.read('alerts/notificationFeed', { after: this.after.notifications })).map(
      (r) => r.notification,
    );
    for (const n of notices) {
      this.after.notifications = Math.max(this.after.notifications, n.chainSeq);
      this.deliver('notifications', n, (v) => v.agency === n.toAgency);
    }
  }

  private deliver(topic: Topic, item: Row, to: (v: Viewer) => boolean) {
    for (const s of this.subscribers) if (s.topic === topic && to(s.viewer)) s.push(item);
  }

  /**
   * A subscription's stream of items. Before each item the subscription gets a fresh context (verdicts
   * follow live grants, and each delivery has its own audit entry). Capped per analyst and instance.
   */
  subscribe(topic: Topic, ctx: Context, fresh: () => Context): AsyncIterableIterator<Row> {
    const viewer = ctx.viewer;
    const who = `${viewer.agency ?? ''}\n${viewer.analyst}`;
    const held = this.perAnalyst.get(who) ?? 0;
    if (held >= this.perAnalystLimit)
      throw new AppError(
        'RATE_LIMITED',
        `you hold ${held} live subscriptions, the most allowed (SUBSCRIPTIONS_PER_ANALYST); close one first`,
        { limit: this.perAnalystLimit },
      );
    this.perAnalyst.set(who, held + 1);
    const queue: Row[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const subscriber: Subscriber = {
      topic,
      viewer,
      push: (item) => {
        if (queue.length >= BACKLOG) return void end();
        queue.push(item);
        wake?.();
      },
    };
    const end = () => {
      if (done) return;
      done = true;
      this.subscribers.delete(subscriber);
      const left = (this.perAnalyst.get(who) ?? 1) - 1;
      if (left > 0) this.perAnalyst.set(who, left);
      else this.perAnalyst.delete(who);
      wake?.();
    };
    this.subscribers.add(subscriber);
    const iterator: AsyncIterableIterator<Row> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (done && queue.length === 0) return { done: true, value: undefined };
        // The previous item's read transaction ends before the next item gets its own (src/db/database.ts).
        await ctx.db.finishReads();
        Object.assign(ctx, fresh());
        return { done: false, value: queue.shift()! };
      },
      return: async () => {
        end();
        return { done: true, value: undefined };
      },
    };
    return iterator;
  }

  get subscriptionCount(): number {
    return this.subscribers.size;
  }
}

/**
 * A connection lives no longer than the token it was opened with: at the token's `exp` the socket closes
 * with 4401, and the client reconnects with a fresh token (its subscriptions end with the socket). The
 * token was verified a moment ago, so its claims are read without checking the signature again.
 */
function closeAtExpiry(
  socket: { close(code: number, reason: string): void; once(event: 'close', f: () => void): unknown },
  authorization: string,
) {
  const { exp } = decodeJwt(authorization.replace(/^Bearer\s+/i, ''));
  if (typeof exp !== 'number') return; // verification requires exp: not reached
  let timer: NodeJS.Timeout;
  // A timer waits at most 2^31-1 ms (about 24.8 days) and a token may live 30: it waits again if need be.
  const arm = () => {
    const left = exp * 1000 - Date.now();
    timer = setTimeout(
      left > MAX_TIMER_MS ? arm : () => socket.close(4401, 'Unauthorized: the token expired; reconnect with a new one'),
      Math.max(0, Math.min(left, MAX_TIMER_MS)),
    );
    timer.unref();
  };
  arm();
  socket.once('close', () => clearTimeout(timer));
}
const MAX_TIMER_MS = 2 ** 31 - 1;

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const param = (params: Record<string, unknown> | undefined, key: string) =>
  typeof params?.[key] === 'string' ? params[key] : undefined;

/**
 * Serves subscriptions on `server` at /graphql. The token and purpose come in the connection_init payload
 * (`authorization`, `purpose`) or the upgrade request's headers. No valid token: closed with 4401
 * (Unauthorized); a valid token without the analyst role, or without a purpose: 4403 (Forbidden).
 * Queries and mutations stay on HTTP, where the audit plugin records them.
 */
export function serveLive(
  server: http.Server,
  options: {
    schema: GraphQLSchema;
    db: Database;
    logger: Logger;
    exchange: Exchange;
    auth: Authenticator;
    /**
     * The document limits of HTTP (src/documentLimits.ts, documentLimits(production)): characters, tokens,
     * depth, aliases, directives, cost and, in production, no introspection.
     */
    limits: Pick<DocumentLimits, 'parseOptions' | 'validationRules'>;
    /** As on HTTP: no field suggestions in errors ("Did you mean …" would map the schema for an attacker). */
    production: boolean;
  },
): { feed: LiveFeed; close: () => Promise<void> } {
  const { schema, db, logger, exchange, auth, limits, production } = options;
  const rules = [...specifiedRules, ...limits.validationRules];
  const masked = (e: GraphQLError) =>
    production && / Did you mean /.test(e.message)
      ? new GraphQLError(e.message.replace(/ Did you mean .*$/s, ''), { nodes: e.nodes, extensions: e.extensions })
      : e;
  const feed = new LiveFeed(db, logger, exchange.limits.subscriptionsPerAnalyst);
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: 64 * 1024 });
  // The viewer each connection authenticated as at connection_init, for its subscriptions.
  const connections = new WeakMap<object, { viewer: Viewer }>();
  const disposable = useServer<Record<string, unknown>>(
    {
      schema,
      onConnect: async (ctx) => {
        const { request, socket } = ctx.extra;
        const authorization = param(ctx.connectionParams, 'authorization') ?? header(request.headers.authorization);
        const purpose = param(ctx.connectionParams, 'purpose') ?? header(request.headers['x-purpose']);
        try {
          const viewer = await auth.viewer(authorization, purpose);
          if (!viewer.roles.some((r) => r === 'analyst' || r === 'admin')) {
            socket.close(4403, 'Forbidden: live alerts need the analyst role');
            return false;
          }
          connections.set(ctx, { viewer });
          closeAtExpiry(socket, authorization!);
          return true;
        } catch (error) {
          const code = (error as { extensions?: { code?: string } }).extensions?.code;
          logger.info({ code, remote: request.socket.remoteAddress }, 'live connection refused');
          // graphql-ws's codes (PROTOCOL.md): 4401 Unauthorized, 4403 Forbidden.
          if (code === 'UNAUTHENTICATED') socket.close(4401, 'Unauthorized: a valid bearer token is needed');
          else socket.close(4403, `Forbidden: ${(error as Error).message}`.slice(0, 120));
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const viewer = connections.get(ctx)?.viewer;
        if (!viewer) return [new GraphQLError('not connected')];
        let document;
        try {
          document = parse(payload.query, limits.parseOptions);
        } catch (error) {
          return [overTokenLimit((error as GraphQLError).message) ?? (error as GraphQLError)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map(masked);
        const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
        if (!operation || operation.operation !== OperationTypeNode.SUBSCRIPTION)
          return [
            new GraphQLError('only subscriptions are served over WebSocket; send queries and mutations over HTTP'),
          ];
        const make = () => {
          const c = createContext(db, logger, exchange, viewer);
          c.audit.admit(`subscription ${operation.name?.value ?? 'live'}`, payload.variables ?? {});
          return c;
        };
        let contextValue: Context;
        try {
          contextValue = make();
        } catch (error) {
          return [error as GraphQLError];
        }
        return {
          schema,
          document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue: { ...contextValue, live: { feed, fresh: make } },
        };
      },
      // The disclosure is audited before the item leaves: the recipient, and every case and node it reached.
      onNext: async (_ctx, _id, _payload, args, result) => {
        const c = args.contextValue as Context;
        const hits = [...c.record.hits.values()];
        try {
          await c.db.finishReads();
          await appendAudit(c.db, c.audit.secrets.keys, c.audit.record(c.record.touched, hits, 'delivered'), hits, {
            country: c.viewer.country,
          });
        } catch (error) {
          logger.error({ err: error }, 'audit write failed: live item not delivered');
          return {
            errors: [
              {
                message: 'The audit log is unavailable, so this item was not delivered. Read it later with a query.',
                extensions: { code: 'SERVICE_UNAVAILABLE' },
              },
            ],
          };
        }
        return result.errors ? { ...result, errors: result.errors.map((e) => e.toJSON()) } : undefined;
      },
    },
    wss,
  );
  return {
    feed,
    close: async () => {
      feed.stop();
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** The subscription root: each field streams from the feed (the context carries it for WebSocket operations). */
export const liveResolvers = {
  Subscription: {
    alerts: {
      subscribe: (_: unknown, __: unknown, ctx: LiveContext) =>
        live(ctx).feed.subscribe('alerts', ctx, live(ctx).fresh),
      resolve: (item: Row) => item,
    },
    notifications: {
      subscribe: (_: unknown, __: unknown, ctx: LiveContext) =>
        live(ctx).feed.subscribe('notifications', ctx, live(ctx).fresh),
      resolve: (item: Row) => item,
    },
  },
};

type LiveContext = Context & { live?: { feed: LiveFeed; fresh: () => Context } };
function live(ctx: LiveContext) {
  if (!ctx.live) throw new AppError('BAD_REQUEST', 'subscriptions are served over WebSocket (graphql-ws) at /graphql');
  return ctx.live;
}
