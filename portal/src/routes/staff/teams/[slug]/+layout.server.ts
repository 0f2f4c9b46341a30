import { managesTeam, seesTeamCompliance, teamFor } from '#lib/teams/team.server.ts';
import type { LayoutServerLoad } from './$types';

/** The pages that only read: an analyst may see them too, without managing the team. */
const READ_ONLY_ROUTES = new Set(['/staff/teams/[slug]/compliance']);

/**
 * Every team page names the team; a team the actor does not manage is a 403 (an analyst may read
 * its compliance), an unknown one 404. `manages` says whether to offer the pages that change it.
 */
export const load = (async ({ locals, params, route }) => {
  const readOnly = READ_ONLY_ROUTES.has(route.id ?? '');
  const team = await teamFor(
    locals.gateway,
    locals.actor,
    params.slug,
    readOnly ? seesTeamCompliance : managesTeam,
  );
  return { team, manages: managesTeam(locals.actor, team) };
}) satisfies LayoutServerLoad;
