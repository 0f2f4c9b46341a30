import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventPayloads } from '@engage/shared';
import { KnownPopulation } from './known-population.entity.ts';

/**
 * `neighbourhood.profile.updated`: keep the local population copy current. An upsert of the
 * event's own figures and time, so a redelivered event changes nothing.
 */
export async function rememberPopulation(
  em: EntityManager,
  payload: EventPayloads['neighbourhood.profile.updated'],
): Promise<void> {
  await em.upsert(KnownPopulation, {
    neighbourhoodId: payload.neighbourhoodId,
    population: payload.population,
    counts: payload.counts,
    isDemoData: payload.isDemoData,
    source: payload.source,
    updatedAt: new Date(payload.updatedAt),
  });
}
