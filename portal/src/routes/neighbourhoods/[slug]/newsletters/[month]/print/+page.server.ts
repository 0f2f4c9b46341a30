import { publishedNewsletter } from '#lib/newsletters/archive.server.ts';
import type { PageServerLoad } from './$types';

/**
 * The same issue, laid out for paper: to put up at the library, the shop, the surgery. Not
 * counted as a read: whoever prints it came from the web page, which counted them.
 */
export const load = (async ({ locals, params }) =>
  publishedNewsletter(locals.gateway, params.slug, params.month)) satisfies PageServerLoad;
