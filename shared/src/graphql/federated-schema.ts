import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/** Federation 2 directives our subgraphs use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: { id: string }, context: never) => unknown }
>;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  /** Entities this subgraph extends but never returns from a root field must be listed. */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type, each batched (see `*.reference.ts`). */
  references?: ReferenceResolvers;
}

/** The subgraph's SDL as the gateway's composition sees it. */
export async function buildSubgraphTypeDefs(options: FederatedSchemaOptions): Promise<{
  sdl: string;
  schema: GraphQLSchema;
}> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    // Federation directives are only valid once buildSubgraphSchema adds their definitions.
    skipCheck: true,
    validate: { forbidUnknownValues: false },
  });
  return { sdl: `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`, schema };
}

/**
 * type-graphql builds the schema; Apollo's buildSubgraphSchema adds `_entities` and `_service`.
 * The model is type-graphql's `examples/apollo-federation-2`.
 */
export async function buildFederatedSchema(
  options: FederatedSchemaOptions,
): Promise<GraphQLSchema> {
  const { sdl, schema } = await buildSubgraphTypeDefs(options);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = {
      ...resolvers[typeName],
      ...reference,
    } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
}
