// The limits every GraphQL document is held to before any resolver or database call, and what a client
// is told when it goes over one. One owner for both transports: HTTP (src/server.ts, through Apollo) and
// subscriptions over WebSocket (src/alerts/live.ts, which parses and validates on its own).
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ASTVisitor, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * The numbers (README, "The API" and "Security model"), against the largest documents the project's own
 * clients send, measured over web/src, test/, bench/ and the README (test/unit/documentLimits.test.ts
 * re-reads the explorer's and GraphiQL's on every run and keeps them within a quarter of the characters
 * and tokens):
 * - the explorer: 1,015 characters and 107 tokens (its case view as urql sends it, `__typename` added
 *   to each selection), depth 6 (the alert list), 2 aliases (the inbox), cost 3,360 (the inbox's three
 *   lists of 20; of 50 they would cost 6,825); GraphiQL's introspection query (development only): 2,075
 *   characters, 184 tokens;
 * - the test suites' heaviest, built to load the server: 2,153 characters, 437 tokens and 15 aliases
 *   (starvation.test.ts, 15 aliased `networkMetrics` or `hotSpots` with their lists written inline).
 *
 * `characters` 15,000 and `tokens` 1,000 are the attack checklist's caps: 7 and 2 times the largest
 * above, 15 and 9 times the explorer's. Comments and blanks count as characters, since a padded document
 * is made of them and the parser skips comments without counting a token. A longer document passes its
 * lists as variables (which the resolvers cap anyway: 50 seeds, 20 values) or splits. `depth` 10 leaves
 * 4 levels over the explorer's deepest; `aliases` 15 is what the starvation suite uses on purpose, and
 * `__typename` counts (650 aliases of it passed before); no client uses a directive (`directives` 10);
 * `cost` 5,000 is armor's default, over the inbox's 3,360.
 */
export const LIMITS = {
  characters: 15_000,
  tokens: 1_000,
  depth: 10,
  aliases: 15,
  directives: 10,
  cost: 5_000,
} as const;

export interface DocumentLimits {
  /** For graphql-js's parser: over the token limit is a parse error (400 GRAPHQL_PARSE_FAILED). */
  parseOptions: ParseOptions;
  /** The size and shape rules and, in production, no introspection (400 GRAPHQL_VALIDATION_FAILED). */
  validationRules: ValidationRule[];
  /** Apollo plugins (HTTP only): field suggestions ("Did you mean…") blanked in production. */
  plugins: ApolloServerPlugin[];
}

/** Each limit's refusal: what the document has (`#`: the count found, or "more than" the limit), what to do. */
const SAID: Record<keyof typeof LIMITS, readonly [has: string, advice: string]> = {
  characters: [
    '# characters',
    'Send a shorter document: pass long values and lists as variables, and leave comments out',
  ],
  tokens: ['# tokens', 'Pass lists and long values as variables, or split the operation into several requests'],
  depth: ['# levels of nested fields (its depth)', 'Ask for fewer levels, and follow deeper links in another request'],
  aliases: [
    '# aliases',
    'Ask for each field once (__typename counts too), or split the operation into several requests',
  ],
  directives: ['# directives', 'Use fewer @include and @skip directives, or split the operation into several requests'],
  cost: ['a cost of #', 'Ask for fewer fields, fewer levels or smaller pages (first:), or split the operation'],
};

/** The message and extensions of a refusal: which limit, the value found when known, what to do. */
export function limitError(limit: keyof typeof LIMITS, found?: number): GraphQLError {
  const [has, advice] = SAID[limit];
  const max = LIMITS[limit];
  const count = found === undefined ? `more than ${max}` : String(found);
  return new GraphQLError(
    `Document limit: the document has ${has.replace('#', count)}; the limit is ${max}. ${advice}.`,
    {
      extensions: { limit, max, ...(found === undefined ? {} : { found }) },
    },
  );
}

const INTROSPECTION_OFF =
  'Introspection (__schema, __type) is off on this server. Use the published schema (schema/schema.graphql in the API documentation).';

/**
 * graphql-js's own refusal of a document over the token limit ("Syntax Error: Document contains more
 * that 1000 tokens. Parsing aborted."), said as the other limits say theirs; undefined for other errors.
 */
export function overTokenLimit(message: string): GraphQLError | undefined {
  return /^Syntax Error: Document contains more th\w+ \d+ tokens/.test(message) ? limitError('tokens') : undefined;
}

/** Characters of the whole source, comments and blanks included (the parser skips comments uncounted). */
const maxCharacters: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Document(node) {
    const length = node.loc?.source.body.length ?? 0;
    if (length > LIMITS.characters) context.reportError(limitError('characters', length));
  },
});

/** In production: no introspection, in a message that names no framework (Apollo's names itself). */
const noIntrospection: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type')
      context.reportError(
        new GraphQLError(INTROSPECTION_OFF, { nodes: [node], extensions: { limit: 'introspection' } }),
      );
  },
});

/** Armor's rejections, reported in our words (its own read "Syntax Error: Aliases limit of 15 exceeded…"). */
const report =
  (limit: keyof typeof LIMITS) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)/.exec(error.message);
    context?.reportError(limitError(limit, found ? Number(found[1]) : undefined));
  };
const refusal = (limit: keyof typeof LIMITS) => ({ onReject: [report(limit)], propagateOnRejection: false });

/** The limits of one server, in development or in production. */
export function documentLimits(production: boolean): DocumentLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ...refusal('depth') },
    // Armor leaves `__typename` out of the count by default: `{ a0: __typename … a649: __typename }` passed.
    maxAliases: { n: LIMITS.aliases, allowList: [], ...refusal('aliases') },
    maxDirectives: { n: LIMITS.directives, ...refusal('directives') },
    // Tokens are counted by graphql-js's own parser (parseOptions): over the limit is a parse error,
    // 400 GRAPHQL_PARSE_FAILED, logged and counted. Armor's token plugin parses inside parsingDidStart,
    // where any syntax error became an unlogged 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.cost, ...refusal('cost') },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    parseOptions: { maxLexicalTokens: LIMITS.tokens },
    validationRules: [maxCharacters, ...armor.validationRules, ...(production ? [noIntrospection] : [])],
    plugins: armor.plugins,
  };
}
