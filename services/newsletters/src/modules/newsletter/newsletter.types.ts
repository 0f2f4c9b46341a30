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
registerEnumType(NewsletterStatusEnum, {
  description:
    'Where a newsletter issue is: draft, in review, changes requested, approved, scheduled, published, or withdrawn.',
  name: 'NewsletterStatus',
  valuesConfig: {
    DRAFT: { description: 'Being written by the team; only staff see it.' },
    IN_REVIEW: { description: 'Waiting for a reviewer.' },
    CHANGES_REQUESTED: { description: 'Sent back by a reviewer with a comment for the team.' },
    APPROVED: { description: 'Approved, ready to publish.' },
    SCHEDULED: { description: 'Approved, and to be published at scheduledFor.' },
    PUBLISHED: { description: 'Public, and mailed to subscribers.' },
    WITHDRAWN: {
      description: 'Withdrawn by an admin after publishing by mistake: its page answers 410 Gone.',
    },
  },
});

@ObjectType({ description: 'The named officer who introduces the issue (a snapshot).' })
export class NewsletterAuthor {
  @Field(() => ID, {
    description: 'The officer, when the author is one of the team’s; null otherwise.',
    nullable: true,
  })
  officerId!: string | null;

  @Field({ description: 'The name printed under the issue.' })
  name!: string;

  @Field({ description: 'Their role as printed (PC, Sergeant, PCSO…).' })
  role!: string;

  @Field(() => String, {
    description: 'Their photo’s address on this portal; null for none.',
    nullable: true,
  })
  photoUrl!: string | null;
}

@ObjectType({ description: '“You said – We did”, as it stood when the issue was drafted.' })
export class FeaturedPriority {
  @Field(() => ID, {
    description: 'The priority in engagement; null when it has since been deleted.',
    nullable: true,
  })
  priorityId!: string | null;

  @Field({ description: 'The priority’s title as published in the issue.' })
  title!: string;

  @Field({ description: 'What residents said (“You said”).' })
  youSaid!: string;

  @Field(() => [String], {
    description: 'What the team did about it (“We did”), one entry per update.',
  })
  weDid!: string[];
}

@ObjectType({ description: 'An upcoming event, as it stood when the issue was drafted.' })
export class FeaturedEvent {
  @Field(() => ID, {
    description: 'The event in engagement; null when it has since been deleted.',
    nullable: true,
  })
  eventId!: string | null;

  @Field({ description: 'The event’s title as published in the issue.' })
  title!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When the event starts.' })
  startsAt!: Date;

  @Field({ description: 'Where it is held.' })
  place!: string;
}

@ObjectType({ description: 'The quick poll an issue links to (answered on the portal).' })
export class NewsletterPoll {
  @Field(() => ID, { description: 'The surveys service’s Poll id.' })
  id!: string;

  @Field({ description: 'The poll’s question as the issue showed it.' })
  question!: string;
}

@ObjectType({ description: 'How far sending an issue has got (staff only).' })
export class DeliveryProgress {
  @Field(() => Int, { description: 'Mails to send for the issue, one per confirmed subscriber.' })
  total!: number;

  @Field(() => Int, { description: 'Waiting or being sent.' })
  queued!: number;

  @Field(() => Int, { description: 'Mails the relay accepted.' })
  sent!: number;

  @Field(() => Int, { description: 'Mails given up on after every retry (bounced or refused).' })
  failed!: number;

  @Field(() => Int, { description: 'Not sent: the subscriber left or bounced before their turn.' })
  suppressed!: number;

  @Field(() => Int, { description: 'Not sent: the issue was withdrawn before their turn.' })
  cancelled!: number;

  @Field({ description: 'Nothing is waiting any more.' })
  finished!: boolean;
}

@ObjectType({
  description:
    'A newsletter issue as a subscriber would receive it, for the team and reviewers to check.',
})
export class EmailPreview {
  @Field({ description: 'The mail’s subject line.' })
  subject!: string;

  @Field({ description: 'Empty for the plain-text format, which has no HTML part.' })
  html!: string;

  @Field({ description: 'The plain-text version of the mail.' })
  text!: string;
}

/** Stored snapshots: startsAt as an ISO string in JSON. */
export interface StoredEvent {
  eventId: string | null;
  title: string;
  startsAt: string;
  place: string;
}
