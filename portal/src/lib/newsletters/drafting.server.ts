import { error } from '@sveltejs/kit';
import type { Officer } from '#lib/areas/neighbourhood.ts';
import { graphql } from '#lib/graphql/index.ts';
import type { TeamWorkInput } from '#lib/graphql/graphql.ts';
import type { NewsletterAuthor } from '#lib/newsletters/newsletters.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/**
 * What a draft is made of: the team's work (the newsletters service chooses what the issue
 * features from it), the officer who signs it, and the content as the gateway's
 * NewsletterContentInput wants it.
 */

/** The team's work, for the newsletters service to choose what an issue features. */
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
`);

/** The team's work as NewsletterContentInput's `teamWork` wants it. */
export type TeamWork = TeamWorkInput;

/**
 * The team's work as it stands now: every priority with its "We did" updates, and the upcoming
 * events. The newsletters service decides which of them the issue features.
 */
export async function teamWork(gateway: Gateway, slug: string): Promise<TeamWork> {
  const { neighbourhood } = await orStatusPage(gateway.request(TEAM_WORK, { slug }));
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
