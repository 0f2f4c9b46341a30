import type { MergedLoaders, SubgraphContext } from '@engage/shared/graphql';
import type { createNewsletterLoaders } from './modules/newsletter/newsletter.loaders.ts';
import type { createEngagementLoaders } from './modules/newsletter-engagement/engagement.loaders.ts';
import type { createTranslationLoaders } from './modules/newsletter-translations/newsletter-translation.loaders.ts';

/**
 * The loaders every request gets, by the factories the modules wire in (service.ts checks they
 * agree). Named from the loader files, not the module indexes: those import the resolvers, which
 * import this file.
 */
export type NewslettersLoaders = MergedLoaders<
  [typeof createNewsletterLoaders, typeof createEngagementLoaders, typeof createTranslationLoaders]
>;

export type NewslettersContext = SubgraphContext<NewslettersLoaders>;
