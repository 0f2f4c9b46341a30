import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_NEIGHBOURHOODS, publishEvent, stableId, type Logger } from '@engage/shared';
import { Newsletter } from '../modules/newsletter/newsletter.entity.ts';

/** The last six months, newest last, as "YYYY-MM". */
const MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];

function monthName(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * DEMO DATA: six monthly issues per team, published on the first working days of each month, and
 * one draft for next month, which the public never sees.
 */
export async function seedDemoData(em: EntityManager, logger: Logger): Promise<void> {
  const rows = DEMO_NEIGHBOURHOODS.flatMap((neighbourhood, index) => [
    ...MONTHS.map((month) => ({
      id: stableId('newsletter', `${neighbourhood.slug}/${month}`),
      neighbourhoodId: neighbourhood.id,
      title: `${neighbourhood.name} neighbourhood news: ${monthName(month)}`,
      status: 'published' as const,
      publishedAt: new Date(`${month}-0${1 + (index % 5)}T09:00:00Z`),
    })),
    {
      id: stableId('newsletter', `${neighbourhood.slug}/2026-11`),
      neighbourhoodId: neighbourhood.id,
      title: `${neighbourhood.name} neighbourhood news: November 2026 (draft)`,
      status: 'draft' as const,
      publishedAt: null,
    },
  ]);
  await em.transactional(async (tx) => {
    const known = new Set(
      (
        await tx.find(Newsletter, { id: { $in: rows.map((row) => row.id) } }, { fields: ['id'] })
      ).map((row) => row.id),
    );
    await tx.upsertMany(Newsletter, rows);
    // Announce each newly published issue, as publishing one would (the monthly standard reads it).
    for (const row of rows) {
      if (known.has(row.id) || row.status !== 'published' || !row.publishedAt) continue;
      publishEvent(tx, 'newsletter.published', {
        newsletterId: row.id,
        neighbourhoodId: row.neighbourhoodId,
        publishedAt: row.publishedAt.toISOString(),
      });
    }
  });
  logger.info({ newsletters: rows.length }, 'demo newsletters seeded');
}
