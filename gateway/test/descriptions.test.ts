import { readFile } from 'node:fs/promises';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE } from '../src/compose/supergraph-file.ts';

/**
 * Analysts read the schema as their manual (the explorer's completion, their own tools), so
 * everything they can ask for says what it is: each type, each field and input field, each
 * argument and each enum value of the API schema (the supergraph without federation's own
 * machinery). Left out: GraphQL's built-in scalars and introspection types, and the root types
 * Query and Mutation themselves (their fields are described; type-graphql gives the roots none).
 * Descriptions live in the subgraphs' type-graphql decorators; `pnpm compose` carries them here.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  const missing: string[] = [];
  const check = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!roots.has(type as never)) check(`type ${type.name}`, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`field ${type.name}.${field.name}`, field.description);
        for (const arg of field.args) {
          check(`argument ${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`input field ${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        check(`enum value ${type.name}.${value.name}`, value.description);
      }
    }
  }
  return missing;
}

describe('the API schema as analysts read it', () => {
  it('describes every type, field, argument and enum value', async () => {
    const schema = buildSchema(await readFile(API_SCHEMA_FILE, 'utf8'));
    // When this fails: add a `description` in the subgraph's decorator, then `pnpm compose`.
    expect(undescribed(schema)).toEqual([]);
  });

  it('names whatever is left undescribed, so the failure says where to write', () => {
    const schema = buildSchema(`
      """Shown."""
      type Query {
        """Described."""
        shown(first: Int): Kind
      }
      enum Kind { A }
    `);
    expect(undescribed(schema)).toEqual([
      'argument Query.shown(first)',
      'type Kind',
      'enum value Kind.A',
    ]);
  });
});
