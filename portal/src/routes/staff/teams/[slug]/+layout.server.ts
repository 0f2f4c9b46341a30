import type { Actor } from '@engage/shared/auth';
import { seesNewsletterEngagement } from '#lib/newsletters/engagement.ts';
import { seesTeamReach } from '#lib/reach/reach.server.ts';
import type { Team } from '#lib/teams/team-work.ts';
import { managesTeam, seesTeamCompliance, teamFor } from '#lib/teams/team.server.ts';
import type { LayoutServerLoad } from './$types';

/** The pages that only read, and who may read them without managing the team. */
const READ_ONLY_ROUTES = new Map<string, (actor: Actor, team: Team) => boolean>([
  ['/staff/teams/[slug]/compliance', seesTeamCompliance],
  ['/staff/teams/[slug]/newsletters/engagement', seesNewsletterEngagement],
  ['/staff/teams/[slug]/reach', seesTeamReach],
]);

/**
 * Every team page names the team; a team the actor does not manage is a 403 (an analyst may read
 * its compliance, a reviewer its reach), an unknown one 404. `manages` says whether to offer the
 * pages that change it.
 */
export const load = (async ({ locals, params, route }) => {
  const may = READ_ONLY_ROUTES.get(route.id ?? '') ?? managesTeam;
  const team = await teamFor(locals.gateway, locals.actor, params.slug, may);
  return { team, manages: managesTeam(locals.actor, team) };
}) satisfies LayoutServerLoad;
