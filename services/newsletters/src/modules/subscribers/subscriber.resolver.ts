import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { publishEvent } from '@engage/shared';
import { appError, DemographicsInput } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import { Delivery, type DeliveryKind } from '../delivery/delivery.entity.ts';
import { newsletterSettings } from '../../settings.ts';
import { LINK_LIFETIME_SECONDS } from '../links/link-tokens.ts';
import { checkEmail, type EmailProblem } from './email-address.ts';
import { countSignUp } from './rate-limits.ts';
import { checkedChoices, demographicsFrom, preferencesOf } from './subscriber-choices.ts';
import { SignUpRequest } from './sign-up-request.entity.ts';
import { Subscriber } from './subscriber.entity.ts';
import { PreferencesInput, SubscribeInput } from './subscriber.input.ts';
import {
  DemographicsView,
  SubscribeResult,
  SubscriberPreferences,
  UnsubscribeResult,
} from './subscriber.outputs.ts';
import { demographicsTokenHash, invalidLink, subscriberIdFromLink } from './subscriber-tokens.ts';

/**
 * A transactional mail, written as a delivery in the same transaction as the change that needs
 * it: the mail worker sends it within a second or two, and a crash loses no sign-up. Its subject
 * is the sign-up request (or, for "already subscribed", a fresh id): each is a mail of its own.
 */
function queueMail(
  em: EntityManager,
  kind: DeliveryKind,
  subscriber: Subscriber,
  subjectId: string = randomUUID(),
): void {
  em.create(Delivery, {
    id: randomUUID(),
    kind,
    subjectId,
    subscriberId: subscriber.id,
    emailAddress: subscriber.email,
  });
}

const EMAIL_MESSAGES: Record<EmailProblem, string> = {
  invalid: 'Enter an email address like name@example.com',
  'hidden-characters':
    'Enter your email address without hidden characters: type it in rather than pasting it',
  'mixed-scripts':
    'Enter your email address in one alphabet: it mixes letters from different alphabets',
};

/** A confirmation link works for 7 days; its request is not needed after that. */
const REQUEST_LIFETIME_MS = LINK_LIFETIME_SECONDS.CONFIRM_SUBSCRIPTION * 1000;

const NO_LONGER_VALID = 'This confirmation link is no longer valid. Please sign up again.';

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

/** A resident may ask for a new link this often; sooner, the last one is still on its way. */
const DEMOGRAPHICS_LINK_INTERVAL_MS = 60 * 1000;

/**
 * The subscriber a fresh EDIT_DEMOGRAPHICS link names, if it is the newest one mailed and not yet
 * used; else INVALID_LINK. A manage link (or any other) never passes: its purpose differs.
 */
