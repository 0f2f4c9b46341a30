import { error, fail, redirect } from '@sveltejs/kit';
import { engagementValues, readEngagementForm } from '#lib/teams/engagement-form.ts';
import { field, refused } from '#lib/forms/form.ts';
import {
  DELETE_ENGAGEMENT,
  engagementsPage,
  engagementsPath,
  UPDATE_ENGAGEMENT,
} from '#lib/teams/engagements.server.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

/**
 * The gateway has no `engagement(id)`: the list links here with the cursor of the page the row is
 * on (`?after=`), and the row is found on that page.
 */
export const load = (async ({ locals, params, url }) => {
  const after = url.searchParams.get('after') || null;
  const page = await engagementsPage(locals.gateway, params.slug, after);
  const engagement = page.nodes.find((node) => node.id === params.id);
  if (!engagement) error(404, 'NOT_FOUND');
  return { engagement, values: engagementValues(engagement) };
}) satisfies PageServerLoad;

export const actions = {
  update: async ({ request, locals, params }) => {
    const form = readEngagementForm(await request.formData());
    if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
    // The input names the team as recording one does (EngagementInput.neighbourhoodId).
    const team = await teamFor(locals.gateway, locals.actor, params.slug);
    const input = { neighbourhoodId: team.id, ...form.input };
    const result = await formWrite(() =>
      locals.gateway.request(UPDATE_ENGAGEMENT, { id: params.id, input }),
    );
    if (!result.ok) return fail(400, refused(form.values, result));
    redirect(303, engagementsPath(params.slug));
  },

  /** Asks first: only a second POST with confirm=yes deletes. */
  delete: async ({ request, locals, params }) => {
    if (field(await request.formData(), 'confirm') !== 'yes') return { confirmDelete: true };
    const result = await formWrite(() =>
      locals.gateway.request(DELETE_ENGAGEMENT, { id: params.id }),
    );
    if (!result.ok) return fail(400, { problem: result.problem });
    redirect(303, engagementsPath(params.slug));
  },
} satisfies Actions;
