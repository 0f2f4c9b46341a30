import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

/**
 * What people type stays typed (issue 12): in a field filled before the page's scripts arrive,
 * and in the newsletter editor across saves, with JavaScript on and off.
 */

const journey = usePortalJourney();
const url = (path: string) => `${journey.stack.urls.portal}${path}`;
const pathOf = (page: Page) => new URL(page.url()).pathname;
const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';

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

describe('the newsletter editor', JOURNEY, () => {
  const team = DEMO_FORCE[0]!.neighbourhoods[0]!;
  /** Set by the first test: the editor of the issue it started. */
  let editorPath = '';

  const FIELDS = ['Title', 'Introduction', 'Advice', 'Contact details'] as const;
  type Draft = Record<(typeof FIELDS)[number], string>;
  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

  async function signIn(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url('/staff/sign-in'));
    await page.getByLabel('Email address').fill('officer@demo.police.uk');
    await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(url('/staff'));
    return page;
  }

  async function fillDraft(page: Page, draft: Draft): Promise<void> {
    for (const label of FIELDS) await field(page, label).fill(draft[label]);
  }

  async function shown(page: Page): Promise<Draft> {
    const entries = await Promise.all(
      FIELDS.map(async (label) => [label, await field(page, label).inputValue()] as const),
    );
    return Object.fromEntries(entries) as Draft;
  }

  /** Saves with the page's scripts: an enhanced POST, then the page's data loaded again. */
  async function saveEnhanced(page: Page): Promise<void> {
    const posted = page.waitForResponse((response) => isEnhancedAction(response.request()));
    const reloaded = page.waitForResponse((response) => response.url().includes('__data.json'));
    await page.getByRole('button', { name: 'Save draft' }).click();
    expect((await posted).ok()).toBe(true);
    await reloaded;
    await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();
  }

  it('keeps every field across two saves with JavaScript on, and stores them', async () => {
    const context = await journey.browser.newContext({ locale: 'en-GB' });
    const page = await signIn(context);
    await page.goto(url(`/staff/teams/${team.slug}/newsletters`));
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: /^Start the .+ newsletter$/ }).click();
    await page.waitForURL(new RegExp(`/staff/teams/${team.slug}/newsletters/\\d{4}-\\d{2}$`));
    editorPath = pathOf(page);
    await page.waitForLoadState('networkidle');

    const first: Draft = {
      Title: 'Spring on the estate',
      Introduction: '<p>Thank you for coming to the <strong>beat surgery</strong>.</p>',
      Advice: '<ul><li>Lock your shed.</li></ul>',
      'Contact details': 'PC Demo, 101, or the team inbox.',
    };
    await fillDraft(page, first);
    await page.getByLabel('Introduction written by').selectOption({ index: 1 });
    const author = await page.getByLabel('Introduction written by').inputValue();
    await saveEnhanced(page);
    expect(await shown(page)).toEqual(first);
    expect(await page.getByLabel('Introduction written by').inputValue()).toBe(author);

    // The second save is the one that stored blanks (issue 12): change one field only.
    const second: Draft = { ...first, Title: 'Spring on the estate, updated' };
    await field(page, 'Title').fill(second.Title);
    await saveEnhanced(page);
    expect(await shown(page)).toEqual(second);
    await expectNoAxeViolations(page);

    await page.reload();
    expect(await shown(page)).toEqual(second);
    expect(await page.getByLabel('Introduction written by').inputValue()).toBe(author);
    await context.close();
  });

  it('keeps every field across a save with JavaScript off, and stores them', async () => {
    expect(editorPath).not.toBe('');
    const context = await journey.withoutJavaScript();
    const page = await signIn(context);
    await page.goto(url(editorPath));
    const before = await shown(page);
    expect(before.Introduction).not.toBe('');

    const changed: Draft = { ...before, Advice: '<ul><li>Mark your bike.</li></ul>' };
    await field(page, 'Advice').fill(changed.Advice);
    await page.getByRole('button', { name: 'Save draft' }).click();
    expect(await mainText(page)).toContain('Draft saved.');
    expect(await shown(page)).toEqual(changed);

    await page.goto(url(editorPath));
    expect(await shown(page)).toEqual(changed);
    await context.close();
  });
});
