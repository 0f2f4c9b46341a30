import { error } from '@sveltejs/kit';
import type {
  EmailFormat,
  NewsletterSummary,
  ResidentLanguage,
} from '#lib/newsletters/newsletters.ts';
import { isMonth } from '#lib/newsletters/newsletters.ts';
import type { EngagementFigures } from '#lib/newsletters/engagement.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/**
 * The staff side of the newsletters API, what staff read: a team's issues, one issue with its
 * delivery, the email preview and the review queue (writes: workflow.server.ts; what a draft is
 * made of: drafting.server.ts). The service decides who may see what (API.md); a refusal is shown
 * as its status page.
 */

graphql(`
  fragment StaffNewsletterFields on Newsletter {
    ...NewsletterFields
    reviewComment
    scheduledFor
    updatedAt
    translations {
      language
    }
    delivery {
      total
      queued
      sent
      failed
      suppressed
      finished
    }
  }
`);

const TEAM_NEWSLETTERS = graphql(`
  query TeamNewsletters($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      subscriberCount
      newsletterDrafts {
        id
        month
        title
        status
        publishedAt
      }
      newsletters(first: 12) {
        nodes {
          id
          month
          title
          status
          publishedAt
          engagement {
            ...NewsletterEngagementFields
          }
        }
      }
    }
  }
`);

export const STAFF_NEWSLETTER = graphql(`
  query StaffNewsletter($slug: String!, $month: String!) {
    neighbourhood(slug: $slug) {
      id
      officers {
        id
        name
        role
        bio
        photoUrl
      }
      newsletter(month: $month) {
        ...StaffNewsletterFields
      }
    }
  }
`);

const EMAIL_PREVIEW = graphql(`
  query NewsletterEmailPreview($id: ID!, $format: EmailFormat!, $language: ResidentLanguage!) {
    newsletterEmailPreview(id: $id, format: $format, language: $language) {
      subject
      html
      text
    }
  }
`);

const REVIEW_QUEUE = graphql(`
  query NewsletterReviewQueue {
    newsletterReviewQueue {
      id
      month
      title
      status
      updatedAt
      neighbourhood {
        id
        slug
        name
      }
    }
  }
`);

const NEWSLETTER_BY_ID = graphql(`
  query NewsletterById($id: ID!) {
    newsletterById(id: $id) {
      ...StaffNewsletterFields
      neighbourhood {
        id
        slug
        name
      }
    }
  }
`);

export interface TeamNewsletters {
  /** Null for staff who may not see the team's reach (reviewers, other teams). */
  subscriberCount: number | null;
  /** Every issue not yet published, newest month first. */
  drafts: NewsletterSummary[];
  /** With how each was received (null for an issue the service has no figures for). */
  published: (NewsletterSummary & { engagement: EngagementFigures | null })[];
}

export async function teamNewsletters(gateway: Gateway, slug: string): Promise<TeamNewsletters> {
  const { neighbourhood } = await orStatusPage(gateway.request(TEAM_NEWSLETTERS, { slug }));
  if (!neighbourhood) error(404, 'NOT_FOUND');
  return {
    subscriberCount: neighbourhood.subscriberCount,
    drafts: neighbourhood.newsletterDrafts,
    published: neighbourhood.newsletters.nodes,
  };
}

/** One issue of the team, any status, with the officers who may sign it. 404 when none. */
export async function staffNewsletter(gateway: Gateway, slug: string, month: string) {
  if (!isMonth(month)) error(404, 'NOT_FOUND');
  const { neighbourhood } = await orStatusPage(gateway.request(STAFF_NEWSLETTER, { slug, month }));
  if (!neighbourhood?.newsletter) error(404, 'NOT_FOUND');
  return { newsletter: neighbourhood.newsletter, officers: neighbourhood.officers };
}

export async function emailPreview(
  gateway: Gateway,
  id: string,
  format: EmailFormat,
  language: ResidentLanguage,
) {
  const { newsletterEmailPreview } = await orStatusPage(
    gateway.request(EMAIL_PREVIEW, { id, format, language }),
  );
  return newsletterEmailPreview;
}

export interface QueuedNewsletter {
  id: string;
  month: string;
  title: string;
  updatedAt: string;
  neighbourhood: { id: string; slug: string; name: string };
}

export async function reviewQueue(gateway: Gateway): Promise<QueuedNewsletter[]> {
  const { newsletterReviewQueue } = await orStatusPage(gateway.request(REVIEW_QUEUE));
  return newsletterReviewQueue;
}

export async function newsletterById(gateway: Gateway, id: string) {
  const { newsletterById } = await orStatusPage(gateway.request(NEWSLETTER_BY_ID, { id }));
  if (!newsletterById) error(404, 'NOT_FOUND');
  return newsletterById;
}
