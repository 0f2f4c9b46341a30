import { fail, redirect } from '@sveltejs/kit';
import { quarterOf } from '#lib/forms/dates.ts';
import { refused } from '#lib/forms/form.ts';
import { readPriorityForm, type PriorityValues } from '#lib/teams/priority-form.ts';
import { prioritiesPath } from '#lib/teams/priorities.server.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';
import { formWrite } from '#lib/server/gateway-errors.ts';

const CREATE_PRIORITY = graphql(`
  mutation CreatePriority($input: CreatePriorityInput!) {
    createPriority(input: $input) {
      id
    }
  }
`);

/** A new priority is for this quarter unless the officer says otherwise. */
export const load = (() => {
  const { year, quarter } = quarterOf();
  const values: PriorityValues = {
    title: '',
    residentsSaid: '',
    source: '',
    year: String(year),
    quarter: String(quarter),
  };
  return { values };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, locals, params }) => {
    const form = readPriorityForm(await request.formData());
    if (!form.ok) return fail(400, { values: form.values, errors: form.errors });

    const team = await teamFor(locals.gateway, locals.actor, params.slug);
    const result = await formWrite(() =>
      locals.gateway.request(CREATE_PRIORITY, {
        input: { neighbourhoodId: team.id, ...form.input },
      }),
    );
    if (!result.ok) return fail(400, { ...refused(form.values, result) });
    // On to the new draft, where the "We did" updates and the Publish button are.
    redirect(
      303,
      `${prioritiesPath(params.slug)}/${encodeURIComponent(result.value.createPriority.id)}`,
    );
  },
} satisfies Actions;
