import { error, fail, redirect } from '@sveltejs/kit';
import { eventValues, readEventForm } from '#lib/teams/event-form.ts';
import { refused } from '#lib/forms/form.ts';
import {
  cancelEvent,
  eventsPath,
  publishEvent,
  teamEvents,
  UPDATE_EVENT,
} from '#lib/teams/events.server.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

/** The gateway has no `communityEvent(id)`: a team's events are few, so find it in the list. */
export const load = (async ({ locals, params }) => {
  const event = (await teamEvents(locals.gateway, params.slug)).find(
    (candidate) => candidate.id === params.id,
  );
  if (!event) error(404, 'NOT_FOUND');
  return { event, values: eventValues(event) };
}) satisfies PageServerLoad;

const thisPage = (params: { slug: string; id: string }) =>
  `${eventsPath(params.slug)}/${encodeURIComponent(params.id)}`;

export const actions = {
  update: async ({ request, locals, params }) => {
    const form = readEventForm(await request.formData());
    if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
    // The input names the team as creating one does (CommunityEventInput.neighbourhoodId).
    const team = await teamFor(locals.gateway, locals.actor, params.slug);
    const input = { neighbourhoodId: team.id, ...form.input };
    const result = await formWrite(() =>
      locals.gateway.request(UPDATE_EVENT, { id: params.id, input }),
    );
    if (!result.ok) return fail(400, refused(form.values, result));
    redirect(303, eventsPath(params.slug));
  },
  publish: (event) => publishEvent(event, thisPage(event.params)),
  cancel: (event) => cancelEvent(event, thisPage(event.params)),
} satisfies Actions;
