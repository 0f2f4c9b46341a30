import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '@engage/shared';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import { createLinkTokens } from '../../src/modules/links/link-tokens.ts';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import {
  neighbourTeam,
  otherArea,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf, confirm, linkToken, subscribe, UNSUBSCRIBE } from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

const PREFERENCES = `query($token: String!) {
  subscriberPreferences(token: $token) {
    email status interests language format
    neighbourhoods { id } policingAreas { id }
    demographics { ageBand ethnicGroup disability gender }
  }
}`;
const UPDATE = `mutation($token: String!, $input: PreferencesInput!) {
  updateSubscriberPreferences(token: $token, input: $input) { interests language format neighbourhoods { id } policingAreas { id } demographics { ageBand } }
}`;
const ERASE = `mutation($token: String!) { eraseSubscriberData(token: $token) }`;

/** A confirmed subscriber and the manage token from their "already subscribed" mail. */
async function confirmedWithManageToken(address: string) {
  await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
  await confirm(stack.harness, await stack.smtp.waitForMailTo(address));
  await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
  return linkToken(await stack.smtp.waitForMailTo(address, 2), 'subscriptions/manage');
}

describe('a subscriber’s own links', () => {
  it('show and change their choices, with demographics only when given', async () => {
    const token = await confirmedWithManageToken('manager@example.org');
    const shown = await stack.harness.execute(PREFERENCES, { variables: { token } });
    expect(shown.data).toEqual({
      subscriberPreferences: {
        email: 'manager@example.org',
        status: 'CONFIRMED',
        interests: ['NEWSLETTER', 'EVENTS', 'SURVEYS'],
        language: 'EN',
        format: 'HTML',
        neighbourhoods: [{ id: team.id }],
        policingAreas: [],
        demographics: null,
      },
    });
    const input = {
      neighbourhoodIds: [neighbourTeam.id],
      policingAreaIds: [otherArea.id],
      interests: ['SURVEYS'],
      language: 'CY',
      format: 'LARGE_PRINT',
      demographics: {
        ageBand: 'AGE_65_74',
        ethnicGroup: 'PREFER_NOT_TO_SAY',
        disability: 'NO',
        gender: 'WOMAN',
      },
    };
    const updated = await stack.harness.execute(UPDATE, { variables: { token, input } });
    expect(updated.data).toEqual({
      updateSubscriberPreferences: {
        interests: ['SURVEYS'],
        language: 'CY',
        format: 'LARGE_PRINT',
        neighbourhoods: [{ id: neighbourTeam.id }],
        policingAreas: [{ id: otherArea.id }],
        demographics: { ageBand: 'AGE_65_74' },
      },
    });
    const { demographics: _demographics, ...withoutAnswers } = input;
    const cleared = await stack.harness.execute(UPDATE, {
      variables: { token, input: { ...withoutAnswers, clearDemographics: true } },
    });
    expect(cleared.data?.['updateSubscriberPreferences']).toMatchObject({ demographics: null });
  });

  it('refuse a tampered or wrong-purpose token as INVALID_LINK', async () => {
    const token = await confirmedWithManageToken('careful@example.org');
    const tampered = `${token.slice(0, -2)}AA`;
    expect(
      codeOf(await stack.harness.execute(PREFERENCES, { variables: { token: tampered } })),
    ).toBe('INVALID_LINK');
    // A manage token is not an unsubscribe token.
    expect(codeOf(await stack.harness.execute(UNSUBSCRIBE, { variables: { token } }))).toBe(
      'INVALID_LINK',
    );
  });

  it('unsubscribe even when the link has expired', async () => {
    const address = 'old.link@example.org';
    await confirmedWithManageToken(address);
    const subscriber = await stack.harness.orm.em
      .fork()
      .findOneOrFail(Subscriber, { emailKey: address });
    const longAgo = new Date(Date.now() - 2 * 365 * 24 * 60 * 60 * 1000);
    const expired = createLinkTokens(stack.env['LINK_SIGNING_SECRET']!).sign(
      'UNSUBSCRIBE',
      subscriber.id,
      longAgo,
    );
    const result = await stack.harness.execute(UNSUBSCRIBE, { variables: { token: expired } });
    expect(result).toEqual({ data: { unsubscribe: { email: address } } });
  });

  it('erase the subscriber, strip their address from past mail, and tell the other services', async () => {
    const address = 'forget.me@example.org';
    const token = await confirmedWithManageToken(address);
    const em = stack.harness.orm.em.fork();
    const { id } = await em.findOneOrFail(Subscriber, { emailKey: address });
    expect(await em.count(Delivery, { subscriberId: id })).toBe(2);

    expect((await stack.harness.execute(ERASE, { variables: { token } })).data).toEqual({
      eraseSubscriberData: true,
    });
    const after = stack.harness.orm.em.fork();
    expect(await after.count(Subscriber, { emailKey: address })).toBe(0);
    expect(await after.count(Delivery, { emailAddress: address })).toBe(0);
    expect(await after.count(Delivery, { subscriberId: id })).toBe(0);
    const events = await after.find(OutboxMessage, { name: 'subscriber.erased' });
    expect(events.map((event) => event.payload)).toEqual([
      { subscriberId: id, erasedAt: expect.any(String) },
    ]);
    // The link still answers (there is nothing left to erase), and no event is sent twice.
    expect((await stack.harness.execute(ERASE, { variables: { token } })).data).toEqual({
      eraseSubscriberData: true,
    });
    expect(await after.count(OutboxMessage, { name: 'subscriber.erased' })).toBe(1);
  });
});

