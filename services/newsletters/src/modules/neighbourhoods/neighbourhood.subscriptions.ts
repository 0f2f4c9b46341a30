import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventPayloads } from '@engage/shared';
import { KnownNeighbourhood } from './known-neighbourhood.entity.ts';

/** `neighbourhood.upserted`: keep the local copy current (an upsert, so a replay changes nothing). */
export async function rememberNeighbourhood(
  em: EntityManager,
  payload: EventPayloads['neighbourhood.upserted'],
): Promise<void> {
  await em.upsert(KnownNeighbourhood, {
    id: payload.neighbourhoodId,
    name: payload.name,
    slug: payload.slug,
    policingAreaId: payload.policingAreaId,
    policingAreaName: payload.policingAreaName,
    policingAreaSlug: payload.policingAreaSlug,
    updatedAt: new Date(),
  });
}
