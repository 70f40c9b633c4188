import type { Database } from './db/database';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';

export interface Context {
  db: Database;
  loaders: Loaders;
  logger: Logger;
}

export function createContext(db: Database, logger: Logger): Context {
  return { db, loaders: createLoaders(db), logger };
}
