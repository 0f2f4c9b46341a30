import { error } from '@sveltejs/kit';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/**
 * An issue's translations, for the staff page that adds, changes and removes them (the team's
 * officers and corporate communications: the service decides, API.md).
 */

const NEWSLETTER_TRANSLATIONS = graphql(`
  query NewsletterTranslations($id: ID!) {
    newsletterById(id: $id) {
      id
      month
      title
      status
      introduction
      advice
      neighbourhood {
        id
        slug
        name
      }
      translations {
        language
        title
        introduction
        advice
        updatedAt
        updatedByName
      }
    }
  }
`);

export const SAVE_TRANSLATION = graphql(`
  mutation SaveNewsletterTranslation($id: ID!, $input: NewsletterTranslationInput!) {
    saveNewsletterTranslation(id: $id, input: $input) {
      language
    }
  }
`);

export const REMOVE_TRANSLATION = graphql(`
  mutation RemoveNewsletterTranslation($id: ID!, $language: ResidentLanguage!) {
    removeNewsletterTranslation(id: $id, language: $language) {
      id
    }
  }
`);

/** The issue with every translation it has; 404 when there is no such issue for this actor. */
export async function newsletterTranslations(gateway: Gateway, id: string) {
  const { newsletterById } = await orStatusPage(gateway.request(NEWSLETTER_TRANSLATIONS, { id }));
  if (!newsletterById) error(404, 'NOT_FOUND');
  return newsletterById;
}
