import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { axeViolations } from '../support/browser.ts';
import { graphql } from '../support/stack.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;

const area = DEMO_FORCE[2]!;
const team = area.neighbourhoods[3]!;
/** "LE16 2AB" typed as "le162ab": the search must normalise what people really type. */
const typed = team.samplePostcode.replace(/\s+/g, '').toLowerCase();

async function search(page: Page, postcode: string): Promise<void> {
  await page.goto(journey.stack.urls.portal);
  await page.getByLabel('Enter your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Find your team' }).click();
}

const meta = (page: Page, property: string) =>
  page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');

describe('a newcomer finding their neighbourhood team by postcode', () => {
  it('types a postcode on the home page and lands on the team page, officers and all, with JavaScript off', async () => {
    const { data } = await graphql<{
      neighbourhood: { officers: { name: string; photoUrl: string | null }[] };
    }>(
      journey.stack.urls.gateway,
      'query($slug: String!) { neighbourhood(slug: $slug) { officers { name photoUrl } } }',
      { variables: { slug: team.slug } },
    );
    const officers = data!.neighbourhood.officers;
    expect(officers.length).toBeGreaterThan(0);

    const context = await withoutJavaScript();
    const page = await context.newPage();
    await search(page, typed);

    expect(new URL(page.url()).pathname).toBe(`/neighbourhoods/${team.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(team.name);
    await expect(page.getByRole('heading', { name: 'Your team' }).count()).resolves.toBe(1);
    for (const officer of officers) {
      await expect(
        page.getByRole('heading', { name: officer.name, exact: true }).count(),
      ).resolves.toBe(1);
      if (!officer.photoUrl) continue;
      const photo = page.getByRole('img', { name: `Photo of ${officer.name}`, exact: true });
      await expect(photo.getAttribute('src')).resolves.toBe(officer.photoUrl);
      // A PNG, so the same photo shows in mail programs too (most show no SVG).
      expect(officer.photoUrl).toMatch(/^\/demo-officers\/officer-\d+\.png$/);
      const image = await context.request.get(`${journey.stack.urls.portal}${officer.photoUrl}`);
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
      expect((await image.body()).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    }
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain(`${team.postcodeDistrict} 2`);
    expect(main).toContain('These figures are invented for the demo');

    await page
      .getByRole('main')
      .getByRole('link', { name: area.name, exact: true })
      .first()
      .click();
    expect(new URL(page.url()).pathname).toBe(`/areas/${area.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(area.name);
    for (const neighbourhood of area.neighbourhoods) {
      await expect(
        page.getByRole('main').getByRole('link', { name: neighbourhood.name, exact: true }).count(),
      ).resolves.toBe(1);
    }
    await context.close();
  });

  it('is told clearly when the postcode is not a real one, and keeps what was typed', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await search(page, 'hello there');

    await expect(page.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(
      1,
    );
    await expect(
      page.getByRole('link', { name: 'Enter a real postcode, like LE1 6ZG' }).getAttribute('href'),
    ).resolves.toBe('#postcode');
    await expect(page.getByLabel('Enter your postcode').inputValue()).resolves.toBe('hello there');

    const response = await page.goto(`${journey.stack.urls.portal}/find?postcode=hello+there`);
    expect(response?.status()).toBe(400);

    await search(page, '');
    await expect(page.getByRole('link', { name: 'Enter a postcode' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('gets every area and neighbourhood to choose from for a real postcode no team covers', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await search(page, 'SW1A 1AA');

    expect(new URL(page.url()).pathname).toBe('/find');
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('We could not find a neighbourhood team for SW1A 1AA');
    for (const npa of DEMO_FORCE) {
      await expect(
        page.getByRole('heading', { name: npa.name, exact: true }).count(),
      ).resolves.toBe(1);
    }
    await page.getByRole('link', { name: team.name, exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`/neighbourhoods/${team.slug}`);
    await context.close();
  });

  it('browses every area from the home page', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await page.goto(journey.stack.urls.portal);
    await page.getByRole('link', { name: 'Browse all policing areas' }).click();

    expect(new URL(page.url()).pathname).toBe('/areas');
    const links = page.getByRole('main').getByRole('link');
    const neighbourhoods = DEMO_FORCE.flatMap((npa) => npa.neighbourhoods);
    // Breadcrumb home, an NPA page per area, a team page per neighbourhood.
    await expect(links.count()).resolves.toBe(1 + DEMO_FORCE.length + neighbourhoods.length);
    const missing = await page.goto(`${journey.stack.urls.portal}/areas/atlantis`);
    expect(missing?.status()).toBe(404);
    await context.close();
  });

  it('shares well: preview card tags with an absolute address on the home, area and team pages', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    const pages = [
      { path: '/', title: 'Find your neighbourhood policing team' },
      { path: `/areas/${area.slug}`, title: area.name },
      { path: `/neighbourhoods/${team.slug}`, title: team.name },
    ];
    for (const { path, title } of pages) {
      await page.goto(`${journey.stack.urls.portal}${path}?utm_source=whatsapp`);
      const url = new URL(path, journey.stack.urls.portal).href;
      await expect(meta(page, 'og:url')).resolves.toBe(url);
      await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(url);
      await expect(meta(page, 'og:title')).resolves.toBe(title);
      await expect(meta(page, 'og:description')).resolves.toMatch(/\w/);
      await expect(meta(page, 'og:type')).resolves.toBe('website');
      await expect(meta(page, 'og:site_name')).resolves.toBe('Neighbourhood Link');
      await expect(meta(page, 'og:locale')).resolves.toBe('en_GB');
      await expect(meta(page, 'twitter:card')).resolves.toBe('summary');
    }
    await context.close();
  });

  it('meets WCAG 2.2 AA on /find with an error, the team page and the area pages (axe finds nothing)', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    // Each page in the state under test: the error showing, the areas listed, the team shown.
    const pages = [
      { path: '/find?postcode=hello', shows: 'There is a problem' },
      { path: '/find?postcode=SW1A+1AA', shows: 'Choose your neighbourhood' },
      { path: `/neighbourhoods/${team.slug}`, shows: 'Your team' },
      { path: `/areas/${area.slug}`, shows: 'Neighbourhood teams' },
      { path: '/areas', shows: area.name },
    ];
    for (const { path, shows } of pages) {
      await page.goto(`${journey.stack.urls.portal}${path}`);
      await expect(page.getByRole('heading', { name: shows, exact: true }).count()).resolves.toBe(
        1,
      );
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  });
});
