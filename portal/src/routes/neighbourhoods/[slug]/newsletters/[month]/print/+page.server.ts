import { publishedNewsletter } from '#lib/newsletters/archive.server.ts';
import type { PageServerLoad } from './$types';

/** The same issue, laid out for paper: to put up at the library, the shop, the surgery. */
export const load = (async ({ locals, params }) =>
  publishedNewsletter(locals.gateway, params.slug, params.month)) satisfies PageServerLoad;