describe('sign-up limits', () => {
  it('allow three sign-ups an hour for one address, then say when to try again', async () => {
    const address = 'eager@example.org';
    for (let time = 0; time < 3; time++) {
      expect(
        (await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] })).errors,
      ).toBeUndefined();
    }
    const refused = await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/try again in \d+ minutes?/);
    expect(refused.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // Capitals make no difference to which address it is.
    expect(
      codeOf(await subscribe(stack.harness, 'EAGER@example.org', { neighbourhoodIds: [team.id] })),
    ).toBe('RATE_LIMITED');
  });

  it('allow twenty sign-ups an hour from one client', async () => {
    const client = 'hash-of-one-ip';
    for (let time = 0; time < 20; time++) {
      const result = await subscribe(
        stack.harness,
        `visitor${time}@example.org`,
        { neighbourhoodIds: [team.id] },
        client,
      );
      expect(result.errors).toBeUndefined();
    }
    const refused = await subscribe(
      stack.harness,
      'visitor20@example.org',
      { neighbourhoodIds: [team.id] },
      client,
    );
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const otherClient = await subscribe(
      stack.harness,
      'visitor21@example.org',
      { neighbourhoodIds: [team.id] },
      'another',
    );
    expect(otherClient.errors).toBeUndefined();
  });
});

describe('the links a resident is given on the pages themselves', () => {
  it('after confirming, gives links to manage and to unsubscribe, which then work', async () => {
    const address = 'just.confirmed@example.org';
    await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
    const confirmed = await stack.harness.execute<{
      confirmSubscription: { manageToken: string; unsubscribeToken: string };
    }>(
      `mutation($token: String!) { confirmSubscription(token: $token) { manageToken unsubscribeToken } }`,
      {
        variables: {
          token: linkToken(await stack.smtp.waitForMailTo(address), 'subscriptions/confirm'),
        },
      },
    );
    const { manageToken, unsubscribeToken } = confirmed.data!.confirmSubscription;

    const shown = await stack.harness.execute<{ subscriberPreferences: { email: string } }>(
      PREFERENCES,
      { variables: { token: manageToken } },
    );
    expect(shown.data?.subscriberPreferences.email).toBe(address);
    // A manage token is not an unsubscribe token, nor the other way round.
    expect(
      codeOf(await stack.harness.execute(UNSUBSCRIBE, { variables: { token: manageToken } })),
    ).toBe('INVALID_LINK');

    const named = await stack.harness.execute<{ unsubscribeAddress: { email: string } }>(
      `query($token: String!) { unsubscribeAddress(token: $token) { email } }`,
      { variables: { token: unsubscribeToken } },
    );
    expect(named.data?.unsubscribeAddress.email).toBe(address);
    // Naming the address changes nothing; the unsubscribe itself does.
    const em = stack.harness.orm.em.fork();
    expect((await em.findOneOrFail(Subscriber, { email: address })).status).toBe('CONFIRMED');
    await stack.harness.execute(UNSUBSCRIBE, { variables: { token: unsubscribeToken } });
    expect((await em.fork().findOneOrFail(Subscriber, { email: address })).status).toBe(
      'UNSUBSCRIBED',
    );
  });
});
