import { error } from '@sveltejs/kit';
import { publicResults, resultsArea } from '#lib/surveys/results.server.ts';
import type { PageServerLoad } from './$types';

/** What residents of one policing area (NPA) told the Your Views survey, round by round. */
export const load = (async ({ locals, params }) => {
  const policingArea = await resultsArea(locals.gateway, params.slug);
  if (!policingArea) error(404, 'NOT_FOUND');
  const results = await publicResults(locals.gateway, 'POLICING_AREA', policingArea.id);
  return { policingArea, results };
}) satisfies PageServerLoad;
