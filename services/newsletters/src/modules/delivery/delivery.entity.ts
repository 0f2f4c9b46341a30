import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * NEWSLETTER (subject: the newsletter), EVENT_INVITATION (the event), SURVEY_INVITATION (the
 * round), ALERT (the alert): fanned out to subscribers. CONFIRMATION and ALREADY_SUBSCRIBED
 * (subject: the sign-up request) are written by `subscribe` itself and sent by the same worker;
 * DEMOGRAPHICS_LINK (subject: the request) by `sendDemographicsLink`.
 */
export const DELIVERY_KINDS = [
  'NEWSLETTER',
  'EVENT_INVITATION',
  'SURVEY_INVITATION',
  'ALERT',
  'CONFIRMATION',
  'ALREADY_SUBSCRIBED',
  'DEMOGRAPHICS_LINK',
] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/**
 * QUEUED → SENDING (claimed, committed before the SMTP call) → SENT; FAILED after a permanent
 * refusal or too many attempts; SUPPRESSED when the subscriber was no longer confirmed by the
 * time their turn came (unsubscribed, bounced or erased), so nothing was sent; CANCELLED when
 * the issue was withdrawn before it was sent.
 */
export const DELIVERY_STATUSES = [
  'QUEUED',
  'SENDING',
  'SENT',
  'FAILED',
  'SUPPRESSED',
  'CANCELLED',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One email to one subscriber about one thing: the unit of "exactly once". */
@Entity({ tableName: 'delivery' })
@Unique({ name: 'delivery_once', properties: ['kind', 'subjectId', 'subscriberId'] })
@Index({ name: 'delivery_waiting', properties: ['status', 'enqueuedAt'] })
@Index({ name: 'delivery_subscriber', properties: ['subscriberId'] })
export class Delivery {
  /** Also the message's Message-ID, so a re-sent message is recognisably the same message. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: [...DELIVERY_KINDS] })
  kind!: DeliveryKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** Null once the subscriber erased their data (the row stays, anonymous, for the counts). */
  @Property({ type: 'uuid', nullable: true })
  subscriberId: string | null = null;

  /** The address it went to, kept for bounce handling and support; null once erased. */
  @Property({ type: 'string', length: 254, nullable: true })
  emailAddress: string | null = null;

  /** The team the mail is about (a survey invitation names one of the subscriber's teams). */
  @Property({ type: 'uuid', nullable: true })
  neighbourhoodId: string | null = null;

  @Enum({ items: [...DELIVERY_STATUSES] })
  status: Opt<DeliveryStatus> = 'QUEUED';

  /** Set when a send job was queued for the row, in the same transaction as queuing it. */
  @Property({ type: 'datetime', nullable: true })
  enqueuedAt: Date | null = null;

  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  /**
   * When the relay refused the message for good (an SMTP 5xx at send time, to the recipient or
   * to the message): a bounce. Kept beside FAILED because a message can also fail for a
   * temporary reason tried too often, which is not a bounce. No bounce mails or webhooks are
   * read: the relay's answer at send time is the record.
   */
  @Property({ type: 'datetime', nullable: true })
  bouncedAt: Date | null = null;
}
