// GraphQL abuse from the attack checklist is refused while validating, before any database call.
import { execute, freshDatabase, testServer } from '../helpers';
import type { Database } from '../../src/db/database';

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
