import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_STAFF_PASSWORD } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
/** Signing in goes through the whole stack: 10–20 s on a busy machine. */
const JOURNEY = { timeout: 90_000 };
const url = (path: string) => `${journey.stack.urls.portal}${path}`;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(url('/staff/sign-in'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url('/staff'));
}

describe('the languages page', () => {
  it(
    'shows an admin, from the staff home, the reviewed share of every language, with no axe violations',
    JOURNEY,
    async () => {
      const context = await journey.browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      await signIn(page, 'admin@demo.police.uk');
      await page.getByRole('link', { name: 'Languages and translations' }).click();
      await page.waitForURL(url('/staff/languages'));

      await page.getByRole('heading', { level: 1, name: 'Languages and translations' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(7);
      const urdu = page.getByRole('table', { name: /^Urdu/ });
      expect(await urdu.locator('caption span').getAttribute('lang')).toBe('ur');
      expect(await urdu.locator('caption span').getAttribute('dir')).toBe('rtl');
      expect(await urdu.getByRole('columnheader').allTextContents()).toEqual([
        'Messages',
        'Strings',
        'Translated',
        'Reviewed',
        'To review again',
        'Share reviewed',
      ]);
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('is not there for an officer', JOURNEY, async () => {
    const context = await journey.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, 'officer@demo.police.uk');
    expect(await page.getByRole('link', { name: 'Languages and translations' }).count()).toBe(0);
    expect((await page.goto(url('/staff/languages')))?.status()).toBe(403);
    await context.close();
  });
});
