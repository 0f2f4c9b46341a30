import { newsletterEngagementTrend } from '#lib/newsletters/engagement.server.ts';
import type { PageServerLoad } from './$types';

/** The team's newsletters month by month; the layout has already checked who may see it. */
export const load = (async ({ locals, params }) => ({
  trend: await newsletterEngagementTrend(locals.gateway, params.slug),
})) satisfies PageServerLoad;
