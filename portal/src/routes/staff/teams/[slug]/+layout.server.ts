import { teamFor } from '#lib/server/team.ts';
import type { LayoutServerLoad } from './$types';

/** Every team page names the team; a team the actor does not manage is a 403, an unknown one 404. */
export const load = (async ({ locals, params }) => ({
  team: await teamFor(locals.gateway, locals.actor, params.slug),
})) satisfies LayoutServerLoad;
