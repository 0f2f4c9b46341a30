import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '@engage/shared';

/**
 * DEMO DATA: views of the seeded issues' web pages, so a team's engagement page has a trend to
 * show. Each issue is viewed on the 14 days after it was published, most on the first days, a few
 * dozen in all, varying by issue (from its id, so every seed gives the same numbers). Only issues
 * with no views yet, so a re-seed never adds to real counts.
 */
export async function seedDemoArchiveViews(
  em: EntityManager,
  issues: readonly { id: string; publishedAt: Date | null }[],
): Promise<number> {
  const published = issues.filter((issue) => issue.publishedAt !== null);
  if (published.length === 0) return 0;
  const [row] = await em.getConnection().execute<{ added: string }[]>(
    `with issue as (
       select n.id, n.published_at from newsletters.newsletter n
       where n.id = any(?::uuid[]) and n.status = 'PUBLISHED'
         and not exists (select 1 from newsletters.archive_view_day v where v.newsletter_id = n.id)
     ), added as (
       insert into newsletters.archive_view_day (newsletter_id, day, views)
       select issue.id, (issue.published_at at time zone 'Europe/London')::date + offset_days,
         greatest(1, (12 - offset_days) * (1 + abs(hashtext(issue.id::text || offset_days)) % 4) / 4)
       from issue, generate_series(0, 13) as offset_days
       returning 1
     )
     select count(*) as added from added`,
    [uuidArray(published.map((issue) => issue.id))],
    'all',
    em.getTransactionContext(),
  );
  return Number(row?.added ?? 0);
}
