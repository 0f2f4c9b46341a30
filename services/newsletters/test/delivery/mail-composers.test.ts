import { describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import type { ServiceRuntime } from '@engage/shared/graphql';
import { mailComposers, mailRecipients } from '../../src/mail-composers.ts';
import { DELIVERY_KINDS } from '../../src/modules/delivery/delivery.entity.ts';
import { checkMailComposers } from '../../src/modules/delivery/mail-composer.ts';
import { startMailWorkers } from '../../src/workers.ts';

/** A runtime that fails the test if the worker gets as far as touching the queue or database. */
const untouchable = new Proxy(
  {},
  {
    get(_target, name) {
      throw new Error(`the worker used ${String(name)} before checking its composers`);
    },
  },
);
const runtime = {
  orm: untouchable,
  boss: untouchable,
  logger: createLogger('mail-composers-test', 'silent'),
} as unknown as ServiceRuntime;

describe('the kinds of mail the worker can send', () => {
  it('has one composer for every kind of delivery, each registered under its own kind', () => {
    expect(Object.keys(mailComposers).sort()).toEqual([...DELIVERY_KINDS].sort());
    for (const [kind, composer] of Object.entries(mailComposers)) {
      expect(composer.kind).toBe(kind);
    }
    expect(() => checkMailComposers(mailComposers)).not.toThrow();
  });

  it('stops the mail worker at start-up, before it touches the queue, when a kind has no composer', async () => {
    const { SURVEY_INVITATION: _left_out, ...rest } = mailComposers;
    await expect(
      // @ts-expect-error a kind left out is a type error too
      startMailWorkers(runtime, { composers: rest, recipients: mailRecipients }),
    ).rejects.toThrow('No mail composer registered for SURVEY_INVITATION');
  });

  it('refuses a composer registered under another kind', () => {
    const swapped = { ...mailComposers, NEWSLETTER: mailComposers.CONFIRMATION };
    expect(() => checkMailComposers(swapped)).toThrow('NEWSLETTER');
  });
});
