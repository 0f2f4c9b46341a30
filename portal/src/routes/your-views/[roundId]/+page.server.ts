import { error, fail, redirect } from '@sveltejs/kit';
import { field } from '#lib/forms/form.ts';
import {
  checkSurvey,
  emptySurveyValues,
  surveyValues,
  type SurveyErrors,
} from '#lib/surveys/form.ts';
import { answeredHere, rememberAnswered } from '#lib/surveys/answered-here.server.ts';
import {
  placePostcode,
  roundQuestions,
  submitSurvey,
  thankYouPath,
} from '#lib/surveys/answering.server.ts';
import { notOpen } from '#lib/surveys/surveys.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The open public link to a round: anyone may answer, so the service marks these answers
 * unverified and limits how many come from one connection. An optional postcode places the
 * answers in a neighbourhood; when that neighbourhood's NPA asks local questions too, the form
 * comes back with them added and everything already answered kept. A browser that has answered
 * a round is told so instead of being given the form again (surveys-answered-here.ts).
 */

export const load = (async (event) => {
  const round = await roundQuestions(event.locals.gateway, event.params.roundId, null);
  if (!round) error(404, 'NOT_FOUND');
  const outcome = notOpen(round) ?? (answeredHere(event) ? 'ANSWERED_HERE' : null);
  return { round, outcome, values: emptySurveyValues() };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const { locals, params } = event;
    const form = await event.request.formData();
    const round = await roundQuestions(locals.gateway, params.roundId, null);
    if (!round) error(404, 'NOT_FOUND');
    const closed = notOpen(round);
    if (closed) return fail(409, { outcome: closed });
    if (answeredHere(event)) return fail(409, { outcome: 'ANSWERED_HERE' as const });

    const shown = round.questions;
    let values = surveyValues(form, shown);
    const place = await placePostcode(locals.gateway, values.postcode);
    const postcodeErrors: SurveyErrors =
      place.kind === 'invalid'
        ? { postcode: 'postcode_invalid' }
        : place.kind === 'not-found'
          ? { postcode: 'postcode_not_found' }
          : {};
    const neighbourhoodId = place.kind === 'found' ? place.neighbourhood.id : null;
    // The neighbourhood's own questions (the five, then its NPA's local ones).
    const questions = neighbourhoodId
      ? ((await roundQuestions(locals.gateway, round.id, neighbourhoodId))?.questions ?? shown)
      : shown;
    values = surveyValues(form, questions);
    // The codes the form showed: a local question missing from them has not been seen yet.
    const seen = new Set(field(form, 'shown').split(','));
    const checked = checkSurvey(values, questions, seen);
    const errors = { ...postcodeErrors, ...(checked.ok ? {} : checked.errors) };
    if (!checked.ok || Object.keys(errors).length > 0) {
      return fail(400, { values, errors, questions });
    }

    const sent = await submitSurvey(
      locals.gateway,
      { roundId: round.id, neighbourhoodId },
      checked.input,
    );
    if (!sent.ok) {
      if (sent.code === 'RATE_LIMITED' || sent.code === 'BAD_USER_INPUT') {
        return fail(sent.code === 'RATE_LIMITED' ? 429 : 400, {
          values,
          errors: {},
          questions,
          problem: sent.code,
          message: sent.problem,
        });
      }
      // The open link has no token: only a round that closed meanwhile can refuse it here.
      return fail(409, { outcome: 'ROUND_CLOSED' as const });
    }
    rememberAnswered(event);
    redirect(303, thankYouPath(sent.value));
  },
} satisfies Actions;
