// DataLoaders, created fresh for every request (a shared cache would leak across callers with
// different rights). Each batch is one statement with UNWIND $ids, and returns one result per key,
// in key order: null (or []) for a miss.
import DataLoader from 'dataloader';
import type { Access } from './auth/access';
import type { Database, Row } from './db/database';
import type { StoredNode } from './model/nodes';

/**
 * One row per id at most: the row whose `id` column matches, or null. A statement that returns the
 * verdicts' reports with its rows (a `reports` column) hands them to Access, which then looks nothing up.
 */
function singleLoader(db: Database, query: string, access?: Access) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = await db.read(query, { ids: [...ids], agency: access?.viewer.agency ?? null });
    access?.learn(rows);
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Any number of rows per id, in the statement's order. */
function listLoader(db: Database, query: string) {
  return new DataLoader<string, Row[]>(async (ids) => {
    const rows = await db.read(query, { ids: [...ids] });
    const byId = new Map<string, Row[]>(ids.map((id) => [id, []]));
    for (const r of rows) byId.get(r.id as string)?.push(r);
    return ids.map((id) => byId.get(id)!);
  });
}

export function createLoaders(db: Database, access?: Access) {
  return {
    caseById: singleLoader(db, 'cases/casesById', access),
    personsByCase: listLoader(db, 'cases/personsByCase'),
    entitiesByCase: listLoader(db, 'cases/entitiesByCase'),
    transfersByCase: listLoader(db, 'cases/transfersByCase'),
    nodeById: singleLoader(db, 'entities/nodesById'),
    mentionsByNode: listLoader(db, 'entities/mentionsByNode'),
    identityOf: singleLoader(db, 'matching/identityOf'),
    pairsByPerson: listLoader(db, 'matching/pairsByPerson'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export const asNode = (row: Row | null): StoredNode | null => (row ? (row.node as StoredNode) : null);
