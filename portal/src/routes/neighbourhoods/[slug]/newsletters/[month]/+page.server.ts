import { publishedNewsletter } from '#lib/server/newsletters.ts';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) =>
  publishedNewsletter(locals.gateway, params.slug, params.month)) satisfies PageServerLoad;
