import { fileURLToPath } from 'node:url';
import { OutboxMessage } from '@engage/shared';
import type { ServiceDefinition } from '@engage/shared/graphql';
import { createLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import { Neighbourhood } from './modules/newsletter/neighbourhood.extension.ts';
import { neighbourhoodReference } from './modules/newsletter/neighbourhood.reference.ts';
import { Newsletter } from './modules/newsletter/newsletter.entity.ts';
import { newsletterReference } from './modules/newsletter/newsletter.reference.ts';
import { NeighbourhoodNewsletterResolver } from './modules/newsletter/newsletter.resolver.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';

/** The newsletters subgraph: published issues (subscribers and delivery to come: see CONTEXT.md). */
export const newslettersService = {
  name: 'newsletters',
  entities: [OutboxMessage, Newsletter],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  schema: {
    resolvers: [NeighbourhoodNewsletterResolver],
    orphanedTypes: [Neighbourhood, Newsletter],
    references: { Neighbourhood: neighbourhoodReference, Newsletter: newsletterReference },
  },
  createLoaders,
  seedDemoData,
} satisfies ServiceDefinition<ReturnType<typeof createLoaders>>;
