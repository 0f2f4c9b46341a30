import { error, fail, redirect } from '@sveltejs/kit';
import { field } from '#lib/forms/form.ts';
import { poll, votePoll } from '#lib/surveys/polls.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** A quick poll: its question as radios, and the results so far once enough have voted. */
export const load = (async ({ locals, params, url }) => {
  const found = await poll(locals.gateway, params.id);
  if (!found) error(404, 'NOT_FOUND');
  return { poll: found, voted: url.searchParams.has('voted') };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const optionId = field(await event.request.formData(), 'option');
    if (!optionId) return fail(400, { problem: 'MISSING' as const });
    // One vote per browser: the service counts it against the visitor's client key, which the
    // portal signs into every request (locals.gateway), never against anything sent here.
    const result = await votePoll(event.locals.gateway, event.params.id, optionId);
    if (!result.ok) {
      return fail(result.code === 'BAD_USER_INPUT' ? 400 : 409, { problem: result.code });
    }
    redirect(303, `/polls/${encodeURIComponent(event.params.id)}?voted=1`);
  },
} satisfies Actions;
