// GraphQL abuse from the attack checklist is refused while validating, before any database call; list
// arguments over their maximum size are refused by the resolvers.
import { buildASTSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, parse } from 'graphql';
import type { GraphQLInputType } from 'graphql';
import { analystOf, execute, freshDatabase, listenHttp, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import { loadTypeDefs } from '../../src/server';
import { LIMITS } from '../../src/documentLimits';

let db: Database;
const server = testServer();
const production = testServer(true);

beforeAll(async () => (db = await freshDatabase()));
afterAll(() => db.close());

async function refused(query: string, pattern: RegExp, srv = server) {
  const before = db.statementsRun;
  const res = await execute(srv, db, query);
  expect(res.data ?? null).toBeNull();
  expect(res.errors!.length).toBeGreaterThan(0);
  expect(res.errors!.map((e) => e.message).join(' ')).toMatch(pattern);
  expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|Neo\./);
  expect(db.statementsRun).toBe(before); // nothing reached the database
  return res.errors!;
}

/** Masked: no stack, no database code, no framework or library named (nor how to configure it). */
const MASKED = /stacktrace|Neo\.|Apollo|armor|graphql-js|introspection: true/i;

// The probe's documents (a black-box run in production found each answered 200, or refused only inside
// a resolver).
const padded = (chars: number) => `{ __typename } #${'x'.repeat(chars - '{ __typename } #'.length)}`;
const manySeeds = (n: number) =>
  `{ subgraph(seeds: [${Array.from({ length: n }, (_, i) => `"${i}"`).join(' ')}]) { truncated } }`;
const typenames = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;

