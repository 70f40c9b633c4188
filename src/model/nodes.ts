// How a stored node presents itself to clients: its type and a short label a link chart can print.
export type NodeType =
  | 'CASE'
  | 'PERSON'
  | 'PHONE'
  | 'ADDRESS'
  | 'VEHICLE'
  | 'ACCOUNT'
  | 'IDENTITY_DOCUMENT'
  | 'ORGANISATION'
  | 'MONEY_TRANSFER'
  | 'AGENCY'
  | 'IDENTITY';

/** A node as the database module returns it: its properties plus its labels. */
export type StoredNode = Record<string, unknown> & { id: string; labels: string[] };

const TYPE_BY_LABEL: Array<[string, NodeType]> = [
  ['Case', 'CASE'],
  ['Person', 'PERSON'],
  ['Phone', 'PHONE'],
  ['Address', 'ADDRESS'],
  ['Vehicle', 'VEHICLE'],
  ['Account', 'ACCOUNT'],
  ['IdentityDocument', 'IDENTITY_DOCUMENT'],
  ['Organisation', 'ORGANISATION'],
  ['MoneyTransfer', 'MONEY_TRANSFER'],
  ['Agency', 'AGENCY'],
  ['Identity', 'IDENTITY'],
];

export function nodeType(node: StoredNode): NodeType {
  const found = TYPE_BY_LABEL.find(([label]) => node.labels.includes(label));
  if (!found) throw new Error(`node ${node.id} has no known label (${node.labels.join(',')})`);
  return found[1];
}

/** GraphQL __typename of a node. */
export function typeName(node: StoredNode): string {
  return TYPE_BY_LABEL.find(([label]) => node.labels.includes(label))?.[0] ?? 'Unknown';
}

/**
 * The descriptive details of a shared entity: what one report says about it beyond its key (a van's
 * colour, a flat's street spelling). Each report keeps its own, as a whole, on its MENTIONS; a caller
 * sees those of the newest report it may see (Access.details). The node keeps the latest report's, for
 * the search index and the in-process caller.
 */
export function detailKeys(type: NodeType, id: string): string[] {
  switch (type) {
    case 'ADDRESS':
      return ['street', 'postalCode', 'city', 'searchText'];
    case 'VEHICLE':
      return id.startsWith('vehicle:vin:')
        ? ['make', 'model', 'colour', 'plate', 'country']
        : ['make', 'model', 'colour'];
    // An account at a provider is keyed by the folded provider and number: how each report wrote them is its own.
    case 'ACCOUNT':
      return id.startsWith('account:iban:')
        ? ['provider']
        : id.startsWith('account:unverified:')
          ? []
          : ['provider', 'number'];
    case 'IDENTITY_DOCUMENT':
      return ['kind'];
    case 'ORGANISATION':
      return ['name', 'searchText'];
    default:
      return [];
  }
}

export function displayLabel(node: StoredNode): string {
  return displayLabelOf(nodeType(node), node);
}

/** The label of a node of this type with these properties (a shared entity's as one report gives them). */
export function displayLabelOf(type: NodeType, props: Record<string, unknown>): string {
  const p = props as Record<string, string | number | null>;
  switch (type) {
    case 'CASE':
      return `${p.reference} (${p.country})`;
    case 'PERSON':
      return String(p.name);
    case 'PHONE':
      return p.e164 ? String(p.e164) : `${p.raw} (unverified)`;
    // A building known only through its flats has no spelling of its own: its key names it.
    case 'ADDRESS':
      return p.street
        ? `${p.street}, ${p.city} (${p.country})`
        : `building ${String(p.addressKey).split('|').slice(0, 3).join(', ')} (${p.country})`;
    case 'VEHICLE':
      return p.plate ? `${p.plate} (${p.country})` : `VIN ${p.vin}`;
    case 'ACCOUNT':
      return p.iban ? String(p.iban) : p.rawIban ? `${p.rawIban} (unverified)` : `${p.provider} ${p.number}`;
    case 'IDENTITY_DOCUMENT':
      return `${p.kind} ${p.number} (${p.country})`;
    case 'ORGANISATION':
      return `${p.name} (${p.country})`;
    case 'MONEY_TRANSFER':
      return `${p.amount} ${p.currency}`;
    case 'AGENCY':
      return String(p.name);
    case 'IDENTITY':
      return `identity of ${String(p.id).replace(/^identity:/, '')}`;
  }
}
