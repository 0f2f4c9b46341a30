import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

/**
 * What people type stays typed (issue 12): in a field filled or a drop-down chosen before the
 * page's scripts arrive. (The newsletter editor's saves: newsletter-editor.test.ts.)
 */

const journey = usePortalJourney();
const url = (path: string) => `${journey.stack.urls.portal}${path}`;

/** Long enough to type a whole field before the app's scripts run, on a slow machine too. */
const SCRIPT_DELAY_MS = 1_500;
const JOURNEY = { timeout: 90_000 };

/**
 * A visitor on a slow connection: the app's scripts arrive SCRIPT_DELAY_MS late, so the page is
 * usable (served HTML) well before it hydrates. `hydrated()` resolves once every script is in
 * and the page has settled.
 */
async function slowScripts(): Promise<{
  context: BrowserContext;
  hydrated(page: Page): Promise<void>;
}> {
  const context = await journey.browser.newContext({ locale: 'en-GB' });
  let delayed = 0;
  let released = 0;
  await context.route(/\/_app\/.+\.js$/, async (route) => {
    delayed += 1;
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
    released += 1;
    await route.continue();
  });
  return {
    context,
    async hydrated(page) {
      await page.waitForLoadState('networkidle');
      expect(delayed).toBeGreaterThan(0);
      expect(released).toBe(delayed);
    },
  };
}

/** Opens a page and returns as soon as its HTML is there, before any of its scripts have run. */
async function openBeforeScripts(page: Page, path: string): Promise<void> {
  await page.goto(url(path), { waitUntil: 'domcontentloaded' });
}

const isEnhancedAction = (request: Request) =>
  request.method() === 'POST' && request.headers()['x-sveltekit-action'] === 'true';

describe('a field typed in before the page has finished loading', JOURNEY, () => {
  it('keeps the postcode, and the search finds the team', async () => {
    const team = DEMO_FORCE[2]!.neighbourhoods[3]!;
    const { context, hydrated } = await slowScripts();
    const page = await context.newPage();
    await openBeforeScripts(page, '/');
    const postcode = page.getByLabel('Enter your postcode');
    await postcode.fill(team.samplePostcode);

    await hydrated(page);
    await expect(postcode.inputValue()).resolves.toBe(team.samplePostcode);
    await page.getByRole('button', { name: 'Find your team' }).click();
    await page.waitForURL(url(`/neighbourhoods/${team.slug}`));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(team.name);
    await context.close();
  });

  it('keeps the email address and a ticked box on the subscribe form, and subscribing works', async () => {
    const team = DEMO_FORCE[0]!.neighbourhoods[1]!;
    const { context, hydrated } = await slowScripts();
    const page = await context.newPage();
    await openBeforeScripts(page, `/neighbourhoods/${team.slug}/subscribe`);
    const email = page.getByLabel('Email address');
    const events = page.getByLabel('Invitations to events');
    await email.fill('early.typist@example.com');
    await events.check();

    await hydrated(page);
    await expect(email.inputValue()).resolves.toBe('early.typist@example.com');
    expect(await events.isChecked()).toBe(true);
    const posted = page.waitForRequest(isEnhancedAction);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await posted;
    await page.waitForURL(url('/subscriptions/check-your-email'));
    await context.close();
  });

  it('keeps the email address on the staff sign-in form, and signing in works', async () => {
    const { context, hydrated } = await slowScripts();
    const page = await context.newPage();
    await openBeforeScripts(page, '/staff/sign-in');
    const email = page.getByLabel('Email address');
    await email.fill('officer@demo.police.uk');

    await hydrated(page);
    await expect(email.inputValue()).resolves.toBe('officer@demo.police.uk');
    await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
    const posted = page.waitForRequest(isEnhancedAction);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await posted;
    await page.waitForURL(url('/staff'));
    await context.close();
  });
});

describe('a drop-down chosen before the page has finished loading', JOURNEY, () => {
  it('keeps the year and month chosen on the compliance page, and shows that period', async () => {
    const team = DEMO_FORCE[0]!.neighbourhoods[0]!;
    const { context, hydrated } = await slowScripts();
    const page = await context.newPage();
    await page.goto(url('/staff/sign-in'));
    await page.getByLabel('Email address').fill('officer@demo.police.uk');
    await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(url('/staff'));
    await page.waitForLoadState('networkidle');

    await openBeforeScripts(page, `/staff/teams/${team.slug}/compliance`);
    const year = page.getByRole('combobox', { name: 'Year' });
    const month = page.getByRole('combobox', { name: 'Month' });
    const servedYear = await year.inputValue();
    const servedMonth = await month.inputValue();
    const lastYear = String(Number(servedYear) - 1);
    const otherMonth = servedMonth === '2' ? '3' : '2';
    await year.selectOption(lastYear);
    await month.selectOption(otherMonth);
    await page.getByRole('radio', { name: 'Month' }).check();

    await hydrated(page);
    await expect(year.inputValue()).resolves.toBe(lastYear);
    await expect(month.inputValue()).resolves.toBe(otherMonth);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL((address) => address.searchParams.get('year') === lastYear);
    const asked = new URL(page.url()).searchParams;
    expect(asked.get('month')).toBe(otherMonth);
    await expect(year.inputValue()).resolves.toBe(lastYear);
    await expect(month.inputValue()).resolves.toBe(otherMonth);
    await expectNoAxeViolations(page);

    // Back to the standards page's own period by a link (in the browser, no reload): the
    // drop-downs follow the page, not the choice made before.
    await page
      .getByRole('navigation', { name: 'Team work' })
      .getByRole('link', { name: 'Standards' })
      .click();
    await page.waitForURL((address) => !address.searchParams.has('year'));
    await expect(year.inputValue()).resolves.toBe(servedYear);
    await expect(month.inputValue()).resolves.toBe(servedMonth);
    await context.close();
  });
});
