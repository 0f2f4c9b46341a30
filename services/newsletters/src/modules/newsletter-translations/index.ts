import { defineModule } from '@engage/shared/graphql';
import { NewsletterTranslation } from './newsletter-translation.entity.ts';
import { createTranslationLoaders } from './newsletter-translation.loaders.ts';
import {
  NewsletterTranslationFieldsResolver,
  NewsletterTranslationsResolver,
} from './newsletter-translation.resolver.ts';

/**
 * Newsletter issues in the residents' languages: officers and corporate communications add a
 * translation per language; the issue's page and each subscriber's mail use the reader's.
 */
export const newsletterTranslationsModule = defineModule({
  name: 'newsletter-translations',
  entities: [NewsletterTranslation],
  resolvers: [NewsletterTranslationsResolver, NewsletterTranslationFieldsResolver],
  createLoaders: createTranslationLoaders,
});
export { NewsletterTranslation } from './newsletter-translation.entity.ts';
