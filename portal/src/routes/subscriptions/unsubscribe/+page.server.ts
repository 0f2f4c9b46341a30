import { fail } from '@sveltejs/kit';
import { field } from '#lib/forms/form.ts';
import {
  asResident,
  tokenOf,
  unsubscribe,
  unsubscribeAddress,
} from '#lib/subscriptions/subscriptions.server.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The unsubscribe link of every email. A GET only asks (mail scanners open links); the button
 * POSTs here. Mail providers POST here too, for RFC 8058 one-click unsubscribe: the token in the
 * query, the body `List-Unsubscribe=One-Click`, from their own servers (no Origin, no cookies;
 * hooks.server.ts lets this one path through the cross-site form check). Both answer 200.
 */
export const load = (async ({ url, locals }) => {
  const token = tokenOf(null, url);
  if (!token) return { token, email: null };
  // Naming the address before asking; a bad link is reported when the button is used.
  const found = await asResident(() => unsubscribeAddress(locals.gateway, token));
  return { token, email: found.ok ? found.value : null };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, url, locals }) => {
    const form = await request.formData();
    const token = tokenOf(form, url);
    if (!token) return fail(400, { invalidLink: true as const });
    const result = await asResident(() => unsubscribe(locals.gateway, token));
    if (!result.ok) return fail(400, { invalidLink: true as const });
    return {
      unsubscribed: result.value.email,
      oneClick: field(form, 'List-Unsubscribe') === 'One-Click',
    };
  },
} satisfies Actions;
