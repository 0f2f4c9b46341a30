import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { RoundResult } from './round-result.entity.ts';

export function createConfidenceLoaders(em: EntityManager) {
  return {
    /** The latest round's result per neighbourhood: one query for every neighbourhood asked. */
    latestResultByNeighbourhood: new DataLoader<string, RoundResult | null>(async (ids) => {
      const rows = await em.find(
        RoundResult,
        { neighbourhoodId: { $in: [...ids] } },
        { orderBy: { closedOn: 'desc' } },
      );
      const latest = new Map<string, RoundResult>();
      for (const row of rows)
        if (!latest.has(row.neighbourhoodId)) latest.set(row.neighbourhoodId, row);
      return ids.map((id) => latest.get(id) ?? null);
    }),
  };
}
