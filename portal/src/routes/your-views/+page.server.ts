import { openRounds, publicResults } from '#lib/surveys/results.server.ts';
import type { PageServerLoad } from './$types';

/** The force's results, and any round open for anyone to answer. */
export const load = (async ({ locals }) => {
  const [results, open] = await Promise.all([
    publicResults(locals.gateway, 'FORCE', null),
    openRounds(locals.gateway),
  ]);
  return { results, open };
}) satisfies PageServerLoad;
