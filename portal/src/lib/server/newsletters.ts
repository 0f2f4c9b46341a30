import { error } from '@sveltejs/kit';
import { isMonth, type Newsletter, type NewsletterPage } from '#lib/newsletters.ts';
import type { Gateway } from './gateway.ts';

/** The public side of the newsletters API: a team's archive and its issues (PUBLISHED only). */

/** Everything an issue's web page (and the staff preview) shows. */
export const NEWSLETTER_FIELDS = /* GraphQL */ `
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
`;

const TEAM_FIELDS = /* GraphQL */ `
  id
  slug
  name
  policingArea {
    slug
    name
  }
`;

const ARCHIVE = /* GraphQL */ `
  query NewsletterArchive($slug: String!, $first: Int!, $after: String) {
    neighbourhood(slug: $slug) {
      ${TEAM_FIELDS}
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
`;

const ISSUE = /* GraphQL */ `
  query NewsletterIssue($slug: String!, $month: String!) {
    neighbourhood(slug: $slug) {
      ${TEAM_FIELDS}
      newsletter(month: $month) {
        ${NEWSLETTER_FIELDS}
      }
      newsletterWithdrawn(month: $month)
    }
  }
`;

export interface ArchiveTeam {
  id: string;
  slug: string;
  name: string;
  policingArea: { slug: string; name: string };
}

/** A year of issues a page: one a month. */
export const ARCHIVE_PAGE_SIZE = 12;

export async function newsletterArchive(gateway: Gateway, slug: string, after: string | null) {
  const { neighbourhood } = await gateway.request<{
    neighbourhood: (ArchiveTeam & { newsletters: NewsletterPage }) | null;
  }>(ARCHIVE, { slug, first: ARCHIVE_PAGE_SIZE, after });
  if (!neighbourhood) error(404, 'NOT_FOUND');
  const { newsletters, ...team } = neighbourhood;
  return { team, newsletters };
}

/**
 * One published issue. One withdrawn after publishing is 410 Gone (its page says so, and search
 * engines drop it); anything else (a draft a signed-in officer could see, a typo) is 404.
 */
export async function publishedNewsletter(gateway: Gateway, slug: string, month: string) {
  if (!isMonth(month)) error(404, 'NOT_FOUND');
  const { neighbourhood } = await gateway.request<{
    neighbourhood:
      (ArchiveTeam & { newsletter: Newsletter | null; newsletterWithdrawn: boolean }) | null;
  }>(ISSUE, { slug, month });
  if (!neighbourhood?.newsletter || neighbourhood.newsletter.status !== 'PUBLISHED') {
    if (neighbourhood?.newsletterWithdrawn) error(410, 'GONE');
    error(404, 'NOT_FOUND');
  }
  const { newsletter, newsletterWithdrawn: _withdrawn, ...team } = neighbourhood;
  return { team, newsletter };
}
