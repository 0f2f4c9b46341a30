import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { DeliveryStatus } from '../delivery/delivery.entity.ts';
import { wordArray } from '@engage/shared';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { Newsletter } from './newsletter.entity.ts';
import type { DeliveryProgress } from './newsletter.types.ts';

function progressOf(counts: Partial<Record<DeliveryStatus, number>>): DeliveryProgress {
  const queued = (counts.QUEUED ?? 0) + (counts.SENDING ?? 0);
  const sent = counts.SENT ?? 0;
  const failed = counts.FAILED ?? 0;
  const suppressed = counts.SUPPRESSED ?? 0;
  const cancelled = counts.CANCELLED ?? 0;
  return {
    total: queued + sent + failed + suppressed + cancelled,
    queued,
    sent,
    failed,
    suppressed,
    cancelled,
    finished: queued === 0,
  };
}

export function createNewsletterLoaders(em: EntityManager) {
  return {
    publishedNewsletterById: new DataLoader<string, Newsletter | null>(async (ids) => {
      const rows = await em.find(Newsletter, { id: { $in: [...ids] }, status: 'PUBLISHED' });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The newest published issue per neighbourhood: one query for every neighbourhood asked. */
    latestNewsletterByNeighbourhood: new DataLoader<string, Newsletter | null>(async (ids) => {
      const rows = await em.find(
        Newsletter,
        { neighbourhoodId: { $in: [...ids] }, status: 'PUBLISHED' },
        { orderBy: { publishedAt: 'desc' } },
      );
      const latest = new Map<string, Newsletter>();
      for (const row of rows)
        if (!latest.has(row.neighbourhoodId)) latest.set(row.neighbourhoodId, row);
      return ids.map((id) => latest.get(id) ?? null);
    }),
    knownNeighbourhoodById: new DataLoader<string, KnownNeighbourhood | null>(async (ids) => {
      const rows = await em.find(KnownNeighbourhood, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Delivery counts by status for many issues, in one grouped query. */
    deliveryProgressByNewsletter: new DataLoader<string, DeliveryProgress>(async (ids) => {
      const rows = await em
        .getConnection()
        .execute<{ subject_id: string; status: DeliveryStatus; count: string }[]>(
          `select subject_id, status, count(*) as count from newsletters.delivery
         where kind = 'NEWSLETTER' and subject_id::text = any(?::text[])
         group by subject_id, status`,
          [wordArray(ids)],
        );
      const counts = new Map<string, Partial<Record<DeliveryStatus, number>>>();
      for (const row of rows) {
        const entry = counts.get(row.subject_id) ?? {};
        entry[row.status] = Number(row.count);
        counts.set(row.subject_id, entry);
      }
      return ids.map((id) => progressOf(counts.get(id) ?? {}));
    }),
    /** Confirmed subscribers of each team, directly or through its NPA, in one query. */
    subscriberCountByNeighbourhood: new DataLoader<string, number>(async (ids) => {
      const rows = await em.getConnection().execute<{ id: string; count: string }[]>(
        `select k.id, count(s.id) as count
         from newsletters.known_neighbourhood k
         left join newsletters.subscriber s on s.status = 'CONFIRMED'
           and (k.id::text = any(s.neighbourhood_ids) or k.policing_area_id::text = any(s.policing_area_ids))
         where k.id::text = any(?::text[])
         group by k.id`,
        [wordArray(ids)],
      );
      const byId = new Map(rows.map((row) => [row.id, Number(row.count)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
  };
}
