import { error } from '@sveltejs/kit';
import type {
  EmailFormat,
  NewsletterAuthor,
  NewsletterSummary,
  ResidentLanguage,
  StaffNewsletter,
} from '#lib/newsletters.ts';
import { isMonth } from '#lib/newsletters.ts';
import type { Officer } from '#lib/neighbourhood.ts';
import type { Gateway } from './gateway.ts';
import { GatewayError } from './gateway.ts';
import { NEWSLETTER_FIELDS } from './newsletters.ts';
import { orStatusPage } from './team.ts';

/**
 * The staff side of the newsletters API: drafting, review, publishing and delivery. The service
 * decides who may do what (API.md); a refusal is shown as its status page.
 */

export const STAFF_NEWSLETTER_FIELDS = /* GraphQL */ `
  ${NEWSLETTER_FIELDS}
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
`;

const TEAM_NEWSLETTERS = /* GraphQL */ `
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
`;

export const STAFF_NEWSLETTER = /* GraphQL */ `
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
        ${STAFF_NEWSLETTER_FIELDS}
      }
    }
  }
`;

/** The team's work, for the newsletters service to choose what an issue features. */
export const TEAM_WORK = /* GraphQL */ `
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
          actionOn
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
`;

export const CREATE_DRAFT = /* GraphQL */ `
  mutation CreateNewsletterDraft($input: NewsletterDraftInput!) {
    createNewsletterDraft(input: $input) {
      id
      month
    }
  }
`;

export const UPDATE_DRAFT = /* GraphQL */ `
  mutation UpdateNewsletterDraft($id: ID!, $input: NewsletterContentInput!) {
    updateNewsletterDraft(id: $id, input: $input) {
      id
      status
    }
  }
`;

export const SUBMIT_FOR_REVIEW = /* GraphQL */ `
  mutation SubmitNewsletterForReview($id: ID!) {
    submitNewsletterForReview(id: $id) {
      id
      status
    }
  }
`;

export const PUBLISH = /* GraphQL */ `
  mutation PublishNewsletter($id: ID!, $at: DateTimeISO) {
    publishNewsletter(id: $id, at: $at) {
      id
      status
    }
  }
`;

export const APPROVE = /* GraphQL */ `
  mutation ApproveNewsletter($id: ID!) {
    approveNewsletter(id: $id) {
      id
      status
    }
  }
`;

export const REQUEST_CHANGES = /* GraphQL */ `
  mutation RequestNewsletterChanges($id: ID!, $comment: String!) {
    requestNewsletterChanges(id: $id, comment: $comment) {
      id
      status
    }
  }
`;

/** Admins only: takes an issue published by mistake off the website, with the reason why. */
export const WITHDRAW = /* GraphQL */ `
  mutation WithdrawNewsletter($id: ID!, $reason: String!) {
    withdrawNewsletter(id: $id, reason: $reason) {
      id
      status
    }
  }
`;

const EMAIL_PREVIEW = /* GraphQL */ `
  query NewsletterEmailPreview($id: ID!, $format: EmailFormat!, $language: ResidentLanguage!) {
    newsletterEmailPreview(id: $id, format: $format, language: $language) {
      subject
      html
      text
    }
  }
`;

const REVIEW_QUEUE = /* GraphQL */ `
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
`;

const NEWSLETTER_BY_ID = /* GraphQL */ `
  query NewsletterById($id: ID!) {
    newsletterById(id: $id) {
      ${STAFF_NEWSLETTER_FIELDS}
      neighbourhood {
        id
        slug
        name
      }
    }
  }
`;

export interface TeamNewsletters {
  /** Null for staff who may not see the team's reach (reviewers, other teams). */
  subscriberCount: number | null;
  /** Every issue not yet published, newest month first. */
  drafts: NewsletterSummary[];
  published: NewsletterSummary[];
}

export async function teamNewsletters(gateway: Gateway, slug: string): Promise<TeamNewsletters> {
  const { neighbourhood } = await orStatusPage(
    gateway.request<{
      neighbourhood: {
        subscriberCount: number | null;
        newsletterDrafts: NewsletterSummary[];
        newsletters: { nodes: NewsletterSummary[] };
      } | null;
    }>(TEAM_NEWSLETTERS, { slug }),
  );
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
  const { neighbourhood } = await orStatusPage(
    gateway.request<{
      neighbourhood: { officers: Officer[]; newsletter: StaffNewsletter | null } | null;
    }>(STAFF_NEWSLETTER, { slug, month }),
  );
  if (!neighbourhood?.newsletter) error(404, 'NOT_FOUND');
  return { newsletter: neighbourhood.newsletter, officers: neighbourhood.officers };
}

/** The team's work as NewsletterContentInput's `teamWork` wants it. */
export interface TeamWork {
  priorities: {
    priorityId: string;
    year: number;
    quarter: number;
    status: 'DRAFT' | 'ACTIVE' | 'COMPLETED';
    title: string;
    residentsSaid: string;
    updates: { actionOn: string; weDid: string }[];
  }[];
  events: { eventId: string; title: string; startsAt: string; place: string }[];
}

/**
 * The team's work as it stands now: every priority with its "We did" updates, and the upcoming
 * events. The newsletters service decides which of them the issue features.
 */
export async function teamWork(gateway: Gateway, slug: string): Promise<TeamWork> {
  const { neighbourhood } = await orStatusPage(
    gateway.request<{
      neighbourhood: {
        priorities: (Omit<TeamWork['priorities'][number], 'priorityId'> & { id: string })[];
        upcomingEvents: { id: string; title: string; startsAt: string; place: string }[];
      } | null;
    }>(TEAM_WORK, { slug }),
  );
  if (!neighbourhood) error(404, 'NOT_FOUND');
  return {
    priorities: neighbourhood.priorities.map(
      ({ id, year, quarter, status, title, residentsSaid, updates }) => ({
        priorityId: id,
        year,
        quarter,
        status,
        title,
        residentsSaid,
        updates: updates.map(({ actionOn, weDid }) => ({ actionOn, weDid })),
      }),
    ),
    events: neighbourhood.upcomingEvents.map(({ id, title, startsAt, place }) => ({
      eventId: id,
      title,
      startsAt,
      place,
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

/**
 * The content as NewsletterContentInput wants it (only the input's fields). With the
 * team's work, the service features afresh what it chooses from it; without, the issue keeps
 * what it features.
 */
export function contentInput(
  content: { title: string; introduction: string; advice: string; contact: string },
  author: NewsletterAuthor | null,
  work: TeamWork | null,
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
    teamWork: work,
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
    gateway.request<{ newsletterEmailPreview: { subject: string; html: string; text: string } }>(
      EMAIL_PREVIEW,
      { id, format, language },
    ),
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
  const { newsletterReviewQueue } = await orStatusPage(
    gateway.request<{ newsletterReviewQueue: QueuedNewsletter[] }>(REVIEW_QUEUE),
  );
  return newsletterReviewQueue;
}

export async function newsletterById(gateway: Gateway, id: string) {
  const { newsletterById } = await orStatusPage(
    gateway.request<{
      newsletterById:
        (StaffNewsletter & { neighbourhood: { id: string; slug: string; name: string } }) | null;
    }>(NEWSLETTER_BY_ID, { id }),
  );
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
