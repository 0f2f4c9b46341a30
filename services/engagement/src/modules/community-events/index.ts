import { defineModule } from '@engage/shared/graphql';
import {
  CommunityEventFieldsResolver,
  NeighbourhoodEventsResolver,
} from './community-event-fields.resolver.ts';
import { CommunityEvent } from './community-event.entity.ts';
import { communityEventReference } from './community-event.reference.ts';
import { CommunityEventResolver } from './community-event.resolver.ts';
import { createCommunityEventLoaders } from './community-events.loaders.ts';

/** Public events. */
export const communityEventsModule = defineModule({
  name: 'community-events',
  entities: [CommunityEvent],
  resolvers: [CommunityEventResolver, CommunityEventFieldsResolver, NeighbourhoodEventsResolver],
  references: { CommunityEvent: communityEventReference },
  createLoaders: createCommunityEventLoaders,
});
