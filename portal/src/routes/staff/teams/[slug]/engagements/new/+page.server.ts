import { fail, redirect } from '@sveltejs/kit';
import { ukToday } from '@engage/shared/uk-time';
import { readEngagementForm, type EngagementValues } from '#lib/teams/engagement-form.ts';
import { refused } from '#lib/forms/form.ts';
import { engagementsPath, RECORD_ENGAGEMENT } from '#lib/teams/engagements.server.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

/** Most engagements are logged on the day: the date starts as today. */
export const load = (() => {
  const values: EngagementValues = {
    kind: '',
    heldOn: ukToday(),
    place: '',
    attendance: '',
    partners: '',
    communitiesReached: '',
    notes: '',
  };
  return { values };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, locals, params }) => {
    const form = readEngagementForm(await request.formData());
    if (!form.ok) return fail(400, { values: form.values, errors: form.errors });

    const team = await teamFor(locals.gateway, locals.actor, params.slug);
    const result = await formWrite(() =>
      locals.gateway.request(RECORD_ENGAGEMENT, {
        input: { neighbourhoodId: team.id, ...form.input },
      }),
    );
    if (!result.ok) return fail(400, refused(form.values, result));
    redirect(303, engagementsPath(params.slug));
  },
} satisfies Actions;
