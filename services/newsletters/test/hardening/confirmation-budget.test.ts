import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import { loadNewsletterSettings } from '../../src/settings.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf, subscribe } from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  process.env['CONFIRMATION_MAIL_HOURLY_BUDGET'] = '5';
  stack = await startNewsletterTestStack({ workers: false });
});
afterAll(async () => {
  delete process.env['CONFIRMATION_MAIL_HOURLY_BUDGET'];
  await stack?.close();
});

describe('the hourly budget for confirmation mail', () => {
  it('refuses sign-ups past it, from any client and for any address, saying when to try again', async () => {
    for (let index = 0; index < 5; index++) {
      const result = await subscribe(stack.harness, `burst${index}@example.org`, {
        neighbourhoodIds: [team.id],
      });
      expect(result.errors).toBeUndefined();
    }
    const refused = await subscribe(stack.harness, 'burst5@example.org', {
      neighbourhoodIds: [team.id],
    });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/try again in \d+ minutes?/);
    expect(refused.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // Nothing is kept for a refused sign-up: no mail waits to go out later.
    const em = stack.harness.orm.em.fork();
    expect(await em.count(Delivery, { kind: 'CONFIRMATION' })).toBe(5);
  });

  it('is checked at start-up: a budget that is not a whole number of at least one stops the start', () => {
    const base = {
      PORTAL_URL: 'https://portal.example.org',
      LINK_SIGNING_SECRET: 'x'.repeat(32),
      INVITATION_SIGNING_SECRET: 'y'.repeat(32),
      SMTP_URL: 'smtp://127.0.0.1:2525',
    };
    expect(loadNewsletterSettings(base).confirmationMailHourlyBudget).toBe(500);
    for (const bad of ['0', 'lots', '-3', '2.5']) {
      expect(() =>
        loadNewsletterSettings({ ...base, CONFIRMATION_MAIL_HOURLY_BUDGET: bad }),
      ).toThrow(/CONFIRMATION_MAIL_HOURLY_BUDGET/);
    }
  });
});
