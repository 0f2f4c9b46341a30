import { publicResults, resultsNeighbourhood } from '#lib/surveys/results.server.ts';
import type { PageServerLoad } from './$types';

/**
 * After answering: thanks, and what people in the resident's neighbourhood said in the latest
 * closed round (the force's figures when the answers were not placed in a neighbourhood).
 */
export const load = (async ({ locals, url }) => {
  const slug = url.searchParams.get('area');
  const neighbourhood = slug ? await resultsNeighbourhood(locals.gateway, slug) : null;
  const results = neighbourhood
    ? await publicResults(locals.gateway, 'NEIGHBOURHOOD', neighbourhood.id)
    : await publicResults(locals.gateway, 'FORCE', null);
  return { neighbourhood, results };
}) satisfies PageServerLoad;
