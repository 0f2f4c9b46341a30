import { graphql } from '#lib/graphql/index.ts';
import { reachFor, requireReach } from '#lib/reach/reach.server.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';
import type { PageServerLoad } from './$types';

/** Every NPA and its teams, with the languages their profiles name. */
const FORCE_PROFILES = graphql(`
  query ReachForceProfiles {
    policingAreas {
      id
      slug
      name
      neighbourhoods {
        id
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
    teams: policingAreas.flatMap((area) => area.neighbourhoods),
  };
}) satisfies PageServerLoad;
