import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;
const portal = () => journey.stack.urls.portal;

/** The demo commander's NPA (a city area), the officer's team in it, and another team there. */
const area = DEMO_FORCE[0]!;
const officersTeam = area.neighbourhoods[0]!;
const otherTeam = area.neighbourhoods[1]!;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${portal()}/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/staff');
}

/** Every count cell of the groups table: a number of at least 10, or "fewer than 10". */
async function groupCounts(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /beside residents/ });
  const headings = await table.locator('thead th').allTextContents();
  const countColumns = headings.flatMap((heading, index) =>
    heading === 'Subscribers' || heading === 'Respondents' ? [index] : [],
  );
  const rows = await table.locator('tbody tr').all();
  const counts: string[] = [];
  for (const row of rows) {
    const cells = await row.locator('th, td').allTextContents();
    counts.push(...countColumns.map((column) => cells[column]!.trim()));
  }
  return counts;
}

describe('the Reach pages', () => {
  it('show a commander who their NPA reaches, group by group, for the question they choose without JavaScript', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'commander@demo.police.uk');

    await page.getByRole('link', { name: `See who the teams in ${area.name} reach` }).click();
    expect(new URL(page.url()).pathname).toBe(`/staff/areas/${area.slug}/reach`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `Who we reach: ${area.name}`,
    );
    // Age bands first: small groups (the under-18s) are held back, in words, never as a number.
    const ages = await groupCounts(page);
    expect(ages).toContain('fewer than 10');
    for (const count of ages) {
      expect(count).toMatch(/^(fewer than 10|Not available|\d{1,3}(,\d{3})*)$/);
      if (/^\d/.test(count)) expect(Number(count.replace(/,/g, ''))).toBeGreaterThanOrEqual(10);
    }

    await page.getByRole('radio', { name: 'Ethnic group' }).check();
    await page.getByRole('button', { name: 'Show' }).click();

    expect(new URL(page.url()).searchParams.get('dimension')).toBe('ETHNIC_GROUP');
    await expect(page.getByRole('heading', { name: 'By ethnic group' }).count()).resolves.toBe(1);
    // The demo's city residents are far more often Asian than its subscribers: flagged in words.
    const asian = page
      .getByRole('table', { name: /beside residents/ })
      .getByRole('row', { name: /Asian or Asian British/ });
    await expect(asian.textContent()).resolves.toContain('Seldom heard');
    await expect(
      page.getByRole('region', { name: 'What the teams could do' }).textContent(),
    ).resolves.toMatch(/Asian or Asian British: [\d.]+% of (subscribers|respondents), but/);
    // The chart is an image with a name, described in words, beside its table.
    const chart = page.getByRole('img', { name: /How well each group is reached/ });
    await expect(chart.count()).resolves.toBe(1);
    // Each team, linking to its own page with the same question.
    await page
      .getByRole('table', { name: `Each team in ${area.name}` })
      .getByRole('link', { name: officersTeam.name, exact: true })
      .click();
    expect(new URL(page.url()).pathname).toBe(`/staff/teams/${officersTeam.slug}/reach`);
    expect(new URL(page.url()).searchParams.get('dimension')).toBe('ETHNIC_GROUP');
    await context.close();
  });

  it("refuse an officer another team's Reach page (403), and show them their own", async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'officer@demo.police.uk');

    const refused = await page.goto(`${portal()}/staff/teams/${otherTeam.slug}/reach`);
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'You cannot see this page',
    );

    await page.goto(`${portal()}/staff`);
    await page.getByRole('link', { name: `See who ${officersTeam.name} reaches` }).click();
    expect(new URL(page.url()).pathname).toBe(`/staff/teams/${officersTeam.slug}/reach`);
    await expect(
      page.getByRole('region', { name: 'What the team could do' }).textContent(),
    ).resolves.toMatch(
      /Polish is the main language of [\d.]+% of residents here \(aged 3 and over\): consider a leaflet in Polish\./,
    );
    await context.close();
  });

  it('meet WCAG 2.2 AA (axe finds nothing) and do not scroll sideways on a 375 px phone', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    await signIn(page, 'admin@demo.police.uk');
    for (const path of [
      `/staff/areas/${area.slug}/reach?dimension=ETHNIC_GROUP`,
      `/staff/teams/${officersTeam.slug}/reach?dimension=AGE_BAND`,
      '/staff/force/reach?dimension=GENDER',
      '/staff/force/reach?dimension=DISABILITY',
    ]) {
      const response = await page.goto(`${portal()}${path}`);
      expect(response?.status(), path).toBe(200);
      await expectNoAxeViolations(page);
      const width = await page.evaluate<{ scroll: number; inner: number }>(
        '({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })',
      );
      expect(width.scroll, path).toBeLessThanOrEqual(width.inner);
    }
    await context.close();
  });
});
