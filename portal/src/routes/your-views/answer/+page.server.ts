import { error, fail, redirect } from '@sveltejs/kit';
import { field } from '#lib/forms/form.ts';
import { checkSurvey, emptySurveyValues, surveyValues } from '#lib/surveys/form.ts';
import {
  invitation,
  roundQuestions,
  submitSurvey,
  thankYouPath,
} from '#lib/surveys/answering.server.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { notOpen, type SurveyOutcomeKind } from '#lib/surveys/surveys.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The survey an invitation email links to. The signed token fixes the round and the resident's
 * neighbourhood; the page shows that round's questions, local ones included, and sends the
 * answers with the token. Whatever is wrong with the link, the resident gets a page that says so.
 */

type Opened =
  | { kind: 'outcome'; outcome: SurveyOutcomeKind; opensOn?: string }
  | Awaited<ReturnType<typeof survey>>;

async function survey(gateway: Gateway, token: string) {
  const found = await invitation(gateway, token);
  if (!found.ok) return { kind: 'outcome' as const, outcome: 'INVALID_LINK' as const };
  const { round, neighbourhood, alreadyAnswered } = found.value;
  if (alreadyAnswered) return { kind: 'outcome' as const, outcome: 'ALREADY_ANSWERED' as const };
  const closed = notOpen(round);
  if (closed) return { kind: 'outcome' as const, outcome: closed, opensOn: round.opensOn };
  const withQuestions = await roundQuestions(gateway, round.id, neighbourhood.id);
  if (!withQuestions) error(404, 'NOT_FOUND');
  return {
    kind: 'form' as const,
    token,
    round: withQuestions,
    neighbourhood,
  };
}

async function open(gateway: Gateway, token: string): Promise<Opened> {
  if (!token) return { kind: 'outcome', outcome: 'INVALID_LINK' };
  return survey(gateway, token);
}

export const load = (async ({ locals, url }) => {
  const opened = await open(locals.gateway, url.searchParams.get('token') ?? '');
  return { opened, values: emptySurveyValues() };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const opened = await open(event.locals.gateway, field(form, 'token'));
    if (opened.kind === 'outcome') return fail(409, { outcome: opened });
    const questions = opened.round.questions;
    const values = surveyValues(form, questions);
    const checked = checkSurvey(values, questions);
    if (!checked.ok) return fail(400, { values, errors: checked.errors });

    const sent = await submitSurvey(event.locals.gateway, { token: opened.token }, checked.input);
    if (!sent.ok) {
      if (sent.code === 'RATE_LIMITED' || sent.code === 'BAD_USER_INPUT') {
        return fail(400, { values, errors: {}, problem: sent.code, message: sent.problem });
      }
      return fail(409, { outcome: { kind: 'outcome' as const, outcome: sent.code } });
    }
    redirect(303, thankYouPath(sent.value));
  },
} satisfies Actions;
