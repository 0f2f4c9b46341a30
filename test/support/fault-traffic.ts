import { randomUUID } from 'node:crypto';
import { ANONYMOUS, signAccessToken, signSurveyInvitation, type Actor } from '@engage/shared/auth';
import { stableId, withClient } from '@engage/shared';
import { graphql, type TestStack } from './stack.ts';

/**
 * Traffic for the fault tests: sign-ups and invited "Your Views" answers through the gateway,
 * each from a browser of its own (a distinct client key signed into its token, as the portal
 * does), with every outcome recorded: when it started and ended, and how it ended.
 */

export interface Outcome {
  ok: boolean;
  /** The error's `extensions.code`, `HTTP <status>` without one, or TIMEOUT / NETWORK. */
  code?: string;
  startedAt: number;
  endedAt: number;
}

/** A request that has not answered in this long is hung, as far as a resident is concerned. */
export const HUNG_MS = 30_000;

async function send(
  stack: TestStack,
  query: string,
  variables: Record<string, unknown>,
  client: string,
): Promise<Outcome> {
  const startedAt = Date.now();
  const token = await signAccessToken(ANONYMOUS, stack.secrets.gatewayJwtSecret, client);
  try {
    const response = await graphql<unknown>(stack.urls.gateway, query, {
      token,
      variables,
      signal: AbortSignal.timeout(HUNG_MS),
    });
    const code =
      response.errors?.[0]?.extensions?.code ??
      (response.status === 200 ? undefined : `HTTP ${response.status}`);
    return {
      ok: !code && !response.errors,
      ...(code ? { code } : {}),
      startedAt,
      endedAt: Date.now(),
    };
  } catch (error) {
    const code = error instanceof Error && error.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK';
    return { ok: false, code, startedAt, endedAt: Date.now() };
  }
}

const AREAS = `{ policingAreas { name } }`;

/** A read every public page makes, from a browser of its own. */
export function readAreas(stack: TestStack, client: string): Promise<Outcome> {
  return send(stack, AREAS, {}, `read:${client}`);
}

const SUBSCRIBE = `mutation($input: SubscribeInput!) { subscribe(input: $input) { outcome } }`;

export function signUp(stack: TestStack, email: string, neighbourhoodId: string): Promise<Outcome> {
  const input = {
    email,
    neighbourhoodIds: [neighbourhoodId],
    policingAreaIds: [],
    interests: ['NEWSLETTER'],
    language: 'EN',
    format: 'PLAIN_TEXT',
  };
  return send(stack, SUBSCRIBE, { input }, `sign-up:${email}`);
}

/** A round open today for the whole force, and the questions it asks in one neighbourhood. */
export interface OpenRound {
  id: string;
  closesAt: Date;
  questionIds: string[];
}

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

export async function openRound(stack: TestStack, neighbourhoodId: string): Promise<OpenRound> {
  const token = await signAccessToken(admin, stack.secrets.gatewayJwtSecret);
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
      token,
      variables: {
        input: {
          label: 'Fault test round',
          opensOn: ukDay(),
          closesOn: ukDay(21),
          policingAreaIds: [],
        },
      },
    },
  );
  const id = created.data!.createSurveyRound.id;
  await graphql(
    stack.urls.gateway,
    `
      mutation ($id: ID!) {
        openSurveyRound(id: $id) {
          status
        }
      }
    `,
    {
      token,
      variables: { id },
    },
  );
  const asked = await graphql<{ surveyRound: { questions: { id: string }[] } }>(
    stack.urls.gateway,
    `
      query ($id: ID!, $team: ID!) {
        surveyRound(id: $id) {
          questions(neighbourhoodId: $team) {
            id
          }
        }
      }
    `,
    { variables: { id, team: neighbourhoodId } },
  );
  return {
    id,
    closesAt: new Date(Date.now() + 20 * 24 * 60 * 60 * 1000),
    questionIds: asked.data!.surveyRound.questions.map((question) => question.id),
  };
}

const SUBMIT = `mutation($input: SubmitSurveyInput!) { submitSurveyResponse(input: $input) { verified } }`;

/** One invited resident's answers: a fresh invitation, so each may answer once. */
export async function answerInvited(
  stack: TestStack,
  round: OpenRound,
  neighbourhoodId: string,
): Promise<Outcome & { invitationId: string }> {
  const invitationId = randomUUID();
  // Not written inline: the subscriber id is on its way out of the token (an excess property
  // there would not compile), and a verifier that no longer reads it drops it unread.
  const invitation = {
    roundId: round.id,
    neighbourhoodId,
    invitationId,
    subscriberId: randomUUID(),
  };
  const token = await signSurveyInvitation(
    invitation,
    stack.secrets.invitationSigningSecret,
    round.closesAt,
  );
  const input = {
    token,
    answers: round.questionIds.map((questionId) => ({ questionId, choice: 'AGREE' })),
  };
  return { ...(await send(stack, SUBMIT, { input }, `answer:${invitationId}`)), invitationId };
}

/** Runs `count` tasks, at most `concurrency` at a time, and returns their results in order. */
export async function inParallel<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** Rows in the stack's database matching a query's single count column. */
export async function countRows(stack: TestStack, sql: string, values: unknown[]): Promise<number> {
  const result = await withClient(stack.databaseUrl, (client) =>
    client.query<{ count: string }>(sql, values),
  );
  return Number(result.rows[0]!.count);
}
