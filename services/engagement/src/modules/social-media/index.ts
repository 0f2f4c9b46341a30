import { defineModule } from '@engage/shared/graphql';
import { SocialPost } from './social-post.entity.ts';
import { NeighbourhoodSocialPostsResolver, SocialPostResolver } from './social-post.resolver.ts';
import { createSocialMediaLoaders } from './social-media.loaders.ts';

/** The social media log. */
export const socialMediaModule = defineModule({
  name: 'social-media',
  entities: [SocialPost],
  resolvers: [SocialPostResolver, NeighbourhoodSocialPostsResolver],
  createLoaders: createSocialMediaLoaders,
});
