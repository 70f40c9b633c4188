// Cypher injection: every payload of the checklist (../shared/docs/attack-and-fault-cases.md) goes into
// every string argument of every root field, found from the schema itself so that fields added later are
// covered too. Afterwards the case data must be exactly as before, and every answer a normal error or an
// empty result. Then the same payloads go into every string field of an imported case, where they must be
// stored as plain text. A static check confirms that no query text is built in code.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLInputType,
} from 'graphql';
import { demoCases, execute, freshDatabase, testServer, viewer } from '../helpers';
import { loadTypeDefs } from '../../src/server';
import type { Database } from '../../src/db/database';

const PAYLOADS = [
  "Robby' WITH true AS ignored MATCH (s) DETACH DELETE s //",
  "'}) RETURN 'x' AS x UNION MATCH (n) RETURN n.value AS x //",
  "' OR 1=1 WITH 1 AS a CALL db.labels() YIELD label RETURN label //",
  'Person`) DETACH DELETE n //',
  '`',
  '``',
  ' ',
  'name DESC, n.secret',
  '3] ()-[*',
  '"}) MATCH (n) SET n.pwned = true //',
];

let db: Database;
const server = testServer();
const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'injection test');

/** Every node and relationship of the case data, by a stable description: any change shows. */
async function fingerprint(): Promise<string[]> {
  const session = db.driver.session();
  try {
    const nodes =
      await session.run(`MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead AND NOT n:Notification AND NOT n:AccessRequest AND NOT n:Lock
      RETURN labels(n) AS l, properties(n) AS p`);
    const rels = await session.run(
      `MATCH (a)-[r]->(b) WHERE NOT a:Notification AND NOT a:AccessRequest RETURN type(r) AS t, coalesce(a.id, a.key) AS a, coalesce(b.id, b.key) AS b, properties(r) AS p`,
    );
    const describe = (x: unknown) =>
      JSON.stringify(x, (_k, v) => (typeof v === 'object' && v && 'low' in v && 'high' in v ? String(v) : v));
    return [
      ...nodes.records.map((r) => describe([r.get('l'), r.get('p')])),
      ...rels.records.map((r) => describe([r.get('t'), r.get('a'), r.get('b'), r.get('p')])),
    ].sort();
  } finally {
    await session.close();
  }
}

beforeAll(async () => (db = await freshDatabase(demoCases())));
afterAll(() => db.close());

// A harmless value for an argument that is not under attack.
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return false;
    case 'CountryCode':
      return 'EE';
    case 'DateTime':
      return '2025-01-01T00:00:00Z';
    case 'LocalDate':
      return '2025-01-01';
    case 'ID':
      return 'case:EE-PPA:EE-2024-0117';
    default:
      return 'x';
  }
}
const isText = (type: GraphQLInputType) =>
  isScalarType(getNamedType(type)) && ['String', 'ID', 'NonEmptyString'].includes(getNamedType(type).name);

