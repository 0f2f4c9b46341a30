import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

/**
 * "Your Views" in the browser, JavaScript off: the public results with their trend chart, an
 * administrator opening a round, a resident answering through the open link, and an analyst's
 * table by NPA and age band. (The invitation-by-mail journey is joined up separately.)
 */

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;

const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;
const ROUND = 'Journey test round';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${journey.stack.urls.portal}/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).pathname).toBe('/staff');
}

/** A day in the UK as YYYY-MM-DD, `days` from today. */
function ukDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  );
}

const SUPPRESSED = 'Fewer than 10 people answered, so we do not show this figure';

/** The portal writes relative links (SvelteKit's paths.relative): resolve them against the page. */
async function hrefOf(page: Page, link: Locator): Promise<string> {
  return new URL((await link.getAttribute('href')) ?? '', page.url()).href;
}

/** A journey across several server round trips, each a second or two on a small machine. */
const JOURNEY_MS = 180_000;

describe('Your Views', () => {
  it(
    'publishes each area’s results with a trend chart back to 2019 and the same figures in a table',
    async () => {
      const context = await withoutJavaScript();
      const page = await context.newPage();
      await page.goto(`${journey.stack.urls.portal}/neighbourhoods/${team.slug}`);
      await page.getByRole('link', { name: 'What residents here told us' }).click();
      expect(new URL(page.url()).pathname).toBe(`/neighbourhoods/${team.slug}/your-views`);

      await page.goto(`${journey.stack.urls.portal}/your-views`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'What residents told us: the whole force',
      );
      const chart = page.getByRole('img', { name: /Confidence score in each round since 2019/ });
      await expect(chart.count()).resolves.toBe(1);
      const table = page.getByRole('table', { name: /Confidence score in each round/ });
      const rows = table.locator('tbody tr');
      await expect(rows.count()).resolves.toBeGreaterThanOrEqual(3);
      await expect(rows.first().locator('th').textContent()).resolves.toContain('2019');
      await expect(rows.first().locator('td').first().textContent()).resolves.toBe('78%');
      // Each round's score is a percentage, or the sentence that says why there is none.
      const scores = await table.locator('tbody tr td:nth-of-type(1)').allTextContents();
      expect(scores.every((cell) => cell === SUPPRESSED || /^\d+(\.\d)?%$/.test(cell))).toBe(true);
      await context.close();
    },
    JOURNEY_MS,
  );

  it(
    'lets an administrator schedule and open a round, and a resident answer it through the open link',
    async () => {
      const context = await withoutJavaScript();
      const page = await context.newPage();
      await signIn(page, 'admin@demo.police.uk');
      await page.getByRole('link', { name: 'Manage Your Views survey rounds' }).click();
      expect(new URL(page.url()).pathname).toBe('/staff/surveys');

      await page.getByLabel('Name of the round').fill(ROUND);
      await page.getByLabel('Opens on').fill(ukDay());
      await page.getByLabel('Closes on').fill(ukDay(28));
      await page.getByRole('radio', { name: 'The whole force' }).check();
      await page.getByRole('button', { name: 'Schedule the round' }).click();
      const row = page.getByRole('row', { name: new RegExp(ROUND) });
      await expect(row.getByText('Scheduled').count()).resolves.toBe(1);

      await row.getByRole('button', { name: /^Open now/ }).click();
      await expect(page.getByRole('heading', { name: `Open ${ROUND} now?` }).count()).resolves.toBe(
        1,
      );
      await page.getByRole('button', { name: 'Yes, open it and send the invitations' }).click();
      await expect(row.getByText('Open', { exact: true }).count()).resolves.toBe(1);

      // The open link, as a resident with no invitation would use it.
      const openLink = await hrefOf(
        page,
        row.getByRole('link', { name: /^Open link for anyone to answer/ }),
      );
      const resident = await (await withoutJavaScript()).newPage();
      await resident.goto(openLink);
      await expect(resident.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        `Your Views survey: ${ROUND}`,
      );
      await resident.getByLabel('Your postcode (optional)').fill(team.samplePostcode);
      const questions = resident.locator('fieldset:has(input[name^="answer-"])');
      const count = await questions.count();
      expect(count).toBeGreaterThanOrEqual(5);
      // Leave the last question out: the form comes back with the others still chosen.
      for (let index = 0; index < count - 1; index++) {
        await questions.nth(index).getByRole('radio', { name: 'Agree', exact: true }).check();
      }
      await resident.getByRole('button', { name: 'Send my answers' }).click();
      await expect(
        resident.getByRole('heading', { name: 'There is a problem' }).count(),
      ).resolves.toBe(1);
      await expect(
        questions.first().getByRole('radio', { name: 'Agree', exact: true }).isChecked(),
      ).resolves.toBe(true);
      await expect(resident.getByLabel('Your postcode (optional)').inputValue()).resolves.toBe(
        team.samplePostcode,
      );

      const again = resident.locator('fieldset:has(input[name^="answer-"])');
      for (let index = 0; index < (await again.count()); index++) {
        await again.nth(index).getByRole('radio', { name: 'Agree', exact: true }).check();
      }
      await resident.getByRole('button', { name: 'Send my answers' }).click();
      expect(new URL(resident.url()).pathname).toBe('/your-views/thank-you');
      await expect(resident.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Thank you for your views',
      );
      const lastRound = (await resident.getByRole('main').textContent()) ?? '';
      expect(lastRound).toContain(`What people in ${team.name} said last time`);
      expect(lastRound).toMatch(/\d+(\.\d)?%|Fewer than 10 people answered|There are no results/);

      await page.reload();
      await expect(row.locator('td').nth(3).textContent()).resolves.not.toBe('0');
      await resident.context().close();
      await context.close();
    },
    JOURNEY_MS,
  );

  it(
    'gives an analyst confidence by NPA and age band, with small groups suppressed',
    async () => {
      const context = await withoutJavaScript();
      const page = await context.newPage();
      await signIn(page, 'analyst@demo.police.uk');
      await page.getByRole('link', { name: 'Explore confidence results' }).click();
      expect(new URL(page.url()).pathname).toBe('/staff/surveys/results');

      await page.getByRole('radio', { name: 'Each policing area' }).check();
      await page.getByRole('radio', { name: 'Age band' }).check();
      await page.getByRole('button', { name: 'Show results' }).click();
      const url = new URL(page.url());
      expect(url.searchParams.get('level')).toBe('POLICING_AREA');
      expect(url.searchParams.get('groupBy')).toBe('AGE_BAND');

      const rows = page.getByRole('table').locator('tbody tr');
      await expect(rows.count()).resolves.toBeGreaterThan(DEMO_FORCE.length);
      await expect(
        page.getByRole('table').getByText('Suppressed').count(),
      ).resolves.toBeGreaterThan(0);

      const csv = await context.request.get(
        await hrefOf(
          page,
          page.getByRole('link', { name: 'Download these results as a CSV file' }),
        ),
      );
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain('suppressed');
      await context.close();
    },
    JOURNEY_MS,
  );

  it(
    'meets WCAG 2.2 AA on every Your Views page (axe finds nothing)',
    async () => {
      const context = await asServedWithoutScripts();
      const page = await context.newPage();
      for (const path of [
        '/your-views',
        `/neighbourhoods/${team.slug}/your-views`,
        `/areas/${area.slug}/your-views`,
        `/your-views/thank-you?area=${team.slug}`,
        '/your-views/answer?token=not-a-real-token',
      ]) {
        await page.goto(`${journey.stack.urls.portal}${path}`);
        await expectNoAxeViolations(page);
      }
      await signIn(page, 'admin@demo.police.uk');
      for (const path of ['/staff/surveys', '/staff/surveys/results?groupBy=AGE_BAND']) {
        await page.goto(`${journey.stack.urls.portal}${path}`);
        await expectNoAxeViolations(page);
      }
      const links = page.getByRole('link', { name: /Open link for anyone to answer/ });
      if ((await links.count()) > 0) {
        await page.goto(await hrefOf(page, links.first()));
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: 'Send my answers' }).click();
        await expectNoAxeViolations(page);
      }
      await context.close();
    },
    JOURNEY_MS,
  );
});
