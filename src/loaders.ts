// DataLoaders, created fresh for every request (a shared cache would leak across callers with
// different rights). Each batch is one statement with UNWIND $ids, and returns one result per key,
// in key order: null (or []) for a miss.
import DataLoader from 'dataloader';
import type { Access } from './auth/access';
import type { Database } from './db/database';
import type { StoredNode } from './model/nodes';

type Batch<R> = (ids: string[]) => Promise<R[]>;

/** One row per id at most: the row whose `id` column matches, or null. */
function singleLoader<R extends { id: string }>(batch: Batch<R>) {
  return new DataLoader<string, R | null>(async (ids) => {
    const byId = new Map((await batch([...ids])).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Any number of rows per id, in the statement's order, or each id's rows as `order` puts them. */
function listLoader<R extends { id: string }>(batch: Batch<R>, order?: (rows: R[]) => Promise<R[]>) {
  return new DataLoader<string, R[]>(async (ids) => {
    const byId = new Map<string, R[]>(ids.map((id) => [id, []]));
    for (const r of await batch([...ids])) byId.get(r.id)?.push(r);
    const lists = ids.map((id) => byId.get(id)!);
    return order ? Promise.all(lists.map(order)) : lists;
  });
}

/** A row whose node a statement gave as JSON text, with the node parsed. */
const parsed = <R extends { node: string }>(row: R): Omit<R, 'node'> & { node: StoredNode } => ({
  ...row,
  node: JSON.parse(row.node) as StoredNode,
});

export function createLoaders(db: Database, access?: Access) {
  // A node's reporting cases: those the caller sees by id (the statements' order), then the hits by their
  // handles (Access.inDisclosureOrder), never by the hidden cases' ids. Every list of a node's cases
  // (Entity.cases and mentions, HotSpot.cases, GraphNode.cases, charts and exports) comes from here.
  const reportingOrder = <R extends { caseId: string }>(rows: R[]) =>
    access ? access.inDisclosureOrder(rows, (r) => r.caseId) : Promise.resolve(rows);
  const entityLoaders = new Map<string, DataLoader<string, Array<{ id: string; node: StoredNode }>>>();
  // The statement returns the verdicts' reports with its cases (a `reports` column): Access learns them
  // and looks nothing up for these cases.
  const caseById = singleLoader(async (ids) => {
    const rows = await db.read('cases/casesById', { ids, agency: access?.viewer.agency ?? null });
    access?.learn(rows);
    return rows;
  });
  return {
    caseById,
    // Persons of other registers and entities come with their reports too (issue 18's verdicts in the
    // statement): the verdicts on a nested level cost no lookup of their own.
    // Their nodes come as JSON text (see the statements).
    personsByCase: listLoader(async (ids) => {
      const rows = (await db.read('cases/personsByCase', { ids, agency: access?.viewer.agency ?? null })).map(parsed);
      access?.learn(rows, (r) => r.node.id);
      return rows;
    }),
    /** The entities of cases, of these labels only (null: every type); one loader per label set, batched alike. */
    entitiesByCase(labels: string[] | null = null) {
      const key = labels ? [...new Set(labels)].sort().join('|') : '*';
      let loader = entityLoaders.get(key);
      if (!loader) {
        const only = labels && key.split('|');
        loader = listLoader(async (ids) => {
          const rows = (
            await db.read('cases/entitiesByCase', { ids, agency: access?.viewer.agency ?? null, labels: only })
          ).map(parsed);
          access?.learn(rows, (r) => r.node.id);
          return rows;
        });
        entityLoaders.set(key, loader);
      }
      return loader;
    },
    transfersByCase: listLoader((ids) => db.read('cases/transfersByCase', { ids })),
    nodeById: singleLoader((ids) => db.read('entities/nodesById', { ids })),
    // The cases that report each node, with the reports of other agencies' cases: Access is primed, so
    // their order and verdicts cost no lookup of their own.
    mentionsByNode: listLoader(async (ids) => {
      const rows = await db.read('entities/mentionsByNode', { ids, agency: access?.viewer.agency ?? null });
      access?.learn(rows, (r) => r.caseId);
      return rows;
    }, reportingOrder),
    // The cases that report each node, each with its case row and report, as casesById gives them: caseById
    // and Access are primed, so the cases and their verdicts cost no statement of their own.
    reportingCases: listLoader(async (ids) => {
      const rows = await db.read('entities/reportingCases', { ids, agency: access?.viewer.agency ?? null });
      access?.learn(rows, (r) => r.caseId);
      for (const { caseId, node, agency, reports } of rows)
        if (agency) caseById.prime(caseId, { id: caseId, node, agency, reports });
      return rows;
    }, reportingOrder),
    identityOf: singleLoader((ids) => db.read('matching/identityOf', { ids })),
    pairsByPerson: listLoader((ids) => db.read('matching/pairsByPerson', { ids })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export const asNode = (row: { node: StoredNode } | null): StoredNode | null => (row ? row.node : null);
