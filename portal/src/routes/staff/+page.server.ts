import { error, isRedirect, redirect } from '@sveltejs/kit';
import type { PolicingAreaSummary } from '#lib/areas/areas.ts';
import { AUTH_SECRET } from '$app/env/private';
import { auth, gateway } from '#lib/server/services.ts';
import { endStaffSession, sessionTokenOf } from '#lib/staff/sessions.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';

/** Who you are, and the teams you look after: every area's for an administrator. */
const ME = graphql(`
  query Me($everyArea: Boolean!) {
    me {
      id
      name
      email
      role
      neighbourhood {
        id
        slug
        name
      }
      policingArea {
        id
        slug
        name
        neighbourhoods {
          id
          slug
          name
        }
      }
    }
    policingAreas @include(if: $everyArea) {
      ...PolicingAreaSummaryFields
    }
  }
`);

export interface Me {
  id: string;
  name: string;
  email: string;
  role: string;
  /** An officer's team. */
  neighbourhood: { id: string; slug: string; name: string } | null;
  /** A commander's NPA. */
  policingArea: PolicingAreaSummary | null;
}

/** The areas whose teams (and commander updates) the staff home offers. */
function areasFor(me: Me, every: PolicingAreaSummary[] | undefined): PolicingAreaSummary[] {
  if (me.role === 'ADMIN') return every ?? [];
  if (me.role === 'COMMANDER' && me.policingArea) return [me.policingArea];
  return [];
}

/** Who you are, as the gateway sees you: fetched as the signed-in actor, not from the session. */
export const load = (async ({ locals }) => {
  const everyArea = locals.actor.kind === 'staff' && locals.actor.role === 'ADMIN';
  const { me, policingAreas } = await locals.gateway.request(ME, { everyArea });
  // hooks.server.ts sends anyone not signed in to the sign-in page before this runs.
  if (!me) error(401, 'UNAUTHENTICATED');
  return {
    me,
    /** An officer looks after one team; commanders and administrators choose one in an area. */
    team: me.role === 'OFFICER' ? me.neighbourhood : null,
    areas: areasFor(me, policingAreas),
    /** Administrators and analysts see the whole force against the standards. */
    seesForce: me.role === 'ADMIN' || me.role === 'ANALYST',
    /** Reviewers too see who the whole force reaches (they answer for what residents are told). */
    seesForceReach: me.role === 'ADMIN' || me.role === 'ANALYST' || me.role === 'REVIEWER',
  };
}) satisfies PageServerLoad;

export const actions = {
  signOut: async (event) => {
    // On the server first: if that fails, the visitor sees an error and is still signed in, rather
    // than signed out here while a copy of the cookie goes on working.
    const token = await sessionTokenOf(event, AUTH_SECRET);
    if (token) await endStaffSession(gateway, token);
    try {
      await auth.signOut(event);
    } catch (error) {
      // Auth.js redirects with 302; after a POST we say 303, to the home page of this site.
      if (!isRedirect(error)) throw error;
    }
    redirect(303, '/');
  },
} satisfies Actions;
