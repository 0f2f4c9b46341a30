import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CommunityEventFieldsResolver,
  NeighbourhoodEventsResolver,
} from './community-event-fields.resolver.ts';
import { CommunityEvent } from './community-event.entity.ts';
import { communityEventReference } from './community-event.reference.ts';
import { CommunityEventResolver } from './community-event.resolver.ts';
import { createCommunityEventLoaders } from './community-events.loaders.ts';

/** Public events: what service.ts and context.ts wire in. */
export const communityEventsModule = {
  entities: [CommunityEvent],
  resolvers: [
    CommunityEventResolver,
    CommunityEventFieldsResolver,
    NeighbourhoodEventsResolver,
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  ] as Function[],
  references: { CommunityEvent: communityEventReference },
  createLoaders: (em: EntityManager) => createCommunityEventLoaders(em),
};
