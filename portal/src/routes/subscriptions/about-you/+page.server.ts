import { fail } from '@sveltejs/kit';
import { demographicValuesOf, readDemographicsForm } from '#lib/subscriptions/form.ts';
import {
  asResident,
  subscriberDemographics,
  tokenOf,
  updateDemographics,
} from '#lib/subscriptions/subscriptions.server.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The fresh link the manage page mails on request: the only page that shows or changes the
 * answers about the resident. The service refuses any other token (the manage link included).
 */
export const load = (async ({ url, locals }) => {
  const token = tokenOf(null, url);
  if (!token) return { token, values: null };
  const result = await asResident(() => subscriberDemographics(locals.gateway, token));
  if (!result.ok) return { token, values: null };
  return { token, values: demographicValuesOf(result.value) };
}) satisfies PageServerLoad;

export const actions = {
  save: async ({ request, url, locals }) => {
    const form = await request.formData();
    const token = tokenOf(form, url);
    if (!token) return fail(400, { invalidLink: true as const });
    const read = readDemographicsForm(form);
    if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
    const result = await asResident(() => updateDemographics(locals.gateway, token, read.input));
    if (!result.ok) return fail(400, { invalidLink: true as const });
    return { saved: read.input === null ? ('withdrawn' as const) : ('saved' as const) };
  },
} satisfies Actions;
