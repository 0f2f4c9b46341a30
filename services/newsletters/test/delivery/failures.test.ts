import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import { officer, reviewer } from '../support/actors.ts';
import { APPROVE, as, content, CREATE, PUBLISH, SUBMIT, UPDATE } from '../support/editorial.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';

let stack: NewsletterTestStack;
let busyOnce = true;
beforeAll(async () => {
  stack = await startNewsletterTestStack({
    smtp: {
      rejectRecipients: ['no.such.mailbox@example.org'],
      beforeAccept(_attempt, to) {
        // The relay is busy the first time it sees this address: a temporary (4xx) failure.
        if (to === 'busy.relay@example.org' && busyOnce) {
          busyOnce = false;
          throw Object.assign(new Error('4.3.2 Try again later'), { responseCode: 451 });
        }
      },
    },
  });
});
afterAll(() => stack?.close());

async function confirmedSubscribers(addresses: string[]) {
  const em = stack.harness.orm.em.fork();
  for (const email of addresses) {
    em.create(Subscriber, {
      id: randomUUID(),
      email,
      emailKey: email,
      status: 'CONFIRMED',
      neighbourhoodIds: [team.id],
      interests: ['NEWSLETTER'],
      confirmedAt: new Date(),
    });
  }
  await em.flush();
}

async function publish(month: string): Promise<string> {
  const { createNewsletterDraft: issue } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month },
  });
  await as(stack.harness, officer, UPDATE, { id: issue!.id, input: content });
  await as(stack.harness, officer, SUBMIT, { id: issue!.id });
  await as(stack.harness, reviewer, APPROVE, { id: issue!.id });
  await as(stack.harness, officer, PUBLISH, { id: issue!.id });
  return issue!.id;
}

/** How many messages nl_mails_total has counted with this outcome so far. */
async function mailsCounted(outcome: string): Promise<number> {
  const metric = await stack.metrics.mails.get();
  return metric.values
    .filter((value) => value.labels['outcome'] === outcome)
    .reduce((sum, value) => sum + value.value, 0);
}

async function deliveryTo(subjectId: string, emailAddress: string, status: string) {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const delivery = await stack.harness.orm.em
      .fork()
      .findOne(Delivery, { subjectId, emailAddress });
    if (delivery?.status === status) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${status} delivery to ${emailAddress}`);
}

describe('when the mail server refuses', () => {
  it('a hard bounce fails that delivery and stops all mail to the address', async () => {
    await confirmedSubscribers(['no.such.mailbox@example.org', 'fine@example.org']);
    const [bouncedBefore, sentBefore] = [await mailsCounted('bounced'), await mailsCounted('sent')];
    const first = await publish('2031-09');
    const bounced = await deliveryTo(first, 'no.such.mailbox@example.org', 'FAILED');
    expect(bounced.lastError).toMatch(/550/);
    await stack.smtp.waitForMailTo('fine@example.org');
    await deliveryTo(first, 'fine@example.org', 'SENT');
    // Counted once each, as the metrics an operator watches.
    expect((await mailsCounted('bounced')) - bouncedBefore).toBe(1);
    expect((await mailsCounted('sent')) - sentBefore).toBe(1);
    const subscriber = await stack.harness.orm.em
      .fork()
      .findOneOrFail(Subscriber, { emailKey: 'no.such.mailbox@example.org' });
    expect(subscriber.status).toBe('SUPPRESSED');

    // The next issue is not even queued for a suppressed address.
    const second = await publish('2031-10');
    await stack.smtp.waitForMailTo('fine@example.org', 2);
    expect(
      await stack.harness.orm.em
        .fork()
        .count(Delivery, { subjectId: second, emailAddress: 'no.such.mailbox@example.org' }),
    ).toBe(0);
  });

  it('a temporary failure is retried until the message is accepted, once', async () => {
    await confirmedSubscribers(['busy.relay@example.org']);
    const issue = await publish('2031-11');
    const failedBefore = await mailsCounted('failed');
    const delivery = await deliveryTo(issue, 'busy.relay@example.org', 'SENT');
    expect(delivery.attempts).toBe(2);
    // A try that will be retried is no outcome yet: nothing counted as failed.
    expect(await mailsCounted('failed')).toBe(failedBefore);
    expect(stack.smtp.mailsTo('busy.relay@example.org')).toHaveLength(1);
  });
});
