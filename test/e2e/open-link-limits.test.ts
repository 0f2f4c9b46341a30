import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken, type Actor } from '@engage/shared';
import { bootStack, graphql, type TestStack } from '../support/stack.ts';

/**
 * The open "Your Views" link through the real gateway, as the probe in issue 9 sent it: an
 * anonymous caller naming a different made-up `client` with each answer, hoping each counts as
 * someone new. The limit is the caller's as the gateway sees it, so it cannot choose another.
 */

let stack: TestStack;
let adminToken: string;
let roundId: string;
let questionIds: string[];

const admin: Actor = { kind: 'staff', id: 'admin-e2e', name: 'Admin', role: 'ADMIN' };

/** A day in the UK as YYYY-MM-DD, `days` from today. */
function ukDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  );
}

beforeAll(async () => {
  stack = await bootStack({ withPortal: false });
  adminToken = await signAccessToken(admin, stack.secrets.gatewayJwtSecret);
  const created = await graphql<{ createSurveyRound: { id: string } }>(
    stack.urls.gateway,
    `
      mutation ($input: CreateSurveyRoundInput!) {
        createSurveyRound(input: $input) {
          id
        }
      }
    `,
    {
      token: adminToken,
      variables: {
        input: { label: 'Probe round', opensOn: ukDay(), closesOn: ukDay(28), policingAreaIds: [] },
      },
    },
  );
  roundId = created.data!.createSurveyRound.id;
  await graphql(
    stack.urls.gateway,
    `
      mutation ($id: ID!) {
        openSurveyRound(id: $id) {
          id
        }
      }
    `,
    {
      token: adminToken,
      variables: { id: roundId },
    },
  );
  const round = await graphql<{ surveyRound: { questions: { id: string }[] } }>(
    stack.urls.gateway,
    `
      query ($id: ID!) {
        surveyRound(id: $id) {
          questions {
            id
          }
        }
      }
    `,
    { variables: { id: roundId } },
  );
  questionIds = round.data!.surveyRound.questions.map((question) => question.id);
}, 180_000);
afterAll(() => stack?.stop());

const input = () => ({
  roundId,
  answers: questionIds.map((questionId) => ({ questionId, choice: 'AGREE' })),
});

describe('open-link answers through the gateway', () => {
  it('refuses a caller-chosen client, and stops one anonymous caller after five answers', async () => {
    const named = [];
    for (let i = 0; i < 12; i += 1) {
      named.push(
        await graphql(
          stack.urls.gateway,
          `
            mutation ($input: SubmitSurveyInput!, $client: String) {
              submitSurveyResponse(input: $input, client: $client) {
                verified
              }
            }
          `,
          { variables: { input: input(), client: `made-up-${i}` } },
        ),
      );
    }
    expect(named.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(
      Array(12).fill('GRAPHQL_VALIDATION_FAILED'),
    );

    const plain = [];
    for (let i = 0; i < 12; i += 1) {
      plain.push(
        await graphql<{ submitSurveyResponse: { verified: boolean } }>(
          stack.urls.gateway,
          `
            mutation ($input: SubmitSurveyInput!) {
              submitSurveyResponse(input: $input) {
                verified
              }
            }
          `,
          { variables: { input: input() } },
        ),
      );
    }
    expect(plain.slice(0, 5).map((result) => result.data?.submitSurveyResponse)).toEqual(
      Array(5).fill({ verified: false }),
    );
    expect(plain.slice(5).map((result) => result.errors?.[0]?.extensions?.code)).toEqual(
      Array(7).fill('RATE_LIMITED'),
    );

    const stored = await graphql<{ surveyRound: { responseCount: number } }>(
      stack.urls.gateway,
      `
        query ($id: ID!) {
          surveyRound(id: $id) {
            responseCount
          }
        }
      `,
      { token: adminToken, variables: { id: roundId } },
    );
    expect(stored.data?.surveyRound.responseCount).toBe(5);
  }, 120_000);
});
