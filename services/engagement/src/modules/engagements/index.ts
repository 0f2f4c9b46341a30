import { defineModule } from '@engage/shared/graphql';
import { Engagement } from './engagement.entity.ts';
import { EngagementResolver, NeighbourhoodEngagementsResolver } from './engagement.resolver.ts';
import { createEngagementLoaders } from './engagements.loaders.ts';

/** The engagement tracker. */
export const engagementsModule = defineModule({
  name: 'engagements',
  entities: [Engagement],
  resolvers: [EngagementResolver, NeighbourhoodEngagementsResolver],
  createLoaders: createEngagementLoaders,
});
