import { error } from '@sveltejs/kit';
import { residentLanguageOf } from '@engage/shared/languages';
import { getLocale } from '#lib/paraglide/runtime.js';
import { isMonth } from '#lib/newsletters/newsletters.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';

/** The public side of the newsletters API: a team's archive and its issues (PUBLISHED only). */

/** Everything an issue's web page (and the staff preview) shows. */
graphql(`
  fragment NewsletterFields on Newsletter {
    id
    month
    title
    status
    introduction
    author {
      officerId
      name
      role
      photoUrl
    }
    priorities {
      priorityId
      title
      youSaid
      weDid
    }
    events {
      eventId
      title
      startsAt
      place
    }
    advice
    contact
    publishedAt
    poll {
      id
      question
    }
  }
`);

graphql(`
  fragment ArchiveTeamFields on Neighbourhood {
    id
    slug
    name
    policingArea {
      slug
      name
    }
  }
`);

const ARCHIVE = graphql(`
  query NewsletterArchive($slug: String!, $first: Int!, $after: String) {
    neighbourhood(slug: $slug) {
      ...ArchiveTeamFields
      newsletters(first: $first, after: $after) {
        nodes {
          id
          month
          title
          status
          publishedAt
        }
        totalCount
        hasNextPage
        endCursor
      }
    }
  }
`);

const ISSUE = graphql(`
  query NewsletterIssue($slug: String!, $month: String!, $language: ResidentLanguage!) {
    neighbourhood(slug: $slug) {
      ...ArchiveTeamFields
      newsletter(month: $month) {
        ...NewsletterFields
        translation(language: $language) {
          language
          title
          introduction
          advice
        }
      }
      newsletterWithdrawn(month: $month)
    }
  }
`);

export interface ArchiveTeam {
  id: string;
  slug: string;
  name: string;
  policingArea: { slug: string; name: string };
}

/** A year of issues a page: one a month. */
export const ARCHIVE_PAGE_SIZE = 12;

export async function newsletterArchive(gateway: Gateway, slug: string, after: string | null) {
  const { neighbourhood } = await gateway.request(ARCHIVE, {
    slug,
    first: ARCHIVE_PAGE_SIZE,
    after,
  });
  if (!neighbourhood) error(404, 'NOT_FOUND');
  const { newsletters, ...team } = neighbourhood;
  return { team, newsletters };
}

/**
 * One published issue, with its translation into the page's language when one was added (null
 * otherwise: the page shows the English with a note). One withdrawn after publishing is 410 Gone
 * (its page says so, and search engines drop it); anything else (a draft a signed-in officer
 * could see, a typo) is 404.
 */
export async function publishedNewsletter(gateway: Gateway, slug: string, month: string) {
  if (!isMonth(month)) error(404, 'NOT_FOUND');
  const language = residentLanguageOf(getLocale());
  const { neighbourhood } = await gateway.request(ISSUE, { slug, month, language });
  if (!neighbourhood?.newsletter || neighbourhood.newsletter.status !== 'PUBLISHED') {
    if (neighbourhood?.newsletterWithdrawn) error(410, 'GONE');
    error(404, 'NOT_FOUND');
  }
  const { newsletter, newsletterWithdrawn: _withdrawn, ...team } = neighbourhood;
  return { team, newsletter };
}
