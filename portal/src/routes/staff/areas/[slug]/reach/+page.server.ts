import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/index.ts';
import { reachFor, requireReach } from '#lib/reach/reach.server.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';
import type { PageServerLoad } from './$types';

/** The NPA, its teams, and the languages their profiles name. */
const AREA_PROFILES = graphql(`
  query ReachAreaProfiles($slug: String!) {
    policingArea(slug: $slug) {
      id
      slug
      name
      neighbourhoods {
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
  }
`);

/**
 * Who an NPA reaches, and each of its teams beside it: its commander, reviewers, analysts and
 * admins (the gateway decides again: 403).
 */
export const load = (async ({ locals, params, url }) => {
  const { policingArea } = await orStatusPage(
    locals.gateway.request(AREA_PROFILES, { slug: params.slug }),
  );
  if (!policingArea) error(404, 'NOT_FOUND');
  const scope = { level: 'POLICING_AREA', policingAreaId: policingArea.id } as const;
  requireReach(locals.actor, scope);
  const { neighbourhoods, ...area } = policingArea;
  return {
    area,
    reach: await reachFor(locals.gateway, url, scope, true),
    teams: neighbourhoods,
  };
}) satisfies PageServerLoad;
