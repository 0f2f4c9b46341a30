import { reviewQueue } from '#lib/newsletters/staff.server.ts';
import type { PageServerLoad } from './$types';

/** Corporate communications' queue: every issue waiting for review, oldest first (API.md). */
export const load = (async ({ locals }) => ({
  queue: await reviewQueue(locals.gateway),
})) satisfies PageServerLoad;
