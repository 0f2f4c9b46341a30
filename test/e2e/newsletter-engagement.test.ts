import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEMO_FORCE,
  DEMO_STAFF_PASSWORD,
  signAccessToken,
  stableId,
  type Actor,
} from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';
import { graphql } from '../support/stack.ts';

/**
 * A team sees how its newsletters were received, without anyone being tracked: a resident reading
 * an issue's web page is counted by the portal's server (no cookie, no script), once a day, and
 * the team's officer reads the figures on the staff pages, with JavaScript off and axe-clean.
 */

/** The demo officer's team, and one of its seeded published issues (seed-demo-data.ts). */
const team = DEMO_FORCE[0]!.neighbourhoods[0]!;
const MONTH = '2026-10';
const issueId = stableId('newsletter', `${team.slug}/${MONTH}`);
const officer: Actor = {
  kind: 'staff',
  id: stableId('staff', 'officer@demo.police.uk'),
  name: 'Demo officer',
  role: 'OFFICER',
  neighbourhoodId: team.id,
};

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;
const portal = () => journey.stack.urls.portal;

const ENGAGEMENT = `query($id: ID!) { newsletterById(id: $id) { engagement { archiveViews } } }`;

/** The issue's archive views as the service reports them to the team's officer. */
async function archiveViews(): Promise<number> {
  const { data, errors } = await graphql<{
    newsletterById: { engagement: { archiveViews: number } };
  }>(journey.stack.urls.gateway, ENGAGEMENT, {
    token: await signAccessToken(officer, journey.stack.secrets.gatewayJwtSecret),
    variables: { id: issueId },
  });
  expect(errors).toBeUndefined();
  return data!.newsletterById.engagement.archiveViews;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${portal()}/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).pathname).toBe('/staff');
}

describe('newsletter engagement without tracking', () => {
  it('counts a resident reading an issue once a day, not its print version, not the team', async () => {
    const before = await archiveViews();
    const context = await withoutJavaScript();
    const page = await context.newPage();
    const issuePage = `${portal()}/neighbourhoods/${team.slug}/newsletters/${MONTH}`;

    const response = await page.goto(issuePage);
    expect(response?.status()).toBe(200);
    expect(await archiveViews()).toBe(before + 1);
    // No cookie was set to do it.
    expect(await context.cookies()).toEqual([]);

    await page.goto(issuePage);
    await page.goto(`${issuePage}/print`);
    expect(await archiveViews()).toBe(before + 1);

    await signIn(page, 'officer@demo.police.uk');
    await page.goto(issuePage);
    expect(await archiveViews()).toBe(before + 1);
    await context.close();
  });

  it('shows the team how each issue and each month went, without JavaScript', async () => {
    const reads = await archiveViews();
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'officer@demo.police.uk');
    await page.goto(`${portal()}/staff/teams/${team.slug}/newsletters`);

    const issues = page.getByRole('table', { name: 'How it was received' });
    await expect(issues.locator('thead th').allTextContents()).resolves.toEqual([
      'Newsletters',
      'Delivered',
      'Bounced',
      'Unsubscribed after',
      'Web page views',
    ]);
    const october = issues.locator('tbody tr', { hasText: 'October 2026' });
    // The demo issues went to no one: a count under 10 is never shown as a number.
    await expect(october.locator('td').allTextContents()).resolves.toEqual([
      'fewer than 10',
      'fewer than 10',
      'fewer than 10',
      String(reads),
    ]);

    await page
      .getByRole('link', { name: 'See how the newsletters were received, month by month' })
      .click();
    expect(new URL(page.url()).pathname).toBe(`/staff/teams/${team.slug}/newsletters/engagement`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'How the newsletters were received',
    );
    const months = page.getByRole('table', { name: /^Newsletters month by month/ });
    await expect(months.locator('tbody tr').count()).resolves.toBe(12);
    await context.close();
  });

  it('refuses the figures to the public', async () => {
    const { errors } = await graphql(journey.stack.urls.gateway, ENGAGEMENT, {
      variables: { id: issueId },
    });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('has no accessibility violations on either staff page', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    await signIn(page, 'officer@demo.police.uk');
    for (const path of ['newsletters', 'newsletters/engagement']) {
      await page.goto(`${portal()}/staff/teams/${team.slug}/${path}`);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
});
