import crypto from 'node:crypto';
import { Access } from './auth/access';
import { loadAgencies, SYSTEM, type Agency, type Viewer } from './auth/identity';
import { RequestRecord } from './auth/record';
import { Sealer } from './auth/seal';
import type { AuditKey, Config, Limits } from './config';
import { RequestAudit } from './audit/audit';
import type { Database } from './db/database';
import { Budget } from './fairUse';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';

export interface Context {
  db: Database;
  loaders: Loaders;
  logger: Logger;
  /** Who asks: the analyst, agency, country and roles of the token (SYSTEM in process). */
  viewer: Viewer;
  /**
   * What the viewer may see of whose data (src/auth/access.ts): read by the schema wrapper
   * (src/auth/protect.ts) and by the domain functions that need visibility, never by resolvers.
   */
  access: Access;
  /** What the response reached (audited) and the other agencies' cases it hit (notified). */
  record: RequestRecord;
  /** Opaque stand-ins and sealed cursors for this viewer. */
  sealer: Sealer;
  /** The request's audit: its variables admitted before execution, and the entries of its writes. */
  audit: RequestAudit;
  /** Echoed in the X-Request-Id response header and in every log line of the request. */
  requestId: string;
  limits: Limits;
  /** The process-wide budget of expensive operations per analyst and agency. */
  budget: Budget;
}

export interface Exchange {
  hitSecret: string;
  agencies: Map<string, Agency>;
  auditKeys: AuditKey[];
  limits: Limits;
  budget: Budget;
}

export const exchangeFromConfig = (config: Config): Exchange => ({
  hitSecret: config.hitSecret,
  agencies: loadAgencies(config.agenciesFile),
  auditKeys: config.audit.keys,
  limits: config.limits,
  budget: new Budget(config.limits),
});

/** A fresh context per request: loaders and verdicts are never shared between callers. */
export function createContext(
  shared: Database,
  logger: Logger,
  exchange: Exchange,
  viewer: Viewer = SYSTEM,
  requestId: string = crypto.randomUUID(),
): Context {
  const db = shared.forRequest(exchange.limits.sessionsPerRequest);
  const audit = new RequestAudit({ hitSecret: exchange.hitSecret, keys: exchange.auditKeys }, viewer);
  const record = new RequestRecord();
  const sealer = new Sealer(exchange.hitSecret, viewer.agency);
  const access = new Access(db, viewer, exchange.agencies, record, sealer);
  return {
    db,
    loaders: createLoaders(db, access),
    logger,
    viewer,
    access,
    record,
    sealer,
    audit,
    requestId,
    limits: exchange.limits,
    budget: exchange.budget,
  };
}