describe('Cypher injection', () => {
  const schema = buildASTSchema(parse(loadTypeDefs()));
  const targets: Array<{ root: string; field: string; arg: string }> = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) if (isText(arg.type)) targets.push({ root, field: field.name, arg: arg.name });
    }
  }

  it('covers the string arguments of every root field', () => {
    expect(targets.length).toBeGreaterThan(15);
    expect(targets.map((t) => `${t.field}.${t.arg}`)).toEqual(
      expect.arrayContaining([
        'case.id',
        'lookup.value',
        'search.text',
        'paths.fromId',
        'subgraph.seeds',
        'hotSpots.after',
        'decideMatch.personA',
        'requestAccess.caseHandle',
      ]),
    );
  });

  it('sends every payload through every string argument and leaves the case data unchanged', async () => {
    const before = await fingerprint();
    const schemaTypes = { Query: schema.getQueryType()!, Mutation: schema.getMutationType()! };
    let answered = 0;
    for (const { root, field, arg } of targets) {
      const def = schemaTypes[root as 'Query' | 'Mutation'].getFields()[field];
      // Fields that need an input object (the import) are attacked field by field below.
      if (def.args.some((a) => isNonNullType(a.type) && isInputObjectType(getNamedType(a.type)))) continue;
      const composite = !isScalarType(getNamedType(def.type)) && !isEnumType(getNamedType(def.type));
      const declared = def.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const passed = def.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${root === 'Query' ? 'query' : 'mutation'}(${declared}) { ${field}(${passed})${composite ? ' { __typename }' : ''} }`;
      for (const payload of PAYLOADS) {
        const variables: Record<string, unknown> = {};
        for (const a of def.args) {
          if (a.name === arg)
            variables[a.name] = isListType(isNonNullType(a.type) ? a.type.ofType : a.type) ? [payload] : payload;
          else if (isNonNullType(a.type)) variables[a.name] = sample(a.type);
        }
        const res = await execute(server, db, document, variables, EE);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        // A normal error (bad input, not found, forbidden) or a normal, possibly empty, answer: never a crash.
        expect({ field, arg, payload, codes: codes.filter((c) => c === 'INTERNAL_SERVER_ERROR') }).toEqual({
          field,
          arg,
          payload,
          codes: [],
        });
        answered += 1;
      }
    }
    expect(answered).toBeGreaterThan(100);
    expect(await fingerprint()).toEqual(before);
  }, 300_000);

  it('stores payloads in an imported case as plain text, and changes nothing else', async () => {
    const before = await fingerprint();
    // A name may not be blank, so the blank payload is given a letter in front there.
    const named = (p: string) => (p.trim() ? p : `x${p}`);
    const cases = PAYLOADS.map((p, i) => ({
      reference: `EE-INJ-${i}`,
      agency: { code: 'EE-PPA', country: 'EE' },
      title: p,
      typologies: ['OTHER'],
      status: 'OPEN',
      openedOn: '2025-01-01',
      persons: [{ id: `INJ-${i}`, name: named(p), aliases: [named(p)], role: 'SUSPECT', function: 'RECRUITER' }],
      addresses: [{ street: `${p} 1`, city: `${p} city`, holders: [`INJ-${i}`] }],
      organisations: [{ id: `O-${i}`, name: `${p} Ltd`, members: [`INJ-${i}`] }],
      accounts: [{ provider: `${p} bank`, number: `N${i}`, holders: [`INJ-${i}`] }],
    }));
    const res = await execute(
      server,
      db,
      `mutation($cases: [CaseInput!]!) { importCases(cases: $cases) { casesCreated outcomes { status problems { message } } } }`,
      { cases },
      EE,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importCases.casesCreated).toBe(PAYLOADS.length);
    for (const [i, p] of PAYLOADS.entries()) {
      const read = await execute(
        server,
        db,
        `{ case(id: "case:EE-PPA:EE-INJ-${i}") { title persons { person { aliases } } entities { label } } }`,
        {},
        EE,
      );
      expect(read.data!.case.title).toBe(p);
      expect(read.data!.case.persons[0].person.aliases).toEqual([named(p).trim()]);
    }
    // Everything that was there before is there still, unchanged; only the new cases were added.
    const after = new Set(await fingerprint());
    expect(before.filter((x) => !after.has(x)).filter((x) => !x.includes('EE-INJ-'))).toEqual([]);
  });
});

describe('no query text is built in code', () => {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
      );
  const root = path.join(__dirname, '..', '..');
  const sources = [...files(path.join(root, 'src')), ...files(path.join(root, 'seed'))];

  it('only the database module runs statements, and it runs only the text of .cypher files', () => {
    const runners = sources.filter((f) => /\.run\(|executeQuery\(/.test(fs.readFileSync(f, 'utf8')));
    expect(runners.map((f) => path.relative(root, f))).toEqual(['src/db/database.ts']);
    const db = fs.readFileSync(path.join(root, 'src', 'db', 'database.ts'), 'utf8');
    const runs = db
      .split('\n')
      .filter((l) => /\.run\(/.test(l))
      .map((l) => l.trim());
    expect(runs).toEqual([
      // readiness, on its own connection: the text of a .cypher file, no parameters
      'const result = await session.run(this.query(name), {}, { timeout: 5_000 });',
      // the request's shared read transaction hands its work the same runner (runIn), nothing else
      'return await reads.run((tx) => work((name, params = {}) => this.runIn(tx, name, params)));',
      'const result: QueryResult<RecordShape> = await tx.run(text, params).finally(() => timer());',
      'await session.run(statement);',
      "await session.run('CALL db.awaitIndexes(300)');",
    ]);
    expect(db).toMatch(/const text = this\.queries\.get\(name\);/);
  });

  it('no source line interpolates or concatenates into Cypher', () => {
    const cypherWords = /\b(MATCH|MERGE|CREATE|DELETE|DETACH|UNWIND|RETURN|WHERE|CALL|SET|REMOVE)\b/;
    const offending = sources
      .flatMap((f) =>
        fs
          .readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ f, i, line })),
      )
      .filter(
        ({ line }) =>
          cypherWords.test(line) && /(\$\{|['"`]\s*\+|\+\s*['"`])/.test(line) && !/^\s*(\/\/|\*)/.test(line),
      );
    expect(offending.map(({ f, i, line }) => `${path.relative(root, f)}:${i + 1}: ${line.trim()}`)).toEqual([]);
  });

  it('no Cypher file runs dynamic Cypher', () => {
    const cypherFiles = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? cypherFiles(path.join(dir, e.name))
            : e.name.endsWith('.cypher')
              ? [path.join(dir, e.name)]
              : [],
        );
    const dynamic = cypherFiles(path.join(root, 'cypher')).filter((f) =>
      /apoc\.cypher\.(run|doIt|runMany)|apoc\.periodic\.iterate/i.test(fs.readFileSync(f, 'utf8')),
    );
    expect(dynamic).toEqual([]);
  });
});
