import { error } from '@sveltejs/kit';
import type {
  FeaturedEvent,
  FeaturedPriority,
  NewsletterAuthor,
} from '#lib/newsletters/newsletters.ts';
import type { Officer } from '#lib/areas/neighbourhood.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/**
 * What a draft is made of: the team's work frozen into the issue when it is drafted, the officer
 * who signs it, and the content as the gateway's NewsletterContentInput wants it.
 */

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
