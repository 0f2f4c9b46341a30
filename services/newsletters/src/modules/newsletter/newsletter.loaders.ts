import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Newsletter } from './newsletter.entity.ts';

export function createNewsletterLoaders(em: EntityManager) {
  return {
    publishedNewsletterById: new DataLoader<string, Newsletter | null>(async (ids) => {
      const rows = await em.find(Newsletter, { id: { $in: [...ids] }, status: 'published' });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The newest published issue per neighbourhood: one query for every neighbourhood asked. */
    latestNewsletterByNeighbourhood: new DataLoader<string, Newsletter | null>(async (ids) => {
      const rows = await em.find(
        Newsletter,
        { neighbourhoodId: { $in: [...ids] }, status: 'published' },
        { orderBy: { publishedAt: 'desc' } },
      );
      const latest = new Map<string, Newsletter>();
      for (const row of rows)
        if (!latest.has(row.neighbourhoodId)) latest.set(row.neighbourhoodId, row);
      return ids.map((id) => latest.get(id) ?? null);
    }),
  };
}
