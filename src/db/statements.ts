// The catalogue of statements: for each cypher/<name>.cypher, the parameters it takes and the row it returns
// (as toPlain leaves it: integers as numbers, temporals as ISO strings, nodes as their properties). Database
// takes names and parameters from here, so a misspelt name, a missing or extra parameter, or a column read
// that the statement does not return fails `tsc`. The names and $parameters are checked against the
// files themselves through src/generated/statements.ts (kept current by test/unit/statements.test.ts).
import type { RuleKind } from '../alerts/rules';
import type { StatementParameterNames } from '../generated/statements';
import type { MatchPerson } from '../matching/score';
import type { StoredNode } from '../model/nodes';

type Rows = Array<Record<string, unknown>>;
type NoParams = Record<never, never>;
type NoRow = Record<never, never>;
type Ids = { ids: string[] };
/** How a candidate pair's records share a key, an identifier or a home (matching/candidates). */
type SharedVia =
  | 'HAS_NAME_KEY'
  | 'HOLDS_DOCUMENT'
  | 'USES'
  | 'HOLDS_ACCOUNT'
  | 'USES_EMAIL'
  | 'USES_ONLINE_ACCOUNT'
  | 'HOLDS_WALLET'
  | 'LIVES_AT';
/** A relationship as the path and neighbourhood statements return it. */
type StoredEdge = { type: string; from: string; to: string; props: Record<string, unknown> };
/** A money transfer of a flow chain. */
type FlowTransfer = {
  id: string;
  amount: number;
  currency: string;
  time: string;
  channel: string;
  from: string;
  to: string;
  caseId: string;
};
/** A match pair as stored on the POSSIBLY_SAME relationship. */
export type PairRow = {
  a: string;
  b: string;
  status: string;
  probability: number | null;
  modelVersion: string | null;
  explanation: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
  /** Met through a guess sweep: shown only to a caller who sees both records (onlyBetweenSeen). */
  withheld: boolean | null;
};
/** A case as the per-case loaders return it: the node, its id and its reporting agency's node. */
type CaseRow = { id: string; node: StoredNode; agency: Record<string, unknown> | null };
/** An access request node's properties (cypher/access/requestAccess.cypher writes them). */
export type AccessRequest = {
  id: string;
  caseId: string;
  caseHandle: string;
  ownerAgency: string;
  fromAgency: string;
  analyst: string;
  justification: string;
  status: string;
  requestedAt: string;
} & Record<string, unknown>;
type Page = { limit: number; afterAt: string | null; afterId: string | null };
/** An alert as cypher/alerts/{alerts,change,feed}.cypher return it, with its history of events. */
export type AlertRow = {
  id: string;
  key: string;
  agency: string;
  /** Absent when the whole agency is addressed: Neo4j stores no null properties. */
  analyst?: string;
  kind: 'WATCH' | 'RULE' | 'SUMMARY';
  sourceId: string;
  status: string;
  subject: string | null;
  caseIds: string[];
  through: string[];
  newCaseIds?: string[] | null;
  newThrough?: string[] | null;
  count: number;
  seq: number;
  at: string;
  createdAt: string;
  events: Array<Record<string, unknown>>;
} & Record<string, unknown>;
/** A watch node's properties (cypher/alerts/saveWatch.cypher writes them). */
export type WatchRow = {
  id: string;
  agency: string;
  /** Absent when the whole agency is addressed: Neo4j stores no null properties. */
  analyst?: string;
  nodeId: string;
  nodeType: string;
  status: string;
} & Record<string, unknown>;
/** An alert rule node's properties: its parameters and each version's as JSON (cypher/alerts/saveRule.cypher). */
export type RuleRow = {
  id: string;
  agency: string;
  kind: RuleKind;
  version: number;
  params: string;
  enabled: boolean;
  history: string[];
} & Record<string, unknown>;
/** A notification node's properties, as the live feed delivers them (cypher/access/notify.cypher writes them). */
type NotificationRow = { chainSeq: number; toAgency: string } & Record<string, unknown>;
/** What a typology rule is evaluated over: the cases an import touched, and what the rule's owner sees. */
type RuleScope = { caseIds: string[]; owner: string; shared: string[] };
/** A typology rule's finding: the node it found and the cases that report it. */
type RuleHit = { anchor: string; caseIds: string[] };
/** The precomputed ranking's parameters; the filtered query takes these and the case filters. */
type HotSpotsRankedParams = {
  /** The caller's agency, for the verdicts' reports each row brings (null for the in-process caller). */
  agency: string | null;
  labels: string[] | null;
  minCountries: number;
  salt: string | null;
  afterCountries: number | null;
  afterCases: number | null;
  afterId: string | null;
  limit: number;
};
type HotSpotRow = { node: StoredNode; countries: string[]; cases: number; tie: string; reports: Rows | null };
type FlowParams = {
  fromId: string;
  from: string | null;
  to: string | null;
  maxHops: number;
  limit: number;
  agency: string | null;
  shared: string[];
  salt: string | null;
};

