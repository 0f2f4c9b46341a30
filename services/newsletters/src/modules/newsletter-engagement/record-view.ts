import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ukToday } from '@engage/shared/uk-time';

/** A one-day, one-issue pseudonym of the client: nothing to link to the next day or issue. */
function viewerOf(day: string, newsletterId: string, client: string): string {
  return createHash('sha256').update(`archive-view:${day}:${newsletterId}:${client}`).digest('hex');
}

/**
 * Counts one view of a published issue's web page by one client, at most once per client per
 * issue per UK day; forgets the days before today's viewers in the same statement. Returns
 * whether it counted (false: the issue is not published, or this client was counted today).
 */
export async function recordArchiveView(
  em: EntityManager,
  newsletterId: string,
  client: string,
  now: Date = new Date(),
): Promise<boolean> {
  const day = ukToday(now);
  const [row] = await em.getConnection().execute<{ counted: string }[]>(
    `with forgotten as (
       delete from newsletters.archive_viewer where day < ?::date
     ), issue as (
       select id from newsletters.newsletter where id = ?::uuid and status = 'PUBLISHED'
     ), first_today as (
       insert into newsletters.archive_viewer (viewer, day)
       select ?, ?::date from issue
       on conflict (viewer) do nothing
       returning 1
     ), counted as (
       insert into newsletters.archive_view_day (newsletter_id, day, views)
       select id, ?::date, 1 from issue where exists (select 1 from first_today)
       on conflict (newsletter_id, day)
         do update set views = newsletters.archive_view_day.views + 1
       returning 1
     )
     select count(*) as counted from counted`,
    [day, newsletterId, viewerOf(day, newsletterId, client), day, day],
  );
  return Number(row?.counted ?? 0) > 0;
}
