import type { PopulationCount } from '../demographics.ts';

/**
 * Every event that crosses services, with its payload. Data crosses services only by federation
 * (reads) and by these events (writes): see ../../../README.md, "How the pieces talk".
 */
export interface EventPayloads {
  /** engagement → newsletters: invite subscribers of the area who want events. */
  'event.published': {
    eventId: string;
    neighbourhoodId: string;
    title: string;
    startsAt: string;
    place: string;
  };
  /** newsletters → engagement: evidence for the monthly-newsletter standard. */
  'newsletter.published': { newsletterId: string; neighbourhoodId: string; publishedAt: string };
  /** newsletters → engagement: an admin withdrew an issue published by mistake; stop counting it. */
  'newsletter.withdrawn': { newsletterId: string; neighbourhoodId: string; withdrawnAt: string };
  /** surveys → newsletters (invitations) and engagement (the quarterly-survey standard). */
  'survey.round.opened': {
    roundId: string;
    roundLabel: string;
    openedOn: string;
    /** The last day answers are taken ("YYYY-MM-DD"); invitations expire at its end. */
    closesOn: string;
    neighbourhoodIds: string[];
  };
  /**
   * engagement → surveys, newsletters: a team was created or changed. Both keep a small local
   * copy of the teams they validate against and name in emails (never reading engagement's tables).
   */
  'neighbourhood.upserted': {
    neighbourhoodId: string;
    name: string;
    slug: string;
    policingAreaId: string;
    policingAreaName: string;
    policingAreaSlug: string;
  };
  /**
   * surveys → newsletters: a quick poll opened; each of its teams' next newsletter links to it
   * until it closes (`closesAt`, or `poll.closed`).
   */
  'poll.opened': {
    pollId: string;
    question: string;
    /** Every team it is for (its NPAs' teams, or every team for a force-wide poll). */
    neighbourhoodIds: string[];
    openedAt: string;
    closesAt: string | null;
  };
  /** surveys → newsletters: staff closed a quick poll; newsletters stop linking to it. */
  'poll.closed': { pollId: string; closedAt: string };
  /**
   * engagement → newsletters: a commander posted a weekly update and asked for it to be emailed
   * to the NPA's subscribers who want updates (only then is this sent).
   */
  'commander.update.published': {
    updateId: string;
    policingAreaId: string;
    title: string;
    body: string;
    videoUrl: string | null;
    authorName: string;
    publishedAt: string;
  };
  /**
   * engagement → surveys, newsletters: a team's population profile was imported (census) or seeded
   * (demo). Both keep a local copy to compare who they reach with who lives there (representation
   * ratios, responses per 1,000 residents). Public census counts: no personal data.
   */
  'neighbourhood.profile.updated': {
    neighbourhoodId: string;
    /** Usual residents. */
    population: number;
    /** Residents by group for each question, in the product's groups (POPULATION_GROUPS). */
    counts: PopulationCount[];
    /** True for invented demo figures, never a real census. */
    isDemoData: boolean;
    /** Where the figures come from, for people: "ONS Census 2021 TS007A, TS021 … (2023-01)". */
    source: string;
    updatedAt: string;
  };
  /** newsletters → surveys: a subscriber asked for their data to be deleted; forget them. */
  'subscriber.erased': { subscriberId: string; erasedAt: string };
}

export type EventName = keyof EventPayloads;

export type ServiceName = 'engagement' | 'surveys' | 'newsletters';

/**
 * Who consumes each event. Every service makes sure all of these subscriptions exist before it
 * publishes anything, so an event published before its consumer first starts still waits in the
 * consumer's queue instead of being dropped.
 */
export const EVENT_SUBSCRIBERS: { [Name in EventName]: readonly ServiceName[] } = {
  'event.published': ['newsletters'],
  'newsletter.published': ['engagement'],
  'newsletter.withdrawn': ['engagement'],
  'survey.round.opened': ['engagement', 'newsletters'],
  'neighbourhood.upserted': ['surveys', 'newsletters'],
  'subscriber.erased': ['surveys'],
  'poll.opened': ['newsletters'],
  'poll.closed': ['newsletters'],
  'commander.update.published': ['newsletters'],
  'neighbourhood.profile.updated': ['surveys', 'newsletters'],
};

export const queueFor = (event: EventName, service: ServiceName) => `${event}/${service}`;
