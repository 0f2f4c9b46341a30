import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_NEIGHBOURHOODS, demoPopulation } from '@engage/shared';
import { KnownPopulation } from '../modules/neighbourhoods/known-population.entity.ts';

/**
 * DEMO DATA: every demo team's invented census population, written straight to the local copy
 * (as engagement's `neighbourhood.profile.updated` events would leave it), so the reach figures
 * have something to compare with from the first start. The same figures engagement shows.
 */
export async function seedDemoPopulations(em: EntityManager): Promise<void> {
  await em.upsertMany(
    KnownPopulation,
    DEMO_NEIGHBOURHOODS.map((team) => {
      const { population, counts } = demoPopulation(team);
      return {
        neighbourhoodId: team.id,
        population,
        counts,
        isDemoData: true,
        source: 'DEMO DATA: invented figures, not a census',
        updatedAt: new Date(),
      };
    }),
  );
}
