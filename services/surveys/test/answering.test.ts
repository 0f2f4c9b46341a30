import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import { signSurveyInvitation } from '@engage/shared/auth';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { admin, analyst, errorCode, otherArea, team } from './support/actors.ts';
import { INVITATION_SECRET, receiveDemoTeams } from './support/survey-test-stack.ts';
import { answeringSubscriptions } from '../src/modules/answering/answering.subscriptions.ts';
import { SurveyResponse } from '../src/modules/answering/survey-response.entity.ts';
import { UsedInvitation } from '../src/modules/answering/used-invitation.entity.ts';
import { surveysService } from '../src/service.ts';

let surveys: SubgraphHarness;
let roundId: string;
let questionIds: string[];

const CREATE = `mutation($input: CreateSurveyRoundInput!) { createSurveyRound(input: $input) { id } }`;
const OPEN = `mutation($id: ID!) { openSurveyRound(id: $id) { id status } }`;
const SUBMIT = `mutation($input: SubmitSurveyInput!) {
  submitSurveyResponse(input: $input) { verified neighbourhood { id } round { id } }
}`;

async function newOpenRound(label: string): Promise<{ id: string; questionIds: string[] }> {
  const created = await surveys.execute<{ createSurveyRound: { id: string } }>(CREATE, {
    actor: admin,
    variables: {
      input: { label, opensOn: '2026-11-01', closesOn: '2099-12-31', policingAreaIds: [] },
    },
  });
  const id = created.data!.createSurveyRound.id;
  await surveys.execute(OPEN, { actor: admin, variables: { id } });
  const { data } = await surveys.execute<{ surveyRound: { questions: { id: string }[] } }>(
    `query($id: ID!, $n: ID) { surveyRound(id: $id) { questions(neighbourhoodId: $n) { id } } }`,
    { variables: { id, n: team.id } },
  );
  return { id, questionIds: data!.surveyRound.questions.map((q) => q.id) };
}

const invitation = (round = roundId) => ({
  roundId: round,
  neighbourhoodId: team.id,
  invitationId: randomUUID(),
});

const token = (inv = invitation(), expiresAt = new Date('2099-12-31T23:59:59Z')) =>
  signSurveyInvitation(inv, INVITATION_SECRET, expiresAt);

const answers = (choice = 'AGREE', ids = questionIds) =>
  ids.map((questionId) => ({ questionId, choice }));

beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
  ({ id: roundId, questionIds } = await newOpenRound('Answering test round'));
});
afterAll(() => surveys?.close());

