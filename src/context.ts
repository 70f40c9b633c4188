import crypto from 'node:crypto';
import { Access } from './auth/access';
import { loadAgencies, SYSTEM, type Agency, type Viewer } from './auth/identity';
import type { Config } from './config';
import type { Database } from './db/database';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';

export interface Context {
  db: Database;
  loaders: Loaders;
  logger: Logger;
  /** Who asks, and what they may see of whose data: see src/auth/access.ts. */
  access: Access;
  /** Echoed in the X-Request-Id response header and in every log line of the request. */
  requestId: string;
}

export interface Exchange { hitSecret: string; agencies: Map<string, Agency> }

export const exchangeFromConfig = (config: Config): Exchange => ({ hitSecret: config.hitSecret, agencies: loadAgencies(config.agenciesFile) });

/** A fresh context per request: loaders and verdicts are never shared between callers. */
export function createContext(db: Database, logger: Logger, exchange: Exchange, viewer: Viewer = SYSTEM, requestId: string = crypto.randomUUID()): Context {
  const loaders = createLoaders(db);
  return { db, loaders, logger, access: new Access(db, viewer, exchange.hitSecret, exchange.agencies), requestId };
}
