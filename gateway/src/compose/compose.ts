import { composeServices } from '@apollo/composition';
import { buildSubgraphTypeDefs } from '@engage/shared/graphql';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs.ts';

export class CompositionError extends Error {
  override name = 'CompositionError';
}

/**
 * Composes the supergraph in-process from each subgraph's SDL (no subgraph needs to be running),
 * as Apollo's `rover supergraph compose` would. The result also serves Apollo Router.
 */
export async function composeSupergraph(): Promise<string> {
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
  return `${result.supergraphSdl.trim()}\n`;
}
