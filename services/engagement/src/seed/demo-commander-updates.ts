import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_FORCE, DEMO_STAFF, demoPick, demoRandom, stableId } from '@engage/shared';
import { CommanderUpdate } from '../modules/commander-updates/commander-update.entity.ts';

const DAY = 24 * 60 * 60 * 1000;
const WEEKS = 12;

/** DEMO DATA: invented commanders; the first NPA's is the demo commander who signs in. */
const FIRST_NAMES = ['Rachel', 'Imran', 'Helen', 'Gareth', 'Nadia', 'Stuart', 'Kiran', 'Joanne'];
const SURNAMES = ['Bennett', 'Hussain', 'Marsh', 'Doyle', 'Chowdhury', 'Fletcher', 'Lowe', 'Gill'];
const DEMO_COMMANDER = DEMO_STAFF.find((staff) => staff.role === 'COMMANDER');

/** DEMO DATA: the week's theme, as a commander would write it up. */
const THEMES = [
  {
    key: 'priorities',
    title: 'Your priorities: what we did this week in {area}',
    body: 'This week our teams across {area} focused on the priorities you set with us: speed checks outside schools, extra evening patrols in the parks and two drug warrants. Thank you to everyone who reported what they saw; it makes a difference.',
  },
  {
    key: 'burglary',
    title: 'Keeping your home safe as the nights draw in',
    body: 'Burglaries often rise when it gets dark earlier. Lock doors and windows even when you are in, use timer switches for lights, and register valuables. Our teams in {area} are running free home security checks; ask at any beat surgery.',
  },
  {
    key: 'thanks',
    title: 'Thank you, {area}',
    body: 'A big thank you to the volunteers, councillors and residents who joined our patch walks this week. Your local knowledge helped us find the spots where lighting, fly-tipping and parking need action, and we have passed them to the council.',
  },
  {
    key: 'scams',
    title: 'Scams targeting older residents in {area}',
    body: 'We have had reports of callers pretending to be from the bank or the police and asking for money. The police will never ask you to hand over cash or cards. If in doubt, hang up and call 101 from another phone.',
  },
  {
    key: 'survey',
    title: 'Tell us how we are doing: the Your Views survey',
    body: 'The Your Views survey is open. It takes five minutes and tells us whether you feel safe and informed in {area}. Every answer is read, and the results shape next quarter’s priorities.',
  },
  {
    key: 'events',
    title: 'Meet your team: events across {area}',
    body: 'Our neighbourhood teams are out and about across {area} in the coming weeks: beat surgeries at the libraries, coffee mornings and bike marking. Check your team’s page for times and places, and come and say hello.',
  },
];

/** Monday 00:00 UTC of the week `date` is in. */
function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

/**
 * DEMO DATA: per NPA, one commander's update a week for the last 12 weeks (this week's once its
 * day has come). Ids are keyed on the NPA and week, so restarts add nothing and each new week
 * adds one; rows that exist are left as they are.
 */
export async function seedDemoCommanderUpdates(
  em: EntityManager,
  now: Date = new Date(),
): Promise<void> {
  const thisWeek = weekStart(now);
  const updates = DEMO_FORCE.flatMap((area, areaIndex) => {
    const authorName =
      areaIndex === 0 && DEMO_COMMANDER
        ? DEMO_COMMANDER.name
        : `Inspector ${demoPick(`${area.slug}:first`, FIRST_NAMES)} ${demoPick(`${area.slug}:last`, SURNAMES)}`;
    return Array.from({ length: WEEKS + 1 }, (_, weeksAgo) => {
      const week = new Date(thisWeek.getTime() - weeksAgo * 7 * DAY);
      const key = `${area.slug}:${week.toISOString().slice(0, 10)}`;
      const theme = demoPick(`${key}:theme`, THEMES);
      // Thursday or Friday, late afternoon: when most commanders post.
      const publishedAt = new Date(
        week.getTime() + (3 + Math.floor(demoRandom(`${key}:day`) * 2)) * DAY + 16 * 60 * 60 * 1000,
      );
      return {
        id: stableId('commander-update', key),
        policingArea: area.id,
        title: theme.title.replaceAll('{area}', area.name),
        body: theme.body.replaceAll('{area}', area.name),
        videoUrl:
          demoRandom(`${key}:vlog`) < 0.4
            ? `https://video.demo.police.uk/${area.slug}/${week.toISOString().slice(0, 10)}`
            : null,
        publishedAt,
        authorName,
      };
    })
      .filter((update) => update.publishedAt <= now)
      .slice(0, WEEKS);
  });
  await em.upsertMany(CommanderUpdate, updates, {
    onConflictAction: 'ignore',
    onConflictFields: ['id'],
  });
}
