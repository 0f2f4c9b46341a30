import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '@engage/shared/demographics';

/**
 * DRAFT → IN_REVIEW → CHANGES_REQUESTED (→ back to IN_REVIEW) or APPROVED → SCHEDULED or
 * PUBLISHED (→ WITHDRAWN, by an admin, when it was published by mistake). Only PUBLISHED issues
 * are ever shown to the public.
 */
export const NEWSLETTER_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'WITHDRAWN',
] as const;
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number];
export const NewsletterStatusEnum = enumObject(NEWSLETTER_STATUSES);
registerEnumType(NewsletterStatusEnum, { name: 'NewsletterStatus' });

@ObjectType({ description: 'The named officer who introduces the issue (a snapshot).' })
export class NewsletterAuthor {
  @Field(() => ID, { nullable: true })
  officerId!: string | null;

  @Field()
  name!: string;

  @Field()
  role!: string;

  @Field(() => String, { nullable: true })
  photoUrl!: string | null;
}

@ObjectType({ description: '“You said – We did”, as it stood when the issue was drafted.' })
export class FeaturedPriority {
  @Field(() => ID, { nullable: true })
  priorityId!: string | null;

  @Field()
  title!: string;

  @Field()
  youSaid!: string;

  @Field(() => [String])
  weDid!: string[];
}

@ObjectType({ description: 'An upcoming event, as it stood when the issue was drafted.' })
export class FeaturedEvent {
  @Field(() => ID, { nullable: true })
  eventId!: string | null;

  @Field()
  title!: string;

  @Field(() => GraphQLDateTimeISO)
  startsAt!: Date;

  @Field()
  place!: string;
}

@ObjectType({ description: 'The quick poll an issue links to (answered on the portal).' })
export class NewsletterPoll {
  @Field(() => ID, { description: 'The surveys service’s Poll id.' })
  id!: string;

  @Field()
  question!: string;
}

@ObjectType({ description: 'How far sending an issue has got (staff only).' })
export class DeliveryProgress {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Waiting or being sent.' })
  queued!: number;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, { description: 'Not sent: the subscriber left or bounced before their turn.' })
  suppressed!: number;

  @Field(() => Int, { description: 'Not sent: the issue was withdrawn before their turn.' })
  cancelled!: number;

  @Field({ description: 'Nothing is waiting any more.' })
  finished!: boolean;
}

@ObjectType()
export class EmailPreview {
  @Field()
  subject!: string;

  @Field({ description: 'Empty for the plain-text format, which has no HTML part.' })
  html!: string;

  @Field()
  text!: string;
}

/** Stored snapshots: startsAt as an ISO string in JSON. */
export interface StoredEvent {
  eventId: string | null;
  title: string;
  startsAt: string;
  place: string;
}
