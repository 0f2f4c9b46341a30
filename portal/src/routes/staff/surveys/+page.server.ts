import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { doneIn, withDone } from '#lib/forms/done.ts';
import { field, refused } from '#lib/forms/form.ts';
import { readNationalForm, readQuestionForm, readRoundForm } from '#lib/surveys/admin-form.ts';
import {
  ADD_LOCAL_QUESTION,
  CLOSE_ROUND,
  CREATE_ROUND,
  OPEN_ROUND,
  SET_NATIONAL,
  staffRounds,
} from '#lib/surveys/admin.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

/**
 * "Your Views" rounds: an administrator schedules, opens and closes them and sets the national
 * figure; an NPA's commander adds local questions to a scheduled round. The service decides every
 * write; this page only offers what the role can do.
 */

const PAGE = '/staff/surveys';

function role(locals: App.Locals): 'ADMIN' | 'COMMANDER' {
  const actor = locals.actor;
  if (actor.kind === 'staff' && (actor.role === 'ADMIN' || actor.role === 'COMMANDER')) {
    return actor.role;
  }
  error(403, 'FORBIDDEN');
}

export const load = (async ({ locals, url }) => {
  const as = role(locals);
  const { rounds, policingAreas } = await staffRounds(locals.gateway);
  const ownArea =
    locals.actor.kind === 'staff' && locals.actor.role === 'COMMANDER'
      ? locals.actor.policingAreaId
      : null;
  return {
    role: as,
    rounds,
    policingAreas: as === 'ADMIN' ? policingAreas : policingAreas.filter((a) => a.id === ownArea),
    allAreas: policingAreas.map(({ id, name }) => ({ id, name })),
    /** A round just opened or closed, for the success banner. */
    done: doneIn(url, ['opened', 'closed']),
  };
}) satisfies PageServerLoad;

/** Open and close email every subscriber who wants surveys, so the first POST only asks. */
async function statusChange(event: RequestEvent, change: 'open' | 'close') {
  const form = await event.request.formData();
  const id = field(form, 'id');
  if (!id) error(400, 'BAD_REQUEST');
  if (field(form, 'confirm') !== 'yes') return { confirm: { change, id } };
  const { gateway } = event.locals;
  const result = await formWrite<unknown, 'BAD_USER_INPUT' | 'CONFLICT'>(
    () =>
      change === 'open'
        ? gateway.request(OPEN_ROUND, { id })
        : gateway.request(CLOSE_ROUND, { id }),
    ['BAD_USER_INPUT', 'CONFLICT'],
  );
  if (!result.ok) return fail(400, { problem: result.problem });
  redirect(303, withDone(PAGE, change === 'open' ? 'opened' : 'closed'));
}

export const actions = {
  create: async ({ request, locals }) => {
    role(locals);
    const form = readRoundForm(await request.formData());
    if (!form.ok) return fail(400, { create: { values: form.values, errors: form.errors } });
    const result = await formWrite(
      () => locals.gateway.request(CREATE_ROUND, form.input),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) {
      return fail(400, { create: refused(form.values, result) });
    }
    redirect(303, PAGE);
  },
  question: async ({ request, locals }) => {
    role(locals);
    const form = readQuestionForm(await request.formData());
    if (!form.ok) {
      return fail(400, { question: { values: form.values, errors: form.errors } });
    }
    const result = await formWrite(
      () => locals.gateway.request(ADD_LOCAL_QUESTION, form.input),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) {
      return fail(400, { question: refused(form.values, result) });
    }
    redirect(303, PAGE);
  },
  national: async ({ request, locals }) => {
    role(locals);
    const form = readNationalForm(await request.formData());
    if (!form.ok) {
      return fail(400, { national: { values: form.values, errors: form.errors } });
    }
    const result = await formWrite(
      () => locals.gateway.request(SET_NATIONAL, form.input),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) {
      return fail(400, { national: refused(form.values, result) });
    }
    redirect(303, PAGE);
  },
  open: (event) => statusChange(event, 'open'),
  close: (event) => statusChange(event, 'close'),
} satisfies Actions;
