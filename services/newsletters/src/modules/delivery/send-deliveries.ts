import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@engage/shared';
import type { ProcessMetrics } from '@engage/shared/metrics';
import type { NewsletterSettings } from '../../settings.ts';
import { Delivery } from './delivery.entity.ts';
import type { MailComposers, MailRecipients } from './mail-composer.ts';
import { classifySendError, type MailTransport, type OutgoingMail } from './mail-transport.ts';
import { messageIdOf } from './message-id.ts';

/**
 * Per message, across job retries. With pg-boss's backoff (30 s doubling, at most an hour) 8
 * tries span about two hours: long enough to ride out a relay's outage, short enough that an
 * invitation does not arrive after its event.
 */
export const MAX_ATTEMPTS = 8;

export interface SendContext {
  orm: MikroORM;
  transport: MailTransport;
  settings: NewsletterSettings;
  logger: Logger;
  /** Each kind of mail's composer, from the service wiring (src/mail-composers.ts). */
  composers: MailComposers;
  recipients: MailRecipients;
  /** Counts each message's final outcome (nl_mails_total); absent in some tests. */
  metrics?: ProcessMetrics;
}

type Claimed = { mail: OutgoingMail; recipientId: string; attempts: number };

/**
 * Claims one delivery: QUEUED or SENDING rows only. SENT, FAILED and SUPPRESSED rows are
 * finished and skipped, which is what makes a retried job harmless.
 *
 * Why a SENDING row is sent again: a row is SENDING only between the commit below and the commit
 * that marks it SENT. If we find one, the worker that claimed it died in between (pg-boss gives
 * its job to us only after it expired). It died either before the server accepted the message
 * (then the message was never delivered, and must be sent) or in the milliseconds between the
 * server's "250 OK" and our commit (then the resident gets it twice, with the same Message-ID, so
 * most mail programs show it once). Skipping it instead would lose the message for good in the
 * far likelier first case; so we re-send. The crash test kills the worker at that moment.
 */
async function claim(context: SendContext, id: string): Promise<Claimed | null> {
  return context.orm.em.fork().transactional(async (em) => {
    const delivery = await em.findOne(Delivery, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!delivery || (delivery.status !== 'QUEUED' && delivery.status !== 'SENDING')) return null;
    const composer = context.composers[delivery.kind];
    // A subscriber who left (or bounced, or erased their data) since the fan-out is skipped.
    const recipient = delivery.subscriberId
      ? await context.recipients.find(em, delivery.subscriberId, composer.audience)
      : null;
    if (!recipient) {
      delivery.status = 'SUPPRESSED';
      return null;
    }
    const composed = await composer.compose(delivery, recipient, em, context.settings);
    const mail: OutgoingMail = {
      kind: delivery.kind,
      to: recipient.email,
      subject: composed.subject,
      html: composed.html,
      text: composed.text,
      messageId: messageIdOf(delivery.id, context.settings.mailFrom),
      headers: composed.headers,
    };
    delivery.status = 'SENDING';
    delivery.attempts += 1;
    delivery.emailAddress = recipient.email;
    // Committed here, before the SMTP call.
    return { mail, recipientId: recipient.id, attempts: delivery.attempts };
  });
}

/** 'retry' when the message should be tried again later (the job is then retried with backoff). */
async function sendOne(context: SendContext, id: string): Promise<'done' | 'retry'> {
  const claimed = await claim(context, id);
  if (!claimed) return 'done';
  const em = context.orm.em.fork();
  try {
    await context.transport.send(claimed.mail);
  } catch (error) {
    const failure = classifySendError(error);
    const retry = failure === 'TEMPORARY' && claimed.attempts < MAX_ATTEMPTS;
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(
        Delivery,
        { id },
        {
          status: retry ? 'QUEUED' : 'FAILED',
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
          ...(failure === 'TEMPORARY' ? {} : { bouncedAt: new Date() }),
        },
      );
      if (failure === 'HARD_BOUNCE') await context.recipients.suppress(tx, claimed.recipientId);
    });
    if (!retry) {
      const outcome = failure === 'HARD_BOUNCE' ? 'bounced' : 'failed';
      context.metrics?.mails.inc({ outcome, kind: claimed.mail.kind });
    }
    context.logger.warn(
      { err: error, deliveryId: id, failure, attempts: claimed.attempts },
      retry ? 'mail not sent; will retry' : 'mail not sent; given up',
    );
    return retry ? 'retry' : 'done';
  }
  await em.nativeUpdate(Delivery, { id }, { status: 'SENT', sentAt: new Date(), lastError: null });
  context.metrics?.mails.inc({ outcome: 'sent', kind: claimed.mail.kind });
  return 'done';
}

/**
 * The send job: its deliveries one after another (a batch is one pooled connection's worth of
 * work). Throws when any was only deferred, so pg-boss retries the job with backoff; the retry
 * skips what was sent.
 */
export async function sendDeliveries(context: SendContext, ids: readonly string[]): Promise<void> {
  let deferred = 0;
  for (const id of ids) {
    if ((await sendOne(context, id)) === 'retry') deferred += 1;
  }
  if (deferred > 0) {
    throw new Error(`${deferred} of ${ids.length} messages could not be sent yet; retrying later`);
  }
}
