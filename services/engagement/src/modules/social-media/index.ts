import type { EntityManager } from '@mikro-orm/postgresql';
import { SocialPost } from './social-post.entity.ts';

/** The social media log: what service.ts and context.ts wire in. */
export const socialMediaModule = {
  entities: [SocialPost],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: [] as Function[],
  references: {},
  createLoaders: (_em: EntityManager) => ({}),
};
