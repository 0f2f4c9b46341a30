import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { loadForceBranding } from '@engage/shared/force';
import { axeViolations } from '../support/browser.ts';
import { graphql } from '../support/stack.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;

/** The demo force: the stack sets no FORCE_* variable. */
const force = loadForceBranding({});
const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;

const main = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Where an element starts on the page, to tell what a phone's reader meets first. */
async function top(element: Locator): Promise<number> {
  const box = await element.first().boundingBox();
  expect(box).not.toBeNull();
  return box!.y;
}

describe('a resident on a team page, with JavaScript off', () => {
  it('finds the current survey, the latest newsletter, the team’s contact, the privacy notice and the accessibility statement', async () => {
    const { data } = await graphql<{
      surveyRounds: { label: string; status: string; policingAreaIds: string[] }[];
    }>(journey.stack.urls.gateway, '{ surveyRounds { label status policingAreaIds } }');
    const open = data!.surveyRounds.find(
      (round) =>
        round.status === 'OPEN' &&
        (round.policingAreaIds.length === 0 || round.policingAreaIds.includes(area.id)),
    );
    expect(open, 'the demo has a Your Views round open for the team’s area').toBeDefined();

    const context = await withoutJavaScript();
    const page = await context.newPage();
    // A missing link fails here, naming it, rather than as the whole test's timeout.
    page.setDefaultTimeout(5_000);
    // A phone: the way to get updates must not be thousands of pixels down.
    await page.setViewportSize({ width: 375, height: 800 });
    const teamPage = `${journey.stack.urls.portal}/neighbourhoods/${team.slug}`;
    await page.goto(teamPage);
    await expect(page.getByRole('banner').textContent()).resolves.toContain(force.name);
    const updates = page.getByRole('link', { name: `Get email updates from ${team.name}` });
    await expect(updates.count()).resolves.toBe(1);
    expect(await top(updates)).toBeLessThan(
      await top(page.getByRole('heading', { name: 'Your team', exact: true })),
    );

    // The team's own contact, and 999 / 101 / reporting online beside it.
    const text = await main(page);
    expect(text).toContain('Phone: 0116 496 0000');
    await expect(
      page.getByRole('link', { name: `${team.slug}.team@demo-shire-police.example.org` }).count(),
    ).resolves.toBe(1);
    expect(text).toContain('call 999');
    expect(text).toContain('call 101');
    await expect(
      page
        .getByRole('main')
        .getByRole('link', { name: 'Report a crime or incident online' })
        .getAttribute('href'),
    ).resolves.toBe(force.reportOnlineUrl);

    // The survey open now.
    await page
      .getByRole('link', { name: new RegExp(`^Answer the ${open!.label} Your Views survey`) })
      .click();
    expect(new URL(page.url()).pathname).toMatch(/^\/your-views\/[0-9a-f-]{36}$/);
    await expect(h1(page)).resolves.toContain(open!.label);

    // The latest newsletter, as a link to the issue itself.
    await page.goto(teamPage);
    const latest = page.getByRole('link', { name: /^Read the latest newsletter: / });
    const title = ((await latest.textContent()) ?? '').replace('Read the latest newsletter: ', '');
    await latest.click();
    expect(new URL(page.url()).pathname).toMatch(
      new RegExp(`^/neighbourhoods/${team.slug}/newsletters/\\d{4}-\\d{2}$`),
    );
    await expect(h1(page)).resolves.toBe(title);

    // The privacy notice and the accessibility statement, from the footer of any page.
    await page.goto(teamPage);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
    await expect(h1(page)).resolves.toBe('Privacy notice');
    const privacy = await main(page);
    expect(privacy).toContain(`${force.name} is the controller`);
    expect(privacy).toContain(force.dpoEmail);
    expect(privacy).toContain('Information Commissioner’s Office');

    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
    await expect(h1(page)).resolves.toBe('Accessibility statement for Neighbourhood Link');
    const statement = await main(page);
    expect(statement).toContain('Web Content Accessibility Guidelines version 2.2 AA');
    expect(statement).toContain('Equality and Human Rights Commission');

    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookies' }).click();
    expect(await main(page)).toContain('authjs.session-token');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Contact us' }).click();
    expect(await main(page)).toContain(force.contactEmail);
    await context.close();
  }, 120_000);

  it('meets WCAG 2.2 AA on the team and area pages and the contact and legal pages (axe finds nothing)', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    const pages = [
      { path: `/neighbourhoods/${team.slug}`, shows: team.name },
      { path: `/areas/${area.slug}`, shows: area.name },
      { path: '/contact', shows: 'Contact us' },
      { path: '/privacy', shows: 'Privacy notice' },
      { path: '/accessibility', shows: 'Accessibility statement for Neighbourhood Link' },
      { path: '/cookies', shows: 'Cookies' },
    ];
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const { path, shows } of pages) {
        await page.goto(`${journey.stack.urls.portal}${path}`);
        await expect(h1(page)).resolves.toBe(shows);
        expect({ path, width, violations: await axeViolations(page) }).toEqual({
          path,
          width,
          violations: [],
        });
        // No sideways scrolling on a phone.
        const scrolls = await page.evaluate(
          'document.documentElement.scrollWidth > document.documentElement.clientWidth',
        );
        expect({ path, width, scrolls }).toEqual({ path, width, scrolls: false });
      }
    }
    await context.close();
  });
});
