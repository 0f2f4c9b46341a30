import { error } from '@sveltejs/kit';
import { confidenceCsv } from '#lib/surveys/csv.server.ts';
import { exportQuery, readResultsChoice } from '#lib/surveys/results-query.ts';
import type { RequestHandler } from './$types';

/** "Download CSV" on the results page: the same table, for Power BI, as the signed-in user. */
export const GET = (async ({ locals, url }) => {
  if (locals.actor.kind !== 'staff') error(403, 'FORBIDDEN');
  return confidenceCsv(locals.actor, exportQuery(readResultsChoice(url, locals.actor)));
}) satisfies RequestHandler;
