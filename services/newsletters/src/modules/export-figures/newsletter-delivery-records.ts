import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { complementarySuppression, DEFAULT_SUPPRESSION_THRESHOLD } from '@engage/shared/scoring';
import { appError } from '@engage/shared/graphql';
import { countFrom, SuppressibleCount } from './suppressible-count.types.ts';

/** The delivery statuses an issue's recipients are counted under (SENDING counts as queued). */
const PARTS = ['queued', 'sent', 'failed', 'suppressed', 'cancelled'] as const;
type Part = (typeof PARTS)[number];

@ObjectType({ description: 'How one published newsletter issue reached its subscribers.' })
export class NewsletterDeliveryRecord {
  @Field(() => ID, { description: 'The issue.' })
  newsletterId!: string;

  @Field(() => ID, { description: 'The team (neighbourhood) whose issue it is.' })
  neighbourhoodId!: string;

  @Field({ description: 'The team’s name.' })
  neighbourhoodName!: string;

  @Field({ description: 'The issue’s month, "YYYY-MM".' })
  month!: string;

  @Field({ description: 'PUBLISHED, or WITHDRAWN when an admin withdrew it.' })
  status!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was published.' })
  publishedAt!: Date;

  @Field(() => SuppressibleCount, { description: 'Subscribers it was addressed to.' })
  recipients!: SuppressibleCount;

  @Field(() => SuppressibleCount, { description: 'Waiting or being sent.' })
  queued!: SuppressibleCount;

  @Field(() => SuppressibleCount, { description: 'Accepted by the mail relay.' })
  sent!: SuppressibleCount;

  @Field(() => SuppressibleCount, {
    description: 'Refused by the relay, or given up after every retry.',
  })
  failed!: SuppressibleCount;

  @Field(() => SuppressibleCount, {
    description: 'Not sent: the subscriber left, bounced or was erased before their turn.',
  })
  suppressed!: SuppressibleCount;

  @Field(() => SuppressibleCount, { description: 'Not sent: the issue was withdrawn first.' })
  cancelled!: SuppressibleCount;

  // Bounces, unsubscribes after the issue and archive views come with `Newsletter.engagement`
  // (being added alongside); their counts join this record, through the same table below.
}

@ObjectType({ description: 'A page of newsletter issues’ delivery figures, oldest first.' })
export class NewsletterDeliveryRecordPage {
  @Field(() => [NewsletterDeliveryRecord], { description: 'The issues on this page.' })
  nodes!: NewsletterDeliveryRecord[];

  @Field({ description: 'Whether another page follows: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}

/** Milliseconds, as a cursor carries them, whatever precision the column was written with. */
const PUBLISHED = `date_trunc('milliseconds', n.published_at)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(after: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      !Number.isNaN(Date.parse(String(value[0]))) &&
      UUID.test(String(value[1]))
    ) {
      return [String(value[0]), String(value[1])];
    }
  } catch {
    // Falls through to the one error below.
  }
  throw appError('BAD_USER_INPUT', 'The "after" cursor is not one this list gave out.');
}

/**
 * Published issues (withdrawn ones too: they were sent to some) in order of publication, each
 * with its recipients by delivery status. With `since`, only issues changed, or with a delivery
 * queued or sent, at or after it. An issue's counts are one table (recipients = the sum of the
 * statuses), suppressed by the one shared rule, so no small count can be had by subtraction.
 */
export async function newsletterDeliveryRecords(
  em: EntityManager,
  args: { since: Date | null; first: number; after: string | null },
): Promise<NewsletterDeliveryRecordPage> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 500) {
    throw appError('BAD_USER_INPUT', 'Ask for between 1 and 500 at a time.');
  }
  const connection = em.getConnection();
  const filters = ['n.published_at is not null'];
  const params: unknown[] = [];
  if (args.since) {
    filters.push(`(n.updated_at >= ? or exists (select 1 from newsletters.delivery d
      where d.kind = 'NEWSLETTER' and d.subject_id = n.id and (d.created_at >= ? or d.sent_at >= ?)))`);
    params.push(args.since, args.since, args.since);
  }
  if (args.after) {
    const [at, id] = decodeCursor(args.after);
    filters.push(`(${PUBLISHED}, n.id) > (?::timestamptz, ?::uuid)`);
    params.push(at, id);
  }
  const issues = await connection.execute<
    {
      id: string;
      neighbourhood_id: string;
      name: string | null;
      month: string;
      status: string;
      published_at: Date | string;
    }[]
  >(
    `select n.id, n.neighbourhood_id, k.name, n.month, n.status, n.published_at
     from newsletters.newsletter n
     left join newsletters.known_neighbourhood k on k.id = n.neighbourhood_id
     where ${filters.join(' and ')}
     order by ${PUBLISHED}, n.id limit ?`,
    [...params, args.first + 1],
  );
  const page = issues.slice(0, args.first);
  const rows =
    page.length === 0
      ? []
      : await connection.execute<{ subject_id: string; status: string; count: string }[]>(
          `select subject_id, status, count(*) as count from newsletters.delivery
           where kind = 'NEWSLETTER' and subject_id = any(?::uuid[])
           group by subject_id, status`,
          [`{${page.map((issue) => issue.id).join(',')}}`],
        );
  const counts = new Map<string, number>();
  const add = (key: string, count: number) => counts.set(key, (counts.get(key) ?? 0) + count);
  for (const issue of page) {
    for (const part of ['recipients', ...PARTS]) add(`${issue.id}|${part}`, 0);
  }
  for (const row of rows) {
    const part: Part | null =
      row.status === 'QUEUED' || row.status === 'SENDING'
        ? 'queued'
        : (({ SENT: 'sent', FAILED: 'failed', SUPPRESSED: 'suppressed', CANCELLED: 'cancelled' }[
            row.status
          ] as Part | undefined) ?? null);
    if (!part) continue;
    add(`${row.subject_id}|${part}`, Number(row.count));
    add(`${row.subject_id}|recipients`, Number(row.count));
  }
  const hidden = complementarySuppression(
    {
      counts,
      constraints: page.map((issue) => ({
        total: `${issue.id}|recipients`,
        parts: PARTS.map((part) => `${issue.id}|${part}`),
      })),
    },
    DEFAULT_SUPPRESSION_THRESHOLD,
  );
  const count = (key: string) => countFrom(counts.get(key) ?? 0, hidden.has(key));
  const last = page.at(-1);
  return {
    nodes: page.map((issue) => ({
      newsletterId: issue.id,
      neighbourhoodId: issue.neighbourhood_id,
      neighbourhoodName: issue.name ?? '',
      month: issue.month,
      status: issue.status,
      publishedAt: new Date(issue.published_at),
      recipients: count(`${issue.id}|recipients`),
      queued: count(`${issue.id}|queued`),
      sent: count(`${issue.id}|sent`),
      failed: count(`${issue.id}|failed`),
      suppressed: count(`${issue.id}|suppressed`),
      cancelled: count(`${issue.id}|cancelled`),
    })),
    hasNextPage: issues.length > args.first,
    endCursor: last
      ? Buffer.from(JSON.stringify([new Date(last.published_at).toISOString(), last.id])).toString(
          'base64url',
        )
      : null,
  };
}
