import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import {
  FeaturedEvent,
  FeaturedPriority,
  NEWSLETTER_STATUSES,
  NewsletterAuthor,
  NewsletterStatusEnum,
  type NewsletterStatus,
  type StoredEvent,
} from './newsletter.types.ts';

import type { IssuePoll } from '../polls/open-polls.ts';

export { NEWSLETTER_STATUSES, type NewsletterStatus };

/**
 * One monthly issue of a neighbourhood team's newsletter. `neighbourhoodId` refers to
 * engagement's Neighbourhood; this service never reads its table. Introduction and advice are
 * stored sanitised (sanitizeRichText on every write); the author is a snapshot the portal gives,
 * and the priorities and events are what this service chose from the team's work the portal gave
 * (featured-work.ts); all frozen once published.
 */
@ObjectType({ description: 'One monthly issue of a neighbourhood team’s newsletter.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'newsletter' })
@Index({ properties: ['neighbourhoodId', 'publishedAt'] })
@Index({ properties: ['status', 'submittedAt'] })
// One issue per team per month, not counting withdrawn ones: a corrected issue may replace one.
@Index({
  name: 'newsletter_one_per_month',
  expression:
    'create unique index "newsletter_one_per_month" on "newsletters"."newsletter" ("neighbourhood_id", "month") where "status" <> \'WITHDRAWN\'',
})
@Check({
  name: 'newsletter_published_has_date',
  expression: "status <> 'PUBLISHED' or published_at is not null",
})
export class Newsletter {
  @Field(() => ID, { description: 'The issue’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  neighbourhoodId!: string;

  @Field({ description: '"YYYY-MM"' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field({ description: 'The issue’s title, plain text.' })
  @Property({ type: 'string' })
  title!: string;

  @Field(() => NewsletterStatusEnum, {
    description: 'Where the issue is, from draft to published (or withdrawn).',
  })
  @Enum({ items: [...NEWSLETTER_STATUSES] })
  status: Opt<NewsletterStatus> = 'DRAFT';

  @Field(() => String, { description: 'Sanitised HTML.' })
  @Property({ type: 'text' })
  introduction: Opt<string> = '';

  @Property({ type: 'json', nullable: true })
  author: NewsletterAuthor | null = null;

  @Property({ type: 'json' })
  priorities: Opt<FeaturedPriority[]> = [];

  @Property({ type: 'json' })
  events: Opt<StoredEvent[]> = [];

  /** The team's open quick poll when it was published (polls/open-polls.ts); frozen with it. */
  @Property({ type: 'json', nullable: true })
  poll: IssuePoll | null = null;

  @Field(() => String, { description: 'Sanitised HTML.' })
  @Property({ type: 'text' })
  advice: Opt<string> = '';

  @Field(() => String, { description: 'Plain text.' })
  @Property({ type: 'text' })
  contact: Opt<string> = '';

  /**
   * The reviewer's last request for changes: internal, so its GraphQL field is resolved in
   * newsletter-fields.resolver.ts for the team's staff and reviewers only; cleared on publishing.
   */
  @Property({ type: 'text', nullable: true })
  reviewComment: string | null = null;

  /** When it last went into review: the review queue is oldest first. */
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => GraphQLDateTimeISO, {
    description: 'When a scheduled issue will be published; null when not scheduled.',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  scheduledFor: Date | null = null;

  /** Set in the transaction that queues the job publishing a SCHEDULED issue at its time. */
  @Property({ type: 'datetime', nullable: true })
  publishJobQueuedAt: Date | null = null;

  /** Set when the issue is published; drafts have none and are never shown to the public. */
  @Field(() => GraphQLDateTimeISO, {
    description:
      'When the issue was published; null for drafts, which are never shown to the public.',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  /** Set when an admin withdraws an issue published by mistake (the why is in the audit log). */
  @Field(() => GraphQLDateTimeISO, {
    description:
      'When an admin withdrew it, published by mistake; null otherwise (the why is in the audit log).',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => GraphQLDateTimeISO, { description: 'When it was last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

export { FeaturedEvent, FeaturedPriority, NewsletterAuthor };
