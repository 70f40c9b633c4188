// The only reader of process.env: every setting is validated once, at start-up, with a clear message.
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must start with neo4j://, bolt://, neo4j+s:// or bolt+s://').default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('devpassword'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  SEED_DEMO: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  neo4j: { uri: string; user: string; password: string; database: string; poolSize: number };
  queryTimeoutMs: number;
  seedDemo: boolean;
  logLevel: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}\nSee README "Configuration".`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    neo4j: { uri: c.NEO4J_URI, user: c.NEO4J_USER, password: c.NEO4J_PASSWORD, database: c.NEO4J_DATABASE, poolSize: c.NEO4J_POOL_SIZE },
    queryTimeoutMs: c.QUERY_TIMEOUT_MS,
    seedDemo: c.SEED_DEMO,
    logLevel: c.LOG_LEVEL,
  };
}
