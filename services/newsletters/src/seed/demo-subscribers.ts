import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_FORCE, demoPick, demoRandom, stableId } from '@engage/shared';
import type {
  AgeBand,
  Demographics,
  Disability,
  EthnicGroup,
  Gender,
} from '@engage/shared/demographics';
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
 * DEMO DATA: answers drawn so the reach view has something to show: older residents and White
 * residents over-represented, under-25s and Asian residents heard far less than the census says
 * (as newsletter lists usually are), and some who would rather not say.
 */
const AGES: AgeBand[] = [
  'AGE_18_24',
  'AGE_25_34',
  'AGE_35_44',
  'AGE_35_44',
  'AGE_45_54',
  'AGE_45_54',
  'AGE_45_54',
  'AGE_55_64',
  'AGE_55_64',
  'AGE_55_64',
  'AGE_65_74',
  'AGE_65_74',
  'AGE_65_74',
  'AGE_75_PLUS',
  'AGE_75_PLUS',
  'PREFER_NOT_TO_SAY',
];
const ETHNIC: EthnicGroup[] = [
  ...Array<EthnicGroup>(15).fill('WHITE'),
  'ASIAN',
  'BLACK',
  'BLACK',
  'MIXED',
  'OTHER',
  'PREFER_NOT_TO_SAY',
];
const DISABILITY: Disability[] = ['YES', 'NO', 'NO', 'NO', 'NO', 'PREFER_NOT_TO_SAY'];
const GENDER: Gender[] = [
  ...Array<Gender>(6).fill('WOMAN'),
  ...Array<Gender>(5).fill('MAN'),
  'IN_ANOTHER_WAY',
  'PREFER_NOT_TO_SAY',
];

/** One resident in six did not consent to the questions; the rest answered each. */
function demoDemographics(key: string): Demographics | null {
  if (demoPick(`${key}/consent`, [1, 2, 3, 4, 5, 6]) === 6) return null;
  return {
    ageBand: demoPick(`${key}/age`, AGES),
    ethnicGroup: demoPick(`${key}/ethnic`, ETHNIC),
    disability: demoPick(`${key}/disability`, DISABILITY),
    gender: demoPick(`${key}/gender`, GENDER),
  };
}

/** When a demo resident confirmed: spread over the last 14 months, so reach has a trend. */
function demoConfirmedAt(key: string, now: Date): Date {
  const daysAgo = Math.floor(demoRandom(`${key}/confirmed`) * 425);
  return new Date(now.getTime() - daysAgo * 86_400_000);
}

/**
 * DEMO DATA: the teams as engagement announces them (so the service works before its first
 * `neighbourhood.upserted` arrives; the events then upsert the same rows), and a few confirmed
 * residents per team at @example.org (a domain reserved for examples, so nothing real is
 * written to). One in five reads Welsh; formats vary; most answered the demographic questions. Existing residents are left as they are,
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
          demographics: demoDemographics(key),
          createdAt: demoConfirmedAt(key, now),
          updatedAt: now,
          confirmedAt: demoConfirmedAt(key, now),
        };
      }),
    ),
  );
  await em.createQueryBuilder(Subscriber).insert(rows).onConflict('emailKey').ignore().execute();
  return rows.length;
}
