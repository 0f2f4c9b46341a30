import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import { officer, reviewer } from '../support/actors.ts';
import {
  APPROVE,
  as,
  BY_ID,
  content,
  CREATE,
  PUBLISH,
  SUBMIT,
  UPDATE,
  type NewsletterView,
} from '../support/editorial.ts';
import {
  area,
  outsideTeam,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import {
  confirm,
  subscribe,
  UNSUBSCRIBE,
  unsubscribeTokenOf,
  type Choices,
} from '../support/residents.ts';
import { headerOf } from '@engage/shared/testing';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

async function confirmedSubscriber(address: string, choices: Choices) {
  await subscribe(stack.harness, address, choices);
  await confirm(stack.harness, await stack.smtp.waitForMailTo(address));
}

async function approvedIssue(month: string): Promise<NewsletterView> {
  const { createNewsletterDraft: draft } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month },
  });
  await as(stack.harness, officer, UPDATE, { id: draft!.id, input: content });
  await as(stack.harness, officer, SUBMIT, { id: draft!.id });
  await as(stack.harness, reviewer, APPROVE, { id: draft!.id });
  return draft!;
}

describe('publishing a newsletter', () => {
  it('sends it once to each confirmed subscriber of the team and its NPA, in their language and format', async () => {
    await confirmedSubscriber('html@example.org', { neighbourhoodIds: [team.id] });
    await confirmedSubscriber('html.too@example.org', { neighbourhoodIds: [team.id] });
    await confirmedSubscriber('welsh.plain@example.org', {
      policingAreaIds: [area.id],
      language: 'CY',
      format: 'PLAIN_TEXT',
    });
    await confirmedSubscriber('large@example.org', {
      neighbourhoodIds: [team.id],
      format: 'LARGE_PRINT',
    });
    await confirmedSubscriber('elsewhere@example.org', { neighbourhoodIds: [outsideTeam.id] });
    await confirmedSubscriber('events.only@example.org', {
      neighbourhoodIds: [team.id],
      interests: ['EVENTS'],
    });
    await subscribe(stack.harness, 'pending@example.org', { neighbourhoodIds: [team.id] });
    await confirmedSubscriber('gone@example.org', { neighbourhoodIds: [team.id] });
    await subscribe(stack.harness, 'gone@example.org', { neighbourhoodIds: [team.id] });
    const reminder = await stack.smtp.waitForMailTo('gone@example.org', 2);
    await stack.harness.execute(UNSUBSCRIBE, {
      variables: { token: unsubscribeTokenOf(reminder) },
    });
    await stack.smtp.waitForMailTo('pending@example.org');
    const before = stack.smtp.received.length;

    const issue = await approvedIssue('2030-12');
    const { publishNewsletter } = await as(stack.harness, officer, PUBLISH, { id: issue.id });
    expect(publishNewsletter).toMatchObject({
      status: 'PUBLISHED',
      publishedAt: expect.any(String),
    });

    const html = await stack.smtp.waitForMailTo('html@example.org', 2);
    const htmlToo = await stack.smtp.waitForMailTo('html.too@example.org', 2);
    const welsh = await stack.smtp.waitForMailTo('welsh.plain@example.org', 2);
    const large = await stack.smtp.waitForMailTo('large@example.org', 2);
    // Every delivery is finished before we count what arrived.
    await waitUntilFinished(issue.id);
    expect(
      stack.smtp.received
        .slice(before)
        .map((mail) => mail.to)
        .sort(),
    ).toEqual([
      'html.too@example.org',
      'html@example.org',
      'large@example.org',
      'welsh.plain@example.org',
    ]);

    expect(html.parsed.subject).toContain(content.title);
    expect(html.parsed.html).toContain('Hello from the <strong>Castle</strong> team.');
    expect(html.raw).not.toContain('alert(1)');
    expect(welsh.parsed.html).toBe(false);
    expect(welsh.parsed.subject).toMatch(/^Cylchlythyr /);
    expect(welsh.parsed.text).toContain(
      `https://portal.example.org/neighbourhoods/${team.slug}/newsletters/2030-12`,
    );
    expect(large.parsed.html).toMatch(/font-size: ?24px/);

    // RFC 8058 on every one, and a Message-ID that is the delivery's own.
    const em = stack.harness.orm.em.fork();
    const unsubscribeLinks = new Set<string>();
    for (const mail of [html, htmlToo, welsh, large]) {
      expect(headerOf(mail, 'List-Unsubscribe')).toMatch(
        /^<https:\/\/portal\.example\.org\/subscriptions\/unsubscribe\?token=u\.[^>]+>$/,
      );
      // The issue is rendered once per language and format: each copy still carries its own
      // subscriber's links, in the body as in the header.
      const unsubscribeLink = headerOf(mail, 'List-Unsubscribe')!.slice(1, -1);
      unsubscribeLinks.add(unsubscribeLink);
      expect(mail.parsed.text).toContain(unsubscribeLink);
      if (mail.parsed.html) expect(mail.parsed.html).toContain(`href="${unsubscribeLink}"`);
      expect(mail.raw).not.toContain('personal-link.invalid');
      expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      const delivery = await em.findOneOrFail(Delivery, {
        kind: 'NEWSLETTER',
        subjectId: issue.id,
        emailAddress: mail.to,
      });
      expect(mail.parsed.messageId).toBe(`<${delivery.id}@neighbourhood-link.example>`);
    }

    expect(unsubscribeLinks.size).toBe(4);

    const { newsletterById } = await as(stack.harness, officer, BY_ID, { id: issue.id });
    expect(newsletterById!.delivery).toEqual({
      total: 4,
      queued: 0,
      sent: 4,
      failed: 0,
      suppressed: 0,
      finished: true,
    });
  });
});

async function waitUntilFinished(newsletterId: string) {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    const waiting = await stack.harness.orm.em
      .fork()
      .count(Delivery, { subjectId: newsletterId, status: { $in: ['QUEUED', 'SENDING'] } });
    if (waiting === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('deliveries still waiting');
}
