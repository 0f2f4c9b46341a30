import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_STAFF_PASSWORD, signAccessToken, type Actor } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';
import { graphql } from '../support/stack.ts';

/**
 * Survey integrity in the browser (issue 9): a browser that has answered a round through the open
 * link is told so and not taken again, JavaScript on or off; and an administrator puts a round
 * right from the rounds admin, leaving its open-link answers out and voiding it.
 */

const journey = usePortalJourney();
const ROUND = 'Put right journey round';
const JOURNEY_MS = 180_000;
let roundId = '';

/** A day in the UK as YYYY-MM-DD, `days` from today. */
function ukDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  );
}

async function openRound(): Promise<string> {
  const admin: Actor = { kind: 'staff', id: 'admin-e2e', name: 'Admin', role: 'ADMIN' };
  const token = await signAccessToken(admin, journey.stack.secrets.gatewayJwtSecret);
  const created = await graphql<{ createSurveyRound: { id: string } }>(
    journey.stack.urls.gateway,
    `
      mutation ($input: CreateSurveyRoundInput!) {
        createSurveyRound(input: $input) {
          id
        }
      }
    `,
    {
      token,
      variables: {
        input: { label: ROUND, opensOn: ukDay(), closesOn: ukDay(28), policingAreaIds: [] },
      },
    },
  );
  const id = created.data!.createSurveyRound.id;
  await graphql(
    journey.stack.urls.gateway,
    `
      mutation ($id: ID!) {
        openSurveyRound(id: $id) {
          id
        }
      }
    `,
    {
      token,
      variables: { id },
    },
  );
  return id;
}

async function answerEveryQuestion(page: Page): Promise<void> {
  const questions = page.locator('fieldset:has(input[name^="answer-"])');
  for (let index = 0; index < (await questions.count()); index++) {
    await questions.nth(index).getByRole('radio', { name: 'Agree', exact: true }).check();
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
}

const ALREADY = 'You have already answered this survey';

describe('the open survey link in one browser', () => {
  it(
    'takes one answer per round from a browser, then says it has answered, JavaScript off or on',
    async () => {
      roundId = await openRound();
      const openLink = `${journey.stack.urls.portal}/your-views/${roundId}`;

      const offline = await (await journey.withoutJavaScript()).newPage();
      await offline.goto(openLink);
      await answerEveryQuestion(offline);
      expect(new URL(offline.url()).pathname).toBe('/your-views/thank-you');
      await offline.goto(openLink);
      await expect(offline.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ALREADY);
      await expect(offline.getByRole('button', { name: 'Send my answers' }).count()).resolves.toBe(
        0,
      );
      await expect(
        offline.getByRole('link', { name: 'See what people told us in earlier rounds' }).count(),
      ).resolves.toBe(1);

      // With JavaScript: a form left open in one tab is refused once another tab has answered.
      const browser = await journey.browser.newContext({ locale: 'en-GB' });
      const first = await browser.newPage();
      await first.goto(openLink);
      const second = await browser.newPage();
      await second.goto(openLink);
      await answerEveryQuestion(second);
      await second.waitForURL(/\/your-views\/thank-you/);
      await answerEveryQuestion(first);
      await first.getByRole('heading', { level: 1, name: ALREADY }).waitFor();
      expect(new URL(first.url()).pathname).toBe(`/your-views/${roundId}`);
      await browser.close();
      await offline.context().close();
    },
    JOURNEY_MS,
  );
});

describe('putting a round right', () => {
  it(
    'lets an administrator leave open-link answers out and void the round, asking first each time',
    async () => {
      const context = await journey.withoutJavaScript();
      const page = await context.newPage();
      await page.goto(`${journey.stack.urls.portal}/staff/sign-in`);
      await page.getByLabel('Email address').fill('admin@demo.police.uk');
      await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.goto(`${journey.stack.urls.portal}/staff/surveys`);
      const row = page.getByRole('row', { name: new RegExp(ROUND) });
      await row.getByRole('link', { name: /^Put right/ }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        `Put right: ${ROUND}`,
      );

      const exclude = page.locator('form[action="?/exclude"]');
      await exclude.getByRole('radio', { name: 'Every open-link answer to this round' }).check();
      await exclude.getByLabel('Why?').fill('A test of the open link, not residents');
      await exclude.getByRole('button', { name: 'Leave these answers out' }).click();
      await page
        .getByRole('heading', { name: 'Leave these answers out of the figures?' })
        .waitFor();
      await page.getByRole('button', { name: 'Yes, leave them out' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        '2 answers are now left out of the figures.',
      );
      await expect(
        page.getByRole('table', { name: /Changes to this round/ }).textContent(),
      ).resolves.toContain('A test of the open link, not residents');

      const voiding = page.locator('form[action="?/void"]');
      await voiding.getByRole('button', { name: 'Void the round' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await expect(
        page.getByRole('link', { name: 'Say why, in at least 5 characters' }).count(),
      ).resolves.toBe(1);
      await page.locator('form[action="?/void"]').getByLabel('Why?').fill('Ran by mistake');
      await page
        .locator('form[action="?/void"]')
        .getByRole('button', { name: 'Void the round' })
        .click();
      await page.getByRole('heading', { name: `Void ${ROUND}?` }).waitFor();
      await page.getByRole('button', { name: 'Yes, void the round' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        'The round is voided.',
      );

      const scriptless = await journey.asServedWithoutScripts();
      await scriptless.addCookies(await context.cookies());
      const audited = await scriptless.newPage();
      await audited.goto(page.url());
      await expectNoAxeViolations(audited);
      await scriptless.close();

      const resident = await (await journey.withoutJavaScript()).newPage();
      await resident.goto(`${journey.stack.urls.portal}/your-views/${roundId}`);
      await expect(resident.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'This survey has closed',
      );
      await resident.context().close();
      await context.close();
    },
    JOURNEY_MS,
  );
});
