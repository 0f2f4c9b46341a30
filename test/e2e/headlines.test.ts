import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, signAccessToken, type Actor } from '@engage/shared';
import { signSurveyInvitation } from '@engage/shared/auth';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';
import { graphql } from '../support/stack.ts';

/**
 * Issue 12's done-when: after a small one-NPA round closes, `/your-views` still headlines the last
 * force-wide round, and the team page shows its last figure with enough answers and says why the
 * newer one is not shown.
 */

const journey = usePortalJourney();
const JOURNEY_MS = 240_000;
const cityCentre = DEMO_FORCE.find((area) => area.slug === 'city-centre')!;
const castle = cityCentre.neighbourhoods.find((team) => team.slug === 'castle')!;
const ROUND = 'Castle week of action';

/** A day in the UK as YYYY-MM-DD, `days` from today. */
function ukDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  );
}

async function ask<Data>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Data> {
  const { data, errors } = await graphql<Data>(journey.stack.urls.gateway, query, {
    variables,
    ...(token ? { token } : {}),
  });
  expect(errors).toBeUndefined();
  return data!;
}

type Headline = { latest: { round: { label: string } }; shown: { round: { label: string } } };
const HEADLINE = `query($level: AreaLevel!, $areaId: ID) { confidenceHeadline(level: $level, areaId: $areaId) {
  latest { round { label } } shown { round { label } } } }`;

/** An administrator runs a one-week round for the City Centre NPA; 3 Castle residents answer. */
async function runSmallNpaRound(): Promise<void> {
  const admin: Actor = { kind: 'staff', id: 'admin-e2e', name: 'Admin', role: 'ADMIN' };
  const token = await signAccessToken(admin, journey.stack.secrets.gatewayJwtSecret);
  const { createSurveyRound: round } = await ask<{ createSurveyRound: { id: string } }>(
    `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { id } }`,
    {
      input: {
        label: ROUND,
        opensOn: ukDay(),
        closesOn: ukDay(7),
        policingAreaIds: [cityCentre.id],
      },
    },
    token,
  );
  await ask(`mutation($id: ID!) { openSurveyRound(id: $id) { id } }`, { id: round.id }, token);
  const { surveyRound } = await ask<{ surveyRound: { questions: { id: string }[] } }>(
    `query($id: ID!, $team: ID!) { surveyRound(id: $id) { questions(neighbourhoodId: $team) { id } } }`,
    { id: round.id, team: castle.id },
  );
  for (let resident = 0; resident < 3; resident += 1) {
    const invitation = await signSurveyInvitation(
      { roundId: round.id, neighbourhoodId: castle.id, invitationId: crypto.randomUUID() },
      journey.stack.secrets.invitationSigningSecret,
      new Date(Date.now() + 8 * 24 * 60 * 60 * 1000),
    );
    await ask(
      `mutation($input: SubmitSurveyInput!) { submitSurveyResponse(input: $input) { verified } }`,
      {
        input: {
          token: invitation,
          answers: surveyRound.questions.map(({ id }) => ({ questionId: id, choice: 'DISAGREE' })),
        },
      },
    );
  }
  await ask(`mutation($id: ID!) { closeSurveyRound(id: $id) { status } }`, { id: round.id }, token);
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('headline scores after a small one-NPA round closes', () => {
  it(
    'keep the force on its last force-wide round, and the team on its last figure with enough answers, saying why',
    async () => {
      const before = await ask<{ confidenceHeadline: Headline }>(HEADLINE, { level: 'FORCE' });
      const lastForceWide = before.confidenceHeadline.shown.round.label;
      const teamBefore = await ask<{ confidenceHeadline: Headline }>(HEADLINE, {
        level: 'NEIGHBOURHOOD',
        areaId: castle.id,
      });
      expect(teamBefore.confidenceHeadline.shown.round.label).toBe(lastForceWide);

      await runSmallNpaRound();

      const context = await journey.withoutJavaScript();
      const page = await context.newPage();
      const portal = journey.stack.urls.portal;

      // The whole force: still its last force-wide round, with a number; the NPA's round is not
      // in its headline or its trend.
      await page.goto(`${portal}/your-views`);
      expect(await text(page, '#latest')).toBe(`Latest results: ${lastForceWide}`);
      const forceSection = await text(page, 'section[aria-labelledby="latest"]');
      expect(forceSection).toMatch(/Confidence score\s*\d+(\.\d)?%/);
      expect(await page.content()).not.toContain(ROUND);

      // Castle's page: its last figure with enough answers, and why the newer round has none.
      await page.goto(`${portal}/neighbourhoods/castle`);
      const score = await text(page, 'section[aria-labelledby="confidence"]');
      expect(score).toContain(
        `${ROUND}: too few people here answered for us to publish a figure. So this is the last figure with enough answers, from ${lastForceWide}.`,
      );
      expect(score).toMatch(/Confidence score\s*\d+(\.\d)?%/);
      expect(score).toMatch(
        new RegExp(`From \\d+ answers to the ${lastForceWide} Your Views survey`),
      );

      // Castle's results page says the same, with the figure in full.
      await page.goto(`${portal}/neighbourhoods/castle/your-views`);
      expect(await text(page, '#latest')).toBe(`Latest results: ${lastForceWide}`);
      expect(await text(page, 'section[aria-labelledby="latest"]')).toContain(
        `${ROUND}: too few people here answered for us to publish a figure.`,
      );

      // The NPA's own round counts for the NPA; with 3 answers it is too few there too.
      await page.goto(`${portal}/areas/city-centre/your-views`);
      expect(await text(page, 'section[aria-labelledby="latest"]')).toContain(
        `${ROUND}: too few people here answered for us to publish a figure. So this is the last figure with enough answers, from ${lastForceWide}.`,
      );
      await context.close();

      const served = await journey.asServedWithoutScripts();
      const checked = await served.newPage();
      for (const path of ['/neighbourhoods/castle', '/neighbourhoods/castle/your-views']) {
        await checked.goto(`${portal}${path}`);
        await expectNoAxeViolations(checked);
      }
      await served.close();
    },
    JOURNEY_MS,
  );
});
