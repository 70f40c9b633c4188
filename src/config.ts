// The only reader of process.env: every setting is validated once, at start-up, with a clear message.
import { z } from 'zod';

/** An origin as browsers send it (RFC 6454): what URL parsing gives back unchanged as its own origin. */
function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must start with neo4j://, bolt://, neo4j+s:// or bolt+s://')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('devpassword'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(10).max(120_000).default(5_000),
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(2_000),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  REQUEST_RECEIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  // Fair use: no caller may take the service from the others (README "Hardening").
  ACCESS_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(30),
  DB_SESSIONS_PER_REQUEST: z.coerce.number().int().min(1).max(100).default(4),
  EXPENSIVE_PER_ANALYST: z.coerce.number().int().min(1).max(1000).default(2),
  EXPENSIVE_PER_AGENCY: z.coerce.number().int().min(1).max(1000).default(6),
  SUBSCRIPTIONS_PER_ANALYST: z.coerce.number().int().min(1).max(100).default(5),
  // Tokens: issuer and audience always checked; the key is a JWKS URL, a PEM public key, or (never in
  // production) a shared development secret that `npm run token` signs with.
  AUTH_ISSUER: z.string().min(1).default('linkgraph-dev'),
  AUTH_AUDIENCE: z.string().min(1).default('linkgraph'),
  AUTH_JWKS_URL: z.string().url("must be the https URL of the issuer's JWKS").optional(),
  AUTH_PUBLIC_KEY: z
    .string()
    .includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key (-----BEGIN PUBLIC KEY-----)' })
    .optional(),
  AUTH_DEV_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Keys the opaque handles of hidden nodes; every instance behind one load balancer needs the same one.
  HIT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AGENCIES_FILE: z.string().min(1).optional(),
  // Seals the audit chain outside the database: "kid1:<base64 secret>,kid2:<…>", the first key signs, the
  // others still verify (rotation). See README "Security model".
  AUDIT_HMAC_KEYS: z.string().min(1).optional(),
  // Directive (EU) 2016/680 Art. 25: logs are kept for a set time. Entries are erased at the end of the
  // N-th year after the year they were written (npm run audit:retain).
  AUDIT_RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(1),
  // Browsers: origins whose pages may call the API (comma-separated, none by default), and GraphiQL in production.
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .superRefine((origins, ctx) => {
      for (const o of origins.filter((o) => !isOrigin(o)))
        ctx.addIssue({
          code: 'custom',
          message: `'${o}' is not an origin: write scheme://host[:port], without a path, a slash at the end or a wildcard`,
        });
    }),
  GRAPHIQL: z.enum(['true', 'false']).optional(),
  // GET /metrics wants "Authorization: Bearer <METRICS_TOKEN>" when set; in production it is off without it.
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  // MATCH_THRESHOLD and REVIEW_THRESHOLD: read by matchThresholds below, which checks them together.
});

/**
 * The two bands of a person match (Fellegi and Sunter, "A theory for record linkage", JASA 1969: an upper
 * threshold above which a pair is a link, a lower one below which it is not, clerical review between).
 * MATCH_THRESHOLD: from this probability a pair is proposed as possibly one individual. REVIEW_THRESHOLD:
 * from this one it is written too, as a weaker link for an analyst's review (a day and month swapped under
 * a common name, a date one day off); below it, nothing. The README ("Person matching") shows the curve
 * that sets the defaults.
 */
function thresholdSchema(fallback: number) {
  return z.coerce
    .number({ message: 'must be a number' })
    .gt(0, 'must be above 0')
    .lt(1, 'must be below 1 (a probability)')
    .default(fallback);
}

/** MATCH_THRESHOLD and REVIEW_THRESHOLD alone, for the matcher, which runs in the service and in the CLIs alike. */
export function matchThresholds(env: NodeJS.ProcessEnv = process.env): { propose: number; review: number } {
  const { thresholds, problems } = readThresholds(env);
  if (problems.length) throw new Error(`invalid configuration:\n${problems.join('\n')}\nSee README "Configuration".`);
  return thresholds;
}

