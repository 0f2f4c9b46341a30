import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { usePortalJourney } from '../support/portal-journey.ts';

/**
 * The pages' half of the suppression sweep (exports.test.ts sweeps every export): every staff
 * page that publishes a count of people marks those cells `data-people-count`, and on none of
 * them may a count from 1 to 9 appear. A cell holds a number of at least 10, or words ("fewer
 * than 10", "held back"); never a small number someone could be picked out by.
 */
const journey = usePortalJourney();
const portal = () => journey.stack.urls.portal;

const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;
const DIMENSIONS = ['AGE_BAND', 'ETHNIC_GROUP', 'DISABILITY', 'GENDER'];

/** Every page that shows counts of people, as an admin (who may read them all) sees it. */
const PAGES = [
  ...DIMENSIONS.flatMap((dimension) => [
    `/staff/force/reach?dimension=${dimension}`,
    `/staff/areas/${area.slug}/reach?dimension=${dimension}`,
    `/staff/teams/${team.slug}/reach?dimension=${dimension}`,
  ]),
  `/staff/teams/${team.slug}/newsletters`,
  `/staff/teams/${team.slug}/newsletters/engagement`,
  '/staff/surveys/results?level=POLICING_AREA&groupBy=ETHNIC_GROUP',
  '/staff/surveys/results?level=FORCE&groupBy=GENDER',
];

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${portal()}/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/staff');
}

/** A cell's number, or null when it is words (or empty). */
function numberIn(text: string): number | null {
  const match = /^\d{1,3}(,\d{3})*$/.exec(text.trim());
  return match ? Number(text.trim().replace(/,/g, '')) : null;
}

describe('the suppression sweep over staff pages', () => {
  it('finds no count of people from 1 to 9 on any page that publishes counts', async () => {
    const context = await journey.withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.police.uk');
    const small: string[] = [];
    let shown = 0;
    let withheld = 0;
    for (const path of PAGES) {
      const response = await page.goto(`${portal()}${path}`);
      expect(response?.status(), path).toBe(200);
      for (const cell of await page.locator('[data-people-count]').allTextContents()) {
        const value = numberIn(cell);
        if (value === null) {
          // Words, not a number in disguise: "fewer than 10", "held back", "Not available".
          expect(cell, path).not.toMatch(/(^|\D)[1-9](\D|$)/);
          withheld += 1;
        } else {
          shown += 1;
          if (value > 0 && value < 10) small.push(`${path}: ${cell.trim()}`);
        }
      }
    }
    expect(small).toEqual([]);
    // Not a sweep over nothing: the demo publishes counts, and withholds some.
    expect(shown).toBeGreaterThan(20);
    expect(withheld).toBeGreaterThan(5);
    await context.close();
  });
});
