import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { publishEvent } from '@engage/shared';
import { appError } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import { Delivery, type DeliveryKind } from '../delivery/delivery.entity.ts';
import { normaliseEmail } from './email-address.ts';
import { countSignUp } from './rate-limits.ts';
import { checkedChoices, demographicsFrom, preferencesOf } from './subscriber-choices.ts';
import { Subscriber } from './subscriber.entity.ts';
import { PreferencesInput, SubscribeInput } from './subscriber.input.ts';
import { SubscribeResult, SubscriberPreferences, UnsubscribeResult } from './subscriber.outputs.ts';
import { subscriberIdFromLink } from './subscriber-tokens.ts';

/**
 * A transactional mail, written as a delivery in the same transaction as the change that needs
 * it: the mail worker sends it within a second or two, and a crash loses no sign-up.
 */
function queueMail(em: EntityManager, kind: DeliveryKind, subscriber: Subscriber): void {
  em.create(Delivery, {
    id: randomUUID(),
    kind,
    // Each request is its own subject: a second sign-up is a second (rate-limited) mail.
    subjectId: randomUUID(),
    subscriberId: subscriber.id,
    emailAddress: subscriber.email,
  });
}

async function subscriberFromLink(
  em: EntityManager,
  id: string,
  lock = false,
): Promise<Subscriber> {
  const subscriber = await em.findOne(
    Subscriber,
    { id },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (!subscriber) {
    throw appError('INVALID_LINK', 'We no longer hold this address: it was removed.');
  }
  return subscriber;
}

@Resolver()
export class SubscriberResolver {
  @Mutation(() => SubscribeResult, {
    description:
      'Double opt-in sign-up. Always CHECK_YOUR_EMAIL, whether or not the address was known.',
  })
  async subscribe(
    @Arg('input') input: SubscribeInput,
    @Arg('client', () => String, { nullable: true }) client: string | null,
    @Ctx() { em }: NewslettersContext,
  ): Promise<SubscribeResult> {
    const email = normaliseEmail(input.email);
    if (!email) {
      throw appError('BAD_USER_INPUT', 'Enter an email address like name@example.com', {
        field: 'email',
      });
    }
    const choices = await checkedChoices(em, input);
    await countSignUp(em, email.key, client);
    await em.transactional(async (tx) => {
      // Two sign-ups for a new address at once: one inserts, the other waits on the row lock.
      const now = new Date();
      await tx
        .createQueryBuilder(Subscriber)
        .insert({
          id: randomUUID(),
          email: email.address,
          emailKey: email.key,
          ...choices,
          status: 'PENDING',
          createdAt: now,
          updatedAt: now,
        })
        .onConflict('emailKey')
        .ignore()
        .execute();
      const subscriber = await tx.findOneOrFail(
        Subscriber,
        { emailKey: email.key },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (subscriber.status === 'CONFIRMED') {
        // Their choices stay as they are: only the owner of the mailbox may change them.
        queueMail(tx, 'ALREADY_SUBSCRIBED', subscriber);
        return;
      }
      Object.assign(subscriber, choices, {
        email: email.address,
        status: 'PENDING',
        demographics: demographicsFrom(input.demographics),
        unsubscribedAt: null,
      });
      queueMail(tx, 'CONFIRMATION', subscriber);
    });
    return { outcome: 'CHECK_YOUR_EMAIL' };
  }

  @Mutation(() => SubscriberPreferences, {
    description: 'Follows the confirmation link (idempotent).',
  })
  confirmSubscription(
    @Arg('token') token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<SubscriberPreferences> {
    const id = subscriberIdFromLink('CONFIRM_SUBSCRIPTION', token);
    return em.transactional(async (tx) => {
      const subscriber = await subscriberFromLink(tx, id, true);
      if (subscriber.status === 'PENDING') {
        subscriber.status = 'CONFIRMED';
        subscriber.confirmedAt = new Date();
      } else if (subscriber.status !== 'CONFIRMED') {
        // An old link must not undo an unsubscribe (or a bounce): signing up again sends a new one.
        throw appError(
          'INVALID_LINK',
          'This confirmation link is no longer valid. Please sign up again.',
        );
      }
      return preferencesOf(subscriber);
    });
  }

  @Query(() => SubscriberPreferences, { description: 'The manage page, from its signed link.' })
  async subscriberPreferences(
    @Arg('token') token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<SubscriberPreferences> {
    const subscriber = await subscriberFromLink(
      em,
      subscriberIdFromLink('MANAGE_PREFERENCES', token),
    );
    return preferencesOf(subscriber);
  }

  @Mutation(() => SubscriberPreferences)
  async updateSubscriberPreferences(
    @Arg('token') token: string,
    @Arg('input') input: PreferencesInput,
    @Ctx() { em }: NewslettersContext,
  ): Promise<SubscriberPreferences> {
    const id = subscriberIdFromLink('MANAGE_PREFERENCES', token);
    const choices = await checkedChoices(em, input);
    return em.transactional(async (tx) => {
      const subscriber = await subscriberFromLink(tx, id, true);
      Object.assign(subscriber, choices);
      if (input.demographics) subscriber.demographics = demographicsFrom(input.demographics);
      else if (input.clearDemographics) subscriber.demographics = null;
      return preferencesOf(subscriber);
    });
  }

  @Query(() => UnsubscribeResult, {
    description:
      'Which address an unsubscribe link is for, so its page can name it before asking; ' +
      'changes nothing. Works after expiry, as unsubscribing does.',
  })
  async unsubscribeAddress(
    @Arg('token') token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<UnsubscribeResult> {
    const subscriber = await subscriberFromLink(em, subscriberIdFromLink('UNSUBSCRIBE', token));
    return { email: subscriber.email };
  }

  @Mutation(() => UnsubscribeResult, {
    description: 'The unsubscribe link (also the RFC 8058 one-click POST); works after expiry.',
  })
  unsubscribe(
    @Arg('token') token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<UnsubscribeResult> {
    const id = subscriberIdFromLink('UNSUBSCRIBE', token);
    return em.transactional(async (tx) => {
      const subscriber = await subscriberFromLink(tx, id, true);
      if (subscriber.status === 'PENDING' || subscriber.status === 'CONFIRMED') {
        subscriber.status = 'UNSUBSCRIBED';
        subscriber.unsubscribedAt = new Date();
      }
      return { email: subscriber.email };
    });
  }

  @Mutation(() => Boolean, {
    description:
      '"Delete my data": removes the subscriber, strips their address from past deliveries and ' +
      'tells the other services (subscriber.erased) to forget them.',
  })
  eraseSubscriberData(
    @Arg('token') token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<boolean> {
    const id = subscriberIdFromLink('MANAGE_PREFERENCES', token);
    return em.transactional(async (tx) => {
      const subscriber = await tx.findOne(
        Subscriber,
        { id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      // Already erased: the link still proves who asked, and there is nothing left to do.
      if (!subscriber) return true;
      await tx.nativeUpdate(
        Delivery,
        { subscriberId: id },
        { subscriberId: null, emailAddress: null },
      );
      tx.remove(subscriber);
      publishEvent(tx, 'subscriber.erased', {
        subscriberId: id,
        erasedAt: new Date().toISOString(),
      });
      return true;
    });
  }
}
