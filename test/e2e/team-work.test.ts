import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { axeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;

/** The demo officer's team (README: officer@demo.police.uk polices the first team of the first NPA). */
const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;
const otherTeam = DEMO_FORCE[1]!.neighbourhoods[0]!;

async function signInAsOfficer(page: Page): Promise<void> {
  await page.goto(`${journey.stack.urls.portal}/staff/sign-in`);
  await page.getByLabel('Email address').fill('officer@demo.police.uk');
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).pathname).toBe('/staff');
}

const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';

describe("a neighbourhood officer looking after their team's work", () => {
  it('adds a priority with a “We did” update, publishes it, and residents see it on the team page', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signInAsOfficer(page);

    await page.getByRole('link', { name: team.name, exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`/staff/teams/${team.slug}/priorities`);

    await page.getByRole('link', { name: 'Add a priority' }).click();
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await expect(page.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(
      1,
    );
    await expect(page.getByRole('link', { name: 'Enter a title' }).count()).resolves.toBe(1);

    const title = 'Parking on the pavement by the school';
    const said = 'Cars park on the pavement at school time, so children walk in the road.';
    const weDid = 'We spoke to drivers on 3 mornings and gave out 12 warning letters.';
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('What did local people say?').fill(said);
    await page.getByLabel('At a community meeting').check();
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);

    await page.getByLabel('What did the team do?').fill(weDid);
    await page.getByRole('button', { name: 'Add update' }).click();
    expect(await mainText(page)).toContain(weDid);

    // The only Publish button on the priority's page (its name goes on: “Publish: <title>”).
    await page.getByRole('button', { name: 'Publish' }).click();
    expect(await mainText(page)).toContain('Working on it');

    const resident = await withoutJavaScript();
    const publicPage = await resident.newPage();
    await publicPage.goto(`${journey.stack.urls.portal}/neighbourhoods/${team.slug}`);
    const priorities =
      (await publicPage.locator('section[aria-labelledby="priorities"]').textContent()) ?? '';
    expect(priorities).toContain(title);
    expect(priorities).toContain(said);
    expect(priorities).toContain(weDid);
    expect(priorities).toContain('At a community meeting');
    await resident.close();
    await context.close();
  });

  it('logs a patch walk with a partner and sees it in the list', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signInAsOfficer(page);

    await page.goto(`${journey.stack.urls.portal}/staff/teams/${team.slug}/engagements`);
    await page.getByRole('link', { name: 'Log an engagement' }).click();
    await page.getByLabel('Patch walk').check();
    await page.getByLabel('Place').fill('Castle Gardens and the canal path');
    await page.getByLabel('Partners (optional)').fill('City council');
    await page.getByRole('button', { name: 'Save engagement' }).click();

    expect(new URL(page.url()).pathname).toBe(`/staff/teams/${team.slug}/engagements`);
    const table = (await page.getByRole('table').textContent()) ?? '';
    expect(table).toContain('Patch walk');
    expect(table).toContain('Castle Gardens and the canal path');
    expect(table).toContain('City council');
    await context.close();
  });

  it("is refused another team's work (403)", async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signInAsOfficer(page);

    const response = await page.goto(
      `${journey.stack.urls.portal}/staff/teams/${otherTeam.slug}/priorities`,
    );
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'You cannot see this page',
    );
    await context.close();
  });

  it('meets WCAG 2.2 AA on the staff priorities page and the public team page (axe finds nothing)', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    await signInAsOfficer(page);
    for (const path of [`/staff/teams/${team.slug}/priorities`, `/neighbourhoods/${team.slug}`]) {
      await page.goto(`${journey.stack.urls.portal}${path}`);
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });
});
