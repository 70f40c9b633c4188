import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 3166-1 alpha-2 country code, e.g. EE, FI, RU. */
  CountryCode: { input: string; output: string; }
  /** ISO 4217 currency code, e.g. EUR, SEK, RUB. */
  Currency: { input: string; output: string; }
  /** An ISO 8601 date-time with offset, e.g. 2024-03-01T12:00:00Z. */
  DateTime: { input: Date; output: Date | string; }
  /** Any JSON object: the stored properties of a node or relationship. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A calendar date, YYYY-MM-DD. */
  LocalDate: { input: string; output: string; }
  NonEmptyString: { input: string; output: string; }
  NonNegativeFloat: { input: number; output: number; }
};

export type Access =
  | 'FULL'
  | 'HIT';

export type AccessRequest = {
  __typename?: 'AccessRequest';
  analyst: Scalars['String']['output'];
  /** The case: in full for its owner, and for the requester once approved; a hit otherwise. */
  case?: Maybe<Case>;
  caseHandle: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  fromAgency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  justification: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  ownerAgency: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  status: RequestStatus;
  /** An approval ends at this time, when given. */
  until?: Maybe<Scalars['DateTime']['output']>;
};

export type AccessRequestConnection = {
  __typename?: 'AccessRequestConnection';
  edges: Array<AccessRequestEdge>;
  pageInfo: PageInfo;
};

export type AccessRequestEdge = {
  __typename?: 'AccessRequestEdge';
  cursor: Scalars['String']['output'];
  node: AccessRequest;
};

