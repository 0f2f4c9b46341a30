import { publishedNewsletter } from '#lib/newsletters/archive.server.ts';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) =>
  publishedNewsletter(locals.gateway, params.slug, params.month)) satisfies PageServerLoad;
