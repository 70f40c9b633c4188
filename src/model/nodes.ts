// How a stored node presents itself to clients: its type and a short label a link chart can print. The
// types and their labels are declared in src/model/registry.ts.
import { declOf, REGISTRY, type NodeType } from './registry';

export type { NodeType };

/** A node as the database module returns it: its properties plus its labels. */
export type StoredNode = Record<string, unknown> & { id: string; labels: string[] };

const declOfNode = (node: StoredNode) => REGISTRY.find((d) => node.labels.includes(d.label));

export function nodeType(node: StoredNode): NodeType {
  const found = declOfNode(node);
  if (!found) throw new Error(`node ${node.id} has no known label (${node.labels.join(',')})`);
  return found.type;
}

/** GraphQL __typename of a node. */
export function typeName(node: StoredNode): string {
  return declOfNode(node)?.label ?? 'Unknown';
}

/** The descriptive details of a shared entity (see NodeTypeDecl.details). */
export function detailKeys(type: NodeType, id: string): string[] {
  return declOf(type).details?.(id) ?? [];
}

export function displayLabel(node: StoredNode): string {
  return displayLabelOf(nodeType(node), node);
}

/** The label of a node of this type with these properties (a shared entity's as one report gives them). */
export function displayLabelOf(type: NodeType, props: Record<string, unknown>): string {
  return declOf(type).display(props as Record<string, string | number | null>);
}
