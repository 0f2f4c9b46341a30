import { error } from '@sveltejs/kit';
import type {
  EmailFormat,
  FeaturedEvent,
  FeaturedPriority,
  NewsletterAuthor,
  NewsletterSummary,
  ResidentLanguage,
} from '#lib/newsletters.ts';
import { isMonth } from '#lib/newsletters.ts';
import type { Officer } from '#lib/neighbourhood.ts';
import type { Gateway } from './gateway.ts';
import { GatewayError } from './gateway.ts';
import { orStatusPage } from './team.ts';
import { graphql } from '#lib/graphql/index.ts';

/**
 * The staff side of the newsletters API: drafting, review, publishing and delivery. The service
 * decides who may do what (API.md); a refusal is shown as its status page.
 */

graphql(`
  fragment StaffNewsletterFields on Newsletter {
    ...NewsletterFields
    reviewComment
    scheduledFor
    updatedAt
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

/** The team's published work, as the newsletter shows it: "You said – We did", and events. */
export const TEAM_WORK = graphql(`
  query NewsletterTeamWork($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      priorities {
        id
        year
        quarter
        title
        residentsSaid
        status
        updates {
          weDid
        }
      }
      upcomingEvents {
        id
        title
        startsAt
        place
      }
    }
  }
`);

export const CREATE_DRAFT = graphql(`
  mutation CreateNewsletterDraft($input: NewsletterDraftInput!) {
    createNewsletterDraft(input: $input) {
      id
      month
    }
  }
`);

export const UPDATE_DRAFT = graphql(`
  mutation UpdateNewsletterDraft($id: ID!, $input: NewsletterContentInput!) {
    updateNewsletterDraft(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const SUBMIT_FOR_REVIEW = graphql(`
  mutation SubmitNewsletterForReview($id: ID!) {
    submitNewsletterForReview(id: $id) {
      id
      status
    }
  }
`);

export const PUBLISH = graphql(`
  mutation PublishNewsletter($id: ID!, $at: DateTimeISO) {
    publishNewsletter(id: $id, at: $at) {
      id
      status
    }
  }
`);

export const APPROVE = graphql(`
  mutation ApproveNewsletter($id: ID!) {
    approveNewsletter(id: $id) {
      id
      status
    }
  }
`);

export const REQUEST_CHANGES = graphql(`
  mutation RequestNewsletterChanges($id: ID!, $comment: String!) {
    requestNewsletterChanges(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

/** Admins only: takes an issue published by mistake off the website, with the reason why. */
export const WITHDRAW = graphql(`
  mutation WithdrawNewsletter($id: ID!, $reason: String!) {
    withdrawNewsletter(id: $id, reason: $reason) {
      id
      status
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
  published: NewsletterSummary[];
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

/** A priority's three newest "We did" updates: a newsletter is a summary, not the whole log. */
const WE_DID_PER_PRIORITY = 3;

/**
 * The team's work as it stands now, to freeze into the issue: the priorities being worked on
 * (ACTIVE), and those completed in the newest quarter, each with its latest "We did"; and the
 * upcoming events (published, soonest first, at most 10, as engagement gives them).
 */
export async function teamWorkSnapshot(
  gateway: Gateway,
  slug: string,
): Promise<{ priorities: FeaturedPriority[]; events: FeaturedEvent[] }> {
  const { neighbourhood } = await orStatusPage(gateway.request(TEAM_WORK, { slug }));
  if (!neighbourhood) error(404, 'NOT_FOUND');
  const newest = neighbourhood.priorities[0];
  const current = neighbourhood.priorities.filter(
    (priority) =>
      priority.status === 'ACTIVE' ||
      (priority.status === 'COMPLETED' &&
        newest !== undefined &&
        priority.year === newest.year &&
        priority.quarter === newest.quarter),
  );
  return {
    priorities: current.map((priority) => ({
      priorityId: priority.id,
      title: priority.title,
      youSaid: priority.residentsSaid,
      weDid: priority.updates.slice(0, WE_DID_PER_PRIORITY).map((update) => update.weDid),
    })),
    events: neighbourhood.upcomingEvents.map((event) => ({
      eventId: event.id,
      title: event.title,
      startsAt: event.startsAt,
      place: event.place,
    })),
  };
}

/** The officer chosen in the form, as the issue keeps them (a snapshot: name, role, photo). */
export function authorSnapshot(
  officerId: string,
  officers: Officer[],
  current: NewsletterAuthor | null,
): NewsletterAuthor | null {
  if (!officerId) return null;
  const officer = officers.find((candidate) => candidate.id === officerId);
  if (officer) {
    return {
      officerId: officer.id,
      name: officer.name,
      role: officer.role,
      photoUrl: officer.photoUrl,
    };
  }
  // An officer who has left the team since keeps the issue they signed.
  return current?.officerId === officerId ? current : null;
}

/** The content as NewsletterContentInput wants it (only the input's fields). */
export function contentInput(
  content: { title: string; introduction: string; advice: string; contact: string },
  author: NewsletterAuthor | null,
  work: { priorities: FeaturedPriority[]; events: FeaturedEvent[] },
) {
  return {
    title: content.title,
    introduction: content.introduction,
    author: author && {
      officerId: author.officerId,
      name: author.name,
      role: author.role,
      photoUrl: author.photoUrl,
    },
    priorities: work.priorities.map(({ priorityId, title, youSaid, weDid }) => ({
      priorityId,
      title,
      youSaid,
      weDid,
    })),
    events: work.events.map(({ eventId, title, startsAt, place }) => ({
      eventId,
      title,
      startsAt,
      place,
    })),
    advice: content.advice,
    contact: content.contact,
  };
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

/**
 * A staff write. The service's words come back for BAD_USER_INPUT and CONFLICT (a wrong
 * workflow state, a month that already has an issue), for the page to show; FORBIDDEN and
 * NOT_FOUND become their status pages; anything else is a fault for handleError.
 */
export async function staffWrite<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; code: string; problem: string }> {
  try {
    return { ok: true, value: await orStatusPage(run()) };
  } catch (caught) {
    if (caught instanceof GatewayError) {
      const first = caught.errors[0];
      const code = first?.extensions?.code ?? caught.code;
      if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') {
        return { ok: false, code, problem: first?.message ?? caught.message };
      }
    }
    throw caught;
  }
}
