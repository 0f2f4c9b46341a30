import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_FORCE, demoPick, stableId } from '@engage/shared';
import { KnownNeighbourhood } from '../modules/neighbourhoods/known-neighbourhood.entity.ts';
import { Subscriber } from '../modules/subscribers/subscriber.entity.ts';
import {
  EMAIL_FORMATS,
  type EmailFormat,
  type ResidentLanguage,
  type SubscriptionInterest,
} from '../modules/subscribers/subscriber.types.ts';

/** Three residents per team: enough to see every format in the catcher, few enough to be quick. */
const PER_TEAM = 3;
const ALL_INTERESTS: SubscriptionInterest[] = ['NEWSLETTER', 'UPDATES', 'EVENTS', 'SURVEYS'];

/**
 * DEMO DATA: the teams as engagement announces them (so the service works before its first
 * `neighbourhood.upserted` arrives; the events then upsert the same rows), and a few confirmed
 * residents per team at @example.org (a domain reserved for examples, so nothing real is
 * written to). One in five reads Welsh; formats vary. Existing residents are left as they are,
 * so unsubscribing one in the demo sticks across restarts.
 */
export async function seedDemoSubscribers(em: EntityManager): Promise<number> {
  await em.upsertMany(
    KnownNeighbourhood,
    DEMO_FORCE.flatMap((area) =>
      area.neighbourhoods.map((team) => ({
        id: team.id,
        name: team.name,
        slug: team.slug,
        policingAreaId: area.id,
        policingAreaName: area.name,
        policingAreaSlug: area.slug,
        updatedAt: new Date(),
      })),
    ),
  );
  const now = new Date();
  const rows = DEMO_FORCE.flatMap((area) =>
    area.neighbourhoods.flatMap((team) =>
      Array.from({ length: PER_TEAM }, (_, index) => {
        const email = `resident${index + 1}.${team.slug}@example.org`;
        const key = `${team.slug}/${index}`;
        return {
          id: stableId('demo-subscriber', key),
          email,
          emailKey: email,
          status: 'CONFIRMED' as const,
          // The third resident follows the whole NPA, so NPA fan-out shows up in the demo too.
          neighbourhoodIds: index === 2 ? [] : [team.id],
          policingAreaIds: index === 2 ? [area.id] : [],
          interests: ALL_INTERESTS,
          language: (demoPick(`${key}/language`, [1, 2, 3, 4, 5]) === 5
            ? 'CY'
            : 'EN') as ResidentLanguage,
          format: demoPick(`${key}/format`, EMAIL_FORMATS) as EmailFormat,
          createdAt: now,
          updatedAt: now,
          confirmedAt: now,
        };
      }),
    ),
  );
  await em.createQueryBuilder(Subscriber).insert(rows).onConflict('emailKey').ignore().execute();
  return rows.length;
}
