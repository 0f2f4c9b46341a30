import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  ALERT_AUDIENCES,
  ALERT_SOURCES,
  ALERT_STATUSES,
  AlertAudienceEnum,
  AlertSourceEnum,
  AlertStatusEnum,
  type AlertAudience,
  type AlertSource,
  type AlertStatus,
} from './alert.types.ts';

/**
 * A short message ("News and updates") to the subscribers of a team or of a whole NPA who chose
 * UPDATES: a title, plain text and perhaps a link. Written by the team's managers or the NPA's
 * commander, or made from a commander's weekly update that was to be emailed too (its id is the
 * update's). Mailed once per subscriber (deliveries of kind ALERT, subject: the alert).
 */
@ObjectType({ description: 'A short message to the subscribers who want news and updates.' })
@Entity({ tableName: 'alert' })
@Index({ properties: ['neighbourhoodId', 'createdAt'] })
@Index({ properties: ['policingAreaId', 'createdAt'] })
@Index({ properties: ['status', 'submittedAt'] })
export class Alert {
  @Field(() => ID, { description: 'The alert’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => AlertAudienceEnum, {
    description: 'Who it goes to: one team’s subscribers, or a whole NPA’s.',
  })
  @Enum({ items: [...ALERT_AUDIENCES] })
  audience!: AlertAudience;

  @Field(() => AlertSourceEnum, {
    description: 'Who wrote it: staff, or a commander’s update sent on as an alert.',
  })
  @Enum({ items: [...ALERT_SOURCES] })
  source: Opt<AlertSource> = 'STAFF';

  /** The team, for a TEAM alert; null for an AREA one. */
  @Field(() => ID, {
    description: 'The team, for a TEAM alert; null for an AREA one.',
    nullable: true,
  })
  @Property({ type: 'uuid', nullable: true })
  neighbourhoodId: string | null = null;

  /** The NPA: the team's, or the one the alert is for. */
  @Field(() => ID, { description: 'The NPA: the team’s, or the one the alert is for.' })
  @Property({ type: 'uuid' })
  policingAreaId!: string;

  /** The team's or the NPA's name when it was written ("Castle", "City Centre"). */
  @Field({ description: 'The team’s or the NPA’s name.' })
  @Property({ type: 'string' })
  audienceName!: string;

  @Field({ description: 'The alert’s subject line, plain text.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({ description: 'Plain text; line breaks are kept.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, {
    description: 'An https link for more detail; null when none.',
    nullable: true,
  })
  @Property({ type: 'string', length: 500, nullable: true })
  linkUrl: string | null = null;

  @Field(() => AlertStatusEnum, { description: 'Draft, in review, changes requested, or sent.' })
  @Enum({ items: [...ALERT_STATUSES] })
  status: Opt<AlertStatus> = 'DRAFT';

  @Field(() => Boolean, { description: 'Sent without review by the NPA’s commander.' })
  @Property({ type: 'boolean' })
  urgent: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: 'A reviewer’s request for changes.' })
  @Property({ type: 'text', nullable: true })
  reviewComment: string | null = null;

  /** Who wrote it (staff id), null for one made from a commander's update. */
  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the draft was started.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => GraphQLDateTimeISO, {
    description: 'When it last went into review; null if it never has.',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => GraphQLDateTimeISO, {
    description: 'When it was sent to subscribers; null until then.',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'How many subscribers it was sent to.' })
  @Property({ type: 'integer', nullable: true })
  recipientCount: number | null = null;
}