export interface Statements {
  'access/decideRequest': {
    params: {
      requestId: string;
      ownerAgency: string;
      approve: boolean;
      until: string | null;
      note: string | null;
      analyst: string;
    };
    row: { request: AccessRequest };
  };
  'access/importHits': {
    params: { caseIds: string[] };
    row: { caseId: string; owner: string; fromAgency: string; entityId: string };
  };
  'access/lockRequester': { params: { fromAgency: string; windowSeconds: number }; row: { recent: number } };
  'access/notifications': {
    params: Page & { agency: string };
    row: { notification: { id: string; at: string } & Record<string, unknown> };
  };
  'access/openRequest': {
    params: { handle: string; fromAgency: string };
    row: { caseId: string; openRequestId: string | null };
  };
  'access/reports': {
    params: Ids & { agency: string | null };
    row: {
      id: string;
      caseId: string;
      handle: string | null;
      handlingCode: string | null;
      country: string | null;
      shared: boolean;
      details: string | null;
      detailsAt: string | null;
    };
  };
  'access/requestAccess': {
    params: { handle: string; fromAgency: string; analyst: string; justification: string };
    row: { request: AccessRequest };
  };
  'access/requests': {
    params: Page & { owner: string | null; from: string | null; status: string | null };
    row: { request: AccessRequest };
  };
  'access/sharedWith': { params: { agency: string | null }; row: { caseId: string; handlingCode: string | null } };
  'audit/append': {
    params: {
      seq: number;
      hash: string;
      entries: Array<{ entry: object; seq: number; payload: string; prevHash: string; hash: string; mac: string }>;
      notices: Rows;
      kid: string;
      headMac: string;
      last: { seq: number; hash: string };
    };
    row: { appended: boolean; seq: number; hash: string };
  };
  'audit/checkpoint': {
    params: NoParams;
    row: { seq: number; hash: string; kid: string | null; mac: string | null; erasedAt: string | null };
  };
  'audit/entries': {
    params: { afterSeq: number; limit: number };
    row: {
      seq: number;
      payload: string;
      prevHash: string;
      hash: string;
      kid: string | null;
      mac: string | null;
      fields: Record<string, unknown>;
    };
  };
  'audit/erase': {
    params: { cutoff: string; seq: number; hash: string; kid: string; mac: string };
    row: { seq: number };
  };
  'audit/head': { params: NoParams; row: { seq: number; hash: string; kid: string | null; mac: string | null } };
  'audit/lockHead': { params: { genesis: string }; row: NoRow };
  'audit/log': {
    params: { agency: string | null; scope: string; beforeSeq: number | null; limit: number };
    row: {
      entry: { seq: number; agency: string | null; operation: string; caseIds: string[] } & Record<string, unknown>;
    };
  };
  'audit/retainPoint': {
    params: { cutoff: string };
    row: { seq: number | null; hash: string | null; checkpointSeq: number | null };
  };
  'bench/datasetMarker': { params: NoParams; row: { name: string; bytes: number } };
  'bench/graphSize': { params: NoParams; row: { nodes: number } };
  'bench/markPending': { params: Ids; row: NoRow };
  'bench/noop': { params: NoParams; row: { one: number } };
  'bench/personIds': { params: NoParams; row: { id: string } };
  'bench/personLinks': {
    params: Ids;
    row: { a: string; b: string; type: string; probability: number | null };
  };
  'bench/setDatasetMarker': { params: { name: string; bytes: number }; row: NoRow };
  'cases/caseVersions': { params: Ids; row: { id: string; version: string } };
  'cases/casesById': { params: Ids & { agency: string | null }; row: CaseRow & { reports: Rows } };
  'cases/countCases': { params: NoParams; row: { cases: number } };
  'cases/entitiesByCase': {
    params: Ids & { agency: string | null; labels: string[] | null };
    row: { id: string; node: string; reports: Rows | null };
  };
  'cases/hotSpotCounts': { params: Ids; row: NoRow };
  'cases/listCases': {
    params: { agency: string | null; country: string | null; limit: number };
    row: CaseRow & { reports: Rows };
  };
  'cases/mergeBuildings': { params: { rows: Rows }; row: NoRow };
  'cases/mergeEntities': { params: { rows: Rows }; row: NoRow };
  'cases/mergeHolderLinks': { params: { rows: Rows }; row: NoRow };
  'cases/mergePersons': { params: { rows: Rows }; row: NoRow };
  'cases/mergeTransfers': { params: { rows: Rows }; row: NoRow };
  'cases/personsByCase': {
    params: Ids & { agency: string | null };
    row: {
      id: string;
      role: string;
      function: string | null;
      nameAsWritten: string | null;
      node: string;
      reports: Rows | null;
    };
  };
  'cases/previousMentions': { params: { cases: Rows }; row: { id: string } };
  'cases/removeStale': { params: { cases: Rows }; row: { orphans: string[] } };
  'cases/removeOrphans': { params: Ids; row: NoRow };
  'cases/transfersByCase': { params: Ids; row: { id: string; node: StoredNode; fromId: string; toId: string } };
  'entities/hotSpots': {
    params: HotSpotsRankedParams & {
      shared: string[];
      countries: string[] | null;
      typologies: string[] | null;
      openedFrom: string | null;
      openedTo: string | null;
    };
    row: HotSpotRow;
  };
  'entities/hotSpotsRanked': { params: HotSpotsRankedParams; row: HotSpotRow };
  'entities/mentionsByNode': {
    params: Ids & { agency: string | null };
    /** reports: null for the caller's own cases (and for the in-process caller). */
    row: { id: string; caseId: string; asWritten: string | null; reports: Rows | null };
  };
  'entities/reportingCases': {
    params: Ids & { agency: string | null };
    row: {
      id: string;
      caseId: string;
      asWritten: string[];
      node: StoredNode;
      agency: Record<string, unknown> | null;
      reports: Rows;
    };
  };
  'entities/nodesById': { params: Ids; row: { id: string; node: StoredNode } };
  'entities/search': {
    params: { query: string; labels: string[] | null; limit: number };
    /** caseId and spelling: the report whose spelling matched (an organisation or address), and that spelling; null for a person. */
    row: { node: StoredNode; score: number; caseId: string | null; spelling: string | null };
  };
  'health/migrated': { params: NoParams; row: { ready: boolean } };
  'links/crossBorderLinks': {
    params: {
      caseId: string;
      maxHops: number;
      maxChains: number;
      relationshipFilter: string;
      salt: string | null;
      agency: string | null;
      matchThreshold: number;
    };
    row: {
      caseId: string;
      shortest: number;
      chains: Array<{
        length: number;
        nodes: StoredNode[];
        relationships: Array<{
          type: string;
          from: string;
          to: string;
          reportedBy: string | null;
          /** A person match's score (POSSIBLY_SAME), else null. */
          probability: number | null;
        }>;
      }>;
    };
  };
  'links/metricsDrop': { params: { name: string }; row: { graphName: string } };
  'links/metricsProject': {
    params: { name: string; edges: Array<{ from: string; to: string }> };
    row: { nodes: number; relationships: number };
  };
  'links/metricsStream': {
    params: { name: string };
    row: { id: string; degree: number; betweenness: number; component: number; community: number };
  };
  'links/moneyFlowBackward': { params: FlowParams; row: { transfers: FlowTransfer[] } };
  'links/moneyFlowForward': { params: FlowParams; row: { transfers: FlowTransfer[] } };
  'links/paths': {
    params: {
      fromId: string;
      toId: string;
      maxLength: number;
      maxDegree: number;
      relationships: string[];
      agency: string | null;
      salt: string | null;
      matchThreshold: number;
    };
    /** reports: the verdicts' reports of each node, in the order of nodes (null where none are needed). */
    row: { length: number; nodes: StoredNode[]; edges: StoredEdge[]; reports: Array<Rows | null> };
  };
  'links/subgraph': {
    params: {
      agency: string | null;
      seeds: string[];
      depth: number;
      cap: number;
      relationshipFilter: string;
      labelFilter: string;
    };
    row: { found: string[]; nodes: StoredNode[]; edges: StoredEdge[]; reports: Array<Rows | null> };
  };
  'matching/candidates': {
    params: Ids & { maxBlock: number; deferPending: boolean; settled: string[] };
    row: {
      a: MatchPerson;
      /** Whether a came in a guess sweep (markGuessSweeps in src/matching/match.ts). */
      guessSweep: boolean;
      keySizes: Array<[string, number]>;
      /** [address id, person records living there] of each home address of a. */
      homeSizes: Array<[string, number]>;
      oversized: Array<[string, number]>;
      /** shared: [relationship type, name key, identifier or address id] of each one both hold. */
      candidates: Array<{
        b: MatchPerson;
        guessSweep: boolean;
        shared: Array<[SharedVia, string]>;
      }>;
    };
  };
  'matching/clearPending': { params: Ids; row: NoRow };
  'matching/confirmedAmong': { params: Ids; row: { a: string; b: string } };
  'matching/currentModel': { params: NoParams; row: { version: string; params: string; trainedAt: string } };
  'matching/decidedPairs': {
    params: { limit: number };
    row: {
      a: MatchPerson;
      b: MatchPerson;
      same: boolean;
      probability: number | null;
      sharedKeys: string[];
      keySizes: Array<[string, number]>;
      sharedDocuments: string[];
      sharedPhones: string[];
      sharedAccounts: string[];
      /** E-mail addresses, online accounts and crypto wallets both use. */
      sharedOnline: string[];
      /** [address id, person records living there] of each address both live at. */
      sharedHomes: Array<[string, number]>;
    };
  };
  'matching/decide': {
    params: { a: string; b: string; status: string; analyst: string | null; note: string | null };
    row: { status: string };
  };
  'matching/identityOf': { params: Ids; row: { id: string; identityId: string; members: string[] } };
  'matching/joinIdentity': { params: { a: string; b: string; newId: string }; row: { identityId: string } };
  'matching/lockIdentities': { params: NoParams; row: { name: string } };
  'matching/pair': { params: { a: string; b: string }; row: PairRow };
  'matching/pairs': {
    params: { statuses: string[]; minProbability: number; personId: string | null; limit: number };
    row: PairRow;
  };
  'matching/pairsByPerson': { params: Ids; row: PairRow & { id: string } };
  'matching/pending': { params: { limit: number }; row: { id: string } };
  'matching/population': { params: NoParams; row: { persons: number } };
  'matching/sharedEvidence': {
    params: { a: string; b: string };
    row: {
      sharedDocuments: string[];
      sharedPhones: string[];
      sharedAccounts: string[];
      sharedOnline: string[];
      /** [address id, person records living there] of each address both live at. */
      sharedHomes: Array<[string, number]>;
    };
  };
  'matching/regroupIdentity': {
    params: { oldId: string; groups: Array<{ identityId: string; members: string[] }> };
    row: NoRow;
  };
  'matching/samplePersons': { params: { fraction: number; limit: number }; row: { id: string } };
  'matching/saveModel': { params: { version: string; params: string }; row: { version: string } };
  'matching/setNameKeys': { params: { rows: Array<{ id: string; keys: string[] }> }; row: NoRow };
  'matching/unlinkNameKeys': { params: { rows: Array<{ id: string; keys: string[] }> }; row: NoRow };
  'matching/sweepNameKeys': { params: NoParams; row: NoRow };
  'matching/valueCounts': { params: NoParams; row: { field: string; value: string; count: number } };
  'matching/withdrawStale': { params: Ids & { fresh: string[] }; row: NoRow };
  'matching/writeCandidates': { params: { rows: Rows }; row: NoRow };
  'rekey/caseContent': {
    params: Ids & { holderTypes: string[] };
    row: {
      case: Record<string, unknown>;
      persons: Rows;
      entities: Rows;
      links: Rows;
      transfers: Rows;
    };
  };
  'rekey/markRules': { params: Ids & { rules: number }; row: NoRow };
  'rekey/pending': { params: { rules: number; limit: number }; row: { id: string } };
  'rekey/staleCount': { params: { rules: number }; row: { cases: number } };
  'alerts/alertForChange': {
    params: { agency: string; analyst: string; id: string };
    row: { status: string; caseIds: string[] };
  };
  'alerts/alerts': {
    params: Page & { agency: string; analyst: string; status: string[] | null };
    row: { alert: AlertRow };
  };
  'alerts/change': {
    params: {
      action: string;
      assignee: string | null;
      by: string;
      fromStatus: string;
      id: string;
      note: string | null;
      setAssignee: boolean;
      toStatus: string;
    };
    row: { alert: AlertRow };
  };
  'alerts/defaultWatches': { params: { caseIds: string[] }; row: NoRow };
  'alerts/due': { params: { after: string; before: string; limit: number }; row: { caseId: string; token: string } };
  'alerts/dueOf': { params: { caseIds: string[] }; row: { caseId: string; token: string } };
  'alerts/counted': { params: { keys: string[] }; row: { key: string; evidence: string } };
  'alerts/existing': { params: { keys: string[] }; row: { key: string; caseIds: string[]; through: string[] } };
  'alerts/feed': { params: { after: number }; row: { alert: AlertRow } };
  'alerts/feedStart': { params: NoParams; row: { alerts: number; notifications: number } };
  'alerts/lockFeed': { params: NoParams; row: { seq: number } };
  'alerts/markDue': { params: { caseIds: string[] }; row: NoRow };
  'alerts/notificationFeed': { params: { after: number }; row: { notification: NotificationRow } };
  'alerts/paid': { params: { due: Array<{ caseId: string; token: string }> }; row: NoRow };
  'alerts/raise': { params: { rows: Rows; seq: number }; row: { id: string; agency: string } };
  'alerts/ruleCrowdedFlat': { params: RuleScope & { minCountries: number; minPersons: number }; row: RuleHit };
  'alerts/ruleFanInMoney': {
    params: RuleScope & { minCountries: number; minVictims: number; windowDays: number };
    row: RuleHit;
  };
  'alerts/ruleRecruiterPhone': { params: RuleScope & { minCases: number }; row: RuleHit };
  'alerts/ruleVehicleAcrossBorders': {
    params: RuleScope & { minCountries: number; windowDays: number };
    row: RuleHit;
  };
  'alerts/rules': { params: { agency: string | null }; row: { rule: RuleRow } };
  'alerts/saveRule': {
    params: {
      agency: string;
      by: string;
      create: boolean;
      enabled: boolean;
      id: string;
      kind: string;
      name: string | null;
      params: Record<string, number>;
    };
    row: { rule: RuleRow };
  };
  'alerts/saveWatch': {
    params: {
      agency: string;
      analyst: string | null;
      by: string;
      country: string | null;
      id: string;
      nodeId: string;
      nodeType: string;
      value: string | null;
    };
    row: { watch: WatchRow };
  };
  'alerts/setWatchStatus': {
    params: { agency: string; analyst: string; by: string; id: string; status: string };
    row: { watch: WatchRow };
  };
  'alerts/watchHits': {
    params: { caseIds: string[] };
    row: { watchId: string; watched: string; agency: string; analyst: string | null; caseId: string; through: string };
  };
  'alerts/watches': { params: Page & { agency: string; analyst: string }; row: { watch: WatchRow } };
  'bench/importCommitted': { params: { caseId: string }; row: { at: string | null } };
  'cases/countedNodes': { params: NoParams; row: { id: string } };
  'cases/createCases': { params: { cases: Rows }; row: NoRow };
  'cases/createHolderLinks': { params: { rows: Rows }; row: NoRow };
  'cases/createInvolves': { params: { rows: Rows }; row: NoRow };
  'cases/createMentions': { params: { rows: Rows }; row: NoRow };
  'cases/createTransfers': { params: { rows: Rows }; row: NoRow };
  'cases/graphNodes': { params: NoParams; row: { nodes: number } };
  'cases/mergeAgencies': { params: { rows: Rows }; row: NoRow };
  'cases/mergeCases': { params: { cases: Rows }; row: NoRow };
  'cases/mergeInvolves': { params: { rows: Rows }; row: NoRow };
  'cases/mergeMentions': { params: { rows: Rows }; row: NoRow };
  'cases/mergeNameKeys': { params: { keys: string[] }; row: NoRow };
  'cases/mergeOtherLinks': { params: { rows: Rows }; row: NoRow };
}

export type StatementName = keyof Statements;
export type ParamsOf<N extends StatementName> = Statements[N]['params'];
export type RowOf<N extends StatementName> = Statements[N]['row'];
/** The parameters argument: optional for a statement that takes none. */
export type ParamsArg<N extends StatementName> = keyof ParamsOf<N> extends never
  ? [params?: ParamsOf<N>]
  : [params: ParamsOf<N>];

// The declarations above name exactly the statement files, each with exactly the $parameters it reads.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Declared = { [N in StatementName]: keyof ParamsOf<N> };
const namesAgree: Same<StatementName, keyof StatementParameterNames> = true;
const parametersAgree: { [N in StatementName]: Same<Declared[N], StatementParameterNames[N]> } = null!;
void namesAgree;
void parametersAgree;
