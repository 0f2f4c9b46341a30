import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;

/** The demo commander's NPA, and its first team (README: commander@demo.police.uk). */
const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${journey.stack.urls.portal}/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).pathname).toBe('/staff');
}

const periodShown = async (page: Page) => (await page.locator('#period').textContent()) ?? '';

/** The quarter before this one (UK time), as the chooser names it. */
function lastQuarter(now = new Date()): { year: string; quarter: string; months: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number) as [number, number];
  const current = Math.floor((month - 1) / 3) + 1;
  const quarter = current === 1 ? 4 : current - 1;
  const months = ['January to March', 'April to June', 'July to September', 'October to December'];
  return {
    year: String(current === 1 ? year - 1 : year),
    quarter: String(quarter),
    months: months[quarter - 1]!,
  };
}

describe('the standards compliance dashboards', () => {
  it('show a commander every team of their NPA against the seven standards, for the period they choose, without JavaScript', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'commander@demo.police.uk');

    await page
      .getByRole('link', { name: `See how the teams in ${area.name} are meeting the standards` })
      .click();
    expect(new URL(page.url()).pathname).toBe(`/staff/areas/${area.slug}/compliance`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `Engagement standards in ${area.name}`,
    );

    const table = page.getByRole('table');
    await expect(table.locator('thead th').count()).resolves.toBe(1 + 7);
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(area.neighbourhoods.length);
    expect(area.neighbourhoods).toHaveLength(6);
    for (let row = 0; row < 6; row++) {
      await expect(rows.nth(row).locator('td').count()).resolves.toBe(7);
    }
    const cells = await table.locator('tbody td').allTextContents();
    const statuses = new Set(
      cells.map((cell) => /Met|Due by|Missed|Not yet a team/.exec(cell)?.[0] ?? cell),
    );
    expect(statuses.size).toBeGreaterThanOrEqual(2);
    expect(
      [...statuses].every((status) => /^(Met|Due by|Missed|Not yet a team)$/.test(status)),
    ).toBe(true);
    const before = await periodShown(page);

    const { year, quarter, months } = lastQuarter();
    await page.getByRole('radio', { name: 'Quarter' }).check();
    await page.getByRole('combobox', { name: 'Year' }).selectOption(year);
    await page.getByRole('combobox', { name: 'Quarter' }).selectOption(quarter);
    await page.getByRole('button', { name: 'Show' }).click();

    expect(new URL(page.url()).searchParams.get('kind')).toBe('QUARTER');
    const after = await periodShown(page);
    expect(after).not.toBe(before);
    expect(after).toContain(`Showing ${months} ${year}`);
    await expect(page.getByRole('table').locator('tbody tr').count()).resolves.toBe(6);

    // A period that has not started: the gateway refuses it, the chooser says why.
    const nextYear = Number(year) + 2;
    await page.goto(
      `${journey.stack.urls.portal}/staff/areas/${area.slug}/compliance?kind=MONTH&year=${nextYear}&month=1`,
    );
    await expect(page.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(
      1,
    );
    await expect(
      page.getByRole('link', { name: /That period has not started yet/ }).count(),
    ).resolves.toBe(1);
    await context.close();
  });

  it("refuse an officer their NPA's dashboard (403)", async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'officer@demo.police.uk');

    const response = await page.goto(
      `${journey.stack.urls.portal}/staff/areas/${area.slug}/compliance`,
    );
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'You cannot see this page',
    );
    await context.close();
  });

  it('show an administrator the whole force, one row per NPA, each linking to its dashboard', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.police.uk');

    await page
      .getByRole('link', { name: 'See how every policing area is meeting the standards' })
      .click();
    expect(new URL(page.url()).pathname).toBe('/staff/force/compliance');
    const rows = page.getByRole('table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(9);
    expect(DEMO_FORCE).toHaveLength(9);
    await expect(page.getByRole('figure').count()).resolves.toBe(1);

    await page.getByRole('link', { name: area.name, exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`/staff/areas/${area.slug}/compliance`);
    await context.close();
  });

  it('meet WCAG 2.2 AA on the NPA dashboard and the team’s standards page (axe finds nothing)', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    await signIn(page, 'commander@demo.police.uk');
    for (const path of [
      `/staff/areas/${area.slug}/compliance`,
      `/staff/teams/${team.slug}/compliance`,
    ]) {
      await page.goto(`${journey.stack.urls.portal}${path}`);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
});
