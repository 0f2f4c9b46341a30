import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '@engage/shared';

/**
 * An unsubscribe counts against an issue when it came after the issue reached that subscriber,
 * and before the team's next published issue, and within 30 days: so each unsubscribe counts
 * once per team (never for two issues) and an issue's figure is final a month after sending.
 */
export const UNSUBSCRIBE_WINDOW_DAYS = 30;

/**
 * One issue's raw counts, before any suppression: for code inside this service only (exports,
 * the published tables). Anything shown to a person goes through published-engagement.ts.
 */
export interface IssueCounts {
  newsletterId: string;
  /** Messages the relay accepted (delivery SENT). */
  delivered: number;
  /** Messages the relay refused for good at send time (an SMTP 5xx). */
  bounced: number;
  /** Subscribers it was delivered to who unsubscribed in the window above (and have not come back). */
  unsubscribed: number;
  /** Views of its public web page, at most one per client per UK day. */
  archiveViews: number;
}

/**
 * Raw counts for many issues in two grouped queries; an issue with no deliveries or views gets
 * zeros. The unsubscribe rule needs the team's next published issue, found per issue asked.
 */
export async function issueCounts(
  em: EntityManager,
  newsletterIds: readonly string[],
): Promise<Map<string, IssueCounts>> {
  const result = new Map<string, IssueCounts>(
    newsletterIds.map((id) => [
      id,
      { newsletterId: id, delivered: 0, bounced: 0, unsubscribed: 0, archiveViews: 0 },
    ]),
  );
  if (newsletterIds.length === 0) return result;
  const ids = uuidArray([...new Set(newsletterIds)]);
  const connection = em.getConnection();
  const [deliveries, views] = await Promise.all([
    connection.execute<{ id: string; delivered: string; bounced: string; unsubscribed: string }[]>(
      `with issue as (
         select n.id, (
           select min(later.published_at) from newsletters.newsletter later
           where later.neighbourhood_id = n.neighbourhood_id and later.status = 'PUBLISHED'
             and later.published_at > n.published_at
         ) as next_published_at
         from newsletters.newsletter n where n.id = any(?::uuid[])
       )
       select issue.id,
         count(d.id) filter (where d.status = 'SENT') as delivered,
         count(d.id) filter (where d.bounced_at is not null) as bounced,
         count(s.id) filter (
           where d.status = 'SENT' and s.status = 'UNSUBSCRIBED'
             and s.unsubscribed_at >= d.sent_at
             and s.unsubscribed_at < d.sent_at + interval '${UNSUBSCRIBE_WINDOW_DAYS} days'
             and (issue.next_published_at is null or s.unsubscribed_at < issue.next_published_at)
         ) as unsubscribed
       from issue
       left join newsletters.delivery d on d.kind = 'NEWSLETTER' and d.subject_id = issue.id
       left join newsletters.subscriber s on s.id = d.subscriber_id
       group by issue.id`,
      [ids],
    ),
    connection.execute<{ id: string; views: string }[]>(
      `select newsletter_id as id, sum(views) as views from newsletters.archive_view_day
       where newsletter_id = any(?::uuid[]) group by newsletter_id`,
      [ids],
    ),
  ]);
  for (const row of deliveries) {
    const counts = result.get(row.id);
    if (!counts) continue;
    counts.delivered = Number(row.delivered);
    counts.bounced = Number(row.bounced);
    counts.unsubscribed = Number(row.unsubscribed);
  }
  for (const row of views) {
    const counts = result.get(row.id);
    if (counts) counts.archiveViews = Number(row.views);
  }
  return result;
}

/** Archive views of a team's issues, by the UK month of the view ("YYYY-MM"). */
export async function archiveViewsByMonth(
  em: EntityManager,
  neighbourhoodId: string,
): Promise<Map<string, number>> {
  const rows = await em.getConnection().execute<{ month: string; views: string }[]>(
    `select to_char(v.day, 'YYYY-MM') as month, sum(v.views) as views
     from newsletters.archive_view_day v
     join newsletters.newsletter n on n.id = v.newsletter_id
     where n.neighbourhood_id = ?::uuid
     group by 1`,
    [neighbourhoodId],
  );
  return new Map(rows.map((row) => [row.month, Number(row.views)]));
}
