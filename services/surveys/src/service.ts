import { fileURLToPath } from 'node:url';
import { OutboxMessage } from '@engage/shared';
import type { ServiceDefinition } from '@engage/shared/graphql';
import { createLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import { NeighbourhoodConfidenceResolver } from './modules/confidence/confidence.resolver.ts';
import { Neighbourhood } from './modules/confidence/neighbourhood.extension.ts';
import { neighbourhoodReference } from './modules/confidence/neighbourhood.reference.ts';
import { RoundResult } from './modules/confidence/round-result.entity.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';

/** The surveys subgraph: "Your Views" results (rounds and answers to come: see CONTEXT.md). */
export const surveysService = {
  name: 'surveys',
  entities: [OutboxMessage, RoundResult],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  schema: {
    resolvers: [NeighbourhoodConfidenceResolver],
    orphanedTypes: [Neighbourhood],
    references: { Neighbourhood: neighbourhoodReference },
  },
  createLoaders,
  seedDemoData,
} satisfies ServiceDefinition<ReturnType<typeof createLoaders>>;
