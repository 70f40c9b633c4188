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
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must start with neo4j://, bolt://, neo4j+s:// or bolt+s://').default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('devpassword'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(10).max(120_000).default(5_000),
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  SEED_DEMO: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(2_000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(2 * 1024 * 1024),
  // Tokens: issuer and audience always checked; the key is a JWKS URL, a PEM public key, or (never in
  // production) a shared development secret that `npm run token` signs with.
  AUTH_ISSUER: z.string().min(1).default('linkgraph-dev'),
  AUTH_AUDIENCE: z.string().min(1).default('linkgraph'),
  AUTH_JWKS_URL: z.string().url('must be the https URL of the issuer\'s JWKS').optional(),
  AUTH_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key (-----BEGIN PUBLIC KEY-----)' }).optional(),
  AUTH_DEV_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Keys the opaque handles of hidden nodes; every instance behind one load balancer needs the same one.
  HIT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AGENCIES_FILE: z.string().min(1).optional(),
  // Browsers: origins whose pages may call the API (comma-separated, none by default), and GraphiQL in production.
  CORS_ORIGINS: z.string().default('').transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean)).superRefine((origins, ctx) => {
    for (const o of origins.filter((o) => !isOrigin(o))) ctx.addIssue({ code: 'custom', message: `'${o}' is not an origin: write scheme://host[:port], without a path, a slash at the end or a wildcard` });
  }),
  GRAPHIQL: z.enum(['true', 'false']).optional(),
});

/** Used only outside production, where the README's dev tokens are signed with it. */
export const DEV_SECRET = 'linkgraph-development-secret-never-use-in-production';

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  neo4j: { uri: string; user: string; password: string; database: string; poolSize: number; acquisitionTimeoutMs: number; maxRetryMs: number };
  queryTimeoutMs: number;
  seedDemo: boolean;
  logLevel: string;
  maxBodyBytes: number;
  shutdownGraceMs: number;
  shutdownDrainMs: number;
  auth: { issuer: string; audience: string; jwksUrl: string | null; publicKey: string | null; devSecret: string | null };
  hitSecret: string;
  agenciesFile: string | null;
  corsOrigins: string[];
  /** GraphiQL at /graphiql: on in development, off in production unless GRAPHIQL=true. */
  graphiql: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}\nSee README "Configuration".`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && !c.AUTH_JWKS_URL && !c.AUTH_PUBLIC_KEY) problems.push('  AUTH_JWKS_URL or AUTH_PUBLIC_KEY: one is required in production');
  if (production && c.AUTH_DEV_SECRET) problems.push('  AUTH_DEV_SECRET: not allowed in production; use AUTH_JWKS_URL or AUTH_PUBLIC_KEY');
  if (production && !c.HIT_SECRET) problems.push('  HIT_SECRET: required in production (32+ random characters, the same on every instance)');
  if (problems.length) throw new Error(`invalid configuration:\n${problems.join('\n')}\nSee README "Configuration".`);
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    neo4j: {
      uri: c.NEO4J_URI, user: c.NEO4J_USER, password: c.NEO4J_PASSWORD, database: c.NEO4J_DATABASE, poolSize: c.NEO4J_POOL_SIZE,
      acquisitionTimeoutMs: c.NEO4J_ACQUISITION_TIMEOUT_MS, maxRetryMs: c.NEO4J_MAX_RETRY_MS,
    },
    queryTimeoutMs: c.QUERY_TIMEOUT_MS,
    seedDemo: c.SEED_DEMO,
    logLevel: c.LOG_LEVEL,
    maxBodyBytes: c.MAX_BODY_BYTES,
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    shutdownDrainMs: c.SHUTDOWN_DRAIN_MS,
    auth: {
      issuer: c.AUTH_ISSUER, audience: c.AUTH_AUDIENCE, jwksUrl: c.AUTH_JWKS_URL ?? null, publicKey: c.AUTH_PUBLIC_KEY ?? null,
      devSecret: production ? null : c.AUTH_DEV_SECRET ?? (c.AUTH_JWKS_URL || c.AUTH_PUBLIC_KEY ? null : DEV_SECRET),
    },
    hitSecret: c.HIT_SECRET ?? DEV_SECRET,
    agenciesFile: c.AGENCIES_FILE ?? null,
    corsOrigins: c.CORS_ORIGINS,
    graphiql: c.GRAPHIQL ? c.GRAPHIQL === 'true' : !production,
  };
}