async function subscriberFromDemographicsLink(
  em: EntityManager,
  token: string,
  lock = false,
): Promise<Subscriber> {
  const subscriber = await subscriberFromLink(
    em,
    subscriberIdFromLink('EDIT_DEMOGRAPHICS', token),
    lock,
  );
  if (subscriber.demographicsTokenHash !== demographicsTokenHash(token)) {
    throw invalidLink('EDIT_DEMOGRAPHICS');
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
    @Arg('input', { description: 'The sign-up.' }) input: SubscribeInput,
    @Ctx() { em, client }: NewslettersContext,
  ): Promise<SubscribeResult> {
    const email = checkEmail(input.email);
    if (typeof email === 'string') {
      throw appError('BAD_USER_INPUT', EMAIL_MESSAGES[email], { field: 'email' });
    }
    const choices = await checkedChoices(em, input);
    await countSignUp(em, {
      client,
      addressLimitKey: email.limitKey,
      hourlyBudget: newsletterSettings().confirmationMailHourlyBudget,
    });
    await em.transactional(async (tx) => {
      // Two sign-ups for a new address at once: one inserts, the other waits on the row lock.
      // A new subscriber holds no choices until a request is confirmed.
      const now = new Date();
      await tx
        .createQueryBuilder(Subscriber)
        .insert({
          id: randomUUID(),
          email: email.address,
          emailKey: email.key,
          neighbourhoodIds: [],
          policingAreaIds: [],
          interests: [],
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
      // The mail server refused this address for good: no sign-up brings it back, and no mail
      // goes to it. The caller is told the same as always, so it learns nothing.
      if (subscriber.status === 'SUPPRESSED') return;
      if (subscriber.status === 'CONFIRMED') {
        // Their choices stay as they are: only the owner of the mailbox may change them.
        queueMail(tx, 'ALREADY_SUBSCRIBED', subscriber);
        return;
      }
      await tx.nativeDelete(SignUpRequest, {
        subscriberId: subscriber.id,
        createdAt: { $lt: new Date(now.getTime() - REQUEST_LIFETIME_MS) },
      });
      const request = tx.create(SignUpRequest, {
        id: randomUUID(),
        subscriberId: subscriber.id,
        email: email.address,
        ...choices,
        demographics: demographicsFrom(input.demographics),
        createdAt: now,
      });
      queueMail(tx, 'CONFIRMATION', subscriber, request.id);
    });
    return { outcome: 'CHECK_YOUR_EMAIL' };
  }

  @Mutation(() => SubscriberPreferences, {
    description:
      'Follows a confirmation link: applies the choices of the sign-up it was sent for (idempotent).',
  })
  confirmSubscription(
    @Arg('token', { description: 'The token from the confirmation link.' }) token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<SubscriberPreferences> {
    // A confirmation link carries its sign-up request's id.
    const requestId = subscriberIdFromLink('CONFIRM_SUBSCRIPTION', token);
    return em.transactional(async (tx) => {
      const request = await tx.findOne(SignUpRequest, { id: requestId });
      if (!request) throw appError('INVALID_LINK', NO_LONGER_VALID);
      const subscriber = await subscriberFromLink(tx, request.subscriberId, true);
      // An old link must not undo an unsubscribe (or a bounce): signing up again sends a new one.
      const leftSince =
        subscriber.unsubscribedAt !== null &&
        subscriber.unsubscribedAt.getTime() >= request.createdAt.getTime();
      if (subscriber.status === 'SUPPRESSED' || leftSince) {
        throw appError('INVALID_LINK', NO_LONGER_VALID);
      }
      if (request.confirmedAt === null) {
        const now = new Date();
        Object.assign(subscriber, {
          email: request.email,
          neighbourhoodIds: request.neighbourhoodIds,
          policingAreaIds: request.policingAreaIds,
          interests: request.interests,
          language: request.language,
          format: request.format,
          demographics: request.demographics,
          status: 'CONFIRMED',
          confirmedAt: now,
          unsubscribedAt: null,
        });
        request.confirmedAt = now;
      }
      return preferencesOf(subscriber);
    });
  }

  @Query(() => SubscriberPreferences, { description: 'The manage page, from its signed link.' })
  async subscriberPreferences(
    @Arg('token', { description: 'The token from the subscriber’s manage link.' }) token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<SubscriberPreferences> {
    const subscriber = await subscriberFromLink(
      em,
      subscriberIdFromLink('MANAGE_PREFERENCES', token),
    );
    return preferencesOf(subscriber);
  }

  @Mutation(() => SubscriberPreferences, {
    description:
      'Changes what a subscriber gets, with the token from their manage link. Returns their preferences as saved.',
  })
  async updateSubscriberPreferences(
    @Arg('token', { description: 'The token from the subscriber’s manage link.' }) token: string,
    @Arg('input', { description: 'What they want to get now.' }) input: PreferencesInput,
    @Ctx() { em }: NewslettersContext,
  ): Promise<SubscriberPreferences> {
    const id = subscriberIdFromLink('MANAGE_PREFERENCES', token);
    const choices = await checkedChoices(em, input);
    return em.transactional(async (tx) => {
      const subscriber = await subscriberFromLink(tx, id, true);
      Object.assign(subscriber, choices);
      // Withdrawing needs only the manage link; giving or changing answers needs a fresh one.
      if (input.clearDemographics) subscriber.demographics = null;
      return preferencesOf(subscriber);
    });
  }

  @Mutation(() => Boolean, {
    description:
      'From the manage page: mails the address a link, valid for an hour and once, that shows ' +
      'and changes the demographic answers. Always true (at most one mail a minute is sent).',
  })
  async sendDemographicsLink(
    @Arg('token', { description: 'The manage link token.' }) token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<boolean> {
    const id = subscriberIdFromLink('MANAGE_PREFERENCES', token);
    await em.transactional(async (tx) => {
      const subscriber = await subscriberFromLink(tx, id, true);
      const now = new Date();
      const last = subscriber.demographicsLinkRequestedAt;
      if (last && now.getTime() - last.getTime() < DEMOGRAPHICS_LINK_INTERVAL_MS) return;
      if (subscriber.status !== 'CONFIRMED') return;
      subscriber.demographicsLinkRequestedAt = now;
      queueMail(tx, 'DEMOGRAPHICS_LINK', subscriber);
    });
    return true;
  }

  @Query(() => DemographicsView, {
    nullable: true,
    description:
      'The demographic answers, for the fresh link sendDemographicsLink mailed (null: none ' +
      'given). Any other token, the manage link included, is refused with INVALID_LINK.',
  })
  async subscriberDemographics(
    @Arg('token', {
      description:
        'The token from a fresh demographics link (mailed on request, works once for an hour).',
    })
    token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<DemographicsView | null> {
    const subscriber = await subscriberFromDemographicsLink(em, token);
    return subscriber.demographics;
  }

  @Mutation(() => DemographicsView, {
    nullable: true,
    description:
      'Gives, changes (demographics) or withdraws (null) the answers, with the fresh link; the ' +
      'link is then used up.',
  })
  updateSubscriberDemographics(
    @Arg('token', { description: 'The token from a fresh demographics link.' }) token: string,
    @Arg('demographics', () => DemographicsInput, {
      description: 'Their answers; null to delete them.',
      nullable: true,
    })
    demographics: DemographicsInput | null,
    @Ctx() { em }: NewslettersContext,
  ): Promise<DemographicsView | null> {
    return em.transactional(async (tx) => {
      const subscriber = await subscriberFromDemographicsLink(tx, token, true);
      subscriber.demographics = demographicsFrom(demographics);
      subscriber.demographicsTokenHash = null;
      return subscriber.demographics;
    });
  }

  @Query(() => UnsubscribeResult, {
    description:
      'Which address an unsubscribe link is for, so its page can name it before asking; ' +
      'changes nothing. Works after expiry, as unsubscribing does.',
  })
  async unsubscribeAddress(
    @Arg('token', { description: 'The token from the unsubscribe link.' }) token: string,
    @Ctx() { em }: NewslettersContext,
  ): Promise<UnsubscribeResult> {
    const subscriber = await subscriberFromLink(em, subscriberIdFromLink('UNSUBSCRIBE', token));
    return { email: subscriber.email };
  }

  @Mutation(() => UnsubscribeResult, {
    description: 'The unsubscribe link (also the RFC 8058 one-click POST); works after expiry.',
  })
  unsubscribe(
    @Arg('token', { description: 'The token from the unsubscribe link.' }) token: string,
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
    @Arg('token', { description: 'The token from the subscriber’s manage link.' }) token: string,
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
      await tx.nativeDelete(SignUpRequest, { subscriberId: id });
      tx.remove(subscriber);
      publishEvent(tx, 'subscriber.erased', {
        subscriberId: id,
        erasedAt: new Date().toISOString(),
      });
      return true;
    });
  }
}
