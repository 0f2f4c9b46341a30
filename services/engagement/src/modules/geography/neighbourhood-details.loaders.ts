import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { CoverageArea } from './coverage-area.entity.ts';
import { NeighbourhoodProfile } from './neighbourhood-profile.entity.ts';
import { PostcodeSector } from './postcode-sector.entity.ts';

/** Groups rows by their neighbourhood, in the order the loader was asked. */
function byNeighbourhood<Row extends { neighbourhood: { id: string } }>(
  ids: readonly string[],
  rows: Row[],
) {
  return ids.map((id) => rows.filter((row) => row.neighbourhood.id === id));
}

export function createNeighbourhoodDetailLoaders(em: EntityManager) {
  return {
    coverageByNeighbourhood: new DataLoader<string, CoverageArea[]>(async (ids) =>
      byNeighbourhood(
        ids,
        await em.find(
          CoverageArea,
          { neighbourhood: { $in: [...ids] } },
          { orderBy: { name: 'asc' } },
        ),
      ),
    ),
    sectorsByNeighbourhood: new DataLoader<string, PostcodeSector[]>(async (ids) =>
      byNeighbourhood(
        ids,
        await em.find(
          PostcodeSector,
          { neighbourhood: { $in: [...ids] } },
          { orderBy: { sector: 'asc' } },
        ),
      ),
    ),
    profileByNeighbourhood: new DataLoader<string, NeighbourhoodProfile | null>(async (ids) => {
      const rows = await em.find(NeighbourhoodProfile, { neighbourhood: { $in: [...ids] } });
      return ids.map((id) => rows.find((row) => row.neighbourhood.id === id) ?? null);
    }),
    /** The profiles of an NPA's teams, by the NPA's id. */
    profilesByArea: new DataLoader<string, NeighbourhoodProfile[]>(async (areaIds) => {
      const rows = await em.find(
        NeighbourhoodProfile,
        { neighbourhood: { policingArea: { $in: [...areaIds] } } },
        { populate: ['neighbourhood'] },
      );
      return areaIds.map((id) => rows.filter((row) => row.neighbourhood.policingArea.id === id));
    }),
  };
}
