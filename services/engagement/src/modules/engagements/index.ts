import type { EntityManager } from '@mikro-orm/postgresql';
import { Engagement } from './engagement.entity.ts';
import { EngagementResolver, NeighbourhoodEngagementsResolver } from './engagement.resolver.ts';
import { createEngagementLoaders } from './engagements.loaders.ts';

/** The engagement tracker: what service.ts and context.ts wire in. */
export const engagementsModule = {
  entities: [Engagement],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: [EngagementResolver, NeighbourhoodEngagementsResolver] as Function[],
  references: {},
  createLoaders: (em: EntityManager) => createEngagementLoaders(em),
};
