// GraphQL abuse from the attack checklist is refused while validating, before any database call; list
// arguments over their maximum size are refused by the resolvers.
import { buildASTSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, parse } from 'graphql';
import type { GraphQLInputType } from 'graphql';
import { analystOf, execute, freshDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';
import { loadTypeDefs } from '../../src/server';

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
}

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
  it('an alias flood of an expensive field', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: paths(fromId: "a", toId: "b") { length }`).join(' ');
    await refused(`{ ${aliases} }`, /alias/i);
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
    expect(intro.errors![0].message).toMatch(/introspection/i);
    const dev = await execute(server, db, `{ persn { id } }`);
    expect(dev.errors![0].message).toBe('Cannot query field "persn" on type "Query".');
  });
});
