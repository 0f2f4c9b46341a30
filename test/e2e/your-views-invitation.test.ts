import type { ReceivedMail } from '@engage/shared/testing';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, DEMO_FORCE, signAccessToken, stableId, type Actor } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';
import { graphql } from '../support/stack.ts';

/**
 * Issue #5's done-when, across all three services and the mail: an administrator opens a round,
 * a subscriber gets the invitation by email, answers once in the browser (JavaScript off), cannot
 * answer twice, and their area's score moves by exactly their answers.
 */

const journey = usePortalJourney({ readsMail: true });

const area = DEMO_FORCE[4]!;
const team = area.neighbourhoods[3]!;
const RESIDENT = 'invited.resident@example.net';
const JOURNEY_MS = 240_000;

const admin: Actor = {
  kind: 'staff',
  id: stableId('staff', 'admin@demo.police.uk'),
  name: 'Sam Riley',
  role: 'ADMIN',
};

async function ask<Data>(query: string, variables: Record<string, unknown>, token?: string) {
  const { data, errors } = await graphql<Data>(journey.stack.urls.gateway, query, {
    variables,
    ...(token ? { token } : {}),
  });
  expect(errors).toBeUndefined();
  return data!;
}

/** The one link in a plain-text mail whose path is `path`. */
function linkIn(mail: ReceivedMail, path: string): string {
  const links = (mail.parsed.text ?? '').match(/https?:\/\/\S+/g) ?? [];
  const found = links.filter((link) => new URL(link).pathname === path);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function ukDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  );
}

// All answers, verified and open-link: the published headline (the default) is verified only.
const SCORE = `query($round: ID!, $team: ID!) {
  confidenceScores(level: NEIGHBOURHOOD, roundIds: [$round], areaIds: [$team], sample: ALL) {
    confidence { value respondents suppressed }
  }
}`;
type Score = { value: number | null; respondents: number | null; suppressed: boolean };

describe('a "Your Views" invitation by email', () => {
  it(
    'reaches a confirmed subscriber when a round opens, counts their answers once, and moves their area’s score',
    async () => {
      const { smtp, stack } = journey;
      const adminToken = await signAccessToken(admin, stack.secrets.gatewayJwtSecret);

      // A resident subscribes to their team for surveys and confirms from the email.
      await ask(`mutation($input: SubscribeInput!) { subscribe(input: $input) { outcome } }`, {
        input: {
          email: RESIDENT,
          neighbourhoodIds: [team.id],
          policingAreaIds: [],
          interests: ['SURVEYS'],
          language: 'EN',
          format: 'PLAIN_TEXT',
        },
      });
      const confirmation = await smtp.waitForMailTo(RESIDENT);
      const confirmToken = new URL(linkIn(confirmation, '/subscriptions/confirm')).searchParams.get(
        'token',
      );
      await ask(`mutation($token: String!) { confirmSubscription(token: $token) { status } }`, {
        token: confirmToken,
      });

      // The administrator creates and opens a round for the whole force.
      const { createSurveyRound: round } = await ask<{ createSurveyRound: { id: string } }>(
        `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { id } }`,
        {
          input: {
            label: 'Invitation journey',
            opensOn: ukDay(),
            closesOn: ukDay(21),
            policingAreaIds: [],
          },
        },
        adminToken,
      );
      await ask(
        `mutation($id: ID!) { openSurveyRound(id: $id) { status } }`,
        { id: round.id },
        adminToken,
      );

      // Nine neighbours answer through the open link, all agreeing: too few to publish.
      const { surveyRound } = await ask<{ surveyRound: { questions: { id: string }[] } }>(
        `query($id: ID!, $team: ID!) { surveyRound(id: $id) { questions(neighbourhoodId: $team) { id } } }`,
        { id: round.id, team: team.id },
      );
      // Each from their own browser: the visitor key the portal would sign into their token.
      for (let neighbour = 1; neighbour <= 9; neighbour++) {
        await ask(
          `mutation($input: SubmitSurveyInput!) { submitSurveyResponse(input: $input) { verified } }`,
          {
            input: {
              roundId: round.id,
              neighbourhoodId: team.id,
              answers: surveyRound.questions.map(({ id }) => ({ questionId: id, choice: 'AGREE' })),
            },
          },
          await signAccessToken(
            ANONYMOUS,
            stack.secrets.gatewayJwtSecret,
            `neighbour-${neighbour}`,
          ),
        );
      }
      const before = await ask<{ confidenceScores: { confidence: Score }[] }>(
        SCORE,
        { round: round.id, team: team.id },
        adminToken,
      );
      expect(before.confidenceScores.map(({ confidence }) => confidence)).toEqual([
        { value: null, respondents: null, suppressed: true },
      ]);

      // The invitation arrives (once) with a personal link to the survey.
      const invitation = await smtp.waitForMailTo(RESIDENT, 2, 60_000);
      expect(invitation.parsed.subject).toMatch(/^Your Views/);
      const answerUrl = linkIn(invitation, '/your-views/answer');

      // The resident answers in the browser, disagreeing with every statement.
      const context = await journey.withoutJavaScript();
      const page = await context.newPage();
      await page.goto(answerUrl);
      const questions = page.locator('fieldset:has(input[name^="answer-"])');
      await expect(questions.count()).resolves.toBe(surveyRound.questions.length);
      for (let index = 0; index < surveyRound.questions.length; index++) {
        await questions.nth(index).getByRole('radio', { name: 'Disagree', exact: true }).check();
      }
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Thank you for your views',
      );

      // The same link cannot be used again.
      await page.goto(answerUrl);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'You have already answered this survey',
      );
      await context.close();
      const axe = await (await journey.asServedWithoutScripts()).newPage();
      await axe.goto(answerUrl);
      await expectNoAxeViolations(axe);

      // Ten respondents now: nine agreed with each statement, one disagreed, so 90%.
      const after = await ask<{ confidenceScores: { confidence: Score }[] }>(
        SCORE,
        { round: round.id, team: team.id },
        adminToken,
      );
      expect(after.confidenceScores.map(({ confidence }) => confidence)).toEqual([
        { value: 90, respondents: 10, suppressed: false },
      ]);
      expect(smtp.mailsTo(RESIDENT)).toHaveLength(2);
    },
    JOURNEY_MS,
  );
});
