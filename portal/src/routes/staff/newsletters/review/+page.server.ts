import { doneIn } from '#lib/forms/done.ts';
import { reviewQueue } from '#lib/newsletters/staff.server.ts';
import type { PageServerLoad } from './$types';

/** Corporate communications' queue: every issue waiting for review, oldest first (API.md). */
export const load = (async ({ locals, url }) => ({
  queue: await reviewQueue(locals.gateway),
  /** What the reviewer just decided about an issue, for the success banner. */
  done: doneIn(url, ['approved', 'changes-requested']),
})) satisfies PageServerLoad;
