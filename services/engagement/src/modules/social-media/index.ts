import type { EntityManager } from '@mikro-orm/postgresql';
import { SocialPost } from './social-post.entity.ts';
import { NeighbourhoodSocialPostsResolver, SocialPostResolver } from './social-post.resolver.ts';
import { createSocialMediaLoaders } from './social-media.loaders.ts';

/** The social media log: what service.ts and context.ts wire in. */
export const socialMediaModule = {
  entities: [SocialPost],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: [SocialPostResolver, NeighbourhoodSocialPostsResolver] as Function[],
  references: {},
  createLoaders: (em: EntityManager) => createSocialMediaLoaders(em),
};
