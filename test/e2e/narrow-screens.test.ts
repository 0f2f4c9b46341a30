import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD, stableId } from '@engage/shared';
import { axeViolations, formatViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

/**
 * Every staff page, and the public pages with tables, on a 375 px phone: nothing scrolls the
 * whole page sideways (a wide table scrolls in its own box, which a keyboard can reach), and axe
 * finds nothing. Each role signs in and walks the pages it sees; every problem is gathered first
 * so one run names every page that breaks.
 */

const journey = usePortalJourney();
const portal = () => journey.stack.urls.portal;

/** The demo officer's team, its NPA (the demo commander's) and a published issue of its news. */
const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;
const publishedIssue = stableId('newsletter', `${team.slug}/2026-10`);

const PHONE = { width: 375, height: 812 };
/** Dozens of pages, each a server round trip and an axe run of a second or two. */
const WALK_MS = 300_000;

const teamPages = [
  'priorities',
  'priorities/new',
  'engagements',
  'engagements/new',
  'engagements/import',
  'events',
  'events/new',
  'social-media',
  'social-media/import',
  'compliance',
  'newsletters',
  'newsletters/2026-11',
  'newsletters/2026-11/preview',
  'newsletters/2026-10',
  'polls',
  'polls/new',
].map((path) => `/staff/teams/${team.slug}/${path}`);

/** The pages with tables a resident sees. */
const publicPages = [
  '/your-views',
  `/areas/${area.slug}/your-views`,
  `/neighbourhoods/${team.slug}`,
  `/neighbourhoods/${team.slug}/your-views`,
];

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${portal()}/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // With scripts on, the form is enhanced: the page moves on after the click resolves.
  await page.waitForURL((url) => url.pathname === '/staff');
  expect(new URL(page.url()).pathname).toBe('/staff');
}

/** The first link in the page's main content whose path matches, for pages named by an id. */
async function firstLink(page: Page, path: RegExp): Promise<string> {
  const hrefs = await page
    .getByRole('main')
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => (link as unknown as { href: string }).href));
  const found = hrefs.map((href) => new URL(href)).find((url) => path.test(url.pathname));
  if (!found) throw new Error(`No link matching ${path} on ${page.url()}`);
  return found.pathname + found.search;
}

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  /** What sticks out past the viewport's right edge, widest first, to say what to fix. */
  overflowing: string[];
  /** Boxes that scroll sideways but a keyboard cannot reach, or that have no name. */
  unreachable: string[];
}

/** A string, not a function: this package compiles without the DOM's types (see browser.ts). */
const MEASURE = `(() => {
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  const all = [...document.body.querySelectorAll('*')];
  const overflowing = all
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
    .filter((el) => !el.closest('.visually-hidden'))
    .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > window.innerWidth + 0.5))
    .map((el) => name(el) + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
  // Text that runs out of its own box (a long line in a <pre>, a word that cannot break).
  const spilling = all
    .filter((el) => getComputedStyle(el).overflowX === 'visible')
    .filter((el) => el.getBoundingClientRect().left + el.scrollWidth > window.innerWidth + 0.5)
    .map((el) => name(el) + ' (its text)');
  const unreachable = all
    .filter((el) => el.scrollWidth > el.clientWidth && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
    .filter((el) => el.tabIndex < 0 || el.getAttribute('role') !== 'region' || !el.getAttribute('aria-labelledby'))
    .map(name);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    overflowing: [...overflowing, ...spilling],
    unreachable,
  };
})()`;

/** Visits each path and returns what is wrong with it on a phone (nothing, when all is well). */
async function walk(page: Page, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(`${portal()}${path}`, { waitUntil: 'networkidle' });
    problems.push(...(await check(page, path, response?.status() ?? 0)));
  }
  return problems;
}

