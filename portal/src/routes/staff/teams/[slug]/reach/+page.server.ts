import { graphql } from '#lib/graphql/index.ts';
import { reachFor, requireReach } from '#lib/reach/reach.server.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';
import type { PageServerLoad } from './$types';

/** The languages the team's neighbourhood profile names, for "What the team could do". */
const TEAM_PROFILE = graphql(`
  query ReachTeamProfile($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      profile {
        mainLanguages
        languages {
          language
          count
          share
        }
        isDemoData
      }
    }
  }
`);

/**
 * Who one team reaches: its officers, its NPA's commander, reviewers, analysts and admins (the
 * layout refuses anyone else before this runs; the gateway decides again).
 */
export const load = (async ({ locals, parent, url }) => {
  const { team } = await parent();
  const scope = {
    level: 'NEIGHBOURHOOD',
    team: { id: team.id, policingAreaId: team.policingArea.id },
  } as const;
  requireReach(locals.actor, scope);
  const [reach, { neighbourhood }] = await Promise.all([
    reachFor(locals.gateway, url, scope, false),
    orStatusPage(locals.gateway.request(TEAM_PROFILE, { slug: team.slug })),
  ]);
  return {
    reach,
    teams: [{ name: team.name, profile: neighbourhood?.profile ?? null }],
  };
}) satisfies PageServerLoad;
