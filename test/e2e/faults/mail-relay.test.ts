import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { signUp } from '../../support/fault-traffic.ts';
import { startFlakyRelay, type FlakyRelay } from '../../support/flaky-relay.ts';
import { bootStack, type TestStack } from '../../support/stack.ts';

/**
 * Issue #9, "the SMTP relay refusing or down for a while": residents sign up through the whole
 * product while the relay first refuses every message (451) and then is down altogether. Their
 * confirmation mail waits, is retried (the send job's backoff starts at 30 s), and arrives once
 * the relay is back: every resident gets exactly one message, none is lost or doubled.
 */

let relay: FlakyRelay;
let stack: TestStack;
const team = DEMO_FORCE[3]!.neighbourhoods[0]!;

beforeAll(async () => {
  relay = await startFlakyRelay();
  stack = await bootStack({ withPortal: false, mail: { smtpUrl: relay.url } });
}, 300_000);
afterAll(async () => {
  await stack?.stop();
  await relay?.close();
});

const residents = (group: string) =>
  Array.from({ length: 5 }, (_, index) => `${group}.${index}@example.net`);

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs / 1000} s for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('when the mail relay refuses, then is down, then comes back', () => {
  it('holds the confirmation mail, retries it, and delivers exactly one message to each resident', async () => {
    const refused = residents('refused');
    const outage = residents('outage');

    // The relay answers, but refuses every message for now.
    relay.refuse(true);
    for (const email of refused) expect((await signUp(stack, email, team.id)).ok).toBe(true);
    await until(() => relay.refusals >= refused.length, 30_000, 'the relay to refuse each message');

    // Then nothing is listening at all.
    await relay.down();
    relay.refuse(false);
    for (const email of outage) expect((await signUp(stack, email, team.id)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(relay.smtp.received).toHaveLength(0);

    // Back, and accepting: the retries deliver everything that waited.
    await relay.up();
    const everyone = [...refused, ...outage];
    await until(
      () => everyone.every((email) => relay.smtp.mailsTo(email).length > 0),
      120_000,
      'every resident’s confirmation',
    );
    // A little longer, for a second copy to show up if one were coming.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const email of everyone) {
      expect({ email, messages: relay.smtp.mailsTo(email).length }).toEqual({ email, messages: 1 });
    }
    expect(relay.smtp.received).toHaveLength(everyone.length);
  }, 180_000);
});
