import { isRedirect, redirect } from '@sveltejs/kit';
import { auth } from '#lib/server/services.ts';
import type { Actions, PageServerLoad } from './$types';

const ME = /* GraphQL */ `
  query Me {
    me {
      id
      name
      email
      role
      neighbourhood {
        name
      }
      policingArea {
        name
      }
    }
  }
`;

export interface Me {
  id: string;
  name: string;
  email: string;
  role: string;
  neighbourhood: { name: string } | null;
  policingArea: { name: string } | null;
}

/** Who you are, as the gateway sees you: fetched as the signed-in actor, not from the session. */
export const load = (async ({ locals }) => {
  const { me } = await locals.gateway.request<{ me: Me }>(ME);
  return { me };
}) satisfies PageServerLoad;

export const actions = {
  signOut: async (event) => {
    try {
      await auth.signOut(event);
    } catch (error) {
      // Auth.js redirects with 302; after a POST we say 303, to the home page of this site.
      if (!isRedirect(error)) throw error;
    }
    redirect(303, '/');
  },
} satisfies Actions;
