import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import DataLoader from 'dataloader';
import { CommunityEvent } from './community-event.entity.ts';

/** A team page lists the next few events; the rest are a click away on the events page. */
export const UPCOMING_EVENTS_SHOWN = 10;

/** One query per list per request, however many teams ask (architecture.md). */
export function createCommunityEventLoaders(em: EntityManager) {
  return {
    upcomingEventsByNeighbourhood: new DataLoader<string, CommunityEvent[]>(async (ids) => {
      // Published and not yet started: a team has a handful at a time, so reading them all and
      // keeping the first ten of each is cheaper than a window query.
      const rows = await em.find(
        CommunityEvent,
        { neighbourhood: { $in: [...ids] }, status: 'PUBLISHED', startsAt: { $gte: new Date() } },
        { orderBy: { startsAt: 'asc', id: 'asc' } },
      );
      return ids.map((id) =>
        rows.filter((row) => row.neighbourhood.id === id).slice(0, UPCOMING_EVENTS_SHOWN),
      );
    }),
    /** Every status, for the team's managers (the resolver checks). */
    eventsByNeighbourhood: new DataLoader<string, CommunityEvent[]>(async (ids) => {
      const rows = await em.find(
        CommunityEvent,
        { neighbourhood: { $in: [...ids] } },
        { orderBy: { startsAt: 'desc', id: 'asc' } },
      );
      return ids.map((id) => rows.filter((row) => row.neighbourhood.id === id));
    }),
    communityEventById: new DataLoader<string, CommunityEvent | null>(async (ids) => {
      // Ids come from other subgraphs too; one that is not a UUID matches nothing.
      const valid = ids.filter((id) => isUUID(id));
      const rows = valid.length > 0 ? await em.find(CommunityEvent, { id: { $in: valid } }) : [];
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}
