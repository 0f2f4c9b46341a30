import type { EventHandlers } from '@engage/shared';
import { KnownNeighbourhood } from './known-neighbourhood.entity.ts';

/** Keeps the local team copy current; an upsert, so a redelivered event changes nothing. */
export const neighbourhoodSubscriptions: EventHandlers = {
  'neighbourhood.upserted': async (em, event) => {
    await em.upsert(KnownNeighbourhood, {
      id: event.neighbourhoodId,
      name: event.name,
      slug: event.slug,
      policingAreaId: event.policingAreaId,
      policingAreaName: event.policingAreaName,
      policingAreaSlug: event.policingAreaSlug,
    });
  },
};
