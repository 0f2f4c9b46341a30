import { newsletterArchive } from '#lib/newsletters/archive.server.ts';
import type { PageServerLoad } from './$types';

/** A team's published newsletters, newest month first, a year a page (`?after=<cursor>`). */
export const load = (async ({ locals, params, url }) => {
  const after = url.searchParams.get('after') || null;
  return {
    ...(await newsletterArchive(locals.gateway, params.slug, after)),
    paged: after !== null,
  };
}) satisfies PageServerLoad;
