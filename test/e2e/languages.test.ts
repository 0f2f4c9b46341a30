import { mkdirSync } from 'node:fs';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, signAccessToken, stableId, type Actor } from '@engage/shared';
import { languageOf } from '@engage/shared/languages';
import { axeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';
import { portalMessages, type PortalMessage } from '../support/portal-messages.ts';
import { graphql } from '../support/stack.ts';

/**
 * Issue 13's done-when: a resident walks find-your-team → subscribe → confirm (from the real mail)
 * → answer "Your Views" → results with JavaScript off, once in Urdu (chosen from the language list
 * on the first page; right to left) and once in Polish (from the browser's Accept-Language). Every
 * page has the right `lang` and `dir`, its <h1> in the catalogue's words for that language, no axe
 * violation, and no sideways scroll at 320 px. Screenshots at 320 and 1280 px go to
 * test/.screenshots/languages (not in git) for a person to look at.
 */

const journey = usePortalJourney({ readsMail: true });
const SCREENSHOTS = new URL('../.screenshots/languages/', import.meta.url).pathname;
const JOURNEY_MS = 300_000;

const admin: Actor = {
  kind: 'staff',
  id: stableId('staff', 'admin@demo.police.uk'),
  name: 'Sam Riley',
  role: 'ADMIN',
};

function ukDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  );
}

/** A "Your Views" round open across the force, opened once for both journeys. */
let openRound: Promise<string> | undefined;
function roundOpenNow(): Promise<string> {
  openRound ??= (async () => {
    const token = await signAccessToken(admin, journey.stack.secrets.gatewayJwtSecret);
    const ask = async <Data>(query: string, variables: Record<string, unknown>) => {
      const { data, errors } = await graphql<Data>(journey.stack.urls.gateway, query, {
        variables,
        token,
      });
      expect(errors).toBeUndefined();
      return data!;
    };
    const { createSurveyRound } = await ask<{ createSurveyRound: { id: string } }>(
      `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { id } }`,
      {
        input: {
          label: 'Languages journey',
          opensOn: ukDay(),
          closesOn: ukDay(21),
          policingAreaIds: [],
        },
      },
    );
    await ask(`mutation($id: ID!) { openSurveyRound(id: $id) { status } }`, {
      id: createSurveyRound.id,
    });
    return createSurveyRound.id;
  })();
  return openRound;
}

const recipients = (mail: ParsedMail): string[] =>
  [mail.to].flat().flatMap((to) => to?.value.map((address) => address.address ?? '') ?? []);

/** The confirmation link in the first mail to `to`: the only /subscriptions/confirm link in it. */
async function confirmLinkFor(to: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const mail = journey.smtp.received
      .map(({ parsed }) => parsed)
      .find((parsed) => recipients(parsed).includes(to));
    const link = /https?:\/\/\S+\/subscriptions\/confirm\?token=[^\s"'<>)\]]+/.exec(
      mail?.text ?? '',
    );
    if (link) return link[0];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No confirmation mail to ${to}`);
}

interface Walk {
  locale: 'ur' | 'pl';
  m: Record<string, PortalMessage>;
  /** The same visitor's pages as served, app scripts stopped, for axe (which needs JavaScript). */
  checker: Page;
  step: number;
}

/** A message in the walk's language, as the catalogue has it. */
const say = (walk: Walk, key: string, inputs: Record<string, string> = {}) => {
  const message = walk.m[key];
  if (!message) throw new Error(`No message "${key}" in the portal's catalogue`);
  return message(inputs, { locale: walk.locale });
};

/**
 * Checks the page the visitor is on: <html lang dir>, the <h1> (the catalogue's words, and, unless
 * it is a proper noun, not the English ones), axe on exactly the HTML the visitor got, no sideways
 * scroll at 320 px, and screenshots at 320 and 1280 px.
 */
