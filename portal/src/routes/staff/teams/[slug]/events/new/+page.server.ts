import { fail, redirect } from '@sveltejs/kit';
import { readEventForm, type EventValues } from '#lib/teams/event-form.ts';
import { refused } from '#lib/forms/form.ts';
import { CREATE_EVENT, eventsPath } from '#lib/teams/events.server.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

export const load = (() => {
  const values: EventValues = {
    title: '',
    description: '',
    startsAt: '',
    endsAt: '',
    place: '',
    accessibilityNotes: '',
  };
  return { values };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, locals, params }) => {
    const form = readEventForm(await request.formData());
    if (!form.ok) return fail(400, { values: form.values, errors: form.errors });

    const team = await teamFor(locals.gateway, locals.actor, params.slug);
    const result = await formWrite(() =>
      locals.gateway.request(CREATE_EVENT, { input: { neighbourhoodId: team.id, ...form.input } }),
    );
    if (!result.ok) return fail(400, refused(form.values, result));
    redirect(303, eventsPath(params.slug));
  },
} satisfies Actions;
