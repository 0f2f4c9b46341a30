import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_NEIGHBOURHOODS, demoPick, demoRandom, stableId } from '@engage/shared';
import { CommunityEvent } from '../modules/community-events/community-event.entity.ts';

const DAY = 24 * 60 * 60 * 1000;

/** DEMO DATA: invented events of the kinds teams run, with the access details people ask for. */
const KINDS = [
  {
    key: 'beat-surgery',
    title: 'Beat surgery at {team} Library',
    place: '{team} Library, community room',
    description:
      'Drop in to meet your neighbourhood officers, tell us what matters on your street and get crime prevention advice. No appointment needed.',
    accessibilityNotes:
      'Step-free access through the main entrance; hearing loop at the front desk; accessible toilet on the ground floor.',
    hours: 1.5,
  },
  {
    key: 'coffee-with-a-cop',
    title: 'Coffee with a cop',
    place: 'The Corner Café, {team}',
    description:
      'Join the team for a cuppa and a chat: no speeches, no agenda, just a chance to ask questions and raise concerns.',
    accessibilityNotes:
      'Level entrance and seating with arms; quieter tables at the back. Ask for an interpreter when you arrive and we will call one.',
    hours: 2,
  },
  {
    key: 'bike-marking',
    title: 'Free bike marking',
    place: 'Supermarket car park, {team}',
    description:
      'Bring your bike and we will mark it and register it on BikeRegister, free of charge, so it can be returned if stolen.',
    accessibilityNotes: 'Outdoors on level tarmac; disabled parking bays next to the stand.',
    hours: 3,
  },
  {
    key: 'community-meeting',
    title: '{team} community safety meeting',
    place: '{team} Community Centre, main hall',
    description:
      'Hear what the team has done about this quarter’s priorities and help choose the next ones. Councillors and housing officers will be there.',
    accessibilityNotes:
      'Step-free access and a hearing loop in the main hall; BSL interpreter on request (tell us a week before).',
    hours: 1.5,
  },
];

/** Monday 00:00 UTC of the week `date` is in. */
function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

/**
 * DEMO DATA: per team, 1–2 published events one to four weeks ahead of the seed's week. Ids are
 * keyed on the team and that week, so restarts within a week add nothing, each new week adds the
 * next ones (last week's become past events), and rows a demo user changed stay changed.
 */
export async function seedDemoCommunityEvents(
  em: EntityManager,
  now: Date = new Date(),
): Promise<void> {
  const week = weekStart(now);
  const weekKey = week.toISOString().slice(0, 10);
  const events = DEMO_NEIGHBOURHOODS.flatMap((team) => {
    const count = demoRandom(`${team.slug}:${weekKey}:events`) < 0.5 ? 1 : 2;
    return Array.from({ length: count }, (_, index) => {
      const key = `${team.slug}:${weekKey}:${index}`;
      const kind = demoPick(`${key}:kind`, KINDS);
      // 7–27 days after this week's Monday: after the end of this week, so still upcoming.
      const day = 7 + index * 10 + Math.floor(demoRandom(`${key}:day`) * 10);
      const hour = demoPick(`${key}:hour`, [10, 11, 14, 18]);
      const startsAt = new Date(week.getTime() + day * DAY + hour * 60 * 60 * 1000);
      const fill = (text: string) => text.replaceAll('{team}', team.name);
      return {
        id: stableId('community-event', `${key}:${kind.key}`),
        neighbourhood: team.id,
        title: fill(kind.title),
        description: fill(kind.description),
        startsAt,
        endsAt: new Date(startsAt.getTime() + kind.hours * 60 * 60 * 1000),
        place: fill(kind.place),
        accessibilityNotes: kind.accessibilityNotes,
        status: 'PUBLISHED' as const,
        publishedAt: week,
      };
    });
  });
  await em.upsertMany(CommunityEvent, events, {
    onConflictAction: 'ignore',
    onConflictFields: ['id'],
  });
}