async function checkPage(
  walk: Walk,
  page: Page,
  name: string,
  h1: string,
  translated = true,
): Promise<void> {
  const { dir } = languageOf(walk.locale);
  const where = `${walk.locale} ${name}`;
  expect({ where, lang: await page.locator('html').getAttribute('lang') }).toEqual({
    where,
    lang: walk.locale,
  });
  expect({ where, dir: await page.locator('html').getAttribute('dir') }).toEqual({ where, dir });
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
  expect({ where, heading }).toEqual({ where, heading: h1 });
  if (translated) {
    // Fails until the Urdu and Polish catalogues are translated (issue 13, other branches).
    expect.soft({ where, heading }, 'the heading is still in English').not.toEqual({
      where,
      heading: englishOf(walk, name),
    });
  }

  const html = await page.content();
  const url = page.url();
  await walk.checker.unrouteAll();
  await walk.checker.route(
    (candidate) => candidate.href === url,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await walk.checker.goto(url);
  expect({ where, violations: await axeViolations(walk.checker) }).toEqual({
    where,
    violations: [],
  });

  walk.step += 1;
  const file = `${walk.locale}-${String(walk.step).padStart(2, '0')}-${name}`;
  for (const width of [320, 1280]) {
    await walk.checker.setViewportSize({ width, height: 900 });
    await walk.checker.evaluate('document.fonts.ready.then(() => undefined)');
    await walk.checker.screenshot({ path: `${SCREENSHOTS}${file}-${width}.png`, fullPage: true });
    // The first screen alone too: a whole page on a phone is too tall to look at in one go.
    await walk.checker.screenshot({ path: `${SCREENSHOTS}${file}-${width}-first-screen.png` });
    if (width === 320) {
      const overflow = await walk.checker.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect({ where, overflow }).toEqual({ where, overflow: 0 });
    }
  }
}

/** The English of the heading last checked, for the "not English" check. */
const englishHeadings = new Map<string, string>();
const englishOf = (walk: Walk, name: string) => englishHeadings.get(`${walk.locale}:${name}`);
function expectHeading(walk: Walk, name: string, key: string, inputs: Record<string, string> = {}) {
  englishHeadings.set(`${walk.locale}:${name}`, walk.m[key]!(inputs, { locale: 'en' }));
  return say(walk, key, inputs);
}

async function walkTheJourney(walk: Walk, page: Page, email: string, teamIndex: number) {
  const area = DEMO_FORCE[teamIndex]!;
  const team = area.neighbourhoods[1]!;
  const roundId = await roundOpenNow();

  // Find your team.
  await checkPage(walk, page, 'home', expectHeading(walk, 'home', 'home_title'));
  await page.getByLabel(say(walk, 'postcode_label')).fill(team.samplePostcode);
  await page.getByRole('button', { name: say(walk, 'postcode_button') }).click();
  expect(new URL(page.url()).pathname).toBe(`/neighbourhoods/${team.slug}`);
  await checkPage(walk, page, 'team', team.name, false);

  // Subscribe.
  await page.getByRole('link', { name: say(walk, 'newsletter_get_by_email') }).click();
  expect(new URL(page.url()).pathname).toBe(`/neighbourhoods/${team.slug}/subscribe`);
  await checkPage(
    walk,
    page,
    'subscribe',
    expectHeading(walk, 'subscribe', 'subscription_title', { team: team.name }),
  );
  await page.getByLabel(say(walk, 'subscription_email_label')).fill(email);
  await page.getByRole('button', { name: say(walk, 'subscription_submit') }).click();
  expect(new URL(page.url()).pathname).toBe('/subscriptions/check-your-email');
  await checkPage(
    walk,
    page,
    'check-your-email',
    expectHeading(walk, 'check-your-email', 'subscription_check_title'),
  );

  // Confirm, from the link in the real mail.
  await page.goto(await confirmLinkFor(email));
  await checkPage(
    walk,
    page,
    'confirm',
    expectHeading(walk, 'confirm', 'subscription_confirm_title'),
  );
  await page.getByRole('button', { name: say(walk, 'subscription_confirm_button') }).click();
  await checkPage(
    walk,
    page,
    'confirmed',
    expectHeading(walk, 'confirmed', 'subscription_confirmed_title'),
  );

  // Answer "Your Views", from the team page's "Have your say".
  await page.goto(`${journey.stack.urls.portal}/neighbourhoods/${team.slug}`);
  await page.locator(`a[href$="/your-views/${roundId}"]`).click();
  await checkPage(
    walk,
    page,
    'survey',
    expectHeading(walk, 'survey', 'survey_title', { round: 'Languages journey' }),
  );
  await page.getByLabel(say(walk, 'survey_postcode_label')).fill(team.samplePostcode);
  const questions = page.locator('fieldset:has(input[name^="answer-"])');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let index = 0; index < count; index++) {
    await questions
      .nth(index)
      .getByRole('radio', { name: say(walk, 'survey_choice_agree'), exact: true })
      .check();
  }
  await page.getByRole('button', { name: say(walk, 'survey_submit') }).click();
  expect(new URL(page.url()).pathname).toBe('/your-views/thank-you');
  await checkPage(walk, page, 'thank-you', expectHeading(walk, 'thank-you', 'survey_thanks_title'));

  // The results for the team.
  await page.goto(`${journey.stack.urls.portal}/neighbourhoods/${team.slug}`);
  await page.getByRole('link', { name: say(walk, 'results_link') }).click();
  expect(new URL(page.url()).pathname).toBe(`/neighbourhoods/${team.slug}/your-views`);
  await checkPage(
    walk,
    page,
    'results',
    expectHeading(walk, 'results', 'results_title', { area: team.name }),
  );
}

