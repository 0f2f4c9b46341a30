import { error, fail, redirect } from '@sveltejs/kit';
import { formWrite } from '#lib/server/gateway-errors.ts';
import {
  questionValues,
  readQuestionSetForm,
  type QuestionErrorKey,
} from '#lib/surveys/question-set-form.ts';
import { currentQuestionSet, PUBLISH_QUESTION_SET } from '#lib/surveys/question-sets.server.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The five standard "Your Views" questions (an administrator): publish a new version. A version
 * once published is never changed, and a round keeps the version it opened with (the service).
 */
function requireAdmin(locals: App.Locals): void {
  if (locals.actor.kind !== 'staff' || locals.actor.role !== 'ADMIN') error(403, 'FORBIDDEN');
}

export const load = (async ({ locals, url }) => {
  requireAdmin(locals);
  const current = await currentQuestionSet(locals.gateway);
  const published = Number(url.searchParams.get('published'));
  return {
    current,
    values: questionValues(current.questions),
    published: Number.isInteger(published) && published > 0 ? published : null,
  };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, request }) => {
    requireAdmin(locals);
    const current = await currentQuestionSet(locals.gateway);
    const read = readQuestionSetForm(await request.formData(), questionValues(current.questions));
    if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
    const result = await formWrite(
      () => locals.gateway.request(PUBLISH_QUESTION_SET, { input: read.input }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) {
      const errors: Partial<Record<string, QuestionErrorKey>> = {};
      return fail(400, { values: read.values, errors, problem: result.problem });
    }
    redirect(303, `/staff/surveys/questions?published=${result.value.publishQuestionSet.version}`);
  },
} satisfies Actions;
