import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '@engage/shared';

/**
 * Tells surveys and newsletters that a team exists or changed, in the transaction that made the
 * change: they keep a local copy of the teams they validate against and name in emails.
 */
export function announceNeighbourhood(
  tx: EntityManager,
  neighbourhood: { id: string; name: string; slug: string },
  area: { id: string; name: string; slug: string },
): void {
  publishEvent(tx, 'neighbourhood.upserted', {
    neighbourhoodId: neighbourhood.id,
    name: neighbourhood.name,
    slug: neighbourhood.slug,
    policingAreaId: area.id,
    policingAreaName: area.name,
    policingAreaSlug: area.slug,
  });
}
