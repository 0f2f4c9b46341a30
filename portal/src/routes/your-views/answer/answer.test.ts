import { describe, expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { ANONYMOUS } from '@engage/shared/auth';
import {
  data,
  fakeGateway,
  graphQLError,
  type GatewayCall,
} from '../../../../test/fake-gateway.ts';
import { getEvent, outcome, postEvent } from '../../../../test/staff-events.ts';
import { getLocale, overwriteGetLocale } from '#lib/paraglide/runtime.js';
import { actions, load } from './+page.server.ts';

const gateway = fakeGateway();

const ADDRESS = '203.0.113.7';

const round = {
  id: 'r-nov',
  label: 'November 2026',
  opensOn: '2026-11-01',
  closesOn: '2026-11-30',
  status: 'OPEN',
};
const castle = { id: 'n-castle', slug: 'castle', name: 'Castle' };
const standard = [1, 2, 3, 4, 5].map((n) => ({
  id: `q${n}`,
  code: `Q${n}`,
  text: `Standard question ${n}`,
  standard: true,
}));
const local = { id: 'l1', code: 'L1', text: 'Parking near the school is safer', standard: false };
const questions = [...standard, local];

type Handler = (call: GatewayCall) => Response;

/** The gateway, answering each operation by name. */
function answer(handlers: Record<string, Handler>) {
  gateway.reply((call) => {
    const name = /(?:query|mutation)\s+(\w+)/.exec(call.query)?.[1] ?? '';
    const handler = handlers[name];
    if (!handler) throw new Error(`unexpected operation ${name}`);
    return handler(call);
  });
}

const invitation =
  (overrides: Record<string, unknown> = {}) =>
  () =>
    data({
      surveyInvitation: { alreadyAnswered: false, neighbourhood: castle, round, ...overrides },
    });
const roundQuestions = () => data({ surveyRound: { ...round, questions } });

type LoadEvent = Parameters<typeof load>[0];
type ActionEvent = Parameters<typeof actions.default>[0];

const loadAt = (path: string) => load(getEvent<LoadEvent>(path, {}, ANONYMOUS));

function post(fields: Record<string, string>): ActionEvent {
  const event = postEvent<ActionEvent>('/your-views/answer', {}, fields, ANONYMOUS);
  return Object.assign(event, { getClientAddress: () => ADDRESS });
}

const allAnswered = {
  token: 'good-token',
  'answer-Q1': 'AGREE',
  'answer-Q2': 'STRONGLY_AGREE',
  'answer-Q3': 'DONT_KNOW',
  'answer-Q4': 'DISAGREE',
  'answer-Q5': 'NEITHER',
  'answer-L1': 'STRONGLY_DISAGREE',
};

describe('the survey an invitation links to', () => {
  it("shows the round's questions for the resident's neighbourhood, local ones last", async () => {
    answer({ SurveyInvitation: invitation(), SurveyRoundQuestions: roundQuestions });

    const page = await loadAt('/your-views/answer?token=good-token');

    expect(page.opened).toMatchObject({
      kind: 'form',
      token: 'good-token',
      neighbourhood: castle,
      round: { id: 'r-nov', questions },
    });
    expect(gateway.calls[1]?.variables).toMatchObject({ id: 'r-nov', neighbourhoodId: 'n-castle' });
  });

  it('explains a broken link instead of failing, with or without a token', async () => {
    answer({ SurveyInvitation: () => graphQLError('bad signature', 'INVALID_LINK') });

    expect((await loadAt('/your-views/answer?token=tampered')).opened).toEqual({
      kind: 'outcome',
      outcome: 'INVALID_LINK',
    });
    expect((await loadAt('/your-views/answer')).opened).toEqual({
      kind: 'outcome',
      outcome: 'INVALID_LINK',
    });
    expect(gateway.calls).toHaveLength(1);
  });

  it('says so when the invitation was used already, or the round has closed', async () => {
    answer({ SurveyInvitation: invitation({ alreadyAnswered: true }) });
    expect((await loadAt('/your-views/answer?token=t')).opened).toMatchObject({
      outcome: 'ALREADY_ANSWERED',
    });

    answer({ SurveyInvitation: invitation({ round: { ...round, status: 'CLOSED' } }) });
    expect((await loadAt('/your-views/answer?token=t')).opened).toMatchObject({
      outcome: 'ROUND_CLOSED',
    });
  });

  it('keeps every answer given when some are missing, and names the missing ones', async () => {
    answer({ SurveyInvitation: invitation(), SurveyRoundQuestions: roundQuestions });
    const { 'answer-Q3': _skipped, 'answer-L1': _alsoSkipped, ...partly } = allAnswered;

    const result = await actions.default(
      post({ ...partly, consent: 'yes', ageBand: 'AGE_45_54', gender: 'WOMAN' }),
    );

    expect(result).toMatchObject({
      status: 400,
      data: {
        values: {
          answers: { Q1: 'AGREE', Q2: 'STRONGLY_AGREE', Q4: 'DISAGREE', Q5: 'NEITHER' },
          consent: true,
          ageBand: 'AGE_45_54',
          gender: 'WOMAN',
        },
        errors: {
          'answer-Q3': 'answer_missing',
          'answer-L1': 'answer_missing',
          ethnicGroup: 'demographic_missing',
          disability: 'demographic_missing',
        },
      },
    });
    expect(gateway.calls.some((call) => call.query.includes('submitSurveyResponse'))).toBe(false);
  });

  it('sends the answers by question id with the token and nothing about the visitor, then thanks', async () => {
    answer({
      SurveyInvitation: invitation(),
      SurveyRoundQuestions: roundQuestions,
      SubmitSurveyResponse: () =>
        data({
          submitSurveyResponse: {
            verified: true,
            neighbourhood: { id: castle.id, slug: castle.slug },
            round: { id: 'r-nov' },
          },
        }),
    });

    const thrown = await outcome(() =>
      actions.default(post({ ...allAnswered, ageBand: 'AGE_18_24' })),
    );

    expect(isRedirect(thrown) && thrown.status).toBe(303);
    expect(isRedirect(thrown) && thrown.location).toBe(
      '/your-views/thank-you?round=r-nov&area=castle',
    );
    const submit = gateway.calls.at(-1)!;
    expect(submit.variables).toEqual({
      input: {
        token: 'good-token',
        language: 'EN',
        answers: [
          { questionId: 'q1', choice: 'AGREE' },
          { questionId: 'q2', choice: 'STRONGLY_AGREE' },
          { questionId: 'q3', choice: 'DONT_KNOW' },
          { questionId: 'q4', choice: 'DISAGREE' },
          { questionId: 'q5', choice: 'NEITHER' },
          { questionId: 'l1', choice: 'STRONGLY_DISAGREE' },
        ],
      },
    });
    // No consent: what was chosen about the person is not sent at all.
    expect(JSON.stringify(submit.variables)).not.toContain('AGE_18_24');
    expect(JSON.stringify(submit.variables)).not.toContain(ADDRESS);
  });

  it('sends the questions about the person only with their consent', async () => {
    answer({
      SurveyInvitation: invitation(),
      SurveyRoundQuestions: roundQuestions,
      SubmitSurveyResponse: () =>
        data({
          submitSurveyResponse: { verified: true, neighbourhood: null, round: { id: 'r-nov' } },
        }),
    });

    await outcome(() =>
      actions.default(
        post({
          ...allAnswered,
          consent: 'yes',
          ageBand: 'AGE_65_74',
          ethnicGroup: 'PREFER_NOT_TO_SAY',
          disability: 'NO',
          gender: 'MAN',
        }),
      ),
    );

    expect(gateway.calls.at(-1)?.variables['input']).toMatchObject({
      demographics: {
        ageBand: 'AGE_65_74',
        ethnicGroup: 'PREFER_NOT_TO_SAY',
        disability: 'NO',
        gender: 'MAN',
      },
    });
  });

  it.each(['ALREADY_ANSWERED', 'ROUND_CLOSED', 'INVALID_LINK'] as const)(
    'gives its own page when the service refuses the answers with %s',
    async (code) => {
      answer({
        SurveyInvitation: invitation(),
        SurveyRoundQuestions: roundQuestions,
        SubmitSurveyResponse: () => graphQLError('refused', code),
      });

      const result = await actions.default(post(allAnswered));

      expect(result).toMatchObject({
        status: 409,
        data: { outcome: { kind: 'outcome', outcome: code } },
      });
    },
  );

  it('keeps the answers when too many have come from one connection', async () => {
    answer({
      SurveyInvitation: invitation(),
      SurveyRoundQuestions: roundQuestions,
      SubmitSurveyResponse: () => graphQLError('slow down', 'RATE_LIMITED'),
    });

    const result = await actions.default(post(allAnswered));

    expect(result).toMatchObject({
      status: 400,
      data: {
        problem: 'RATE_LIMITED',
        values: { answers: { Q1: 'AGREE', L1: 'STRONGLY_DISAGREE' } },
      },
    });
  });

  it('asks the questions in the page’s language and sends that language with the answers', async () => {
    const english = getLocale;
    overwriteGetLocale(() => 'so');
    try {
      answer({
        SurveyInvitation: invitation(),
        SurveyRoundQuestions: roundQuestions,
        SubmitSurveyResponse: () =>
          data({
            submitSurveyResponse: { verified: true, neighbourhood: null, round: { id: 'r-nov' } },
          }),
      });

      await outcome(() => actions.default(post(allAnswered)));

      const asked = gateway.calls.find((call) => call.query.includes('SurveyRoundQuestions'));
      expect(asked?.variables).toMatchObject({ language: 'SO' });
      expect(gateway.calls.at(-1)?.variables['input']).toMatchObject({ language: 'SO' });
    } finally {
      overwriteGetLocale(english);
    }
  });
});
