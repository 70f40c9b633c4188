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
/** Far over any cap: refused as bad input, never a crash (Neo4j cannot index a value this size). */
const OVERSIZED = 'x'.repeat(100_000);

let db: Database;
const server = testServer();
const EE = viewer('ee.analyst.1', 'EE-PPA', ['analyst', 'loader'], 'injection test');

/** Every node and relationship of the case data, by a stable description: any change shows. */
async function fingerprint(): Promise<string[]> {
  const session = db.driver.session();
  try {
    const nodes =
      // Watches and rules are the callers' own records, which the watch and rule mutations write.
      await session.run(`MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead AND NOT n:Notification AND NOT n:AccessRequest AND NOT n:Lock
      AND NOT n:Watch AND NOT n:AlertRule RETURN labels(n) AS l, properties(n) AS p`);
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

/** Stored string properties (or list items) over 5000 characters, anywhere in the database. */
async function longestStored(): Promise<string[]> {
  const session = db.driver.session();
  try {
    const long = 'v IS :: STRING AND size(v) > 5000 OR v IS :: LIST<STRING> AND any(x IN v WHERE size(x) > 5000)';
    const found = await session.run(
      `MATCH (n) UNWIND keys(n) AS k WITH n, k, n[k] AS v WHERE ${long} RETURN labels(n)[0] + '.' + k AS at
       UNION MATCH ()-[r]->() UNWIND keys(r) AS k WITH r, k, r[k] AS v WHERE ${long} RETURN type(r) + '.' + k AS at`,
    );
    return found.records.map((r) => r.get('at') as string);
  } finally {
    await session.close();
  }
}

beforeAll(async () => (db = await freshDatabase(demoCases())));
afterAll(() => db.close());

// A harmless value for an argument or input field that is not under attack: an input object gets its
// required fields and its enums (a kind), so the attacked field inside it is read.
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) return attack(named, [], null);
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

/** The text fields of an argument, as paths into it: [] for a text argument, ['identifier', 'value'] inside inputs. */
function textPaths(type: GraphQLInputType, depth = 0): string[][] {
  if (isText(type)) return [[]];
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 3) return [];
  return Object.values(named.getFields()).flatMap((f) => textPaths(f.type, depth + 1).map((p) => [f.name, ...p]));
}

/** A value of `type` with `payload` at `path` (null: none), and every other required field and enum sampled. */
function attack(type: GraphQLInputType, path: string[] | null, payload: string | null): unknown {
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  if (path?.length === 0) return list ? [payload] : payload;
  const named = getNamedType(type);
  const value: Record<string, unknown> = {};
  if (isInputObjectType(named))
    for (const f of Object.values(named.getFields())) {
      if (f.name === path?.[0]) value[f.name] = attack(f.type, path.slice(1), payload);
      else if (isNonNullType(f.type) || isEnumType(getNamedType(f.type))) value[f.name] = sample(f.type);
    }
  return list ? [value] : value;
}

describe('Cypher injection', () => {
  const schema = buildASTSchema(parse(loadTypeDefs()));
  // Every text argument, and every text field inside an input argument (watch targets, link sides, rules);
  // the import's cases are attacked field by field below.
  const targets: Array<{ root: string; field: string; arg: string; path: string[] }> = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(type.getFields())) {
      if (field.name === 'importCases') continue;
      for (const arg of field.args)
        for (const path of textPaths(arg.type)) targets.push({ root, field: field.name, arg: arg.name, path });
    }
  }
  const named = (t: (typeof targets)[number]) => [t.field, t.arg, ...t.path].join('.');

  it('covers the string arguments of every root field', () => {
    expect(targets.length).toBeGreaterThan(15);
    expect(targets.map(named)).toEqual(
      expect.arrayContaining([
        'case.id',
        'watch.target.identifier.value',
        'watch.target.nodeId',
        'explainLink.a.value',
        'saveAlertRule.rule.id',
        'saveAlertRule.rule.name',
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
    for (const target of targets) {
      const { root, field, arg, path } = target;
      const def = schemaTypes[root as 'Query' | 'Mutation'].getFields()[field];
      const composite = !isScalarType(getNamedType(def.type)) && !isEnumType(getNamedType(def.type));
      const declared = def.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const passed = def.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${root === 'Query' ? 'query' : 'mutation'}(${declared}) { ${field}(${passed})${composite ? ' { __typename }' : ''} }`;
      for (const payload of [...PAYLOADS, OVERSIZED]) {
        const variables: Record<string, unknown> = {};
        for (const a of def.args) {
          if (a.name === arg) variables[a.name] = attack(a.type, path, payload);
          else if (isNonNullType(a.type)) variables[a.name] = sample(a.type);
        }
        const res = await execute(server, db, document, variables, EE);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        // A normal error (bad input, not found, forbidden) or a normal, possibly empty, answer: never a crash.
        expect({
          at: named(target),
          payload: payload.slice(0, 80),
          crashed: codes.includes('INTERNAL_SERVER_ERROR'),
        }).toEqual({
          at: named(target),
          payload: payload.slice(0, 80),
          crashed: false,
        });
        answered += 1;
      }
    }
    expect(answered).toBeGreaterThan(100);
    expect(await fingerprint()).toEqual(before);
    // Every stored string has a cap: nothing the oversized payload reached was written as it came.
    expect(await longestStored()).toEqual([]);
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
