import crypto from 'node:crypto';
import { Access } from './auth/access';
import { loadAgencies, SYSTEM, type Agency, type Viewer } from './auth/identity';
import type { Config, Limits } from './config';
import type { Database } from './db/database';
import { Budget } from './fairUse';
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
  limits: Limits;
  /** The process-wide budget of expensive operations per analyst and agency. */
  budget: Budget;
}

export interface Exchange { hitSecret: string; agencies: Map<string, Agency>; limits: Limits; budget: Budget }

export const exchangeFromConfig = (config: Config): Exchange => ({
  hitSecret: config.hitSecret, agencies: loadAgencies(config.agenciesFile), limits: config.limits, budget: new Budget(config.limits),
});

/** A fresh context per request: loaders and verdicts are never shared between callers. */
export function createContext(shared: Database, logger: Logger, exchange: Exchange, viewer: Viewer = SYSTEM, requestId: string = crypto.randomUUID()): Context {
  const db = shared.forRequest(exchange.limits.sessionsPerRequest);
  const loaders = createLoaders(db);
  return {
    db, loaders, logger, access: new Access(db, viewer, exchange.hitSecret, exchange.agencies), requestId,
    limits: exchange.limits, budget: exchange.budget,
  };
}