function readThresholds(env: NodeJS.ProcessEnv) {
  const problems: string[] = [];
  const read = (name: 'MATCH_THRESHOLD' | 'REVIEW_THRESHOLD', fallback: number) => {
    const parsed = thresholdSchema(fallback).safeParse(env[name]);
    if (parsed.success) return parsed.data;
    problems.push(`  ${name}: ${parsed.error.issues[0].message}`);
    return fallback;
  };
  const propose = read('MATCH_THRESHOLD', 0.5);
  const review = read('REVIEW_THRESHOLD', Math.min(0.05, propose));
  if (review > propose)
    problems.push(
      `  REVIEW_THRESHOLD: must not be above MATCH_THRESHOLD (${review} > ${propose}): the review band lies below the proposals`,
    );
  return { thresholds: { propose, review }, problems };
}

/** Used only outside production, where the README's dev tokens are signed with it. */
export const DEV_SECRET = 'linkgraph-development-secret-never-use-in-production';

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  neo4j: {
    uri: string;
    user: string;
    password: string;
    database: string;
    poolSize: number;
    acquisitionTimeoutMs: number;
    maxRetryMs: number;
  };
  queryTimeoutMs: number;
  seedDemo: boolean;
  logLevel: string;
  maxBodyBytes: number;
  /** The whole request (headers and body) must arrive within this time, or the connection is closed. */
  requestReceiveTimeoutMs: number;
  limits: Limits;
  shutdownGraceMs: number;
  shutdownDrainMs: number;
  auth: {
    issuer: string;
    audience: string;
    jwksUrl: string | null;
    publicKey: string | null;
    devSecret: string | null;
  };
  hitSecret: string;
  agenciesFile: string | null;
  audit: { keys: AuditKey[]; retentionYears: number };
  corsOrigins: string[];
  /** GraphiQL at /graphiql: on in development, off in production unless GRAPHIQL=true. */
  graphiql: boolean;
  /** Who may read /metrics (src/http.ts). */
  metrics: MetricsAccess;
};

/**
 * /metrics: with a token, only a scraper that sends it; without one, anyone outside production (a
 * developer's machine) and nobody in production, where request counts per operation are not public.
 */
export type MetricsAccess = { token: string } | 'open' | 'off';

/** One key of AUDIT_HMAC_KEYS: its id is stored with every seal it makes, so a rotated key still verifies. */
export interface AuditKey {
  kid: string;
  secret: Buffer;
}

/** Parses AUDIT_HMAC_KEYS; returns the problem as text, or the keys (the first signs). */
export function parseAuditKeys(text: string): AuditKey[] | string {
  const keys: AuditKey[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9._-]{1,32}):([A-Za-z0-9+/=_-]+)$/.exec(part);
    if (!m) return `'${part.slice(0, 40)}…' is not kid:base64secret (kid: letters, digits, . _ -, at most 32)`;
    const secret = Buffer.from(m[2], 'base64');
    if (secret.length < 32)
      return `key ${m[1]}: the secret must be at least 32 bytes once base64-decoded (openssl rand -base64 32)`;
    if (keys.some((k) => k.kid === m[1])) return `key ${m[1]}: the same key id twice`;
    keys.push({ kid: m[1], secret });
  }
  return keys.length ? keys : 'no key given';
}

/** Used only outside production: audit seals made with it prove nothing. */
const DEV_AUDIT_KEY: AuditKey = {
  kid: 'dev',
  secret: Buffer.from('linkgraph-development-audit-key-never-use-in-production'),
};

