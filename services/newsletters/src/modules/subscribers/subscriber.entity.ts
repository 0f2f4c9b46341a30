import { ArrayType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Demographics } from '@engage/shared/demographics';
import {
  EMAIL_FORMATS,
  RESIDENT_LANGUAGES,
  SUBSCRIBER_STATUSES,
  type EmailFormat,
  type ResidentLanguage,
  type SubscriberStatus,
  type SubscriptionInterest,
} from './subscriber.types.ts';

/**
 * A resident who asked for email from one or more teams (or whole NPAs). No account: the signed
 * links in their emails are their only key. Areas are kept as two id lists on the row (GIN
 * indexed) because a subscriber has a handful of them and fan-out asks "who follows this team or
 * its NPA", which `&&`/`@>` on an indexed array answers in one query.
 */
@Entity({ tableName: 'subscriber' })
@Index({
  name: 'subscriber_neighbourhood_ids',
  expression:
    'create index "subscriber_neighbourhood_ids" on "newsletters"."subscriber" using gin ("neighbourhood_ids")',
})
@Index({
  name: 'subscriber_policing_area_ids',
  expression:
    'create index "subscriber_policing_area_ids" on "newsletters"."subscriber" using gin ("policing_area_ids")',
})
export class Subscriber {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** As the resident typed it, trimmed, with the domain lower-cased. */
  @Property({ type: 'string', length: 254 })
  email!: string;

  /** The whole address lower-cased: one subscriber per mailbox, whatever the capitals. */
  @Property({ type: 'string', length: 254, unique: true })
  emailKey!: string;

  @Enum({ items: [...SUBSCRIBER_STATUSES] })
  status: Opt<SubscriberStatus> = 'PENDING';

  @Property({ type: ArrayType })
  neighbourhoodIds: Opt<string[]> = [];

  @Property({ type: ArrayType })
  policingAreaIds: Opt<string[]> = [];

  @Property({ type: ArrayType })
  interests: Opt<SubscriptionInterest[]> = [];

  @Enum({ items: [...RESIDENT_LANGUAGES] })
  language: Opt<ResidentLanguage> = 'EN';

  @Enum({ items: [...EMAIL_FORMATS] })
  format: Opt<EmailFormat> = 'HTML';

  /** Only with the resident's separate consent; used in aggregate only. */
  @Property({ type: 'json', nullable: true })
  demographics: Demographics | null = null;

  /**
   * SHA-256 of the one EDIT_DEMOGRAPHICS link last mailed, forgotten once used: the link that
   * shows or changes the answers above works once, for an hour, and only the newest one.
   */
  @Property({ type: 'string', length: 64, nullable: true })
  demographicsTokenHash: string | null = null;

  /** When that link was last asked for, so a manage link cannot fill the mailbox with them. */
  @Property({ type: 'datetime', nullable: true })
  demographicsLinkRequestedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  unsubscribedAt: Date | null = null;
}