/** An account by IBAN (valid under ISO 13616: registry country, length and format, mod-97), or provider and number. An IBAN that fails mod-97 is kept raw and flagged (rawIban), and belongs to its one case. */
export type Account = Entity & Node & {
  __typename?: 'Account';
  access: Access;
  cases: Array<Case>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  hit?: Maybe<Hit>;
  iban?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  /** The IBAN's national check digits: PASSED, FAILED, or NOT_CHECKED when no national rule is known. Only a note: ISO 13616 validity is the mod-97 check. */
  nationalCheck?: Maybe<Scalars['String']['output']>;
  /** Notes that never stop a link, e.g. national check digits that do not match. */
  notes: Array<Scalars['String']['output']>;
  number?: Maybe<Scalars['String']['output']>;
  problem?: Maybe<Scalars['String']['output']>;
  provider?: Maybe<Scalars['String']['output']>;
  rawIban?: Maybe<Scalars['String']['output']>;
  type: NodeType;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** Either iban, or provider and number (money-transfer services). */
export type AccountInput = {
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  iban?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  provider?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An address: a building (street, house, building part and letter, city, country) or a flat in one. A flat's node
 * is IN_BUILDING its building's node, so a report of the building and a report of a flat in it meet. The postal code
 * is shown but is no part of the key. An address no street grammar reads (no street name) is unverified: kept as
 * written, flagged, in its one case.
 */
export type Address = Entity & Node & {
  __typename?: 'Address';
  access: Access;
  cases: Array<Case>;
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  /** The flat as read (e.g. 15; A12 for Finnish staircase A, flat 12; 2TV for Danish 2nd floor, left), when one was written. */
  flat?: Maybe<Scalars['String']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  postalCode?: Maybe<Scalars['String']['output']>;
  problem?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
  type: NodeType;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

export type AddressInput = {
  city: Scalars['String']['input'];
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street: Scalars['String']['input'];
};

/**
 * An advert on a job, classified or escort site: the site and its advert number where the site's links carry one,
 * else the normalised link (scheme, www., tracking parameters and fragment dropped). It SHOWS the phones and e-mail
 * addresses written in it; postedAt is when the report says it was posted.
 */
export type Advert = Entity & Node & {
  __typename?: 'Advert';
  access: Access;
  advertId?: Maybe<Scalars['String']['output']>;
  cases: Array<Case>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  site?: Maybe<Scalars['String']['output']>;
  type: NodeType;
  url?: Maybe<Scalars['String']['output']>;
};

/** The advert's link, or its site and advert number; when it was posted; the phones and e-mail addresses it shows (as written); holders posted it. */
export type AdvertInput = {
  advertId?: InputMaybe<Scalars['String']['input']>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id?: InputMaybe<Scalars['String']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  postedAt?: InputMaybe<Scalars['DateTime']['input']>;
  site?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Agency = {
  __typename?: 'Agency';
  code: Scalars['ID']['output'];
  country: Scalars['CountryCode']['output'];
  name: Scalars['String']['output'];
};

export type AgencyInput = {
  code: Scalars['NonEmptyString']['input'];
  country: Scalars['CountryCode']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Alert = {
  __typename?: 'Alert';
  assignee?: Maybe<Scalars['String']['output']>;
  /** The cases: in full where you may see them, as hits (agency, country, case handle) otherwise; yours first. */
  cases: Array<ChainNode>;
  /** SUMMARY only: how many alerts the import raised beyond the cap. */
  count?: Maybe<Scalars['Int']['output']>;
  history: Array<AlertEvent>;
  id: Scalars['ID']['output'];
  kind: AlertKind;
  /** What the last new evidence added (empty when first raised). */
  newCases: Array<ChainNode>;
  newThrough: Array<ChainNode>;
  raisedAt: Scalars['DateTime']['output'];
  ruleId?: Maybe<Scalars['ID']['output']>;
  ruleKind?: Maybe<AlertRuleKind>;
  /** The rule's version that raised or last extended it. */
  sourceVersion?: Maybe<Scalars['Int']['output']>;
  status: AlertStatus;
  /** What linked: the watched item, or the account, address, phone or vehicle the rule found. */
  subject?: Maybe<ChainNode>;
  /** The node(s) through which the link runs. */
  through: Array<ChainNode>;
  updatedAt: Scalars['DateTime']['output'];
  watchId?: Maybe<Scalars['ID']['output']>;
};

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  pageInfo: PageInfo;
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

/** One change: RAISED, NEW_EVIDENCE, REOPENED (by linkgraph), STATUS, ASSIGNED, COMMENT (by an analyst). */
export type AlertEvent = {
  __typename?: 'AlertEvent';
  action: Scalars['String']['output'];
  assignee?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  fromStatus?: Maybe<AlertStatus>;
  note?: Maybe<Scalars['String']['output']>;
  toStatus?: Maybe<AlertStatus>;
};

/** WATCH: a watched item was linked; RULE: a typology rule matched; SUMMARY: one import's excess over the cap, counted. */
export type AlertKind =
  | 'RULE'
  | 'SUMMARY'
  | 'WATCH';

export type AlertRule = {
  __typename?: 'AlertRule';
  agency: Scalars['String']['output'];
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  description: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  /** Every version: its params, on or off, who and when. */
  history: Array<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  kind: AlertRuleKind;
  name?: Maybe<Scalars['String']['output']>;
  params: Scalars['JSONObject']['output'];
  version: Scalars['Int']['output'];
};

/**
 * A rule's params (defaults in brackets): FAN_IN_MONEY minVictims 2..100 [3], minCountries 2..12 [2],
 * windowDays 1..366 [30]; CROWDED_FLAT minPersons 2..200 [4], minCountries 2..12 [2]; RECRUITER_PHONE
 * minCases 2..50 [3]; VEHICLE_ACROSS_BORDERS minCountries 2..12 [3], windowDays 1..366 [90]; every kind
 * maxAlertsPerImport 1..1000 [20] (the excess of one import becomes one summary alert with its count).
 */
export type AlertRuleInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: AlertRuleKind;
  name?: InputMaybe<Scalars['String']['input']>;
  params?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type AlertRuleKind =
  | 'CROWDED_FLAT'
  | 'FAN_IN_MONEY'
  | 'RECRUITER_PHONE'
  | 'VEHICLE_ACROSS_BORDERS';

export type AlertStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A point of the audit chain: entry seq had this hash. The seal is an HMAC under the API's key keyId. */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  hash: Scalars['String']['output'];
  keyId: Scalars['String']['output'];
  seal: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

/** One audited request or write. Entries are hash-chained and sealed: `npm run audit:verify` checks the chain. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The agency that made the request, and so received the response (hits included). */
  agency?: Maybe<Scalars['String']['output']>;
  analyst: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  caseIds: Array<Scalars['ID']['output']>;
  /** The other nodes reached, by their audit ids (Query.auditNodeId). */
  entityIds: Array<Scalars['ID']['output']>;
  hash: Scalars['String']['output'];
  /** The owners of other agencies' cases that this entry notified of a hit: they received the caller's name and purpose. */
  notifiedAgencies: Array<Scalars['String']['output']>;
  operation: Scalars['String']['output'];
  outcome: Scalars['String']['output'];
  /** The justification the request stated (X-Purpose). */
  purpose: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
  /** HMAC-SHA-256 of the request's variables, keyed with the server's secret. */
  variablesHash: Scalars['String']['output'];
};

export type Case = Node & {
  __typename?: 'Case';
  access: Access;
  agency: Agency;
  closedOn?: Maybe<Scalars['LocalDate']['output']>;
  country: Scalars['CountryCode']['output'];
  /**
   * The shared entities the case reports; with `types`, only those of these types, e.g. the case's phones:
   * entities(types: [PHONE]); without types (or with none), every type. Persons are not entities (see `persons`):
   * PERSON, CASE and the other types no entity has match nothing.
   */
  entities: Array<Entity>;
  /** The owner's handling code (H2 when the owner gave none) and, for H3, the restriction. */
  handlingCode?: Maybe<HandlingCode>;
  handlingText?: Maybe<Scalars['String']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  informationReliability?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  openedOn?: Maybe<Scalars['LocalDate']['output']>;
  persons: Array<CasePerson>;
  reference?: Maybe<Scalars['String']['output']>;
  /** Evaluation (4x4): source reliability A, B, C or X, and information reliability 1 to 4. */
  sourceReliability?: Maybe<Scalars['String']['output']>;
  status?: Maybe<CaseStatus>;
  title?: Maybe<Scalars['String']['output']>;
  transfers: Array<MoneyTransfer>;
  type: NodeType;
  typologies: Array<Typology>;
};


export type CaseEntitiesArgs = {
  types?: InputMaybe<Array<NodeType>>;
};

export type CaseInput = {
  accounts?: InputMaybe<Array<AccountInput>>;
  addresses?: InputMaybe<Array<AddressInput>>;
  adverts?: InputMaybe<Array<AdvertInput>>;
  agency: AgencyInput;
  closedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  cryptoWallets?: InputMaybe<Array<CryptoWalletInput>>;
  emailAddresses?: InputMaybe<Array<EmailAddressInput>>;
  evaluation?: InputMaybe<EvaluationInput>;
  /** The owner's handling code; H2 (no further dissemination) when absent. H3 needs its text. */
  handling?: InputMaybe<HandlingInput>;
  identityDocuments?: InputMaybe<Array<IdentityDocumentInput>>;
  onlineAccounts?: InputMaybe<Array<OnlineAccountInput>>;
  openedOn: Scalars['LocalDate']['input'];
  organisations?: InputMaybe<Array<OrganisationInput>>;
  persons?: InputMaybe<Array<PersonInput>>;
  phones?: InputMaybe<Array<PhoneInput>>;
  /** The agency's own case reference; with the agency code it identifies the case. */
  reference: Scalars['NonEmptyString']['input'];
  status: CaseStatus;
  title?: InputMaybe<Scalars['String']['input']>;
  transfers?: InputMaybe<Array<MoneyTransferInput>>;
  typologies: Array<Typology>;
  vehicles?: InputMaybe<Array<VehicleInput>>;
};

export type CaseOutcome = {
  __typename?: 'CaseOutcome';
  caseId?: Maybe<Scalars['ID']['output']>;
  /** Identifiers kept as written and flagged unverified (an unparseable phone, an IBAN with a bad checksum): never merged with other cases. */
  flagged: Array<FieldProblem>;
  /** Position of the case in the request's list. */
  index: Scalars['Int']['output'];
  problems: Array<FieldProblem>;
  reference?: Maybe<Scalars['String']['output']>;
  status: CaseOutcomeStatus;
};

export type CaseOutcomeStatus =
  | 'CREATED'
  | 'REJECTED'
  | 'UNCHANGED'
  | 'UPDATED';

/** A person as one case reports them: the role sits on the link between the case and the person. */
export type CasePerson = {
  __typename?: 'CasePerson';
  function?: Maybe<SuspectFunction>;
  nameAsWritten: Scalars['String']['output'];
  person: Person;
  role: PersonRole;
};

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PROSECUTION'
  | 'UNDER_INVESTIGATION';

export type ChainNode = {
  __typename?: 'ChainNode';
  access: Access;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  type: NodeType;
};

export type ChainRelationship = {
  __typename?: 'ChainRelationship';
  from: Scalars['ID']['output'];
  /** The case that reported this relationship (provenance). */
  reportedBy?: Maybe<Scalars['ID']['output']>;
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type CrossBorderLink = {
  __typename?: 'CrossBorderLink';
  case: Case;
  chains: Array<LinkChain>;
  /** Length of the shortest chain, in relationships. */
  shortest: Scalars['Int']['output'];
};

/**
 * A crypto wallet: chain and address, its checksum checked (Bitcoin base58check and bech32/bech32m, Ethereum EIP-55,
 * Tron base58check). Transfers can come from and go to one.
 */
export type CryptoWallet = Entity & Node & {
  __typename?: 'CryptoWallet';
  access: Access;
  address?: Maybe<Scalars['String']['output']>;
  addressType?: Maybe<Scalars['String']['output']>;
  cases: Array<Case>;
  chain?: Maybe<Scalars['String']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  type: NodeType;
};

/** chain (bitcoin, ethereum, tron) may be left out when the address shows it; BIP-21 and EIP-681 links are read. */
export type CryptoWalletInput = {
  address: Scalars['String']['input'];
  chain?: InputMaybe<Scalars['String']['input']>;
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id?: InputMaybe<Scalars['String']['input']>;
};

export type CurrencyTotal = {
  __typename?: 'CurrencyTotal';
  currency: Scalars['Currency']['output'];
  in: Scalars['Float']['output'];
  net: Scalars['Float']['output'];
  out: Scalars['Float']['output'];
};

export type DocumentKind =
  | 'DRIVING_LICENCE'
  | 'ID_CARD'
  | 'OTHER'
  | 'PASSPORT'
  | 'RESIDENCE_PERMIT'
  | 'VISA';

/**
 * An e-mail address. Its key is the address in lower case with its domain in A-label form; dots and +tags of the
 * local part are folded only where the provider documents it (Gmail, and googlemail.com is gmail.com), and a
 * provider's documented domain aliases are one domain (Yandex: yandex.ru; Apple: me.com and mac.com are icloud.com).
 */
export type EmailAddress = Entity & Node & {
  __typename?: 'EmailAddress';
  access: Access;
  address?: Maybe<Scalars['String']['output']>;
  cases: Array<Case>;
  domain?: Maybe<Scalars['String']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  provider?: Maybe<Scalars['String']['output']>;
  type: NodeType;
};

/** An e-mail address as written: a display name and mailto: are read too. */
export type EmailAddressInput = {
  address: Scalars['String']['input'];
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id?: InputMaybe<Scalars['String']['input']>;
};

/** A shared entity: one node per natural key, however many cases mention it. */
export type Entity = {
  access: Access;
  cases: Array<Case>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** The cases that mention it, each with the spellings it used. */
  mentions: Array<Mention>;
  type: NodeType;
};

/** Source reliability A, B, C or X; information reliability 1, 2, 3 or 4. */
export type EvaluationInput = {
  information: Scalars['String']['input'];
  source: Scalars['String']['input'];
};

export type ExplainKind =
  | 'ADDRESS'
  | 'DOCUMENT'
  | 'IBAN'
  | 'NAME'
  | 'ORGANISATION'
  | 'PHONE'
  | 'PLATE'
  | 'VIN';

export type ExplainedSide = {
  __typename?: 'ExplainedSide';
  access: Access;
  /** Persons: the blocking keys of the name and aliases. */
  blockingKeys: Array<Scalars['String']['output']>;
  /** Addresses: the building's key and the flat, kept apart. */
  buildingKey?: Maybe<Scalars['String']['output']>;
  flat?: Maybe<Scalars['String']['output']>;
  hit?: Maybe<Hit>;
  /** The node's id (an opaque one for a hit); null for a value as written. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The key it is stored under, or would be imported under. */
  key?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  /** Remarks that never stop a link, e.g. a failed national IBAN check digit. */
  notes: Array<Scalars['String']['output']>;
  /** Why the value could not be read (it then stays in its own case). */
  problem?: Maybe<Scalars['String']['output']>;
  rules: Array<NormalisationRule>;
};

export type Export = {
  __typename?: 'Export';
  content: Scalars['String']['output'];
  edgeCount: Scalars['Int']['output'];
  format: ExportFormat;
  mediaType: Scalars['String']['output'];
  nodeCount: Scalars['Int']['output'];
};

export type ExportFormat =
  | 'CYTOSCAPE_JSON'
  | 'GRAPHML';

/** One reason a case was rejected: the field path inside the case, and what is wrong with it. */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type FlowDirection =
  | 'BACKWARD'
  | 'FORWARD';

/**
 * A transfer in a money chain; one reported by a case the caller may not see shows only its (opaque) ids, and
 * its party on the far side from the asked party is null unless the caller knows it: it lies behind the hit.
 */
export type FlowTransfer = {
  __typename?: 'FlowTransfer';
  amount?: Maybe<Scalars['Float']['output']>;
  caseId: Scalars['ID']['output'];
  channel?: Maybe<TransferChannel>;
  currency?: Maybe<Scalars['Currency']['output']>;
  from?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  time?: Maybe<Scalars['DateTime']['output']>;
  to?: Maybe<Scalars['ID']['output']>;
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

/** A relationship with a stable id (type, ends and reporting case), so a frontend can diff redraws. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  caseId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  properties: Scalars['JSONObject']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: RelationshipType;
};

/** A node as a link chart draws it: stable id, type, label, country, the cases that report it, and its properties. */
export type GraphNode = {
  __typename?: 'GraphNode';
  access: Access;
  /** Ids of the cases that mention or involve this node (for a case: itself); case handles for cases the caller may not see. */
  cases: Array<Scalars['ID']['output']>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  properties: Scalars['JSONObject']['output'];
  type: NodeType;
};

/** Handling codes (SIENA): H0 crime prevention only, H1 not for court without permission, H2 no further dissemination, H3 other restrictions in text. */
export type HandlingCode =
  | 'H0'
  | 'H1'
  | 'H2'
  | 'H3';

export type HandlingInput = {
  code: HandlingCode;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A hit/no-hit answer: another agency's case holds this node. Request access with the case handle. */
export type Hit = {
  __typename?: 'Hit';
  agency: Scalars['String']['output'];
  /** Opaque handle of the case: give it to requestAccess. */
  caseHandle: Scalars['ID']['output'];
  country: Scalars['CountryCode']['output'];
  /** The type of node matched. */
  entityType: NodeType;
  handlingCode: HandlingCode;
};

export type HotSpot = {
  __typename?: 'HotSpot';
  caseCount: Scalars['Int']['output'];
  cases: Array<Case>;
  countries: Array<Scalars['CountryCode']['output']>;
  entity: GraphNode;
};

export type HotSpotConnection = {
  __typename?: 'HotSpotConnection';
  edges: Array<HotSpotEdge>;
  pageInfo: PageInfo;
};

export type HotSpotEdge = {
  __typename?: 'HotSpotEdge';
  cursor: Scalars['String']['output'];
  node: HotSpot;
};

export type HotSpotFilter = {
  /** Only cases of these countries count. */
  countries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** How many countries at least (default 2, at least 2). */
  minCountries?: InputMaybe<Scalars['Int']['input']>;
  /** Only cases opened in this window count. */
  openedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  openedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Entity types to include (default: all but cases, agencies and transfers). */
  types?: InputMaybe<Array<NodeType>>;
  /** Only cases with one of these typologies count. */
  typologies?: InputMaybe<Array<Typology>>;
};

export type IdentifierInput = {
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  kind: IdentifierKind;
  value: Scalars['String']['input'];
};

/** An identifier as written anywhere: it is normalised before the lookup. */
export type IdentifierKind =
  | 'ADVERT'
  | 'DOCUMENT'
  | 'EMAIL'
  | 'IBAN'
  | 'ONLINE_ACCOUNT'
  | 'PHONE'
  | 'PLATE'
  | 'REGISTRATION_NUMBER'
  | 'VIN'
  | 'WALLET';

/** One individual behind several person records, as confirmed by analysts. Its id stays stable. */
export type Identity = {
  __typename?: 'Identity';
  id: Scalars['ID']['output'];
  persons: Array<Person>;
};

export type IdentityDocument = Entity & Node & {
  __typename?: 'IdentityDocument';
  access: Access;
  cases: Array<Case>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  kind?: Maybe<DocumentKind>;
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  number?: Maybe<Scalars['String']['output']>;
  type: NodeType;
};

export type IdentityDocumentInput = {
  country: Scalars['CountryCode']['input'];
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<DocumentKind>;
  number: Scalars['String']['input'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  casesCreated: Scalars['Int']['output'];
  casesRejected: Scalars['Int']['output'];
  casesUnchanged: Scalars['Int']['output'];
  casesUpdated: Scalars['Int']['output'];
  entitiesCreated: Scalars['Int']['output'];
  /** Entity mentions that merged onto an entity already in the graph. */
  entitiesMatched: Scalars['Int']['output'];
  /** Person records compared after the import (new and changed ones only), and the pairs proposed. */
  matchingChecked: Scalars['Int']['output'];
  matchingProposed: Scalars['Int']['output'];
  nodesCreated: Scalars['Int']['output'];
  nodesDeleted: Scalars['Int']['output'];
  outcomes: Array<CaseOutcome>;
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
};

/** A path from the asked case to the linked case: nodes in order, and the relationships between them. */
export type LinkChain = {
  __typename?: 'LinkChain';
  length: Scalars['Int']['output'];
  nodes: Array<ChainNode>;
  relationships: Array<ChainRelationship>;
  /** True when the chain holds only through a weaker link: an undecided person match (POSSIBLY_SAME) or two different flats of one building (IN_BUILDING twice in a row). */
  weak: Scalars['Boolean']['output'];
};

export type LinkExplanation = {
  __typename?: 'LinkExplanation';
  a: ExplainedSide;
  b: ExplainedSide;
  /** Cases: the shortest chains between them. */
  chains: Array<Path>;
  /** Persons: every feature's contribution to the score, in log-odds. */
  evidence: Array<MatchFeature>;
  /** Persons: the match probability, when both records are yours to see. */
  probability?: Maybe<Scalars['Float']['output']>;
  /** Why, in words: the shared key, the chain, the analyst's decision, or the difference. Never a hidden value. */
  reason: Scalars['String']['output'];
  /** Persons: the blocking keys both share (the matcher compares only records that share one). */
  sharedBlockingKeys: Array<Scalars['String']['output']>;
  verdict: LinkVerdict;
};

/** One side of explainLink: a node by id, or a value as written with the country of the case that wrote it. */
export type LinkSide = {
  /** For a NAME: the birth date, which takes part in blocking and scoring. */
  birthDate?: InputMaybe<Scalars['LocalDate']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** The country of the case that wrote the value: a local phone number, a plate or an address is read in it. */
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  /** A person, shared entity or case id, as node(id) takes it. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Or a value as written, of this kind. */
  kind?: InputMaybe<ExplainKind>;
  /** For an ADDRESS: its postal code and city (value is the street line). */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** For an ORGANISATION: its registration number as written, if any (value is the name). */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

/**
 * LINKED: one node, one building, or a chain between two cases. SAME_BUILDING: two flats of one building
 * (a weaker link). CONFIRMED, PROPOSED, UNSURE, REJECTED: a person match and its state. NOT_LINKED: the
 * reason names the difference. NOT_COMPARED: no stored link, and the other side is another agency's record.
 */
export type LinkVerdict =
  | 'CONFIRMED'
  | 'LINKED'
  | 'NOT_COMPARED'
  | 'NOT_LINKED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'SAME_BUILDING'
  | 'UNSURE';

export type MatchDecision =
  | 'CONFIRM'
  | 'REJECT'
  | 'UNSURE';

export type MatchFeature = {
  __typename?: 'MatchFeature';
  detail: Scalars['String']['output'];
  feature: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type MatchPair = {
  __typename?: 'MatchPair';
  a: Person;
  b: Person;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Every feature's contribution to the score, in log-odds: positive for, negative against. */
  explanation: Array<MatchFeature>;
  /** The identity both records now belong to, once confirmed. */
  identity?: Maybe<Identity>;
  /** The match model version that scored the pair (npm run match:train stores new versions). */
  modelVersion?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Probability that the two records are one individual (null for a decision made without a score). */
  probability?: Maybe<Scalars['Float']['output']>;
  /** True when the probability lies in the review band (REVIEW_THRESHOLD up to MATCH_THRESHOLD): a weaker link for an analyst to look at, not a proposal. Null, as the probability, when a record of the pair is hidden. */
  review?: Maybe<Scalars['Boolean']['output']>;
  status: MatchStatus;
};

export type MatchStatus =
  | 'CONFIRMED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'UNSURE';

export type Mention = {
  __typename?: 'Mention';
  asWritten: Array<Scalars['String']['output']>;
  case: Case;
};

export type MoneyChain = {
  __typename?: 'MoneyChain';
  transfers: Array<FlowTransfer>;
};

export type MoneyFlow = {
  __typename?: 'MoneyFlow';
  /** Each chain of transfers in time order, starting (FORWARD) or ending (BACKWARD) at the asked party. */
  chains: Array<MoneyChain>;
  /** Every party in the chains with its totals per currency. */
  parties: Array<PartyTotals>;
};

export type MoneyTransfer = Node & {
  __typename?: 'MoneyTransfer';
  access: Access;
  amount?: Maybe<Scalars['Float']['output']>;
  channel?: Maybe<TransferChannel>;
  currency?: Maybe<Scalars['Currency']['output']>;
  /** Sender and receiver: a person or an account. */
  from?: Maybe<Node>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  time?: Maybe<Scalars['DateTime']['output']>;
  to?: Maybe<Node>;
  type: NodeType;
};

/** from and to: local ids of a person, an account or a crypto wallet of this case. */
export type MoneyTransferInput = {
  amount: Scalars['NonNegativeFloat']['input'];
  channel: TransferChannel;
  currency: Scalars['Currency']['input'];
  from: Scalars['String']['input'];
  id: Scalars['String']['input'];
  time: Scalars['DateTime']['input'];
  to: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The owner's answer to an access request; an approval may end at `until`. Only the owning agency decides. */
  decideAccess: AccessRequest;
  /**
   * An analyst's decision on a candidate pair. CONFIRM joins both records to one identity (neither record
   * is changed) that path and link queries then traverse; REJECT means the pair is never proposed again,
   * even after re-imports; UNSURE keeps it as a weak link. The analyst and time are recorded.
   * Example: mutation { decideMatch(personA: "person:RU-SPB:RU-P-7001", personB: "person:FI-POL:FI-P-0912", decision: CONFIRM, analyst: "fi.analyst.7") { status identity { id } } }
   */
  decideMatch: MatchPair;
  /**
   * Imports cases in the case-exchange format (docs/exchange-format.md). Each case is validated, then
   * written whole in its own transaction, or not at all. Importing the same case again changes nothing;
   * an altered case replaces what its earlier version reported. Invalid cases are rejected with every
   * problem, its field and the reason; the valid ones still go in.
   */
  importCases: ImportReport;
  /**
   * Asks the owner of a hit case for its details, with a justification. The owner is notified.
   * One open (PENDING) request per agency and case: another is refused with CONFLICT, naming the open
   * request in extensions.requestId. An agency files at most ACCESS_REQUESTS_PER_HOUR requests an hour
   * (RATE_LIMITED beyond).
   * Example: mutation { requestAccess(caseHandle: "hit:5f0c…", justification: "same recruiter phone as EE-2024-0117") { id status } }
   */
  requestAccess: AccessRequest;
  /**
   * Creates a typology rule of your agency, or (with rule.id) a new version of one; parameters out of range
   * are refused naming the field. Example: mutation { saveAlertRule(rule: { kind: CROWDED_FLAT, params: { minPersons: 5 } }) { id version params } }
   */
  saveAlertRule: AlertRule;
  /** Pauses (PAUSED), resumes (ACTIVE) or removes (REMOVED) one of your or your agency's watches, defaults included. */
  setWatchStatus: Watch;
  /**
   * Moves an alert (OPEN → IN_PROGRESS → CONFIRMED or DISMISSED; IN_PROGRESS back to OPEN), assigns it, or
   * comments on it; each change is kept with who and when. Confirmed and dismissed alerts are not raised again
   * for the same evidence: new evidence reopens them.
   * Example: mutation { updateAlert(id: "…", status: IN_PROGRESS, assignee: "ee.analyst.2", comment: "checking") { status history { action by at } } }
   */
  updateAlert: Alert;
  /**
   * Watches a case, person or entity (target.nodeId), or an identifier value in any format (target.identifier,
   * normalised as lookup does). When an import by any agency links a case of another country to it, you
   * (or, with forAgency, your whole agency) get an alert. Watching again resumes a paused watch.
   * Example: mutation { watch(target: { identifier: { kind: PHONE, value: "+372 5333 4444" } }) { id status } }
   */
  watch: Watch;
};


export type MutationDecideAccessArgs = {
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationDecideMatchArgs = {
  analyst?: InputMaybe<Scalars['String']['input']>;
  decision: MatchDecision;
  note?: InputMaybe<Scalars['String']['input']>;
  personA: Scalars['ID']['input'];
  personB: Scalars['ID']['input'];
};


export type MutationImportCasesArgs = {
  cases: Array<CaseInput>;
};


export type MutationRequestAccessArgs = {
  caseHandle: Scalars['ID']['input'];
  justification: Scalars['NonEmptyString']['input'];
};


export type MutationSaveAlertRuleArgs = {
  rule: AlertRuleInput;
};


export type MutationSetWatchStatusArgs = {
  id: Scalars['ID']['input'];
  status: WatchStatus;
};


export type MutationUpdateAlertArgs = {
  assignee?: InputMaybe<Scalars['String']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<AlertStatus>;
};


export type MutationWatchArgs = {
  forAgency?: InputMaybe<Scalars['Boolean']['input']>;
  target: WatchTarget;
};

export type NetworkMetrics = {
  __typename?: 'NetworkMetrics';
  communities: Scalars['Int']['output'];
  /** Number of weakly connected components and of Louvain communities. */
  components: Scalars['Int']['output'];
  nodes: Array<NodeMetrics>;
};

/**
 * Anything with an id. What a caller sees of it depends on whose it is (README "Security model"):
 * FULL for the caller's agency's own cases, the cases shared with it and what those report; otherwise a
 * HIT, where every field but id (an opaque handle), type, label and `hit` is null or empty.
 */
export type Node = {
  access: Access;
  /** For a HIT: whose data it is and how it may be handled. Null when FULL. */
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  /** A short human-readable label for link charts. */
  label: Scalars['String']['output'];
  type: NodeType;
};

export type NodeMetrics = {
  __typename?: 'NodeMetrics';
  betweenness: Scalars['Float']['output'];
  community: Scalars['Int']['output'];
  component: Scalars['Int']['output'];
  degree: Scalars['Float']['output'];
  node: GraphNode;
};

export type NodeType =
  | 'ACCOUNT'
  | 'ADDRESS'
  | 'ADVERT'
  | 'AGENCY'
  | 'CASE'
  | 'CRYPTO_WALLET'
  | 'EMAIL_ADDRESS'
  | 'IDENTITY'
  | 'IDENTITY_DOCUMENT'
  | 'MONEY_TRANSFER'
  | 'ONLINE_ACCOUNT'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PHONE'
  | 'VEHICLE';

/** A normalisation rule that fired, and the published standard or national convention it follows. */
export type NormalisationRule = {
  __typename?: 'NormalisationRule';
  rule: Scalars['String']['output'];
  source: Scalars['String']['output'];
};

/** Another agency's query or import hit one of your cases. */
export type Notification = {
  __typename?: 'Notification';
  analyst: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  case: Case;
  /** The audit chain's end when this notification was written, sealed by the API: keep it; `npm run audit:verify -- --checkpoints` shows a chain cut or rewritten behind it. */
  checkpoint?: Maybe<AuditCheckpoint>;
  fromAgency: Scalars['String']['output'];
  fromCountry?: Maybe<Scalars['CountryCode']['output']>;
  id: Scalars['ID']['output'];
  operation: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  /** The node of your case through which the hit came, and its type. */
  through: Scalars['ID']['output'];
  throughType: NodeType;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type OmittedGroup = {
  __typename?: 'OmittedGroup';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  type: NodeType;
};

/**
 * A messenger or social-network account (Telegram, WhatsApp, Viber, VK, OK, Facebook, Instagram, Snapchat, TikTok):
 * platform and the username folded by the platform's documented rules, or its numeric id, or for an account the
 * platform keys by phone (WhatsApp, Viber) the E.164 number; such an account is ON_PHONE that number's Phone.
 */
export type OnlineAccount = Entity & Node & {
  __typename?: 'OnlineAccount';
  access: Access;
  cases: Array<Case>;
  handle?: Maybe<Scalars['String']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  numericId?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  platform?: Maybe<Scalars['String']['output']>;
  type: NodeType;
};

/** account: a username (with or without @), a profile link, a numeric id, or the phone number of a WhatsApp or Viber account; platform may be left out when a link names it. */
export type OnlineAccountInput = {
  account: Scalars['String']['input'];
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Scalars['String']['input']>;
};

export type Organisation = Entity & Node & {
  __typename?: 'Organisation';
  access: Access;
  cases: Array<Case>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  name?: Maybe<Scalars['String']['output']>;
  /** Notes that never stop a link, e.g. a registration number whose check digit or length its country's rule does not read (it links as written). */
  notes: Array<Scalars['String']['output']>;
  registrationNumber?: Maybe<Scalars['String']['output']>;
  type: NodeType;
};

export type OrganisationInput = {
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['String']['input'];
  members?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['NonEmptyString']['input'];
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PartyTotals = {
  __typename?: 'PartyTotals';
  party: GraphNode;
  totals: Array<CurrencyTotal>;
};

export type Path = {
  __typename?: 'Path';
  edges: Array<GraphEdge>;
  length: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
  /** True when the path holds only through a weaker link: an undecided person match (POSSIBLY_SAME) or two different flats of one building (IN_BUILDING twice in a row). */
  weak: Scalars['Boolean']['output'];
};

export type Person = Node & {
  __typename?: 'Person';
  access: Access;
  aliases: Array<Scalars['String']['output']>;
  birthDate?: Maybe<Scalars['LocalDate']['output']>;
  cases: Array<Case>;
  gender?: Maybe<Gender>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  /** The confirmed identity this record belongs to, if any. */
  identity?: Maybe<Identity>;
  label: Scalars['String']['output'];
  /** The cases that involve this person, each with the name as that case wrote it. */
  mentions: Array<Mention>;
  name?: Maybe<Scalars['String']['output']>;
  nationality?: Maybe<Scalars['CountryCode']['output']>;
  /** Other records that may be the same individual (proposed and unsure). */
  possibleMatches: Array<MatchPair>;
  /** The agency whose register this person record belongs to. */
  registeredBy: Scalars['String']['output'];
  type: NodeType;
};

export type PersonInput = {
  aliases?: InputMaybe<Array<Scalars['NonEmptyString']['input']>>;
  birthDate?: InputMaybe<Scalars['LocalDate']['input']>;
  function?: InputMaybe<SuspectFunction>;
  gender?: InputMaybe<Gender>;
  /** The person's id in the registering agency's system; local ids link persons to entities in this case. */
  id: Scalars['NonEmptyString']['input'];
  name: Scalars['NonEmptyString']['input'];
  nationality?: InputMaybe<Scalars['CountryCode']['input']>;
  /** The agency whose register holds this person, if not the reporting agency (after an exchange). */
  registeredBy?: InputMaybe<Scalars['String']['input']>;
  role: PersonRole;
};

/** A person's role in a case, after the UN HTCDS data standard. */
export type PersonRole =
  | 'ASSOCIATE'
  | 'SUSPECT'
  | 'VICTIM'
  | 'WITNESS';

/**
 * A phone, one node per E.164 number. An unverified phone (one that no numbering plan accepts) has no e164:
 * it keeps its raw text, is flagged, and belongs to its one case, so it never links cases.
 */
export type Phone = Entity & Node & {
  __typename?: 'Phone';
  access: Access;
  cases: Array<Case>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  e164?: Maybe<Scalars['String']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mentions: Array<Mention>;
  problem?: Maybe<Scalars['String']['output']>;
  raw?: Maybe<Scalars['String']['output']>;
  type: NodeType;
  unverified?: Maybe<Scalars['Boolean']['output']>;
};

/** holders: local ids of the persons or organisations of this case who use the entity. */
export type PhoneInput = {
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Access requests to your agency's cases (INCOMING) or made by your agency (OUTGOING). Newest first;
   * cursor pagination as for hotSpots (at most 100 per page).
   */
  accessRequests: AccessRequestConnection;
  /** Your agency's typology rules, with their parameters and versions. Example: { alertRules { id kind version enabled params } } */
  alertRules: Array<AlertRule>;
  /**
   * Alerts to your agency and to you, most recently raised or changed first; cursor pagination (at most 100
   * per page). The same items the alerts subscription pushes. Another agency's case is a hit (agency,
   * country, case handle to request access with), never its details.
   * Example: { alerts(status: [OPEN], first: 20) { edges { node { id kind status subject { type label } through { label } cases { access label hit { agency country caseHandle } } } } } }
   */
  alerts: AlertConnection;
  /**
   * The audit log, newest first. The exchange's supervisor (role supervisor) sees every entry. An agency's
   * auditor sees its own agency's entries (other agencies' cases by their audit ids) and the entries of others
   * that touched its data; an agency's analysts see who outside it consulted its data. In entries of other
   * agencies, their other cases are left out.
   */
  auditLog: Array<AuditEntry>;
  /**
   * The audit id under which entries record this node (entries store node ids opaque: they carry phones,
   * IBANs and addresses), for a node you may see in full; null otherwise.
   * Example: { auditNodeId(id: "phone:+37253334444") }
   */
  auditNodeId?: Maybe<Scalars['String']['output']>;
  /**
   * One case with its people and entities; null when no case has this id. Another agency's case that
   * your agency may not see answers null, as an absent id does: a case reference is no identifier you hold.
   * Example: { case(id: "case:EE-PPA:EE-2024-0117") { reference country persons { role person { name } } entities { type label } } }
   */
  case?: Maybe<Case>;
  /** Cases, optionally of one country, that you see (your agency's, and those shared with it), newest first. Others' cases are not listed: they reach you as hits through what you hold. At most 100 per call. */
  cases: Array<Case>;
  /**
   * The cases of other countries linked to a case, each with the chains of shared entities and persons
   * that link them. maxHops is the chain length in relationships: 2 is a directly shared entity or person;
   * 3 and 4 go through one intermediate (a person using both phones, a transfer between two accounts).
   * Values outside 2..4 are clamped. An unknown caseId answers NOT_FOUND (field caseId).
   * Example: { crossBorderLinks(caseId: "case:EE-PPA:EE-2024-0117") { case { id country } shortest chains { length nodes { type label } } } }
   */
  crossBorderLinks: Array<CrossBorderLink>;
  /**
   * Why two records are linked, or why not: two persons, two phones, two addresses as written, two
   * cases, or a value as written against a node. Each side shows the key it normalised to and the rules
   * that fired, with their published sources; persons show their blocking keys and the scored evidence.
   * A side of another agency that you may not see shows only its verdict and the rule names: nothing
   * you type is compared with that agency's values beyond what the graph already links.
   * Example: { explainLink(a: { kind: ADDRESS, value: "Tartu mnt 25-12", city: "Tallinn", country: EE }, b: { kind: ADDRESS, value: "Tartu maantee 25", city: "Tallinn", country: EE }) { verdict reason a { key rules { rule source } } b { key } } }
   */
  explainLink: LinkExplanation;
  /**
   * The same subgraph as `subgraph`, as a file other tools open: GraphML (yEd, Gephi, Cytoscape) or
   * Cytoscape.js JSON. Each node carries its access, its hit (agency, country, caseHandle, handlingCode) and
   * its cases, and the file the omitted groups; GraphML lists are JSON arrays under attr.list="string" keys.
   * Example: { exportSubgraph(seeds: ["case:EE-PPA:EE-2024-0117"], depth: 2, format: GRAPHML) { format mediaType content } }
   */
  exportSubgraph: Export;
  /**
   * Entities (and persons) of your cases (and those shared with you) reported in cases of two or more
   * countries, most countries and cases first. The countries and counts take in every agency's cases: that
   * is the hit. A node only others' cases report is not listed.
   * Cursor pagination: pass pageInfo.endCursor as `after`. At most 100 per page.
   * Example: { hotSpots(filter: { types: [PHONE, VEHICLE] }, first: 10) { edges { node { entity { id label } countries caseCount } } pageInfo { hasNextPage endCursor } } }
   */
  hotSpots: HotSpotConnection;
  /**
   * Finds a shared entity by an identifier written in any common format, e.g.
   * { lookup(kind: PHONE, value: "0037253334444") { id label cases { id country } } }
   * A local phone number needs `country` (the country it was written in); so does a REGISTRATION_NUMBER
   * (an organisation's), unless its VAT prefix names the country: "FI28451233", "NO 923 609 016 MVA".
   */
  lookup?: Maybe<Entity>;
  /**
   * Person records that may be one individual, with the score and the features behind it, best first.
   * minProbability defaults to the proposals' threshold (MATCH_THRESHOLD, 0.5 unless set); pairs of the review
   * band below it (from REVIEW_THRESHOLD, 0.05 unless set) are weaker links worth a look: ask for them with a
   * lower minProbability (they have review: true).
   * Example: { matchCandidates(minProbability: 0.8) { a { id name registeredBy } b { id name registeredBy } probability explanation { feature detail weight } } }
   */
  matchCandidates: Array<MatchPair>;
  /**
   * Money flowing from (FORWARD) or into (BACKWARD) a person or account, following transfers in time
   * order (t1 < t2 < …) within a time window and at most maxHops transfers (clamped to 1..6).
   * A fromId that is no person or account answers NOT_FOUND (field fromId).
   * Example: { moneyFlow(fromId: "account:iban:LV80BANK0000435195001", direction: FORWARD) { chains { transfers { id amount currency time from to } } parties { party { id label } totals { currency in out net } } } }
   */
  moneyFlow: MoneyFlow;
  /**
   * Network metrics on the neighbourhood of seed nodes (as subgraph), computed with Graph Data Science:
   * brokers by betweenness and degree, groups by weakly connected components and Louvain communities.
   * Example: { networkMetrics(seeds: ["case:SE-NOA:SE-2024-1201"], depth: 3) { components communities nodes { node { id label } degree betweenness component community } } }
   */
  networkMetrics: NetworkMetrics;
  /** A person, shared entity or money transfer by its id, with the cases that mention it; null when nothing has this id. */
  node?: Maybe<Node>;
  /**
   * Hits that other agencies' queries and imports made on your agency's cases: who, from where, when, through
   * which node, and why. Newest first; cursor pagination as for hotSpots (at most 100 per page).
   */
  notifications: NotificationConnection;
  /**
   * The k shortest paths between two nodes (cases, persons or entities), at most maxLength relationships
   * (clamped to 1..8), k clamped to 1..10. maxDegree skips intermediate nodes of your cases with more
   * relationships than that, so a bus station or a big bank does not link everything (a node you do not
   * hold is never tested: its relationships are its owner's). Nothing behind a hit: a path never steps
   * between two nodes you do not know, except from a hit to the case that reports it. An unknown fromId or toId answers
   * NOT_FOUND naming it; two known nodes without a path give an empty list.
   * Example: { paths(fromId: "case:SE-NOA:SE-2024-1201", toId: "case:NO-KRIPOS:NO-2024-0310", k: 3, maxDegree: 50) { length nodes { id type label } edges { type source target caseId } } }
   */
  paths: Array<Path>;
  /**
   * Full-text search over person names and aliases, organisations and addresses (without diacritics and
   * across Cyrillic and Latin script), plus exact search over phone numbers, plates, IBANs and document
   * numbers in any written format. `country` reads local phone numbers, plates and documents. A record you
   * may not see is a hit only when the text names it: an identifier, a full name or alias (two words or
   * more), an organisation's or address's full spelling.
   * Example: { search(text: "Janis Berzins") { score matchedOn node { id type label } } }
   */
  search: Array<SearchHit>;
  /**
   * The neighbourhood of seed nodes to a depth (clamped to 1..3), in a shape a link chart draws as is.
   * At most maxNodes nodes (clamped to 1..500), nearest first; what was left out is counted per type.
   * An unknown seed answers NOT_FOUND (field seeds), here and in networkMetrics and exportSubgraph.
   * Example: { subgraph(seeds: ["case:EE-PPA:EE-2024-0117"], depth: 2, maxNodes: 50) { nodes { id type label country cases } edges { id type source target caseId } omitted { type count label } } }
   */
  subgraph: Subgraph;
  /**
   * Your watches and your agency's (removed ones left out), newest first; cursor pagination (at most 100 per page).
   * Example: { watches(first: 20) { edges { node { id status forAgency default node { type label } value } } } }
   */
  watches: WatchConnection;
};


export type QueryAccessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction: RequestDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RequestStatus>;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<AlertStatus>>;
};


export type QueryAuditLogArgs = {
  beforeSeq?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditNodeIdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCrossBorderLinksArgs = {
  caseId: Scalars['ID']['input'];
  maxChainsPerCase?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExplainLinkArgs = {
  a: LinkSide;
  b: LinkSide;
};


export type QueryExportSubgraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  format: ExportFormat;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  nodeTypes?: InputMaybe<Array<NodeType>>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  seeds: Array<Scalars['ID']['input']>;
};


export type QueryHotSpotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HotSpotFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLookupArgs = {
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  kind: IdentifierKind;
  value: Scalars['String']['input'];
};


export type QueryMatchCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minProbability?: InputMaybe<Scalars['Float']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<MatchStatus>>;
};


export type QueryMoneyFlowArgs = {
  direction?: InputMaybe<FlowDirection>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  fromId: Scalars['ID']['input'];
  maxChains?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryNetworkMetricsArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  seeds: Array<Scalars['ID']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  fromId: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['Int']['input']>;
  maxDegree?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
};


export type QuerySubgraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  nodeTypes?: InputMaybe<Array<NodeType>>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  seeds: Array<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryWatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * POSSIBLY_SAME is a scored, undecided person match (a weaker link); SAME_AS joins a confirmed record to its identity.
 * IN_BUILDING joins a flat to its building: a report of the building meets a report of a flat in it there, and two
 * different flats of one building meet through two IN_BUILDING steps (a weaker "same building" link).
 */
export type RelationshipType =
  | 'HOLDS_ACCOUNT'
  | 'HOLDS_DOCUMENT'
  | 'HOLDS_WALLET'
  | 'INVOLVES'
  | 'IN_BUILDING'
  | 'LIVES_AT'
  | 'LOCATED_AT'
  | 'MEMBER_OF'
  | 'MENTIONS'
  | 'ON_PHONE'
  | 'POSSIBLY_SAME'
  | 'POSTED'
  | 'REPORTED_BY'
  | 'SAME_AS'
  | 'SENT'
  | 'SHOWS'
  | 'TO'
  | 'USES'
  | 'USES_EMAIL'
  | 'USES_ONLINE_ACCOUNT'
  | 'USES_VEHICLE';

export type RequestDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type RequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REFUSED';

export type SearchHit = {
  __typename?: 'SearchHit';
  /** What matched: NAME, ALIAS, ORGANISATION, ADDRESS, or the identifier kind (PHONE, PLATE, VIN, IBAN, DOCUMENT); TEXT for a full-text hit on data you may not see. The results you see are ranked and cut first; hits only fill the rest of the page. */
  matchedOn: Scalars['String']['output'];
  node: GraphNode;
  /** Full-text relevance, or 1.0 for an exact identifier match. 0 for a full-text hit on data you may not see (its relevance would grade the hidden name). */
  score: Scalars['Float']['output'];
};

export type Subgraph = {
  __typename?: 'Subgraph';
  /**
   * The same nodes and edges, as the viewer may see them, in cytoscape.js elements form: pass it as is,
   * cytoscape({ elements }). Each node's data holds id, type, label, country, access, hit, cases and its properties.
   */
  cytoscape: Scalars['JSONObject']['output'];
  edges: Array<GraphEdge>;
  /** The same nodes and edges in graphology's serialised form (Graph.from(graphology)); the graph's attributes hold truncated and omitted. */
  graphology: Scalars['JSONObject']['output'];
  nodes: Array<GraphNode>;
  /** What was left out, per type, e.g. { type: PHONE, count: 240, label: "and 240 more phones" }. */
  omitted: Array<OmittedGroup>;
  /** True when nodes were left out to respect maxNodes. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Live delivery over WebSocket (graphql-ws protocol) at /graphql, with the same bearer token and purpose as
 * HTTP, given in the connection_init payload as `authorization` and `purpose` (or the upgrade request's
 * headers). No valid token: closed with 4401; no analyst role or no purpose: 4403. At most
 * SUBSCRIPTIONS_PER_ANALYST subscriptions per analyst. Each delivered item is audited as a disclosure.
 * Example: subscription { alerts { id kind subject { label } cases { access hit { agency country caseHandle } } } }
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Alerts as they are raised, or reopened or extended by new evidence. */
  alerts: Alert;
  /** Hits on your agency's cases as they are made (the items of Query.notifications). */
  notifications: Notification;
};

/** What a suspect did in the scheme. */
export type SuspectFunction =
  | 'CONTROLLER'
  | 'DOCUMENT_FORGER'
  | 'EXPLOITER'
  | 'MONEY_HANDLER'
  | 'RECRUITER'
  | 'TRANSPORTER';

export type TransferChannel =
  | 'BANK'
  | 'CASH'
  | 'CRYPTO'
  | 'MONEY_SERVICE'
  | 'OTHER';

/** Types of exploitation (a case can have several). */
export type Typology =
  | 'DOMESTIC_SERVITUDE'
  | 'FORCED_BEGGING'
  | 'FORCED_CRIMINALITY'
  | 'FORCED_LABOUR'
  | 'ORGAN_REMOVAL'
  | 'OTHER'
  | 'SEXUAL_EXPLOITATION';

/** A vehicle, keyed by its VIN when one is known (it survives re-registration abroad), otherwise by plate and country. */
export type Vehicle = Entity & Node & {
  __typename?: 'Vehicle';
  access: Access;
  cases: Array<Case>;
  colour?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  hit?: Maybe<Hit>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  make?: Maybe<Scalars['String']['output']>;
  mentions: Array<Mention>;
  model?: Maybe<Scalars['String']['output']>;
  plate?: Maybe<Scalars['String']['output']>;
  type: NodeType;
  vin?: Maybe<Scalars['String']['output']>;
};

/** A plate (with its country, default the agency's), a VIN, or both. */
export type VehicleInput = {
  colour?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  holders?: InputMaybe<Array<Scalars['String']['input']>>;
  id?: InputMaybe<Scalars['String']['input']>;
  make?: InputMaybe<Scalars['String']['input']>;
  model?: InputMaybe<Scalars['String']['input']>;
  plate?: InputMaybe<Scalars['String']['input']>;
  vin?: InputMaybe<Scalars['String']['input']>;
};

export type Watch = {
  __typename?: 'Watch';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** True for the watch a case's own agency has on its open case. */
  default: Scalars['Boolean']['output'];
  /** True for an agency-wide watch. */
  forAgency: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The watched node, as you may see it (null while no case reports a watched identifier). */
  node?: Maybe<ChainNode>;
  nodeId: Scalars['ID']['output'];
  nodeType: NodeType;
  status: WatchStatus;
  /** The identifier value as you wrote it. */
  value?: Maybe<Scalars['String']['output']>;
};

export type WatchConnection = {
  __typename?: 'WatchConnection';
  edges: Array<WatchEdge>;
  pageInfo: PageInfo;
};

export type WatchEdge = {
  __typename?: 'WatchEdge';
  cursor: Scalars['String']['output'];
  node: Watch;
};

export type WatchStatus =
  | 'ACTIVE'
  | 'PAUSED'
  | 'REMOVED';

/** Either a node id, or an identifier value with its kind (and country, for plates and documents). */
export type WatchTarget = {
  identifier?: InputMaybe<IdentifierInput>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( Omit<Account, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Address, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Advert, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<CryptoWallet, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<EmailAddress, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<IdentityDocument, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<OnlineAccount, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Organisation, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Phone, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Vehicle, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
  ;
  Node:
    | ( Omit<Account, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Address, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Advert, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Case, 'agency' | 'entities' | 'persons' | 'transfers'> & { agency: _RefType['Agency'], entities: Array<_RefType['Entity']>, persons: Array<_RefType['CasePerson']>, transfers: Array<_RefType['MoneyTransfer']> } )
    | ( Omit<CryptoWallet, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<EmailAddress, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<IdentityDocument, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<MoneyTransfer, 'from' | 'to'> & { from?: Maybe<_RefType['Node']>, to?: Maybe<_RefType['Node']> } )
    | ( Omit<OnlineAccount, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Organisation, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Person, 'cases' | 'identity' | 'mentions' | 'possibleMatches'> & { cases: Array<_RefType['Case']>, identity?: Maybe<_RefType['Identity']>, mentions: Array<_RefType['Mention']>, possibleMatches: Array<_RefType['MatchPair']> } )
    | ( Omit<Phone, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
    | ( Omit<Vehicle, 'cases' | 'mentions'> & { cases: Array<_RefType['Case']>, mentions: Array<_RefType['Mention']> } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Access: Access;
  AccessRequest: ResolverTypeWrapper<Omit<AccessRequest, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  AccessRequestConnection: ResolverTypeWrapper<Omit<AccessRequestConnection, 'edges'> & { edges: Array<ResolversTypes['AccessRequestEdge']> }>;
  AccessRequestEdge: ResolverTypeWrapper<Omit<AccessRequestEdge, 'node'> & { node: ResolversTypes['AccessRequest'] }>;
  Account: ResolverTypeWrapper<Omit<Account, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  AccountInput: AccountInput;
  Address: ResolverTypeWrapper<Omit<Address, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  AddressInput: AddressInput;
  Advert: ResolverTypeWrapper<Omit<Advert, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  AdvertInput: AdvertInput;
  Agency: ResolverTypeWrapper<Agency>;
  AgencyInput: AgencyInput;
  Alert: ResolverTypeWrapper<Alert>;
  AlertConnection: ResolverTypeWrapper<AlertConnection>;
  AlertEdge: ResolverTypeWrapper<AlertEdge>;
  AlertEvent: ResolverTypeWrapper<AlertEvent>;
  AlertKind: AlertKind;
  AlertRule: ResolverTypeWrapper<AlertRule>;
  AlertRuleInput: AlertRuleInput;
  AlertRuleKind: AlertRuleKind;
  AlertStatus: AlertStatus;
  AuditCheckpoint: ResolverTypeWrapper<AuditCheckpoint>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Case: ResolverTypeWrapper<Omit<Case, 'agency' | 'entities' | 'persons' | 'transfers'> & { agency: ResolversTypes['Agency'], entities: Array<ResolversTypes['Entity']>, persons: Array<ResolversTypes['CasePerson']>, transfers: Array<ResolversTypes['MoneyTransfer']> }>;
  CaseInput: CaseInput;
  CaseOutcome: ResolverTypeWrapper<CaseOutcome>;
  CaseOutcomeStatus: CaseOutcomeStatus;
  CasePerson: ResolverTypeWrapper<Omit<CasePerson, 'person'> & { person: ResolversTypes['Person'] }>;
  CaseStatus: CaseStatus;
  ChainNode: ResolverTypeWrapper<ChainNode>;
  ChainRelationship: ResolverTypeWrapper<ChainRelationship>;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  CrossBorderLink: ResolverTypeWrapper<Omit<CrossBorderLink, 'case'> & { case: ResolversTypes['Case'] }>;
  CryptoWallet: ResolverTypeWrapper<Omit<CryptoWallet, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  CryptoWalletInput: CryptoWalletInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  CurrencyTotal: ResolverTypeWrapper<CurrencyTotal>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentKind: DocumentKind;
  EmailAddress: ResolverTypeWrapper<Omit<EmailAddress, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  EmailAddressInput: EmailAddressInput;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EvaluationInput: EvaluationInput;
  ExplainKind: ExplainKind;
  ExplainedSide: ResolverTypeWrapper<ExplainedSide>;
  Export: ResolverTypeWrapper<Export>;
  ExportFormat: ExportFormat;
  FieldProblem: ResolverTypeWrapper<FieldProblem>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FlowDirection: FlowDirection;
  FlowTransfer: ResolverTypeWrapper<FlowTransfer>;
  Gender: Gender;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  HandlingCode: HandlingCode;
  HandlingInput: HandlingInput;
  Hit: ResolverTypeWrapper<Hit>;
  HotSpot: ResolverTypeWrapper<Omit<HotSpot, 'cases'> & { cases: Array<ResolversTypes['Case']> }>;
  HotSpotConnection: ResolverTypeWrapper<Omit<HotSpotConnection, 'edges'> & { edges: Array<ResolversTypes['HotSpotEdge']> }>;
  HotSpotEdge: ResolverTypeWrapper<Omit<HotSpotEdge, 'node'> & { node: ResolversTypes['HotSpot'] }>;
  HotSpotFilter: HotSpotFilter;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdentifierInput: IdentifierInput;
  IdentifierKind: IdentifierKind;
  Identity: ResolverTypeWrapper<Omit<Identity, 'persons'> & { persons: Array<ResolversTypes['Person']> }>;
  IdentityDocument: ResolverTypeWrapper<Omit<IdentityDocument, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  IdentityDocumentInput: IdentityDocumentInput;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  LinkChain: ResolverTypeWrapper<LinkChain>;
  LinkExplanation: ResolverTypeWrapper<LinkExplanation>;
  LinkSide: LinkSide;
  LinkVerdict: LinkVerdict;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  MatchDecision: MatchDecision;
  MatchFeature: ResolverTypeWrapper<MatchFeature>;
  MatchPair: ResolverTypeWrapper<Omit<MatchPair, 'a' | 'b' | 'identity'> & { a: ResolversTypes['Person'], b: ResolversTypes['Person'], identity?: Maybe<ResolversTypes['Identity']> }>;
  MatchStatus: MatchStatus;
  Mention: ResolverTypeWrapper<Omit<Mention, 'case'> & { case: ResolversTypes['Case'] }>;
  MoneyChain: ResolverTypeWrapper<MoneyChain>;
  MoneyFlow: ResolverTypeWrapper<MoneyFlow>;
  MoneyTransfer: ResolverTypeWrapper<Omit<MoneyTransfer, 'from' | 'to'> & { from?: Maybe<ResolversTypes['Node']>, to?: Maybe<ResolversTypes['Node']> }>;
  MoneyTransferInput: MoneyTransferInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkMetrics: ResolverTypeWrapper<NetworkMetrics>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeMetrics: ResolverTypeWrapper<NodeMetrics>;
  NodeType: NodeType;
  NonEmptyString: ResolverTypeWrapper<Scalars['NonEmptyString']['output']>;
  NonNegativeFloat: ResolverTypeWrapper<Scalars['NonNegativeFloat']['output']>;
  NormalisationRule: ResolverTypeWrapper<NormalisationRule>;
  Notification: ResolverTypeWrapper<Omit<Notification, 'case'> & { case: ResolversTypes['Case'] }>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  OmittedGroup: ResolverTypeWrapper<OmittedGroup>;
  OnlineAccount: ResolverTypeWrapper<Omit<OnlineAccount, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  OnlineAccountInput: OnlineAccountInput;
  Organisation: ResolverTypeWrapper<Omit<Organisation, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  OrganisationInput: OrganisationInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyTotals: ResolverTypeWrapper<PartyTotals>;
  Path: ResolverTypeWrapper<Path>;
  Person: ResolverTypeWrapper<Omit<Person, 'cases' | 'identity' | 'mentions' | 'possibleMatches'> & { cases: Array<ResolversTypes['Case']>, identity?: Maybe<ResolversTypes['Identity']>, mentions: Array<ResolversTypes['Mention']>, possibleMatches: Array<ResolversTypes['MatchPair']> }>;
  PersonInput: PersonInput;
  PersonRole: PersonRole;
  Phone: ResolverTypeWrapper<Omit<Phone, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  PhoneInput: PhoneInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipType: RelationshipType;
  RequestDirection: RequestDirection;
  RequestStatus: RequestStatus;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuspectFunction: SuspectFunction;
  TransferChannel: TransferChannel;
  Typology: Typology;
  Vehicle: ResolverTypeWrapper<Omit<Vehicle, 'cases' | 'mentions'> & { cases: Array<ResolversTypes['Case']>, mentions: Array<ResolversTypes['Mention']> }>;
  VehicleInput: VehicleInput;
  Watch: ResolverTypeWrapper<Watch>;
  WatchConnection: ResolverTypeWrapper<WatchConnection>;
  WatchEdge: ResolverTypeWrapper<WatchEdge>;
  WatchStatus: WatchStatus;
  WatchTarget: WatchTarget;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessRequest: Omit<AccessRequest, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  AccessRequestConnection: Omit<AccessRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccessRequestEdge']> };
  AccessRequestEdge: Omit<AccessRequestEdge, 'node'> & { node: ResolversParentTypes['AccessRequest'] };
  Account: Omit<Account, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  AccountInput: AccountInput;
  Address: Omit<Address, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  AddressInput: AddressInput;
  Advert: Omit<Advert, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  AdvertInput: AdvertInput;
  Agency: Agency;
  AgencyInput: AgencyInput;
  Alert: Alert;
  AlertConnection: AlertConnection;
  AlertEdge: AlertEdge;
  AlertEvent: AlertEvent;
  AlertRule: AlertRule;
  AlertRuleInput: AlertRuleInput;
  AuditCheckpoint: AuditCheckpoint;
  AuditEntry: AuditEntry;
  Boolean: Scalars['Boolean']['output'];
  Case: Omit<Case, 'agency' | 'entities' | 'persons' | 'transfers'> & { agency: ResolversParentTypes['Agency'], entities: Array<ResolversParentTypes['Entity']>, persons: Array<ResolversParentTypes['CasePerson']>, transfers: Array<ResolversParentTypes['MoneyTransfer']> };
  CaseInput: CaseInput;
  CaseOutcome: CaseOutcome;
  CasePerson: Omit<CasePerson, 'person'> & { person: ResolversParentTypes['Person'] };
  ChainNode: ChainNode;
  ChainRelationship: ChainRelationship;
  CountryCode: Scalars['CountryCode']['output'];
  CrossBorderLink: Omit<CrossBorderLink, 'case'> & { case: ResolversParentTypes['Case'] };
  CryptoWallet: Omit<CryptoWallet, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  CryptoWalletInput: CryptoWalletInput;
  Currency: Scalars['Currency']['output'];
  CurrencyTotal: CurrencyTotal;
  DateTime: Scalars['DateTime']['output'];
  EmailAddress: Omit<EmailAddress, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  EmailAddressInput: EmailAddressInput;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EvaluationInput: EvaluationInput;
  ExplainedSide: ExplainedSide;
  Export: Export;
  FieldProblem: FieldProblem;
  Float: Scalars['Float']['output'];
  FlowTransfer: FlowTransfer;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  HandlingInput: HandlingInput;
  Hit: Hit;
  HotSpot: Omit<HotSpot, 'cases'> & { cases: Array<ResolversParentTypes['Case']> };
  HotSpotConnection: Omit<HotSpotConnection, 'edges'> & { edges: Array<ResolversParentTypes['HotSpotEdge']> };
  HotSpotEdge: Omit<HotSpotEdge, 'node'> & { node: ResolversParentTypes['HotSpot'] };
  HotSpotFilter: HotSpotFilter;
  ID: Scalars['ID']['output'];
  IdentifierInput: IdentifierInput;
  Identity: Omit<Identity, 'persons'> & { persons: Array<ResolversParentTypes['Person']> };
  IdentityDocument: Omit<IdentityDocument, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  IdentityDocumentInput: IdentityDocumentInput;
  ImportReport: ImportReport;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  LinkChain: LinkChain;
  LinkExplanation: LinkExplanation;
  LinkSide: LinkSide;
  LocalDate: Scalars['LocalDate']['output'];
  MatchFeature: MatchFeature;
  MatchPair: Omit<MatchPair, 'a' | 'b' | 'identity'> & { a: ResolversParentTypes['Person'], b: ResolversParentTypes['Person'], identity?: Maybe<ResolversParentTypes['Identity']> };
  Mention: Omit<Mention, 'case'> & { case: ResolversParentTypes['Case'] };
  MoneyChain: MoneyChain;
  MoneyFlow: MoneyFlow;
  MoneyTransfer: Omit<MoneyTransfer, 'from' | 'to'> & { from?: Maybe<ResolversParentTypes['Node']>, to?: Maybe<ResolversParentTypes['Node']> };
  MoneyTransferInput: MoneyTransferInput;
  Mutation: Record<PropertyKey, never>;
  NetworkMetrics: NetworkMetrics;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NodeMetrics: NodeMetrics;
  NonEmptyString: Scalars['NonEmptyString']['output'];
  NonNegativeFloat: Scalars['NonNegativeFloat']['output'];
  NormalisationRule: NormalisationRule;
  Notification: Omit<Notification, 'case'> & { case: ResolversParentTypes['Case'] };
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  OmittedGroup: OmittedGroup;
  OnlineAccount: Omit<OnlineAccount, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  OnlineAccountInput: OnlineAccountInput;
  Organisation: Omit<Organisation, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  OrganisationInput: OrganisationInput;
  PageInfo: PageInfo;
  PartyTotals: PartyTotals;
  Path: Path;
  Person: Omit<Person, 'cases' | 'identity' | 'mentions' | 'possibleMatches'> & { cases: Array<ResolversParentTypes['Case']>, identity?: Maybe<ResolversParentTypes['Identity']>, mentions: Array<ResolversParentTypes['Mention']>, possibleMatches: Array<ResolversParentTypes['MatchPair']> };
  PersonInput: PersonInput;
  Phone: Omit<Phone, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  PhoneInput: PhoneInput;
  Query: Record<PropertyKey, never>;
  SearchHit: SearchHit;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
  Subscription: Record<PropertyKey, never>;
  Vehicle: Omit<Vehicle, 'cases' | 'mentions'> & { cases: Array<ResolversParentTypes['Case']>, mentions: Array<ResolversParentTypes['Mention']> };
  VehicleInput: VehicleInput;
  Watch: Watch;
  WatchConnection: WatchConnection;
  WatchEdge: WatchEdge;
  WatchTarget: WatchTarget;
};

export type AccessRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessRequest'] = ResolversParentTypes['AccessRequest']> = {
  analyst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  caseHandle?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromAgency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  justification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type AccessRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessRequestConnection'] = ResolversParentTypes['AccessRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AccessRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessRequestEdge'] = ResolversParentTypes['AccessRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessRequest'], ParentType, ContextType>;
};

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  iban?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  nationalCheck?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rawIban?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  flat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AdvertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Advert'] = ResolversParentTypes['Advert']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  advertId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['CountryCode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  assignee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['ChainNode']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AlertEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertKind'], ParentType, ContextType>;
  newCases?: Resolver<Array<ResolversTypes['ChainNode']>, ParentType, ContextType>;
  newThrough?: Resolver<Array<ResolversTypes['ChainNode']>, ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ruleKind?: Resolver<Maybe<ResolversTypes['AlertRuleKind']>, ParentType, ContextType>;
  sourceVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AlertStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['ChainNode']>, ParentType, ContextType>;
  through?: Resolver<Array<ResolversTypes['ChainNode']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  watchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AlertConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertConnection'] = ResolversParentTypes['AlertConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AlertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AlertEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertEdge'] = ResolversParentTypes['AlertEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
};

export type AlertEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertEvent'] = ResolversParentTypes['AlertEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['AlertStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['AlertStatus']>, ParentType, ContextType>;
};

export type AlertRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertRule'] = ResolversParentTypes['AlertRule']> = {
  agency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertRuleKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditCheckpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditCheckpoint'] = ResolversParentTypes['AuditCheckpoint']> = {
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  agency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  analyst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifiedAgencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variablesHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['CountryCode'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, Partial<CaseEntitiesArgs>>;
  handlingCode?: Resolver<Maybe<ResolversTypes['HandlingCode']>, ParentType, ContextType>;
  handlingText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationReliability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  persons?: Resolver<Array<ResolversTypes['CasePerson']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceReliability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['MoneyTransfer']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  typologies?: Resolver<Array<ResolversTypes['Typology']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseOutcome'] = ResolversParentTypes['CaseOutcome']> = {
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  flagged?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseOutcomeStatus'], ParentType, ContextType>;
};

export type CasePersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CasePerson'] = ResolversParentTypes['CasePerson']> = {
  function?: Resolver<Maybe<ResolversTypes['SuspectFunction']>, ParentType, ContextType>;
  nameAsWritten?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PersonRole'], ParentType, ContextType>;
};

export type ChainNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainNode'] = ResolversParentTypes['ChainNode']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type ChainRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainRelationship'] = ResolversParentTypes['ChainRelationship']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export type CrossBorderLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CrossBorderLink'] = ResolversParentTypes['CrossBorderLink']> = {
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['LinkChain']>, ParentType, ContextType>;
  shortest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CryptoWalletResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CryptoWallet'] = ResolversParentTypes['CryptoWallet']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  chain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CurrencyTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurrencyTotal'] = ResolversParentTypes['CurrencyTotal']> = {
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  in?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  out?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmailAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmailAddress'] = ResolversParentTypes['EmailAddress']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Account' | 'Address' | 'Advert' | 'CryptoWallet' | 'EmailAddress' | 'IdentityDocument' | 'OnlineAccount' | 'Organisation' | 'Phone' | 'Vehicle', ParentType, ContextType>;
};

export type ExplainedSideResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExplainedSide'] = ResolversParentTypes['ExplainedSide']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  blockingKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  buildingKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['NormalisationRule']>, ParentType, ContextType>;
};

export type ExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Export'] = ResolversParentTypes['Export']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldProblem'] = ResolversParentTypes['FieldProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlowTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlowTransfer'] = ResolversParentTypes['FlowTransfer']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['TransferChannel']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type HitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hit'] = ResolversParentTypes['Hit']> = {
  agency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseHandle?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['CountryCode'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  handlingCode?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
};

export type HotSpotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HotSpot'] = ResolversParentTypes['HotSpot']> = {
  caseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
};

export type HotSpotConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HotSpotConnection'] = ResolversParentTypes['HotSpotConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HotSpotEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HotSpotEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HotSpotEdge'] = ResolversParentTypes['HotSpotEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HotSpot'], ParentType, ContextType>;
};

export type IdentityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Identity'] = ResolversParentTypes['Identity']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  persons?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type IdentityDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityDocument'] = ResolversParentTypes['IdentityDocument']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['DocumentKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  casesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesRejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesUnchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesMatched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchingChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchingProposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['CaseOutcome']>, ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LinkChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkChain'] = ResolversParentTypes['LinkChain']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ChainNode']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['ChainRelationship']>, ParentType, ContextType>;
  weak?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LinkExplanationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkExplanation'] = ResolversParentTypes['LinkExplanation']> = {
  a?: Resolver<ResolversTypes['ExplainedSide'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['ExplainedSide'], ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['MatchFeature']>, ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharedBlockingKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['LinkVerdict'], ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MatchFeatureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchFeature'] = ResolversParentTypes['MatchFeature']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MatchPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchPair'] = ResolversParentTypes['MatchPair']> = {
  a?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  explanation?: Resolver<Array<ResolversTypes['MatchFeature']>, ParentType, ContextType>;
  identity?: Resolver<Maybe<ResolversTypes['Identity']>, ParentType, ContextType>;
  modelVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  asWritten?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
};

export type MoneyChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoneyChain'] = ResolversParentTypes['MoneyChain']> = {
  transfers?: Resolver<Array<ResolversTypes['FlowTransfer']>, ParentType, ContextType>;
};

export type MoneyFlowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoneyFlow'] = ResolversParentTypes['MoneyFlow']> = {
  chains?: Resolver<Array<ResolversTypes['MoneyChain']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['PartyTotals']>, ParentType, ContextType>;
};

export type MoneyTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoneyTransfer'] = ResolversParentTypes['MoneyTransfer']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['TransferChannel']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  decideAccess?: Resolver<ResolversTypes['AccessRequest'], ParentType, ContextType, RequireFields<MutationDecideAccessArgs, 'approve' | 'requestId'>>;
  decideMatch?: Resolver<ResolversTypes['MatchPair'], ParentType, ContextType, RequireFields<MutationDecideMatchArgs, 'decision' | 'personA' | 'personB'>>;
  importCases?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportCasesArgs, 'cases'>>;
  requestAccess?: Resolver<ResolversTypes['AccessRequest'], ParentType, ContextType, RequireFields<MutationRequestAccessArgs, 'caseHandle' | 'justification'>>;
  saveAlertRule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType, RequireFields<MutationSaveAlertRuleArgs, 'rule'>>;
  setWatchStatus?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationSetWatchStatusArgs, 'id' | 'status'>>;
  updateAlert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationUpdateAlertArgs, 'id'>>;
  watch?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationWatchArgs, 'forAgency' | 'target'>>;
};

export type NetworkMetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkMetrics'] = ResolversParentTypes['NetworkMetrics']> = {
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NodeMetrics']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Account' | 'Address' | 'Advert' | 'Case' | 'CryptoWallet' | 'EmailAddress' | 'IdentityDocument' | 'MoneyTransfer' | 'OnlineAccount' | 'Organisation' | 'Person' | 'Phone' | 'Vehicle', ParentType, ContextType>;
};

export type NodeMetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeMetrics'] = ResolversParentTypes['NodeMetrics']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  component?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
};

