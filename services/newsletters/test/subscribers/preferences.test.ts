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
import {
  codeOf,
  confirm,
  linkToken,
  subscribe,
  SUBSCRIBE,
  subscribeInput,
  UNSUBSCRIBE,
} from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

const PREFERENCES = `query($token: String!) {
  subscriberPreferences(token: $token) {
    email status interests language format
    neighbourhoods { id } policingAreas { id }
    hasDemographics
  }
}`;
const UPDATE = `mutation($token: String!, $input: PreferencesInput!) {
  updateSubscriberPreferences(token: $token, input: $input) { interests language format neighbourhoods { id } policingAreas { id } hasDemographics }
}`;
const ANSWERS = `query($token: String!) {
  subscriberDemographics(token: $token) { ageBand ethnicGroup disability gender }
}`;
const SEND_ANSWERS_LINK = `mutation($token: String!) { sendDemographicsLink(token: $token) }`;
const CHANGE_ANSWERS = `mutation($token: String!, $demographics: DemographicsInput) {
  updateSubscriberDemographics(token: $token, demographics: $demographics) { ageBand ethnicGroup disability gender }
}`;
const ANSWERS_GIVEN = {
  ageBand: 'AGE_65_74',
  ethnicGroup: 'ASIAN',
  disability: 'YES',
  gender: 'WOMAN',
};
const ERASE = `mutation($token: String!) { eraseSubscriberData(token: $token) }`;

/** A confirmed subscriber and the manage token from their "already subscribed" mail. */
async function confirmedWithManageToken(address: string) {
  await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
  await confirm(stack.harness, await stack.smtp.waitForMailTo(address));
  await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
  return linkToken(await stack.smtp.waitForMailTo(address, 2), 'subscriptions/manage');
}

describe('a subscriber’s own links', () => {
  it('show and change their choices', async () => {
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
        hasDemographics: false,
      },
    });
    const input = {
      neighbourhoodIds: [neighbourTeam.id],
      policingAreaIds: [otherArea.id],
      interests: ['SURVEYS'],
      language: 'CY',
      format: 'LARGE_PRINT',
    };
    const updated = await stack.harness.execute(UPDATE, { variables: { token, input } });
    expect(updated.data).toEqual({
      updateSubscriberPreferences: {
        interests: ['SURVEYS'],
        language: 'CY',
        format: 'LARGE_PRINT',
        neighbourhoods: [{ id: neighbourTeam.id }],
        policingAreas: [{ id: otherArea.id }],
        hasDemographics: false,
      },
    });
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

describe('demographic answers and the manage link', () => {
  /** Signed up with answers to the "about you" questions, confirmed, and holding a manage link. */
  async function withAnswers(address: string) {
    const signedUp = await stack.harness.execute(SUBSCRIBE, {
      variables: {
        input: {
          ...subscribeInput(address, { neighbourhoodIds: [team.id] }),
          demographics: ANSWERS_GIVEN,
        },
      },
    });
    expect(signedUp.errors).toBeUndefined();
    await confirm(stack.harness, await stack.smtp.waitForMailTo(address));
    await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
    return linkToken(await stack.smtp.waitForMailTo(address, 2), 'subscriptions/manage');
  }

  it('tells whoever holds the manage link only that answers exist, never what they are', async () => {
    const manage = await withAnswers('private@example.org');

    const shown = await stack.harness.execute(PREFERENCES, { variables: { token: manage } });
    expect(shown.data?.['subscriberPreferences']).toMatchObject({ hasDemographics: true });
    // The answers are not a field of the manage page's data at all…
    const asked = await stack.harness.execute(
      `query($token: String!) { subscriberPreferences(token: $token) { demographics { ethnicGroup } } }`,
      { variables: { token: manage } },
    );
    expect(asked.data).toBeUndefined();
    expect(asked.errors?.[0]?.message).toMatch(/Cannot query field "demographics"/);
    // …and the query that has them refuses the manage link, and an anonymous made-up token.
    const withManage = await stack.harness.execute(ANSWERS, { variables: { token: manage } });
    expect(codeOf(withManage)).toBe('INVALID_LINK');
    expect(withManage.data).toEqual({ subscriberDemographics: null });
    expect(JSON.stringify(withManage)).not.toContain('ASIAN');
    const subscriber = await stack.harness.orm.em
      .fork()
      .findOneOrFail(Subscriber, { emailKey: 'private@example.org' });
    const forged = createLinkTokens(stack.env['LINK_SIGNING_SECRET']!).sign(
      'EDIT_DEMOGRAPHICS',
      subscriber.id,
    );
    // Signed with the right secret, but not the link that was mailed: still refused.
    expect(codeOf(await stack.harness.execute(ANSWERS, { variables: { token: forged } }))).toBe(
      'INVALID_LINK',
    );
    // Nor can the manage link change them.
    const changed = await stack.harness.execute(UPDATE, {
      variables: {
        token: manage,
        input: {
          neighbourhoodIds: [team.id],
          policingAreaIds: [],
          interests: ['NEWSLETTER'],
          language: 'EN',
          format: 'HTML',
          demographics: { ...ANSWERS_GIVEN, gender: 'MAN' },
        },
      },
    });
    expect(changed.errors?.[0]?.message).toMatch(/demographics/);
    expect(
      (await stack.harness.orm.em.fork().findOneOrFail(Subscriber, { id: subscriber.id }))
        .demographics,
    ).toEqual(ANSWERS_GIVEN);
  });

  it('shows and changes them through a fresh link mailed to the address, which works once', async () => {
    const address = 'fresh.link@example.org';
    const manage = await withAnswers(address);

    expect(
      (await stack.harness.execute(SEND_ANSWERS_LINK, { variables: { token: manage } })).data,
    ).toEqual({ sendDemographicsLink: true });
    const mail = await stack.smtp.waitForMailTo(address, 3);
    expect(mail.parsed.text).toContain('The link works for one hour, and only once.');
    const fresh = linkToken(mail, 'subscriptions/about-you');

    const shown = await stack.harness.execute(ANSWERS, { variables: { token: fresh } });
    expect(shown.data).toEqual({ subscriberDemographics: ANSWERS_GIVEN });
    const changed = await stack.harness.execute(CHANGE_ANSWERS, {
      variables: { token: fresh, demographics: { ...ANSWERS_GIVEN, disability: 'NO' } },
    });
    expect(changed.data).toEqual({
      updateSubscriberDemographics: { ...ANSWERS_GIVEN, disability: 'NO' },
    });
    // Used once: the same link no longer shows them.
    expect(codeOf(await stack.harness.execute(ANSWERS, { variables: { token: fresh } }))).toBe(
      'INVALID_LINK',
    );
  });

  it('lets the manage link withdraw them, which deletes them', async () => {
    const address = 'withdraw@example.org';
    const manage = await withAnswers(address);

    const withdrawn = await stack.harness.execute(UPDATE, {
      variables: {
        token: manage,
        input: {
          neighbourhoodIds: [team.id],
          policingAreaIds: [],
          interests: ['NEWSLETTER'],
          language: 'EN',
          format: 'HTML',
          clearDemographics: true,
        },
      },
    });
    expect(withdrawn.data?.['updateSubscriberPreferences']).toMatchObject({
      hasDemographics: false,
    });
    const stored = await stack.harness.orm.em
      .fork()
      .findOneOrFail(Subscriber, { emailKey: address });
    expect(stored.demographics).toBeNull();
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
