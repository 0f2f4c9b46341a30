import { engagementsPage } from '#lib/teams/engagements.server.ts';
import type { PageServerLoad } from './$types';

/** The tracker, a page at a time: `?after=<cursor>` is the next page (a plain link, no JavaScript). */
export const load = (async ({ locals, params, url }) => {
  const after = url.searchParams.get('after') || null;
  return { page: await engagementsPage(locals.gateway, params.slug, after), after };
}) satisfies PageServerLoad;
