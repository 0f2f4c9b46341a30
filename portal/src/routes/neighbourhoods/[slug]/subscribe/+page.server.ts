import { error, fail, redirect } from '@sveltejs/kit';
import { refused } from '#lib/forms/form.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { newSubscriptionValues, readSubscriptionForm } from '#lib/subscriptions/form.ts';
import { asResident, subscribe, subscribeTeam } from '#lib/subscriptions/subscriptions.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** Where every sign-up lands, known address or not: the reply must never tell them apart. */
const CHECK_YOUR_EMAIL = '/subscriptions/check-your-email';

async function teamOf(locals: App.Locals, slug: string) {
  const team = await subscribeTeam(locals.gateway, slug);
  if (!team) error(404, 'NOT_FOUND');
  return team;
}

export const load = (async ({ locals, params }) => {
  const team = await teamOf(locals, params.slug);
  return { team, values: newSubscriptionValues(team.id, getLocale()) };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, locals }) => {
    const form = readSubscriptionForm(await request.formData());
    if (!form.ok) return fail(400, { values: form.values, errors: form.errors });

    const result = await asResident(() => subscribe(locals.gateway, form.input));
    if (!result.ok) {
      if (result.code === 'INVALID_LINK') error(400, 'BAD_REQUEST');
      // RATE_LIMITED says when to try again; BAD_USER_INPUT says what to change.
      return fail(result.code === 'RATE_LIMITED' ? 429 : 400, refused(form.values, result));
    }
    redirect(303, CHECK_YOUR_EMAIL);
  },
} satisfies Actions;
