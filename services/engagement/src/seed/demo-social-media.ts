import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_FORCE, demoPick, demoRandom, stableId } from '@engage/shared';
import { ukToday } from '@engage/shared/uk-time';
import { addDays } from '../modules/csv-import/local-date.ts';
import { SocialPost, type SocialChannel } from '../modules/social-media/social-post.entity.ts';

/**
 * DEMO DATA: a year of invented social media posts for every team, ending today. Most teams post
 * on most days; about one team in five posts only a few times a week, and some go quiet for ten
 * days at a time (leave, a busy spell). Gaps sit on the calendar, so a later run keeps them.
 */

/** Facebook carries most neighbourhood posts; then X and Nextdoor. */
const CHANNELS: SocialChannel[] = [
  'FACEBOOK',
  'FACEBOOK',
  'FACEBOOK',
  'FACEBOOK',
  'X',
  'X',
  'NEXTDOOR',
  'NEXTDOOR',
  'INSTAGRAM',
  'WHATSAPP',
];

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

export function demoSocialPosts(today: string = ukToday()) {
  return DEMO_FORCE.flatMap((area) =>
    area.neighbourhoods.flatMap(({ id, slug }) => {
      const fewTimesAWeek = demoRandom(`${slug}:social:rate`) < 0.2;
      const rate = fewTimesAWeek ? 0.4 : 0.75 + demoRandom(`${slug}:social:daily`) * 0.2;
      const hasGaps = demoRandom(`${slug}:social:gaps`) < 0.5;
      const gapStart = Math.floor(demoRandom(`${slug}:social:gap-start`) * 110);
      return Array.from({ length: 365 }, (_, back) => addDays(today, -back)).flatMap((date) => {
        const key = `${slug}:social:${date}`;
        const inGap = hasGaps && (dayNumber(date) - gapStart) % 120 < 10;
        if (inGap || demoRandom(key) >= rate) return [];
        const channel = demoPick(`${key}:channel`, CHANNELS);
        return [
          {
            id: stableId('demo-social-post', `${slug}/${date}`),
            neighbourhood: id,
            postedOn: date,
            channel,
            // .example is reserved for examples: these links never lead to a real post.
            link:
              demoRandom(`${key}:link`) < 0.9
                ? `https://social.example/demo-shire/${slug}/${channel.toLowerCase()}/${date}`
                : null,
            youSaidWeDid: demoRandom(`${key}:yswd`) < 0.12,
            recordedBy: null,
            importBatch: null,
            // Logged the evening it was posted, or now for today's: never in the future, so an
            // incremental export from now on does not pick up demo rows.
            createdAt: new Date(Math.min(Date.parse(`${date}T18:00:00Z`), Date.now())),
            updatedAt: new Date(Math.min(Date.parse(`${date}T18:00:00Z`), Date.now())),
          },
        ];
      });
    }),
  );
}

/** DEMO DATA: upserts the year of posts (~14,000 rows); again the same day changes nothing. */
export async function seedDemoSocialPosts(em: EntityManager): Promise<number> {
  const rows = demoSocialPosts();
  // 8 columns a row: 1,000 rows a statement keeps under PostgreSQL's 65,535 parameters.
  await em.upsertMany(SocialPost, rows, { batchSize: 1000 });
  return rows.length;
}
