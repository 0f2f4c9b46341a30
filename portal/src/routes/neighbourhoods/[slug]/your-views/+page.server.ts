import { error } from '@sveltejs/kit';
import { publicResults, resultsNeighbourhood } from '#lib/surveys/results.server.ts';
import type { PageServerLoad } from './$types';

/** What residents of one neighbourhood told the Your Views survey, round by round. */
export const load = (async ({ locals, params }) => {
  const neighbourhood = await resultsNeighbourhood(locals.gateway, params.slug);
  if (!neighbourhood) error(404, 'NOT_FOUND');
  const results = await publicResults(locals.gateway, 'NEIGHBOURHOOD', neighbourhood.id);
  return { neighbourhood, results };
}) satisfies PageServerLoad;
