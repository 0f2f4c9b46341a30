import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ApolloGateway } from '@apollo/gateway';
import type * as GraphQL from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPERGRAPH_FILE } from '../src/compose/supergraph-file.ts';
import { DEFAULT_LIMITS } from '../src/limits/limits.ts';
import { estimateCost } from '../src/limits/query-cost.ts';

// The gateway's schema is made by graphql's CommonJS build (see query-cost.ts): use the same.
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** Only staff pages send these; every other portal query is sent for anonymous visitors too. */
// TeamPriorities: a team's drafts and every translation, for its managers (includeDrafts: true).
const STAFF_ONLY = new Set(['ConfidenceScores', 'TeamPriorities']);

/** The portal's documents as codegen writes them out (portal/codegen.ts), fragments included. */
const PORTAL_DOCUMENTS = new URL('../../portal/src/lib/graphql/graphql.ts', import.meta.url);

/** Every operation the portal sends, by name, as it sends it. */
async function portalQueries(): Promise<Map<string, string>> {
  const source = await readFile(PORTAL_DOCUMENTS, 'utf8');
  const found = new Map<string, string>();
  for (const [, name, text] of source.matchAll(
    /export const (\w+)Document = new TypedDocumentString\(`([^`]*)`/g,
  )) {
    found.set(name!, text!);
  }
  return found;
}

/** A value of the variable's type, with 25 for any Int (the largest page the portal asks for). */
function sample(type: GraphQL.GraphQLInputType): unknown {
  if (graphql.isNonNullType(type)) return sample(type.ofType);
  if (graphql.isListType(type)) return [sample(type.ofType)];
  if (graphql.isEnumType(type)) return type.getValues()[0]!.value;
  if (graphql.isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => graphql.isNonNullType(f.type));
    return Object.fromEntries(required.map((field) => [field.name, sample(field.type)]));
  }
  const samples: Record<string, unknown> = { Int: 25, Float: 1, Boolean: false };
  if (type.name in samples) return samples[type.name];
  if (type.name === 'ID') return '00000000-0000-0000-0000-000000000000';
  if (type.name === 'LocalDate') return '2026-01-01';
  return type.name.includes('Date') ? '2026-01-01T00:00:00Z' : 'text';
}

let schema: GraphQL.GraphQLSchema;
beforeAll(async () => {
  const gateway = new ApolloGateway({ supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8') });
  ({ schema } = await gateway.load());
  await gateway.stop();
});

describe('the portal’s own queries, against the gateway’s cost limits', () => {
  it('every query a visitor’s page sends fits the anonymous limit, and every staff query the staff limit', async () => {
    const queries = await portalQueries();
    expect(queries.size).toBeGreaterThan(50);
    const over: string[] = [];
    for (const [name, text] of queries) {
      const document = graphql.parse(text);
      const operation = document.definitions[0] as GraphQL.OperationDefinitionNode;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => [
          definition.variable.name.value,
          sample(graphql.typeFromAST(schema, definition.type) as GraphQL.GraphQLInputType),
        ]),
      );
      const cost = estimateCost(schema, document, variables);
      const limit = STAFF_ONLY.has(name)
        ? DEFAULT_LIMITS.staffMaxCost
        : DEFAULT_LIMITS.anonymousMaxCost;
      if (cost > limit) over.push(`${name} costs ${cost}, over ${limit}`);
    }
    expect(over).toEqual([]);
  });
});
