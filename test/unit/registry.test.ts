// The registry of node types (src/model/registry.ts) and the GraphQL schema must agree: every enum value,
// GraphQL type, input list and identifier kind the schema promises has its declaration, and back.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import {
  ENTITY_DECLS,
  EXPLAIN_KINDS,
  FOLLOWED_RELATIONSHIPS,
  IDENTIFIER_KINDS,
  NODE_TYPES,
  REGISTRY,
} from '../../src/model/registry';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const enumValues = (name: string) =>
  (schema.getType(name) as GraphQLEnumType)
    .getValues()
    .map((v) => v.name)
    .sort();

describe('the registry of node types', () => {
  it('declares exactly the NodeType enum', () => {
    expect([...NODE_TYPES].sort()).toEqual(enumValues('NodeType'));
  });
  it('declares exactly the lookup kinds of IdentifierKind', () => {
    expect([...IDENTIFIER_KINDS].sort()).toEqual(enumValues('IdentifierKind'));
  });
  it('explains exactly the identifier kinds of ExplainKind, and NAME for persons', () => {
    expect([...EXPLAIN_KINDS, 'NAME'].sort()).toEqual(enumValues('ExplainKind'));
  });
  it('gives every node type a GraphQL object type of its label, and every entity its input list', () => {
    for (const d of REGISTRY) {
      if (d.type === 'AGENCY' || d.type === 'IDENTITY') continue;
      expect(schema.getType(d.label)).toBeInstanceOf(GraphQLObjectType);
    }
    const caseInput = (schema.getType('CaseInput') as GraphQLInputObjectType).getFields();
    for (const d of ENTITY_DECLS) {
      expect(caseInput[d.entity.list]).toBeDefined();
      // The input type's fields are the declaration's item fields.
      const item = schema.getType(`${d.label}Input`) as GraphQLInputObjectType;
      expect(Object.keys(item.getFields()).sort()).toEqual(Object.keys(d.entity.item.shape).sort());
    }
  });
  it('follows only relationship types the schema names, never REPORTED_BY', () => {
    const known = enumValues('RelationshipType');
    for (const r of FOLLOWED_RELATIONSHIPS) expect(known).toContain(r);
    expect(FOLLOWED_RELATIONSHIPS).not.toContain('REPORTED_BY');
  });
  it('gives every type its own id kind and label', () => {
    expect(new Set(REGISTRY.map((d) => d.kind)).size).toBe(REGISTRY.length);
    expect(new Set(REGISTRY.map((d) => d.label)).size).toBe(REGISTRY.length);
  });
});
