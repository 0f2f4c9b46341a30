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
  /** surveys → newsletters (invitations) and engagement (the quarterly-survey standard). */
  'survey.round.opened': {
    roundId: string;
    roundLabel: string;
    openedOn: string;
    neighbourhoodIds: string[];
  };
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
  'survey.round.opened': ['engagement', 'newsletters'],
};

export const queueFor = (event: EventName, service: ServiceName) => `${event}/${service}`;
