import { createRequire } from 'node:module';
import { composeServices } from '@apollo/composition';
import { buildSubgraphTypeDefs } from '@engage/shared/graphql';
import type * as GraphQL from 'graphql';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs.ts';

/**
 * Composition is CommonJS, so the API schema it builds is made with graphql's CommonJS build; the
 * ES build's printSchema would refuse it ("from another module or realm"). Print with the same.
 */
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

export class CompositionError extends Error {
  override name = 'CompositionError';
}

/** What composition writes: the supergraph the gateway serves, and the API schema clients see. */
export interface Composed {
  /** With its join__/link__ plumbing: for the gateway (or Apollo Router), not for clients. */
  supergraph: string;
  /** The schema a client of the gateway can query: what the portal's documents are checked against. */
  apiSchema: string;
}

/**
 * Composes the supergraph in-process from each subgraph's SDL (no subgraph needs to be running),
 * as Apollo's `rover supergraph compose` would. The result also serves Apollo Router.
 */
export async function composeSupergraph(): Promise<string> {
  return (await compose()).supergraph;
}

export async function compose(): Promise<Composed> {
  const services = await Promise.all(
    SUBGRAPHS.map(async ({ definition, url }) => ({
      name: definition.name,
      url,
      typeDefs: parse((await buildSubgraphTypeDefs(definition.schema)).sdl),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(
      `The subgraphs do not compose:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`,
    );
  }
  return {
    supergraph: `${result.supergraphSdl.trim()}\n`,
    apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
  };
}
