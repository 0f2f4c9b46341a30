import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_NEIGHBOURHOODS, publishEvent, stableId, type Logger } from '@engage/shared';
import { Newsletter } from '../modules/newsletter/newsletter.entity.ts';
import { seedDemoArchiveViews } from './demo-archive-views.ts';
import { seedDemoPopulations } from './demo-populations.ts';
import { seedDemoSubscribers } from './demo-subscribers.ts';

/** The last six months, newest last, as "YYYY-MM". */
const MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];

function monthName(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Plausible content for a seeded issue: the same shape a team writes, sanitised-safe HTML. */
function demoContent(teamName: string, month: string) {
  const name = monthName(month);
  return {
    introduction:
      `<p>Welcome to the ${teamName} neighbourhood news for ${name}.</p>` +
      '<p>Here is what you told us, what we did about it, and how to reach us.</p>',
    author: {
      officerId: null,
      name: `Sergeant ${teamName.split(' ')[0]} Team`,
      role: 'Neighbourhood sergeant',
      photoUrl: null,
    },
    priorities: [
      {
        priorityId: null,
        title: 'Speeding near the school',
        youSaid: 'Cars go too fast at drop-off and pick-up times.',
        weDid: ['Ran four speed checks with volunteers', 'Spoke to 23 drivers'],
      },
    ],
    events: [],
    advice:
      '<h2>Keep your bike safe</h2><ul><li>Use a D-lock</li><li>Register it for free</li></ul>',
    contact: `Call 101 and ask for the ${teamName} team. In an emergency, call 999.`,
  };
}

/**
 * DEMO DATA: six monthly issues per team, published on the first working days of each month, one
 * draft for next month (the public never sees it), and a few confirmed demo residents per team.
 */
export async function seedDemoData(em: EntityManager, logger: Logger): Promise<void> {
  const rows = DEMO_NEIGHBOURHOODS.flatMap((neighbourhood, index) => [
    ...MONTHS.map((month) => ({
      id: stableId('newsletter', `${neighbourhood.slug}/${month}`),
      neighbourhoodId: neighbourhood.id,
      month,
      title: `${neighbourhood.name} neighbourhood news: ${monthName(month)}`,
      status: 'PUBLISHED' as const,
      publishedAt: new Date(`${month}-0${1 + (index % 5)}T09:00:00Z`),
      ...demoContent(neighbourhood.name, month),
    })),
    {
      id: stableId('newsletter', `${neighbourhood.slug}/2026-11`),
      neighbourhoodId: neighbourhood.id,
      month: '2026-11',
      title: `${neighbourhood.name} neighbourhood news: November 2026 (draft)`,
      status: 'DRAFT' as const,
      publishedAt: null,
      ...demoContent(neighbourhood.name, '2026-11'),
    },
  ]);
  let subscribers = 0;
  await em.transactional(async (tx) => {
    const known = new Set(
      (
        await tx.find(Newsletter, { id: { $in: rows.map((row) => row.id) } }, { fields: ['id'] })
      ).map((row) => row.id),
    );
    // Only new issues: an issue a team has since moved on in the workflow is left as it is.
    const fresh = rows.filter((row) => !known.has(row.id));
    if (fresh.length > 0) await tx.insertMany(Newsletter, fresh);
    // Announce each newly published issue, as publishing one would (the monthly standard reads it).
    // Seeded issues are history: they are not sent to anyone.
    for (const row of rows) {
      if (known.has(row.id) || row.status !== 'PUBLISHED' || !row.publishedAt) continue;
      publishEvent(tx, 'newsletter.published', {
        newsletterId: row.id,
        neighbourhoodId: row.neighbourhoodId,
        publishedAt: row.publishedAt.toISOString(),
      });
    }
    subscribers = await seedDemoSubscribers(tx);
    await seedDemoArchiveViews(tx, rows);
    await seedDemoPopulations(tx);
  });
  logger.info({ newsletters: rows.length, subscribers }, 'demo newsletters and subscribers seeded');
}