export interface NonEmptyStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonEmptyString'], any> {
  name: 'NonEmptyString';
}

export interface NonNegativeFloatScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeFloat'], any> {
  name: 'NonNegativeFloat';
}

export type NormalisationRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NormalisationRule'] = ResolversParentTypes['NormalisationRule']> = {
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  analyst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  checkpoint?: Resolver<Maybe<ResolversTypes['AuditCheckpoint']>, ParentType, ContextType>;
  fromAgency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromCountry?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  through?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  throughType?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type OmittedGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OmittedGroup'] = ResolversParentTypes['OmittedGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type OnlineAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OnlineAccount'] = ResolversParentTypes['OnlineAccount']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  numericId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartyTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyTotals'] = ResolversParentTypes['PartyTotals']> = {
  party?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['CurrencyTotal']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  weak?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identity?: Resolver<Maybe<ResolversTypes['Identity']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  possibleMatches?: Resolver<Array<ResolversTypes['MatchPair']>, ParentType, ContextType>;
  registeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PhoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  e164?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  unverified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessRequests?: Resolver<ResolversTypes['AccessRequestConnection'], ParentType, ContextType, RequireFields<QueryAccessRequestsArgs, 'direction' | 'first'>>;
  alertRules?: Resolver<Array<ResolversTypes['AlertRule']>, ParentType, ContextType>;
  alerts?: Resolver<ResolversTypes['AlertConnection'], ParentType, ContextType, RequireFields<QueryAlertsArgs, 'first'>>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  auditNodeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryAuditNodeIdArgs, 'id'>>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCasesArgs, 'first'>>;
  crossBorderLinks?: Resolver<Array<ResolversTypes['CrossBorderLink']>, ParentType, ContextType, RequireFields<QueryCrossBorderLinksArgs, 'caseId' | 'maxChainsPerCase' | 'maxHops'>>;
  explainLink?: Resolver<ResolversTypes['LinkExplanation'], ParentType, ContextType, RequireFields<QueryExplainLinkArgs, 'a' | 'b'>>;
  exportSubgraph?: Resolver<ResolversTypes['Export'], ParentType, ContextType, RequireFields<QueryExportSubgraphArgs, 'depth' | 'format' | 'maxNodes' | 'seeds'>>;
  hotSpots?: Resolver<ResolversTypes['HotSpotConnection'], ParentType, ContextType, RequireFields<QueryHotSpotsArgs, 'first'>>;
  lookup?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryLookupArgs, 'kind' | 'value'>>;
  matchCandidates?: Resolver<Array<ResolversTypes['MatchPair']>, ParentType, ContextType, RequireFields<QueryMatchCandidatesArgs, 'first' | 'status'>>;
  moneyFlow?: Resolver<ResolversTypes['MoneyFlow'], ParentType, ContextType, RequireFields<QueryMoneyFlowArgs, 'direction' | 'fromId' | 'maxChains' | 'maxHops'>>;
  networkMetrics?: Resolver<ResolversTypes['NetworkMetrics'], ParentType, ContextType, RequireFields<QueryNetworkMetricsArgs, 'depth' | 'maxNodes' | 'seeds'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'fromId' | 'k' | 'maxLength' | 'toId'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'depth' | 'maxNodes' | 'seeds'>>;
  watches?: Resolver<ResolversTypes['WatchConnection'], ParentType, ContextType, RequireFields<QueryWatchesArgs, 'first'>>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  matchedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  cytoscape?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  graphology?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  omitted?: Resolver<Array<ResolversTypes['OmittedGroup']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  alerts?: SubscriptionResolver<ResolversTypes['Alert'], "alerts", ParentType, ContextType>;
  notifications?: SubscriptionResolver<ResolversTypes['Notification'], "notifications", ParentType, ContextType>;
};

