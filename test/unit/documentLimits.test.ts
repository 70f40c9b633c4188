// The document limits (src/documentLimits.ts) let the project's own browser clients through: every
// document the explorer (web/src) and GraphiQL send, read from their sources, as their GraphQL client
// sends it, passes the characters, tokens and shape limits with room to spare. Cheaper than a browser run;
// the refusals themselves are in test/integration/limits.test.ts (HTTP) and live.test.ts (WebSocket).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  buildASTSchema,
  getIntrospectionQuery,
  Kind,
  Lexer,
  parse,
  print,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  visit,
  type FieldNode,
} from 'graphql';
import { documentLimits, LIMITS, overTokenLimit } from '../../src/documentLimits';
import { loadTypeDefs } from '../../src/server';

const schema = buildASTSchema(parse(loadTypeDefs()));
const web = path.join(__dirname, '..', '..', 'web', 'src');

const tokens = (document: string) => {
  const lexer = new Lexer(new Source(document));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
};

/**
 * The GraphQL documents of web/src: every string constant (a template's `${NAME}` filled in from the
 * other constants) and GraphiQL's `defaultQuery`, that reads as a GraphQL operation.
 */
function webDocuments(): Array<{ name: string; document: string }> {
  const constants = new Map<string, string>();
  const pending: Array<{ name: string; node: ts.Expression }> = [];
  for (const file of fs.readdirSync(web).filter((f) => /\.tsx?$/.test(f))) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(web, file), 'utf8'), ts.ScriptTarget.Latest);
    const walk = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
        pending.push({ name: node.name.text, node: node.initializer });
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'defaultQuery')
        pending.push({ name: `${file}: defaultQuery`, node: node.initializer });
      ts.forEachChild(node, walk);
    };
    walk(source);
  }
  const text = (node: ts.Expression): string | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (!ts.isTemplateExpression(node)) return undefined;
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const value = ts.isIdentifier(span.expression) ? constants.get(span.expression.text) : undefined;
      if (value === undefined) return undefined;
      out += value + span.literal.text;
    }
    return out;
  };
  // Constants may use constants declared later or in another file: fill in until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const { name, node } of pending) {
      const value = text(node);
      if (value !== undefined && !constants.has(name)) {
        constants.set(name, value);
        changed = true;
      }
    }
  }
  const unresolved = pending.filter(
    ({ name, node }) =>
      !constants.has(name) &&
      ts.isTemplateExpression(node) &&
      /^\s*(query|mutation|subscription)\b/.test(node.head.text),
  );
  expect(unresolved.map((u) => u.name)).toEqual([]);
  return [...constants]
    .filter(([, document]) => /^\s*(#[^\n]*\n\s*)*(query|mutation|subscription|\{)/.test(document))
    .map(([name, document]) => ({ name, document }));
}

/** As urql's cache sends it: `__typename` added to every selection set below the operation's own. */
const asSent = (document: string) =>
  print(
    visit(parse(document), {
      SelectionSet(node, _key, parent) {
        if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
        return { ...node, selections: [...node.selections, typename] };
      },
    }),
  );

const refusals = (document: string, production: boolean) => {
  const limits = documentLimits(production);
  return validate(schema, parse(document, limits.parseOptions), [...specifiedRules, ...limits.validationRules]).map(
    (e) => e.message,
  );
};

describe("the project's own clients pass the document limits", () => {
  const documents = webDocuments();

  it('finds the explorer, inbox, alerts and GraphiQL documents', () => {
    expect(documents.map((d) => d.name)).toEqual(
      expect.arrayContaining(['SEARCH', 'CASE', 'SUBGRAPH', 'INBOX', 'ALERTS', 'LIVE', 'graphiql.ts: defaultQuery']),
    );
  });

  it.each(documents.map((d) => [d.name, d.document] as const))(
    '%s, as written and as sent: within the limits, with room',
    (_name, document) => {
      for (const form of [document, asSent(document)]) {
        // At most a quarter of the size limits: a client's document may grow before anyone looks again.
        expect(form.length).toBeLessThanOrEqual(LIMITS.characters / 4);
        expect(tokens(form)).toBeLessThanOrEqual(LIMITS.tokens / 4);
        expect(refusals(form, true)).toEqual([]);
      }
    },
  );

  it("GraphiQL's introspection query passes in development (introspection is off in production)", () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect(query.length).toBeLessThanOrEqual(LIMITS.characters / 4);
    expect(tokens(query)).toBeLessThanOrEqual(LIMITS.tokens / 4);
    expect(refusals(query, false)).toEqual([]);
    expect(refusals(query, true).join(' ')).toMatch(/^Introspection \(__schema, __type\) is off on this server/);
  });
});

describe('the messages', () => {
  it('name the limit and what to do, and no framework', () => {
    const [aliases] = refusals(`{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`, true);
    expect(aliases).toBe(
      'Document limit: the document has 100 aliases; the limit is 15. Ask for each field once (__typename counts too), or split the operation into several requests.',
    );
    const [characters] = refusals(`{ __typename } #${'x'.repeat(16_000)}`, true);
    expect(characters).toMatch(
      /^Document limit: the document has 16016 characters; the limit is 15000\. Send a shorter/,
    );
    const [cost] = refusals('{ cases(first: 1000) { persons { person { cases { id label } } } } }', true);
    expect(cost).toMatch(/^Document limit: the document has a cost of \d+; the limit is 5000\. Ask for fewer fields/);
    const [depth] = refusals(
      `{ case(id: "x") { persons { person { cases { persons { person { cases { persons { person { cases { persons { person { id } } } } } } } } } } } } }`,
      true,
    );
    expect(depth).toMatch(
      /^Document limit: the document has 13 levels of nested fields \(its depth\); the limit is 10\./,
    );
    let error: unknown;
    try {
      parse(`{ ${'__typename '.repeat(LIMITS.tokens)} }`, documentLimits(true).parseOptions);
    } catch (e) {
      error = e;
    }
    expect(overTokenLimit((error as Error).message)?.message).toBe(
      'Document limit: the document has more than 1000 tokens; the limit is 1000. Pass lists and long values as variables, or split the operation into several requests.',
    );
    expect(overTokenLimit('Syntax Error: Expected Name, found <EOF>.')).toBeUndefined();
    for (const message of [aliases, characters, cost, depth])
      expect(message).not.toMatch(/Apollo|armor|graphql-js|Syntax Error/i);
  });
});