describe('document limits', () => {
  it('a depth bomb one level over the limit', async () => {
    const deep = `{ case(id: "x") { persons { person { cases { persons { person { cases { persons { person { cases { persons { person { id } } } } } } } } } } } } }`;
    await refused(deep, /depth/i);
  });
  it('the depth limit cannot be dodged with fragments', async () => {
    const q = `query { case(id: "x") { ...A } }
      fragment A on Case { persons { person { cases { ...B } } } }
      fragment B on Case { persons { person { cases { ...C } } } }
      fragment C on Case { persons { person { cases { persons { person { id } } } } } }`;
    await refused(q, /depth/i);
  });
  it('an alias flood of an expensive field: 60 aliases over the alias limit, 100 already over the token limit', async () => {
    const flood = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: paths(fromId: "a", toId: "b") { length }`).join(' ')} }`;
    await refused(flood(60), /alias/i);
    await refused(flood(100), /tokens/);
  });
  it('__typename repeated a thousand times', async () => {
    // graphql-js stops validating after 100 errors; either way nothing runs.
    await refused(`{ ${'__typename '.repeat(1000)} }`, /token|Validation aborted/i);
  });
  it('circular fragments, directly and through another fragment', async () => {
    await refused(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, /within itself/);
    await refused(
      `query { case(id: "x") { ...A } } fragment A on Case { persons { person { cases { ...A } } } }`,
      /within itself/,
    );
  });
  it('the deep introspection circle (types, fields, type, fields…), in development and in production', async () => {
    let inner = 'name';
    for (let i = 0; i < 4; i++) inner = `fields { type { ${inner} } }`;
    await refused(`{ __schema { types { ${inner} } } }`, /introspection depth/);
    await refused(`{ __schema { types { ${inner} } } }`, /introspection/, production);
  });
  it('an operation, a fragment or an alias named __schema does not dodge the depth limit', async () => {
    const deep = `persons { person { cases { persons { person { cases { persons { person { cases { persons { person { id } } } } } } } } } } }`;
    await refused(`query __schema { case(id: "x") { ${deep} } }`, /depth/i);
    await refused(`query { case(id: "x") { ...__schema } } fragment __schema on Case { ${deep} }`, /depth/i);
    await refused(`query { __schema: case(id: "x") { ${deep} } }`, /depth/i);
  });
  it('a directive flood', async () => {
    await refused(`{ __typename ${'@include(if: true) '.repeat(50)} }`, /directive/i);
  });
  it('a document over 15,000 characters, even when the rest is a comment', async () => {
    const [error] = await refused(
      padded(16_000),
      /^Document limit: the document has 16000 characters; the limit is 15000\. Send a shorter document/,
    );
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'characters', found: 16_000 });
    expect(await execute(server, db, padded(LIMITS.characters))).toEqual({ data: { __typename: 'Query' } });
  });
  it('a document over the token limit is refused by the parser, not by the resolver (1,900 seeds written inline)', async () => {
    const query = manySeeds(1900);
    expect(query.length).toBeLessThan(LIMITS.characters); // the token limit alone refuses it
    const [error] = await refused(
      query,
      /^Document limit: the document has more than 1000 tokens; the limit is 1000\. Pass lists and long values as variables/,
    );
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens' });
    expect(JSON.stringify(error)).not.toMatch(/seeds|Syntax Error/);
  });
  it('aliases of __typename count toward the alias limit', async () => {
    const [error] = await refused(typenames(100), /^Document limit: the document has 100 aliases; the limit is 15\./);
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', found: 100 });
    expect((await execute(server, db, typenames(LIMITS.aliases))).errors).toBeUndefined();
  });
  it('every refusal names its limit and what to do, in words of our own', async () => {
    const deep = `{ case(id: "x") { persons { person { cases { persons { person { cases { persons { person { cases { persons { person { id } } } } } } } } } } } } }`;
    const documents = [
      deep,
      `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: paths(fromId: "a", toId: "b") { length }`).join(' ')} }`,
      `{ __typename ${'@include(if: true) '.repeat(50)} }`,
      `{ alerts(first: 100) { edges { node { cases { persons { person { cases { id } } } } } } } }`,
    ];
    for (const query of documents) {
      const res = await execute(server, db, query);
      const limit = res.errors!.find((e) => e.extensions?.limit)!;
      expect(limit.message).toMatch(/^Document limit: the document has .*\d+.*; the limit is \d+\. [A-Z].+\.$/);
      expect(JSON.stringify(res.errors)).not.toMatch(MASKED);
    }
  });
  it('an ordinary nested query passes', async () => {
    const res = await execute(
      server,
      db,
      `{ cases(first: 5) { id persons { role person { name cases { id } } } entities { label } } }`,
    );
    expect(res.errors).toBeUndefined();
  });
});

describe('list arguments have a maximum size', () => {
  // Every list argument of every root field, and every list inside an input argument (the hot-spot filter),
  // found from the schema so that lists added later are covered too. The import has its own cap (500 cases).
  const schema = buildASTSchema(parse(loadTypeDefs()));
  const listType = (t: GraphQLInputType) => isListType(isNonNullType(t) ? t.ofType : t);
  const item = (t: GraphQLInputType): unknown => {
    const named = getNamedType(t);
    if (isEnumType(named)) return named.getValues()[0].value;
    return { ID: 'case:EE-PPA:EE-2024-0117', CountryCode: 'EE' }[named.name] ?? 'x';
  };
  const lists: Array<{ root: 'Query' | 'Mutation'; field: string; arg: string; inner?: string }> = [];
  for (const root of ['Query', 'Mutation'] as const)
    for (const field of Object.values(
      (root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields(),
    ))
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (field.name !== 'importCases' && listType(arg.type)) lists.push({ root, field: field.name, arg: arg.name });
        else if (isInputObjectType(named) && !listType(arg.type))
          for (const f of Object.values(named.getFields()))
            if (listType(f.type)) lists.push({ root, field: field.name, arg: arg.name, inner: f.name });
      }
  const EE = analystOf('EE-PPA', 'EE', 'ee.analyst.1');

  it('finds the lists', () => {
    expect(lists.map((l) => [l.field, l.arg, l.inner].filter(Boolean).join('.'))).toEqual(
      expect.arrayContaining(['subgraph.seeds', 'matchCandidates.status', 'alerts.status', 'hotSpots.filter.types']),
    );
  });
  it.each(lists.map((l) => [[l.field, l.arg, l.inner].filter(Boolean).join('.'), l] as const))(
    '%s: 1000 items are refused naming the field',
    async (_name, { root, field, arg, inner }) => {
      const type = (root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[field];
      const variables: Record<string, unknown> = {};
      for (const a of type.args) {
        if (a.name !== arg && !isNonNullType(a.type)) continue;
        const many = (t: GraphQLInputType) => Array.from({ length: 1000 }, () => item(t));
        if (a.name !== arg) variables[a.name] = listType(a.type) ? [item(a.type)] : item(a.type);
        else if (!inner) variables[a.name] = many(a.type);
        else {
          const f = (getNamedType(a.type) as import('graphql').GraphQLInputObjectType).getFields()[inner];
          variables[a.name] = { [inner]: many(f.type) };
        }
      }
      const declared = type.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const passed = type.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const res = await execute(
        server,
        db,
        `${root === 'Query' ? 'query' : 'mutation'}(${declared}) { ${field}(${passed}) { __typename } }`,
        variables,
        EE,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: inner ? `${arg}.${inner}` : arg,
      });
    },
  );
});

describe('production mode', () => {
  it('gives no field suggestions and no introspection', async () => {
    const res = await execute(production, db, `{ cas(id: "x") { id } }`);
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
    const devSuggests = await execute(server, db, `{ cas(id: "x") { id } }`);
    expect(devSuggests.errors![0].message).toMatch(/Did you mean "case"/);
    const intro = await execute(production, db, `{ __schema { types { name } } }`);
    expect(intro.errors![0].message).toBe(
      'Introspection (__schema, __type) is off on this server. Use the published schema (schema/schema.graphql in the API documentation).',
    );
    expect(JSON.stringify(intro.errors)).not.toMatch(MASKED);
    expect((await execute(production, db, `{ __type(name: "Case") { name } }`)).errors![0].message).toMatch(
      /^Introspection \(__schema, __type\) is off/,
    );
    expect((await execute(server, db, `{ __type(name: "Case") { name } }`)).data).toEqual({ __type: { name: 'Case' } });
    const dev = await execute(server, db, `{ persn { id } }`);
    expect(dev.errors![0].message).toBe('Cannot query field "persn" on type "Query".');
  });
});

describe('over HTTP, in production', () => {
  const prod = testServer(true);
  let base: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    await prod.start();
    // The production body cap (MAX_BODY_BYTES, 2 MB): the probe's padded document fits under it.
    ({ base, stop } = await listenHttp(prod, db, { maxBodyBytes: 2 << 20 }));
  });
  afterAll(async () => {
    await stop();
    await prod.stop();
  });

  const post = async (query: string, refused = true) => {
    const before = db.statementsRun;
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: any }> };
    if (refused) expect(db.statementsRun).toBe(before);
    expect(JSON.stringify(body)).not.toMatch(MASKED);
    return { status: res.status, body };
  };

  it.each([
    ['a 1.9 MB comment after { __typename }', () => padded(1_900_000), 'GRAPHQL_VALIDATION_FAILED', 'characters'],
    ['a 16,000-character document', () => padded(16_000), 'GRAPHQL_VALIDATION_FAILED', 'characters'],
    ['1,900 seeds written inline (about 1,900 tokens)', () => manySeeds(1900), 'GRAPHQL_PARSE_FAILED', 'tokens'],
    // The probe's 650 (about 1,950 tokens) meet the token limit first; 100 meet the alias limit.
    ['650 aliases of __typename', () => typenames(650), 'GRAPHQL_PARSE_FAILED', 'tokens'],
    ['100 aliases of __typename', () => typenames(100), 'GRAPHQL_VALIDATION_FAILED', 'aliases'],
    ['introspection', () => '{ __schema { types { name } } }', 'GRAPHQL_VALIDATION_FAILED', 'introspection'],
  ])('%s: 400, naming the limit', async (_name, query, code, limit) => {
    const { status, body } = await post(query());
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({ code, limit });
    expect(body.errors![0].message).toMatch(limit === 'introspection' ? /^Introspection/ : /^Document limit: /);
  });
  it('an ordinary query passes', async () => {
    expect(await post('{ __typename }', false)).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });
});
