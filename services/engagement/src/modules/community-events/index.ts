import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunityEvent } from './community-event.entity.ts';

/** Public events: what service.ts and context.ts wire in. */
export const communityEventsModule = {
  entities: [CommunityEvent],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: [] as Function[],
  references: {},
  createLoaders: (_em: EntityManager) => ({}),
};