describe('answering with an invitation', () => {
  it('stores one verified response in the invitation’s neighbourhood, with no one’s identity on it', async () => {
    const inv = invitation();
    const { data, errors } = await surveys.execute(SUBMIT, {
      variables: {
        input: {
          token: await token(inv),
          answers: answers(),
          demographics: {
            ageBand: 'AGE_35_44',
            ethnicGroup: 'WHITE',
            disability: 'NO',
            gender: 'WOMAN',
          },
        },
      },
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      submitSurveyResponse: {
        verified: true,
        neighbourhood: { id: team.id },
        round: { id: roundId },
      },
    });
    const em = surveys.orm.em.fork();
    const used = await em.findOneOrFail(UsedInvitation, { invitationId: inv.invitationId });
    // Invitations name no subscriber, so surveys holds nothing that points at one.
    expect(used.subscriberId).toBeNull();
    const [stored] = await em.find(SurveyResponse, { roundId, ageBand: 'AGE_35_44' });
    expect(stored).toMatchObject({
      neighbourhoodId: team.id,
      verified: true,
      q1: 'AGREE',
      gender: 'WOMAN',
    });
    // Nothing on the response row names the resident or the invitation.
    const columns = Object.keys(
      (await em.execute(`select * from surveys.survey_response where id = ?`, [stored!.id]))[0]!,
    );
    expect(columns.filter((c) => /subscriber|invitation|email|name/.test(c))).toEqual([]);
  });

  it('refuses a second answer with the same invitation', async () => {
    const once = await token();
    const first = await surveys.execute(SUBMIT, {
      variables: { input: { token: once, answers: answers() } },
    });
    const second = await surveys.execute(SUBMIT, {
      variables: { input: { token: once, answers: answers('DISAGREE') } },
    });
    expect(first.errors).toBeUndefined();
    expect(errorCode(second.errors)).toBe('ALREADY_ANSWERED');
    const view = await surveys.execute<{ surveyInvitation: { alreadyAnswered: boolean } }>(
      `query($t: String!) { surveyInvitation(token: $t) { alreadyAnswered round { id } neighbourhood { id } } }`,
      { variables: { t: once } },
    );
    expect(view.data?.surveyInvitation).toEqual({
      alreadyAnswered: true,
      round: { id: roundId },
      neighbourhood: { id: team.id },
    });
  });

  it('stores exactly one of two submissions sent at the same moment with one token', async () => {
    const inv = invitation();
    const once = await token(inv);
    const em = surveys.orm.em.fork();
    const before = await em.count(SurveyResponse, { roundId });
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        surveys.execute(SUBMIT, { variables: { input: { token: once, answers: answers() } } }),
      ),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r.errors) === 'ALREADY_ANSWERED')).toHaveLength(3);
    expect(await em.count(SurveyResponse, { roundId })).toBe(before + 1);
    expect(await em.count(UsedInvitation, { invitationId: inv.invitationId })).toBe(1);
  });

  it('refuses a tampered, expired or foreign token as an invalid link', async () => {
    const good = await token();
    const [header, payload, signature] = good.split('.');
    const tampered = `${header}.${payload}.${signature!.slice(0, -4)}AAAA`;
    const expired = await token(invitation(), new Date(Date.now() - 60_000));
    const foreign = await signSurveyInvitation(
      invitation(),
      'x'.repeat(40),
      new Date('2099-01-01'),
    );
    for (const bad of [tampered, expired, foreign, 'not-a-token']) {
      const { errors } = await surveys.execute(SUBMIT, {
        variables: { input: { token: bad, answers: answers() } },
      });
      expect(errorCode(errors)).toBe('INVALID_LINK');
    }
    const view = await surveys.execute(
      `query($t: String!) { surveyInvitation(token: $t) { alreadyAnswered } }`,
      {
        variables: { t: expired },
      },
    );
    expect(errorCode(view.errors)).toBe('INVALID_LINK');
    expect(view.errors?.[0]?.message).toMatch(/expired/);
  });

  it('refuses answers once the round has closed', async () => {
    const { id } = await newOpenRound('Closing soon');
    const pending = await token(invitation(id));
    await surveys.execute(`mutation($id: ID!) { closeSurveyRound(id: $id) { status } }`, {
      actor: admin,
      variables: { id },
    });
    const { errors } = await surveys.execute(SUBMIT, {
      variables: { input: { token: pending, answers: answers() } },
    });
    expect(errorCode(errors)).toBe('ROUND_CLOSED');
  });

  it('wants every question answered once, with nothing extra', async () => {
    const missing = await surveys.execute(SUBMIT, {
      variables: { input: { token: await token(), answers: answers().slice(1) } },
    });
    const twice = await surveys.execute(SUBMIT, {
      variables: { input: { token: await token(), answers: [...answers(), answers()[0]] } },
    });
    const unknown = await surveys.execute(SUBMIT, {
      variables: {
        input: {
          token: await token(),
          answers: [...answers(), { questionId: randomUUID(), choice: 'AGREE' }],
        },
      },
    });
    for (const { errors } of [missing, twice, unknown])
      expect(errorCode(errors)).toBe('BAD_USER_INPUT');
  });

  it('forgets the subscriber on a used invitation from before links named no one, when they erase their data', async () => {
    const subscriberId = randomUUID();
    const inv = invitation(roundId);
    await surveys.execute(SUBMIT, {
      variables: { input: { token: await token(inv), answers: answers() } },
    });
    const em = surveys.orm.em.fork();
    await em.nativeUpdate(UsedInvitation, { invitationId: inv.invitationId }, { subscriberId });
    await answeringSubscriptions['subscriber.erased']!(
      em,
      { subscriberId, erasedAt: new Date().toISOString() },
      createLogger('test', 'silent'),
    );
    const used = await em.fork().findOneOrFail(UsedInvitation, { invitationId: inv.invitationId });
    expect(used.subscriberId).toBeNull();
  });
});

