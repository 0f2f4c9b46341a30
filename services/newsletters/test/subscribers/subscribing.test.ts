import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import { inviteToEvent } from '../../src/modules/invitations/invitation.subscriptions.ts';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import {
  area,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf, confirm, linkToken, subscribe, UNSUBSCRIBE } from '../support/residents.ts';
import { headerOf } from '@engage/shared/testing';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

const storedSubscriber = (emailKey: string) =>
  stack.harness.orm.em.fork().findOneOrFail(Subscriber, { emailKey });

describe('subscribing', () => {
  it('sends a new resident one confirmation mail, and nothing else until they confirm', async () => {
    const pending = 'pending.resident@example.org';
    const confirmed = 'Confirmed.Resident@Example.ORG';
    const reply = await subscribe(stack.harness, pending, { neighbourhoodIds: [team.id] });
    expect(reply).toEqual({ data: { subscribe: { outcome: 'CHECK_YOUR_EMAIL' } } });
    await subscribe(stack.harness, confirmed, { policingAreaIds: [area.id] });

    // The domain is lower-cased; the local part is kept as typed.
    const confirmation = await stack.smtp.waitForMailTo('Confirmed.Resident@example.org');
    expect(confirmation.to).toBe('Confirmed.Resident@example.org');
    expect(confirmation.parsed.text).toContain(area.name);
    // Not subscribed yet, so there is nothing to unsubscribe from.
    expect(headerOf(confirmation, 'List-Unsubscribe')).toBeUndefined();
    await confirm(stack.harness, confirmation);

    // An event in the team's NPA: the confirmed resident (who follows the NPA) is invited;
    // the pending one (who follows the team itself) is not.
    await stack.harness.orm.em.fork().transactional((em) =>
      inviteToEvent(
        em,
        {
          eventId: '6a4d7c1e-0000-4000-8000-000000000001',
          neighbourhoodId: team.id,
          title: 'Beat surgery at the library',
          startsAt: '2030-01-15T18:00:00.000Z',
          place: 'Central Library',
        },
        createLogger('test', 'silent'),
      ),
    );
    const invitation = await stack.smtp.waitForMailTo(confirmed, 2);
    expect(invitation.parsed.text).toContain(
      `https://portal.example.org/neighbourhoods/${team.slug}#events`,
    );
    expect(stack.smtp.mailsTo(pending)).toHaveLength(1);
    expect(stack.smtp.received).toHaveLength(3);
  });

  it('answers an address it already knows exactly as it answers a new one', async () => {
    const known = 'known@example.org';
    const choices = { neighbourhoodIds: [team.id] };
    const asNew = await subscribe(stack.harness, known, choices);
    const asPending = await subscribe(stack.harness, known, choices);
    await confirm(stack.harness, await stack.smtp.waitForMailTo(known, 2));
    const asConfirmed = await subscribe(stack.harness, known, {
      neighbourhoodIds: [team.id],
      interests: ['UPDATES'],
      format: 'PLAIN_TEXT',
    });
    expect(JSON.stringify(asPending)).toBe(JSON.stringify(asNew));
    expect(JSON.stringify(asConfirmed)).toBe(JSON.stringify(asNew));

    // The owner of the mailbox hears "you are already subscribed", with a manage link; the
    // choices sent by whoever typed the address are not applied.
    const reminder = await stack.smtp.waitForMailTo(known, 3);
    expect(linkToken(reminder, 'subscriptions/manage')).toMatch(/^m\./);
    expect(headerOf(reminder, 'List-Unsubscribe')).toMatch(/^<https:/);
    expect(await storedSubscriber(known)).toMatchObject({
      status: 'CONFIRMED',
      interests: ['NEWSLETTER', 'EVENTS', 'SURVEYS'],
      format: 'HTML',
    });
  });

  it('refuses teams and areas it does not know, naming the field', async () => {
    const unknownTeam = await subscribe(stack.harness, 'someone@example.org', {
      neighbourhoodIds: ['00000000-0000-4000-8000-000000000009'],
    });
    expect(codeOf(unknownTeam)).toBe('BAD_USER_INPUT');
    expect(unknownTeam.errors?.[0]?.extensions?.['field']).toBe('neighbourhoodIds');
    const unknownArea = await subscribe(stack.harness, 'someone@example.org', {
      policingAreaIds: ['00000000-0000-4000-8000-000000000009'],
    });
    expect(unknownArea.errors?.[0]?.extensions?.['field']).toBe('policingAreaIds');
    const nothingChosen = await subscribe(stack.harness, 'someone@example.org', {});
    expect(codeOf(nothingChosen)).toBe('BAD_USER_INPUT');
    const badEmail = await subscribe(stack.harness, 'not an email', {
      neighbourhoodIds: [team.id],
    });
    expect(badEmail.errors?.[0]?.extensions?.['field']).toBe('email');
  });

  it('unsubscribes with the List-Unsubscribe link, and again harmlessly', async () => {
    const address = 'leaving@example.org';
    await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
    await confirm(stack.harness, await stack.smtp.waitForMailTo(address));
    await subscribe(stack.harness, address, { neighbourhoodIds: [team.id] });
    const reminder = await stack.smtp.waitForMailTo(address, 2);
    expect(headerOf(reminder, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = new URL(/^<(https:[^>]+)>$/.exec(headerOf(reminder, 'List-Unsubscribe')!)![1]!);
    expect(url.origin + url.pathname).toBe('https://portal.example.org/subscriptions/unsubscribe');
    const token = url.searchParams.get('token')!;
    for (let time = 0; time < 2; time++) {
      const result = await stack.harness.execute(UNSUBSCRIBE, { variables: { token } });
      expect(result).toEqual({ data: { unsubscribe: { email: address } } });
    }
    expect((await storedSubscriber(address)).status).toBe('UNSUBSCRIBED');
  });
});

describe('choices that cannot be right', () => {
  it.each([
    ['no kind of email', { neighbourhoodIds: [team.id], interests: [] }],
    ['a team that is not an id', { neighbourhoodIds: ['castle'] }],
  ])('are refused before anything is stored or sent: %s', async (_case, choices) => {
    const address = `refused.${_case.replaceAll(' ', '.')}@example.org`;
    const result = await subscribe(stack.harness, address, choices);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await stack.harness.orm.em.fork().count(Subscriber, { email: address })).toBe(0);
  });
});
