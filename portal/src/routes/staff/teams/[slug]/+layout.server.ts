import { mayReadReach, type Actor } from '@engage/shared/auth';
import { managesTeam, seesTeamCompliance, teamFor } from '#lib/teams/team.server.ts';
import type { Team } from '#lib/teams/team-work.ts';
import type { LayoutServerLoad } from './$types';

/** The pages that only read, and who may read each without managing the team. */
const READ_ONLY_ROUTES = new Map<string, (actor: Actor, team: Team) => boolean>([
  ['/staff/teams/[slug]/compliance', seesTeamCompliance],
  [
    '/staff/teams/[slug]/reach',
    (actor, team) =>
      mayReadReach(actor, {
        level: 'NEIGHBOURHOOD',
        team: { id: team.id, policingAreaId: team.policingArea.id },
      }),
  ],
]);

/**
 * Every team page names the team; a team the actor does not manage is a 403 (an analyst may read
 * its compliance, a reviewer its reach), an unknown one 404. `manages` says whether to offer the
 * pages that change it.
 */
export const load = (async ({ locals, params, route }) => {
  const team = await teamFor(
    locals.gateway,
    locals.actor,
    params.slug,
    READ_ONLY_ROUTES.get(route.id ?? '') ?? managesTeam,
  );
  return { team, manages: managesTeam(locals.actor, team) };
}) satisfies LayoutServerLoad;
