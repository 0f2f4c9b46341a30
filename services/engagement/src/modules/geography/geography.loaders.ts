import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Neighbourhood } from './neighbourhood.entity.ts';
import { PolicingArea } from './policing-area.entity.ts';

/** One query per entity type per request, however many rows ask (see architecture.md). */
export function createGeographyLoaders(em: EntityManager) {
  return {
    policingAreaById: new DataLoader<string, PolicingArea | null>(async (ids) => {
      const rows = await em.find(PolicingArea, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    neighbourhoodById: new DataLoader<string, Neighbourhood | null>(async (ids) => {
      const rows = await em.find(Neighbourhood, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    neighbourhoodsByArea: new DataLoader<string, Neighbourhood[]>(async (areaIds) => {
      const rows = await em.find(
        Neighbourhood,
        { policingArea: { $in: [...areaIds] } },
        { orderBy: { name: 'asc' } },
      );
      return areaIds.map((areaId) => rows.filter((row) => row.policingArea.id === areaId));
    }),
  };
}
