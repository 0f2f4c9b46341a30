import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { RESIDENT_LANGUAGES } from '@engage/shared/languages';
import { NewsletterTranslation } from './newsletter-translation.entity.ts';

export function createTranslationLoaders(em: EntityManager) {
  return {
    /** Every translation of each issue asked for, in the languages' order: one query in all. */
    translationsByNewsletter: new DataLoader<string, NewsletterTranslation[]>(async (ids) => {
      const rows = await em.find(
        NewsletterTranslation,
        { newsletter: { $in: [...ids] } },
        { populate: ['newsletter'] },
      );
      const order = (row: NewsletterTranslation) => RESIDENT_LANGUAGES.indexOf(row.language);
      rows.sort((a, b) => order(a) - order(b));
      return ids.map((id) => rows.filter((row) => row.newsletter.id === id));
    }),
  };
}
