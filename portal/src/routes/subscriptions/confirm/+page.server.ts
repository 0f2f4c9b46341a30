import { fail } from '@sveltejs/kit';
import {
  asResident,
  confirmSubscription,
  tokenOf,
} from '#lib/subscriptions/subscriptions.server.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Never confirms on GET: mail scanners open every link in an email before the resident does.
 * The page asks for one click, which POSTs.
 */
export const load = (({ url }) => ({ token: tokenOf(null, url) })) satisfies PageServerLoad;

export const actions = {
  default: async ({ request, url, locals }) => {
    const token = tokenOf(await request.formData(), url);
    if (!token) return fail(400, { invalidLink: true as const });
    const result = await asResident(() => confirmSubscription(locals.gateway, token));
    if (!result.ok) return fail(400, { invalidLink: true as const });
    return { confirmed: result.value };
  },
} satisfies Actions;
