import { fail, redirect } from '@sveltejs/kit';
import { formWrite } from '#lib/server/gateway-errors.ts';
import { emptyPoll, readPollForm, type PollFailure } from '#lib/surveys/poll-form.ts';
import { CREATE_POLL, pollsPath } from '#lib/surveys/polls.server.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => ({ values: emptyPoll() })) satisfies PageServerLoad;

export const actions = {
  /** A draft for this team alone; the list then offers to open it. */
  default: async ({ request, locals, params }) => {
    const read = readPollForm(await request.formData());
    if (!read.ok) return fail(400, { values: read.values, errors: read.errors } as PollFailure);
    const team = await teamFor(locals.gateway, locals.actor, params.slug);
    const result = await formWrite(() =>
      locals.gateway.request(CREATE_POLL, {
        input: { ...read.input, policingAreaIds: [], neighbourhoodIds: [team.id] },
      }),
    );
    if (!result.ok) {
      return fail(400, { values: read.values, errors: {}, problem: result.problem } as PollFailure);
    }
    redirect(303, `${pollsPath(params.slug)}?done=created`);
  },
} satisfies Actions;