/** What one caller may take of the shared service. */
export interface Limits {
  /** Access requests one agency may file in an hour (counted in the database, so across instances). */
  accessRequestsPerHour: number;
  /** Database sessions one GraphQL request may hold at once; its further statements wait their turn. */
  sessionsPerRequest: number;
  /** Expensive operations (paths, subgraphs, exports, network metrics) running at once per analyst and per agency. */
  expensivePerAnalyst: number;
  expensivePerAgency: number;
  /** Live subscriptions (alerts, notifications) one analyst may hold open at once, per instance. */
  subscriptionsPerAnalyst: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}\nSee README "Configuration".`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && !c.AUTH_JWKS_URL && !c.AUTH_PUBLIC_KEY)
    problems.push('  AUTH_JWKS_URL or AUTH_PUBLIC_KEY: one is required in production');
  if (production && c.AUTH_DEV_SECRET)
    problems.push('  AUTH_DEV_SECRET: not allowed in production; use AUTH_JWKS_URL or AUTH_PUBLIC_KEY');
  if (production && !c.HIT_SECRET)
    problems.push('  HIT_SECRET: required in production (32+ random characters, the same on every instance)');
  const auditKeys = c.AUDIT_HMAC_KEYS
    ? parseAuditKeys(c.AUDIT_HMAC_KEYS)
    : production
      ? 'required in production'
      : [DEV_AUDIT_KEY];
  if (typeof auditKeys === 'string') problems.push(`  AUDIT_HMAC_KEYS: ${auditKeys}`);
  problems.push(...readThresholds(env).problems);
  if (problems.length) throw new Error(`invalid configuration:\n${problems.join('\n')}\nSee README "Configuration".`);
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    neo4j: {
      uri: c.NEO4J_URI,
      user: c.NEO4J_USER,
      password: c.NEO4J_PASSWORD,
      database: c.NEO4J_DATABASE,
      poolSize: c.NEO4J_POOL_SIZE,
      acquisitionTimeoutMs: c.NEO4J_ACQUISITION_TIMEOUT_MS,
      maxRetryMs: c.NEO4J_MAX_RETRY_MS,
    },
    queryTimeoutMs: c.QUERY_TIMEOUT_MS,
    seedDemo: c.SEED_DEMO,
    logLevel: c.LOG_LEVEL,
    maxBodyBytes: c.MAX_BODY_BYTES,
    requestReceiveTimeoutMs: c.REQUEST_RECEIVE_TIMEOUT_MS,
    limits: {
      accessRequestsPerHour: c.ACCESS_REQUESTS_PER_HOUR,
      sessionsPerRequest: c.DB_SESSIONS_PER_REQUEST,
      expensivePerAnalyst: c.EXPENSIVE_PER_ANALYST,
      expensivePerAgency: c.EXPENSIVE_PER_AGENCY,
      subscriptionsPerAnalyst: c.SUBSCRIPTIONS_PER_ANALYST,
    },
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    shutdownDrainMs: c.SHUTDOWN_DRAIN_MS,
    auth: {
      issuer: c.AUTH_ISSUER,
      audience: c.AUTH_AUDIENCE,
      jwksUrl: c.AUTH_JWKS_URL ?? null,
      publicKey: c.AUTH_PUBLIC_KEY ?? null,
      devSecret: production ? null : (c.AUTH_DEV_SECRET ?? (c.AUTH_JWKS_URL || c.AUTH_PUBLIC_KEY ? null : DEV_SECRET)),
    },
    hitSecret: c.HIT_SECRET ?? DEV_SECRET,
    agenciesFile: c.AGENCIES_FILE ?? null,
    audit: { keys: auditKeys as AuditKey[], retentionYears: c.AUDIT_RETENTION_YEARS },
    corsOrigins: c.CORS_ORIGINS,
    graphiql: c.GRAPHIQL ? c.GRAPHIQL === 'true' : !production,
    metrics: c.METRICS_TOKEN ? { token: c.METRICS_TOKEN } : production ? 'off' : 'open',
  };
}
