import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewsletterSettings } from '../../settings.ts';
import type { Recipient, RenderedMail } from '../mail-templates/index.ts';
import { DELIVERY_KINDS, type Delivery, type DeliveryKind } from './delivery.entity.ts';

/**
 * Who may still be written to when a delivery's turn comes: SUBSCRIBED, a confirmed subscriber;
 * SIGNING_UP, an address not (or no longer) subscribed, never a suppressed one.
 */
export type MailAudience = 'SUBSCRIBED' | 'SIGNING_UP';

/** The person a delivery goes to, as the mail worker needs them. */
export interface MailRecipient extends Recipient {
  id: string;
  email: string;
}

/** Finds and suppresses recipients, so the pipeline never reads another module's tables. */
export interface MailRecipients {
  /** The recipient if they are still in the audience, else null (the delivery is SUPPRESSED). */
  find(em: EntityManager, id: string, audience: MailAudience): Promise<MailRecipient | null>;
  /** After a hard bounce: never write to this address again. */
  suppress(em: EntityManager, id: string): Promise<void>;
}

/** A rendered mail with its own headers (List-Unsubscribe); the pipeline adds To and Message-ID. */
export interface ComposedMail extends RenderedMail {
  headers: Record<string, string>;
}

/** One kind of mail, composed by the module that owns what it is about. */
export interface MailComposer<K extends DeliveryKind = DeliveryKind> {
  readonly kind: K;
  readonly audience: MailAudience;
  compose(
    delivery: Delivery,
    recipient: MailRecipient,
    em: EntityManager,
    settings: NewsletterSettings,
  ): Promise<ComposedMail>;
}

/** One composer for every kind: a kind left out is a type error where they are listed. */
export type MailComposers = { readonly [K in DeliveryKind]: MailComposer<K> };

/**
 * The same check at start-up, for what the types cannot see (a composer registered under
 * another kind's name, a list built at run time): a kind nobody composes must stop the worker
 * before it claims a delivery, not leave rows failing one by one.
 */
export function checkMailComposers(composers: Partial<Record<DeliveryKind, MailComposer>>): void {
  const wrong = DELIVERY_KINDS.filter((kind) => composers[kind]?.kind !== kind);
  if (wrong.length > 0) {
    throw new Error(`No mail composer registered for ${wrong.join(', ')}`);
  }
}