async function check(page: Page, path: string, status: number): Promise<string[]> {
  if (status !== 200) return [`${path}: status ${status}`];
  const problems: string[] = [];
  const layout = await page.evaluate<Layout>(MEASURE);
  if (layout.scrollWidth > layout.innerWidth) {
    problems.push(
      `${path} is ${layout.scrollWidth} px wide at ${layout.innerWidth} px: ` +
        layout.overflowing.slice(0, 5).join(', '),
    );
  }
  if (layout.unreachable.length > 0) {
    problems.push(`${path}: no keyboard or no name for ${layout.unreachable.join(', ')}`);
  }
  const violations = await axeViolations(page);
  if (violations.length > 0) problems.push(`${path}:\n${formatViolations(violations)}`);
  return problems;
}

async function asPhone(email: string | null): Promise<Page> {
  const context = await journey.browser.newContext({ locale: 'en-GB', viewport: PHONE });
  const page = await context.newPage();
  if (email) await signIn(page, email);
  return page;
}

describe('on a 375 px phone', () => {
  it(
    'no page an administrator sees scrolls sideways, and axe finds nothing on any of them',
    async () => {
      const page = await asPhone('admin@demo.police.uk');
      const problems = await walk(page, [
        '/staff',
        ...teamPages,
        `/staff/areas/${area.slug}/compliance`,
        `/staff/areas/${area.slug}/updates`,
        '/staff/force/compliance',
        '/staff/surveys',
        '/staff/surveys/questions',
        '/staff/surveys/results',
        '/staff/newsletters/review',
        `/staff/newsletters/${publishedIssue}`,
        `/staff/newsletters/${publishedIssue}/withdraw`,
      ]);

      // The pages named by an id: the first of each on its list.
      const details: string[] = [];
      for (const [list, path] of [
        ['/staff/surveys', /^\/staff\/surveys\/rounds\/[^/]+$/],
        [`/staff/teams/${team.slug}/priorities`, /\/priorities\/(?!new$)[^/]+$/],
        [`/staff/teams/${team.slug}/engagements`, /\/engagements\/(?!new$|import$)[^/]+$/],
        [`/staff/teams/${team.slug}/events`, /\/events\/(?!new$)[^/]+$/],
      ] as const) {
        await page.goto(`${portal()}${list}`);
        details.push(await firstLink(page, path));
      }
      problems.push(...(await walk(page, details)));

      // A CSV import with a problem in every row: the table of row-by-row problems.
      await page.goto(`${portal()}/staff/teams/${team.slug}/engagements/import`);
      await page.getByLabel('CSV file').setInputFiles({
        name: 'engagements.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'date,type,place\nnot-a-date,not-a-type,Somewhere with a rather long name\n',
        ),
      });
      await page.getByRole('button', { name: 'Check file' }).click();
      await page.locator('#import-errors').waitFor();
      problems.push(...(await check(page, 'engagements/import (with problems)', 200)));

      expect(problems).toEqual([]);
      await page.context().close();
    },
    WALK_MS,
  );

  it(
    'no page an officer, commander, reviewer or analyst sees scrolls sideways, and axe finds nothing',
    async () => {
      const problems: string[] = [];
      for (const [email, paths] of [
        ['officer@demo.police.uk', ['/staff', ...teamPages, '/staff/surveys/results']],
        [
          'commander@demo.police.uk',
          [
            '/staff',
            '/staff/surveys',
            `/staff/areas/${area.slug}/compliance`,
            `/staff/areas/${area.slug}/updates`,
          ],
        ],
        ['reviewer@demo.police.uk', ['/staff', '/staff/newsletters/review']],
        ['analyst@demo.police.uk', ['/staff', '/staff/force/compliance', '/staff/surveys/results']],
      ] as const) {
        const page = await asPhone(email);
        problems.push(...(await walk(page, [...paths])));
        await page.context().close();
      }
      expect(problems).toEqual([]);
    },
    WALK_MS,
  );

  it(
    'no public page with a table scrolls sideways, and axe finds nothing',
    async () => {
      const page = await asPhone(null);
      expect(await walk(page, publicPages)).toEqual([]);
      await page.context().close();
    },
    WALK_MS,
  );
});
