import { graphql } from '#lib/graphql/index.ts';
import { reachFor, requireReach } from '#lib/reach/reach.server.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';
import type { PageServerLoad } from './$types';

/**
 * Every NPA with its own profile (its teams' added up by engagement): at force level the language
 * advice names the NPAs where a language is a main one. Each team's profile here would be 54 of
 * them, over the staff query-cost limit; the NPA page lists its teams'.
 */
const FORCE_PROFILES = graphql(`
  query ReachForceProfiles {
    policingAreas {
      id
      slug
      name
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

/** Who the whole force reaches, NPA by NPA: reviewers, analysts and admins. */
export const load = (async ({ locals, url }) => {
  const scope = { level: 'FORCE' } as const;
  requireReach(locals.actor, scope);
  const [reach, { policingAreas }] = await Promise.all([
    reachFor(locals.gateway, url, scope, true),
    orStatusPage(locals.gateway.request(FORCE_PROFILES)),
  ]);
  return {
    reach,
    policingAreas: policingAreas.map(({ id, slug, name }) => ({ id, slug, name })),
    // The language advice reads places with profiles: here, the NPAs.
    teams: policingAreas.map(({ name, profile }) => ({ name, profile })),
  };
}) satisfies PageServerLoad;
