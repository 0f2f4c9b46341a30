import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Officer } from './officer.entity.ts';

export function createPeopleLoaders(em: EntityManager) {
  return {
    officersByNeighbourhood: new DataLoader<string, Officer[]>(async (ids) => {
      const rows = await em.find(
        Officer,
        { neighbourhood: { $in: [...ids] } },
        { orderBy: { displayOrder: 'asc', name: 'asc' } },
      );
      return ids.map((id) => rows.filter((row) => row.neighbourhood.id === id));
    }),
    officerById: new DataLoader<string, Officer | null>(async (ids) => {
      const rows = await em.find(Officer, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}