describe('answering through the open link', () => {
  it('stores an unverified response, with or without a neighbourhood', async () => {
    const withTeam = await surveys.execute(SUBMIT, {
      variables: { input: { roundId, neighbourhoodId: team.id, answers: answers() } },
      client: 'open-1',
    });
    const without = await surveys.execute(SUBMIT, {
      variables: { input: { roundId, answers: answers() } },
      client: 'open-1',
    });
    expect(withTeam.data).toEqual({
      submitSurveyResponse: {
        verified: false,
        neighbourhood: { id: team.id },
        round: { id: roundId },
      },
    });
    expect(without.data).toEqual({
      submitSurveyResponse: { verified: false, neighbourhood: null, round: { id: roundId } },
    });
  });

  it('refuses a neighbourhood the round is not running in', async () => {
    const created = await surveys.execute<{ createSurveyRound: { id: string } }>(CREATE, {
      actor: admin,
      variables: {
        input: {
          label: 'Elsewhere only',
          opensOn: '2026-11-01',
          closesOn: '2099-12-31',
          policingAreaIds: [otherArea.id],
        },
      },
    });
    const id = created.data!.createSurveyRound.id;
    await surveys.execute(OPEN, { actor: admin, variables: { id } });
    const { errors } = await surveys.execute(SUBMIT, {
      variables: { input: { roundId: id, neighbourhoodId: team.id, answers: answers() } },
      client: 'open-2',
    });
    expect(errorCode(errors)).toBe('BAD_USER_INPUT');
  });

  it('limits how often one browser can answer, counted on the client the edge vouches for, and not others', async () => {
    // The same browser (ctx.client) varying everything it sends: neighbourhood, demographics.
    const submit = (client: string, i: number) =>
      surveys.execute(SUBMIT, {
        client,
        variables: {
          input: {
            roundId,
            neighbourhoodId: i % 2 === 0 ? team.id : null,
            answers: answers(),
            ...(i % 3 === 0
              ? {
                  demographics: {
                    ageBand: 'AGE_25_34',
                    ethnicGroup: 'MIXED',
                    disability: 'NO',
                    gender: 'MAN',
                  },
                }
              : {}),
          },
        },
      });
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push(await submit('busy-browser', i));
    expect(results.slice(0, 5).map((r) => r.errors)).toEqual(Array(5).fill(undefined));
    expect(errorCode(results[5]!.errors)).toBe('RATE_LIMITED');
    expect((await submit('someone-else', 0)).errors).toBeUndefined();
  });

  it('takes no rate-limit identity from the caller: a `client` argument is refused and stores nothing', async () => {
    const em = surveys.orm.em.fork();
    const before = await em.count(SurveyResponse, { roundId });
    const results = [];
    for (let i = 0; i < 12; i += 1) {
      results.push(
        await surveys.execute(
          `mutation($input: SubmitSurveyInput!, $c: String) {
            submitSurveyResponse(input: $input, client: $c) { verified }
          }`,
          {
            client: 'one-browser',
            variables: { input: { roundId, answers: answers() }, c: `made-up-${i}` },
          },
        ),
      );
    }
    expect(results.map((r) => errorCode(r.errors))).toEqual(
      Array(12).fill('GRAPHQL_VALIDATION_FAILED'),
    );
    expect(await em.count(SurveyResponse, { roundId })).toBe(before);
  });
});

describe('an answer counts in its area’s score', () => {
  it('is suppressed until ten people answered, then shows exactly what they said', async () => {
    const { id, questionIds: ids } = await newOpenRound('Score moves');
    const SCORES = `query($r: [ID!], $a: [ID!]) {
      confidenceScores(level: NEIGHBOURHOOD, roundIds: $r, areaIds: $a) {
        confidence { value respondents suppressed }
      }
    }`;
    const score = async () =>
      (
        await surveys.execute<{ confidenceScores: { confidence: Record<string, unknown> }[] }>(
          SCORES,
          {
            actor: analyst,
            variables: { r: [id], a: [team.id] },
          },
        )
      ).data!.confidenceScores[0]?.confidence;
    // Seven agree with everything, two disagree with everything: 9 people, below the threshold.
    for (const choice of [...Array(7).fill('STRONGLY_AGREE'), 'DISAGREE', 'DISAGREE']) {
      await surveys.execute(SUBMIT, {
        variables: { input: { token: await token(invitation(id)), answers: answers(choice, ids) } },
      });
    }
    expect(await score()).toEqual({ value: null, respondents: null, suppressed: true });
    await surveys.execute(SUBMIT, {
      variables: {
        input: { token: await token(invitation(id)), answers: answers('NEITHER', ids) },
      },
    });
    expect(await score()).toEqual({ value: 70, respondents: 10, suppressed: false });
  });
});
