import { ArrayType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Demographics } from '@engage/shared/demographics';
import {
  EMAIL_FORMATS,
  RESIDENT_LANGUAGES,
  type EmailFormat,
  type ResidentLanguage,
  type SubscriptionInterest,
} from './subscriber.types.ts';

/**
 * One sign-up as it was asked for: the choices typed into one form, kept apart from the
 * subscriber until its own confirmation link is followed. The link names this request, not the
 * subscriber, so confirming applies exactly what that person chose: a later sign-up for the same
 * address (perhaps by a stranger) is a request of its own, with its own link, and changes nothing
 * until the mailbox's owner follows that link. Removed with the subscriber on erasure, and after
 * its link expires (7 days) when a later sign-up tidies up.
 */
@Entity({ tableName: 'sign_up_request' })
@Index({ properties: ['subscriberId', 'createdAt'] })
export class SignUpRequest {
  /** Also the subject of its CONFIRMATION delivery, and what its link token carries. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  subscriberId!: string;

  /** As it was typed this time (trimmed, domain lower-cased). */
  @Property({ type: 'string', length: 254 })
  email!: string;

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

  @Property({ type: 'json', nullable: true })
  demographics: Demographics | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** Set when its link is first followed; following it again changes nothing. */
  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;
}