export type VehicleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vehicle'] = ResolversParentTypes['Vehicle']> = {
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  colour?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  hit?: Resolver<Maybe<ResolversTypes['Hit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  make?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  vin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  default?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  forAgency?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ChainNode']>, ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeType?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WatchStatus'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WatchConnection'] = ResolversParentTypes['WatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WatchEdge'] = ResolversParentTypes['WatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Watch'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessRequest?: AccessRequestResolvers<ContextType>;
  AccessRequestConnection?: AccessRequestConnectionResolvers<ContextType>;
  AccessRequestEdge?: AccessRequestEdgeResolvers<ContextType>;
  Account?: AccountResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  Advert?: AdvertResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  AlertConnection?: AlertConnectionResolvers<ContextType>;
  AlertEdge?: AlertEdgeResolvers<ContextType>;
  AlertEvent?: AlertEventResolvers<ContextType>;
  AlertRule?: AlertRuleResolvers<ContextType>;
  AuditCheckpoint?: AuditCheckpointResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseOutcome?: CaseOutcomeResolvers<ContextType>;
  CasePerson?: CasePersonResolvers<ContextType>;
  ChainNode?: ChainNodeResolvers<ContextType>;
  ChainRelationship?: ChainRelationshipResolvers<ContextType>;
  CountryCode?: GraphQLScalarType;
  CrossBorderLink?: CrossBorderLinkResolvers<ContextType>;
  CryptoWallet?: CryptoWalletResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  CurrencyTotal?: CurrencyTotalResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EmailAddress?: EmailAddressResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  ExplainedSide?: ExplainedSideResolvers<ContextType>;
  Export?: ExportResolvers<ContextType>;
  FieldProblem?: FieldProblemResolvers<ContextType>;
  FlowTransfer?: FlowTransferResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Hit?: HitResolvers<ContextType>;
  HotSpot?: HotSpotResolvers<ContextType>;
  HotSpotConnection?: HotSpotConnectionResolvers<ContextType>;
  HotSpotEdge?: HotSpotEdgeResolvers<ContextType>;
  Identity?: IdentityResolvers<ContextType>;
  IdentityDocument?: IdentityDocumentResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  LinkChain?: LinkChainResolvers<ContextType>;
  LinkExplanation?: LinkExplanationResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  MatchFeature?: MatchFeatureResolvers<ContextType>;
  MatchPair?: MatchPairResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MoneyChain?: MoneyChainResolvers<ContextType>;
  MoneyFlow?: MoneyFlowResolvers<ContextType>;
  MoneyTransfer?: MoneyTransferResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkMetrics?: NetworkMetricsResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeMetrics?: NodeMetricsResolvers<ContextType>;
  NonEmptyString?: GraphQLScalarType;
  NonNegativeFloat?: GraphQLScalarType;
  NormalisationRule?: NormalisationRuleResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  OmittedGroup?: OmittedGroupResolvers<ContextType>;
  OnlineAccount?: OnlineAccountResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyTotals?: PartyTotalsResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  WatchConnection?: WatchConnectionResolvers<ContextType>;
  WatchEdge?: WatchEdgeResolvers<ContextType>;
};

