import type { EntityManager } from '@mikro-orm/postgresql';
import { Neighbourhood } from './neighbourhood.entity.ts';
import { PostcodeSector } from './postcode-sector.entity.ts';

/** The database side of finding a team by postcode: what the locator asks of our own tables. */
export function neighbourhoodLookups(em: EntityManager) {
  return {
    async findBySector(sector: string): Promise<string | null> {
      const row = await em.findOne(PostcodeSector, { sector });
      return row?.neighbourhood.id ?? null;
    },
    async findByPoliceRef(force: string, neighbourhood: string): Promise<string | null> {
      const row = await em.findOne(
        Neighbourhood,
        { policeForceRef: force, policeNeighbourhoodRef: neighbourhood },
        { fields: ['id'] },
      );
      return row?.id ?? null;
    },
    async neighbourhoodBoundaries() {
      const rows = await em.find(
        Neighbourhood,
        { boundary: { $ne: null } },
        { fields: ['id', 'boundary'] },
      );
      return rows.map((row) => ({ neighbourhoodId: row.id, boundary: row.boundary ?? [] }));
    },
  };
}
