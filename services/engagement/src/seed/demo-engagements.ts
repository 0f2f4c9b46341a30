import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_FORCE, demoPick, demoRandom, stableId } from '@engage/shared';
import { ukToday } from '@engage/shared/uk-time';
import { addDays } from '../modules/csv-import/local-date.ts';
import { Engagement, type EngagementKind } from '../modules/engagements/engagement.entity.ts';

/**
 * DEMO DATA: a year of invented engagements for every team, ending today, shaped so the
 * standards show a realistic mix: most teams hold one or two ward or parish meetings a year (a
 * few none), walk their patch with partners up to four times (some walk alone), run a beat
 * surgery most months and a few community events. Dates sit on calendar months, so seeding again
 * on a later day adds the new days' rows and never moves or duplicates old ones.
 */

const PARTNERS = ['City Council', 'Housing Association', 'Fire and Rescue', 'Neighbourhood Watch'];
const COMMUNITIES = [
  'Somali community',
  'students',
  'older residents',
  'young people',
  'Gujarati-speaking residents',
  'Polish community',
  'Sikh community',
  'Muslim community',
  'parents at the school gate',
  'shopkeepers',
  'Roma families',
  'disabled residents',
];
const PLACES = [
  (name: string) => `${name} Library`,
  (name: string) => `${name} Community Centre`,
  () => 'Masjid al-Noor',
  () => 'Guru Nanak Gurdwara',
  (name: string) => `${name} Primary School`,
  (name: string) => `${name} Park`,
  () => 'St Peter’s Church Hall',
];

interface Plan {
  kind: EngagementKind;
  /** Every how many months it happens (12 = once a year); 0 = never. */
  everyMonths: number;
  withPartners?: boolean;
}

/** How often each kind happens for one team, picked once per team. */
function teamPlans(slug: string): Plan[] {
  const meetings = demoRandom(`${slug}:meetings`);
  const walks = Math.floor(demoRandom(`${slug}:walks`) * 5);
  const soloWalks = Math.floor(demoRandom(`${slug}:solo-walks`) * 3);
  const events = 1 + Math.floor(demoRandom(`${slug}:events`) * 4);
  const perYear = [0, 12, 6, 4, 3];
  return [
    { kind: 'WARD_OR_PARISH_MEETING', everyMonths: meetings < 0.1 ? 0 : meetings < 0.6 ? 12 : 6 },
    { kind: 'PATCH_WALK', everyMonths: perYear[walks]!, withPartners: true },
    { kind: 'PATCH_WALK', everyMonths: perYear[soloWalks]!, withPartners: false },
    { kind: 'BEAT_SURGERY', everyMonths: 1 },
    { kind: 'COMMUNITY_EVENT', everyMonths: perYear[events]! },
    { kind: 'OTHER', everyMonths: 3 },
  ];
}

/** Up to four distinct items, repeatably. */
function somePicks(key: string, items: readonly string[], most: number): string[] {
  const count = Math.floor(demoRandom(`${key}:count`) * (most + 1));
  return [...new Set(Array.from({ length: count }, (_, i) => demoPick(`${key}:${i}`, items)))];
}

function between(key: string, low: number, high: number) {
  return low + Math.floor(demoRandom(key) * (high - low + 1));
}

export function demoEngagements(today: string = ukToday()) {
  const earliest = addDays(today, -364);
  const [year, month] = today.split('-').map(Number) as [number, number];
  const thisMonth = year * 12 + (month - 1);
  const months = Array.from({ length: 13 }, (_, back) => thisMonth - back);
  return DEMO_FORCE.flatMap((area, areaIndex) =>
    area.neighbourhoods.flatMap(({ id, slug, name }) =>
      teamPlans(slug).flatMap((plan, planIndex) =>
        months.flatMap((monthNumber) => {
          const key = `${slug}:${planIndex}:${monthNumber}`;
          const phase = Math.floor(demoRandom(`${slug}:${planIndex}:phase`) * plan.everyMonths);
          if (plan.everyMonths === 0 || (monthNumber + phase) % plan.everyMonths !== 0) return [];
          // One beat surgery in ten is missed: leave, court, a busy month.
          if (plan.kind === 'BEAT_SURGERY' && demoRandom(`${key}:missed`) < 0.1) return [];
          const monthStart = `${Math.floor(monthNumber / 12)}-${String((monthNumber % 12) + 1).padStart(2, '0')}-01`;
          const heldOn = addDays(monthStart, between(`${key}:day`, 0, 27));
          if (heldOn < earliest || heldOn > today) return [];
          return [demoEngagement({ id, slug, name, urban: areaIndex < 3 }, plan, key, heldOn)];
        }),
      ),
    ),
  );
}

function demoEngagement(
  team: { id: string; slug: string; name: string; urban: boolean },
  plan: Plan,
  key: string,
  heldOn: string,
) {
  const place =
    plan.kind === 'WARD_OR_PARISH_MEETING'
      ? team.urban
        ? `${team.name} Community Centre`
        : `${team.name} Village Hall`
      : demoPick(`${key}:place`, PLACES)(team.name);
  const attendance = {
    WARD_OR_PARISH_MEETING: between(`${key}:n`, 8, 40),
    PATCH_WALK: null,
    BEAT_SURGERY: between(`${key}:n`, 2, 15),
    COMMUNITY_EVENT: between(`${key}:n`, 40, 300),
    OTHER: between(`${key}:n`, 10, 60),
  }[plan.kind];
  const partners = plan.withPartners
    ? [demoPick(`${key}:lead-partner`, PARTNERS), ...somePicks(`${key}:partners`, PARTNERS, 2)]
    : plan.kind === 'PATCH_WALK'
      ? []
      : somePicks(`${key}:partners`, PARTNERS, 1);
  return {
    id: stableId('demo-engagement', `${team.slug}/${key}/${heldOn}`),
    neighbourhood: team.id,
    kind: plan.kind,
    heldOn,
    place,
    attendance,
    partners: [...new Set(partners)],
    communitiesReached: somePicks(`${key}:communities`, COMMUNITIES, 3),
    notes:
      plan.kind === 'OTHER'
        ? demoPick(`${key}:note`, ['School assembly on online safety', 'Visit to a faith centre'])
        : null,
    recordedBy: null,
    importBatch: null,
    createdAt: new Date(`${heldOn}T18:00:00Z`),
    // Never in the future (today's engagements are "held" at 18:00), so an incremental export
    // from now on does not pick up demo rows.
    updatedAt: new Date(Math.min(Date.parse(`${heldOn}T18:00:00Z`), Date.now())),
  };
}

/** DEMO DATA: upserts the year of engagements; running it again the same day changes nothing. */
export async function seedDemoEngagements(em: EntityManager): Promise<number> {
  const rows = demoEngagements();
  // 12 columns a row: 500 rows keep each statement well under PostgreSQL's parameter limit.
  await em.upsertMany(Engagement, rows, { batchSize: 500 });
  return rows.length;
}