/**
 * The fonts a page downloads and anything its Content-Security-Policy blocks, watched from the
 * visitor's own page (as served, with the portal's CSP: the checker's copy has none).
 */
function watchFonts(page: Page) {
  const fonts: { url: string; status: number }[] = [];
  const blocked: string[] = [];
  page.on('response', (response) => {
    if (/\.woff2$/.test(new URL(response.url()).pathname)) {
      fonts.push({ url: response.url(), status: response.status() });
    }
  });
  page.on('requestfailed', (request) => {
    if (request.resourceType() === 'font') blocked.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  return {
    expectServedBySelf(file: string) {
      const served = fonts.filter((font) => font.url.includes(file));
      expect(served.length).toBeGreaterThan(0);
      for (const font of served) {
        expect(new URL(font.url).origin).toBe(new URL(journey.stack.urls.portal).origin);
        // 304 once the browser has it cached.
        expect([200, 304]).toContain(font.status);
      }
      expect(blocked).toEqual([]);
    },
  };
}

/**
 * A page that runs none of the app's scripts but does run axe (see browser.ts). It is given the
 * visitor's HTML by checkPage, so it needs none of their cookies.
 */
async function checkerFor(locale: string): Promise<Page> {
  const checker = await journey.browser.newContext({ locale });
  await checker.route(/\/_app\/.+\.js$/, (route) => route.abort());
  return checker.newPage();
}

describe('the resident journey in their own language, JavaScript off', () => {
  it(
    'in Urdu, chosen from the language list on the first page: right to left on every page',
    async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const m = await portalMessages();
      // A browser set to English: the language comes from the visitor's choice, not the header.
      const context = await journey.browser.newContext({
        javaScriptEnabled: false,
        locale: 'en-GB',
      });
      const page = await context.newPage();
      const fonts = watchFonts(page);
      await page.goto(journey.stack.urls.portal);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

      const list = page.getByRole('form', {
        name: m['language_list_label']!({}, { locale: 'en' }),
      });
      // Every language named in itself; English, the page's own, is text marked current.
      await expect(list.getByRole('button').count()).resolves.toBe(7);
      await expect(list.locator('[aria-current="true"]').textContent()).resolves.toBe('English');
      await list.getByRole('button', { name: 'اردو' }).click();
      expect(new URL(page.url()).pathname).toBe('/');

      const walk: Walk = {
        locale: 'ur',
        m,
        checker: await checkerFor('en-GB'),
        step: 0,
      };
      await expect(
        page
          .getByRole('form', { name: say(walk, 'language_list_label') })
          .locator('[aria-current="true"]')
          .getAttribute('lang'),
      ).resolves.toBe('ur');
      await walkTheJourney(walk, page, 'urdu.reader@example.net', 1);
      // Nastaliq for the Urdu, from the portal itself, under its Content-Security-Policy.
      fonts.expectServedBySelf('noto-nastaliq-urdu-arabic');
      await context.close();
      await walk.checker.context().close();
    },
    JOURNEY_MS,
  );

  it(
    'in Polish, from the browser’s Accept-Language on a first visit',
    async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const m = await portalMessages();
      const context = await journey.browser.newContext({
        javaScriptEnabled: false,
        locale: 'pl-PL',
      });
      const page = await context.newPage();
      const fonts = watchFonts(page);
      await page.goto(journey.stack.urls.portal);
      const walk: Walk = {
        locale: 'pl',
        m,
        checker: await checkerFor('pl-PL'),
        step: 0,
      };
      await walkTheJourney(walk, page, 'polish.reader@example.net', 3);
      // Noto Sans for Latin text (its Latin Extended file, for ą, ę, ł and ż, comes with them).
      fonts.expectServedBySelf('noto-sans-latin-wght');
      await context.close();
      await walk.checker.context().close();
    },
    JOURNEY_MS,
  );
});
