import type { MailAudience, MailRecipients } from '../delivery/mail-composer.ts';
import { Subscriber } from './subscriber.entity.ts';
import type { SubscriberStatus } from './subscriber.types.ts';

const STATUSES_OF: Record<MailAudience, readonly SubscriberStatus[]> = {
  SUBSCRIBED: ['CONFIRMED'],
  // A confirmation goes to an address not (or no longer) subscribed, never to a suppressed one.
  SIGNING_UP: ['PENDING', 'UNSUBSCRIBED'],
};

/**
 * Every delivery goes to a subscriber. One who left (or bounced, or erased their data) since
 * the fan-out is not found, so their delivery is skipped.
 */
export const subscriberRecipients: MailRecipients = {
  async find(em, id, audience) {
    const subscriber = await em.findOne(Subscriber, { id });
    if (!subscriber || !STATUSES_OF[audience].includes(subscriber.status)) return null;
    const { email, language, format } = subscriber;
    return { id, email, language, format };
  },
  async suppress(em, id) {
    await em.nativeUpdate(
      Subscriber,
      { id, status: { $in: ['PENDING', 'CONFIRMED'] } },
      { status: 'SUPPRESSED' },
    );
  },
};
