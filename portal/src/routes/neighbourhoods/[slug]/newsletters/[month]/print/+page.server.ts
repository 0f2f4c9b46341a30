import { publishedNewsletter } from '#lib/newsletters/archive.server.ts';
import type { PageServerLoad } from './$types';

/**
 * The same issue, laid out for paper: to put up at the library, the shop, the surgery. Not
 * counted as a view: it is reached from the web page, which has counted the visitor, and
 * counting both would count one reader twice.
 */
export const load = (async ({ locals, params }) =>
  publishedNewsletter(locals.gateway, params.slug, params.month)) satisfies PageServerLoad;
