import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { axeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const portal = () => journey.stack.urls.portal;

/** The demo officer's team (README: officer@demo.police.uk polices Castle). */
const team = DEMO_FORCE[0]!.neighbourhoods[0]!;
const PHONE = { width: 375, height: 812 };
const QUESTION = 'Which evening suits a beat surgery at the community centre?';

async function signInAsOfficer(page: Page): Promise<void> {
  await page.goto(`${portal()}/staff/sign-in`);
  await page.getByLabel('Email address').fill('officer@demo.police.uk');
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/staff');
}

const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';
/** A string, not a function: this package compiles without the DOM's types (see browser.ts). */
const pageWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

/** JavaScript off, on a phone: the server's HTML alone must do everything, without scrolling sideways. */
const phoneWithoutJavaScript = (): Promise<BrowserContext> =>
  journey.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: PHONE });

describe('a quick poll, from the staff page to a resident’s vote', () => {
  it('an officer creates and opens a poll, a resident answers it on the team page with JavaScript off, and the results are suppressed', async () => {
    const officer = await phoneWithoutJavaScript();
    const page = await officer.newPage();
    await signInAsOfficer(page);
    await page.goto(`${portal()}/staff/teams/${team.slug}/priorities`);
    await page
      .getByRole('navigation', { name: /team/i })
      .getByRole('link', { name: 'Polls' })
      .click();
    expect(new URL(page.url()).pathname).toBe(`/staff/teams/${team.slug}/polls`);
    // The seeded open poll: two answers under 10 are held back, the total and the rest shown.
    const seeded = page.locator('li.card', { hasText: 'monthly beat surgery at Castle library' });
    expect(await seeded.textContent()).toContain('23 votes so far.');
    expect(await seeded.textContent()).toContain('Fewer than 10 answers, or held back');

    await page.getByRole('link', { name: 'Create a poll' }).click();
    await page.getByLabel('Question').fill(QUESTION);
    await page.getByLabel('Answer 1').fill('Tuesday');
    await page.getByRole('button', { name: 'Save draft' }).click();
    // The problem in the summary and beside the field, and what was typed kept.
    await expect(
      page.getByRole('link', { name: 'Enter at least 2 answers' }).count(),
    ).resolves.toBe(1);
    expect(await page.locator('#option2-error').textContent()).toContain(
      'Enter at least 2 answers',
    );
    expect(await page.getByLabel('Question').inputValue()).toBe(QUESTION);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByLabel('Answer 2').fill('Thursday');
    await page.getByLabel('Answer 3').fill('Saturday morning');
    await page.getByRole('button', { name: 'Save draft' }).click();
    expect(new URL(page.url()).pathname).toBe(`/staff/teams/${team.slug}/polls`);
    expect(await page.getByRole('status').textContent()).toContain('Poll saved as a draft.');

    // Not on the team page while a draft.
    const resident = await phoneWithoutJavaScript();
    const publicPage = await resident.newPage();
    await publicPage.goto(`${portal()}/neighbourhoods/${team.slug}`);
    expect(await mainText(publicPage)).not.toContain(QUESTION);

    // Each card's button names its poll for screen readers; we pick the card by its question.
    const card = () => page.locator('li.card', { hasText: QUESTION });
    await card().getByRole('button', { name: 'Open poll' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Poll opened.');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // The resident answers on the team page itself, without JavaScript.
    await publicPage.goto(`${portal()}/neighbourhoods/${team.slug}`);
    const poll = publicPage.locator('section[aria-labelledby="polls"]');
    await poll.getByRole('group', { name: QUESTION }).getByLabel('Thursday').check();
    await poll.getByRole('button', { name: 'Vote' }).click();
    expect(new URL(publicPage.url()).pathname).toMatch(/^\/polls\/[0-9a-f-]+$/);
    const thanks = await mainText(publicPage);
    expect(thanks).toContain('Thank you. We have counted your vote.');
    // One vote is far below 10: no count at all, not even the total.
    expect(thanks).toContain('We show the results when at least 10 people have voted.');
    expect(thanks).not.toMatch(/\d+ votes? so far/);

    // The same browser cannot vote twice.
    await publicPage.goto(`${portal()}/neighbourhoods/${team.slug}`);
    await poll.getByRole('group', { name: QUESTION }).getByLabel('Tuesday').check();
    await poll.getByRole('button', { name: 'Vote' }).click();
    expect(await mainText(publicPage)).toContain('You have already voted in this poll.');

    // The officer closes it, after confirming; the team page stops asking.
    await page.reload();
    expect(await card().textContent()).toContain(
      'We show the results when at least 10 people have voted.',
    );
    await card().getByRole('button', { name: 'Close poll' }).click();
    expect(await mainText(page)).toContain(`Are you sure you want to close “${QUESTION}”?`);
    await page.getByRole('button', { name: 'Yes, close it' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Poll closed.');
    await publicPage.goto(`${portal()}/neighbourhoods/${team.slug}`);
    expect(await mainText(publicPage)).not.toContain(QUESTION);

    await resident.close();
    await officer.close();
  }, 120_000);

  it('meets WCAG 2.2 AA on the poll pages, staff and public (axe finds nothing), at 375 px', async () => {
    const context = await journey.browser.newContext({ locale: 'en-GB', viewport: PHONE });
    await context.route(/\/_app\/.+\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await signInAsOfficer(page);
    await page.goto(`${portal()}/neighbourhoods/${team.slug}`);
    const action = await page
      .locator('section[aria-labelledby="polls"] form')
      .getAttribute('action');
    // The portal writes its links relative to the page.
    const pollPage = new URL(action!, page.url()).pathname;
    for (const path of [
      `/staff/teams/${team.slug}/polls`,
      `/staff/teams/${team.slug}/polls/new`,
      `/neighbourhoods/${team.slug}`,
      pollPage,
    ]) {
      await page.goto(`${portal()}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      expect({ path, width: await pageWidth(page) }).toEqual({ path, width: PHONE.width });
    }
    await context.close();
  }, 120_000);
});

describe('a new version of the Your Views questions', () => {
  it('is published by an administrator with JavaScript off, refused when nothing changed, and the page passes axe at 375 px', async () => {
    const admin = await phoneWithoutJavaScript();
    const page = await admin.newPage();
    await page.goto(`${portal()}/staff/sign-in`);
    await page.getByLabel('Email address').fill('admin@demo.police.uk');
    await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.goto(`${portal()}/staff/surveys`);
    await page
      .getByRole('link', { name: 'Publish a new version of the Your Views questions' })
      .click();
    expect(new URL(page.url()).pathname).toBe('/staff/surveys/questions');
    expect(await mainText(page)).toContain('Current version: 1');

    await page.getByRole('button', { name: 'Publish new version' }).click();
    await expect(
      page
        .getByRole('link', { name: 'Change at least one question before publishing a new version' })
        .count(),
    ).resolves.toBe(1);

    await page.getByLabel('Q2 in English').fill('');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    expect(await page.locator('#Q2-en-error').textContent()).toContain('Enter 5 to 300 characters');

    await page
      .getByLabel('Q2 in English')
      .fill('Do you feel safe in your neighbourhood after dark?');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Version 2 published.');
    expect(await mainText(page)).toContain('Current version: 2');
    expect(await page.getByLabel('Q2 in English').inputValue()).toBe(
      'Do you feel safe in your neighbourhood after dark?',
    );
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await admin.close();

    const context = await journey.browser.newContext({ locale: 'en-GB', viewport: PHONE });
    await context.route(/\/_app\/.+\.js$/, (route) => route.abort());
    const axePage = await context.newPage();
    await axePage.goto(`${portal()}/staff/sign-in`);
    await axePage.getByLabel('Email address').fill('admin@demo.police.uk');
    await axePage.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
    await axePage.getByRole('button', { name: 'Sign in' }).click();
    await axePage.waitForURL((url) => url.pathname === '/staff');
    await axePage.goto(`${portal()}/staff/surveys/questions`);
    expect(await axeViolations(axePage)).toEqual([]);
    await context.close();
  }, 120_000);
});
