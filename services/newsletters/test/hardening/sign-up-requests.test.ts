import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import {
  neighbourTeam,
  outsideTeam,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import {
  codeOf,
  confirm,
  CONFIRM,
  linkToken,
  subscribe,
  SUBSCRIBE,
  subscribeInput,
  UNSUBSCRIBE,
  unsubscribeTokenOf,
} from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

const stored = (emailKey: string) =>
  stack.harness.orm.em.fork().findOneOrFail(Subscriber, { emailKey });

const demographics = {
  ageBand: 'AGE_65_74',
  ethnicGroup: 'PREFER_NOT_TO_SAY',
  disability: 'PREFER_NOT_TO_SAY',
  gender: 'PREFER_NOT_TO_SAY',
};

describe('a confirmation link', () => {
  it('confirms exactly the choices it was sent for, whatever was asked for the address since', async () => {
    const address = 'first.request@example.org';
    await subscribe(stack.harness, address, { neighbourhoodIds: [team.id], format: 'HTML' });
    const own = await stack.smtp.waitForMailTo(address);
    // A stranger types the same address with other choices and their own "demographics".
    const stranger = await stack.harness.execute(SUBSCRIBE, {
      variables: {
        input: {
          ...subscribeInput(address, {
            neighbourhoodIds: [outsideTeam.id],
            interests: ['UPDATES'],
            format: 'LARGE_PRINT',
          }),
          demographics,
        },
      },
      client: 'stranger',
    });
    expect(stranger.data).toEqual({ subscribe: { outcome: 'CHECK_YOUR_EMAIL' } });
    const strangers = await stack.smtp.waitForMailTo(address, 2);
    expect(linkToken(strangers, 'subscriptions/confirm')).not.toBe(
      linkToken(own, 'subscriptions/confirm'),
    );
    // Until someone confirms, nothing the stranger sent is on the subscriber.
    expect(await stored(address)).toMatchObject({ status: 'PENDING', demographics: null });

    await confirm(stack.harness, own);
    expect(await stored(address)).toMatchObject({
      status: 'CONFIRMED',
      neighbourhoodIds: [team.id],
      interests: ['NEWSLETTER', 'EVENTS', 'SURVEYS'],
      format: 'HTML',
      demographics: null,
    });
    // Following one's own link again changes nothing.
    await confirm(stack.harness, own);
    expect((await stored(address)).neighbourhoodIds).toEqual([team.id]);
  });

  it('made before an unsubscribe never undoes it; a new sign-up’s own link does', async () => {
    const address = 'came.back@example.org';
    await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
    const first = await stack.smtp.waitForMailTo(address);
    await confirm(stack.harness, first);
    await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
    const reminder = await stack.smtp.waitForMailTo(address, 2);
    await stack.harness.execute(UNSUBSCRIBE, {
      variables: { token: unsubscribeTokenOf(reminder) },
    });
    const old = await stack.harness.execute(CONFIRM, {
      variables: { token: linkToken(first, 'subscriptions/confirm') },
    });
    expect(codeOf(old)).toBe('INVALID_LINK');
    expect((await stored(address)).status).toBe('UNSUBSCRIBED');

    await subscribe(stack.harness, address, { neighbourhoodIds: [neighbourTeam.id] });
    // An unsubscribed address stays so until its owner confirms the new request.
    expect((await stored(address)).status).toBe('UNSUBSCRIBED');
    await confirm(stack.harness, await stack.smtp.waitForMailTo(address, 3));
    expect(await stored(address)).toMatchObject({
      status: 'CONFIRMED',
      neighbourhoodIds: [neighbourTeam.id],
      unsubscribedAt: null,
    });
  });
});

describe('a suppressed (bounced) address', () => {
  it('is not re-activated by a sign-up: the same reply, no mail, nothing changed', async () => {
    const address = 'bounced@example.org';
    await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
    await confirm(stack.harness, await stack.smtp.waitForMailTo(address));
    await stack.harness.orm.em
      .fork()
      .nativeUpdate(Subscriber, { emailKey: address }, { status: 'SUPPRESSED' });
    const before = await stored(address);

    const reply = await subscribe(stack.harness, address, { neighbourhoodIds: [outsideTeam.id] });
    expect(reply).toEqual({ data: { subscribe: { outcome: 'CHECK_YOUR_EMAIL' } } });
    // A mail to someone else, sent after, proves the worker had its chance to send ours.
    await subscribe(stack.harness, 'after.bounce@example.org', { neighbourhoodIds: [team.id] });
    await stack.smtp.waitForMailTo('after.bounce@example.org');
    expect(stack.smtp.mailsTo(address)).toHaveLength(1);
    const after = await stored(address);
    expect(after).toMatchObject({
      status: 'SUPPRESSED',
      neighbourhoodIds: before.neighbourhoodIds,
      interests: before.interests,
    });
  });
});
