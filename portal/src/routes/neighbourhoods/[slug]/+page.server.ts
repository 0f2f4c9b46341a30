import { error } from '@sveltejs/kit';
import type { Neighbourhood } from '#lib/neighbourhood.ts';
import type { PageServerLoad } from './$types';

/**
 * One federated query: engagement owns the neighbourhood and the team's work (priorities, events,
 * the commander's update), surveys and newsletters extend it. Anonymous, so only published
 * priorities and events come back.
 */
const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      slug
      name
      description
      policingArea {
        id
        slug
        name
        latestCommanderUpdate {
          title
          body
          publishedAt
          authorName
        }
      }
      officers {
        id
        name
        role
        bio
        photoUrl
      }
      coverage {
        name
        kind
      }
      postcodeSectors
      profile {
        population
        deprivationDecile
        ageBands {
          group
          share
        }
        ethnicity {
          group
          share
        }
        mainLanguages
        isDemoData
      }
      confidence {
        score
        responses
        round
      }
      latestNewsletter {
        title
        publishedAt
      }
      priorities {
        id
        year
        quarter
        title
        residentsSaid
        source
        status
        updates {
          id
          actionOn
          weDid
        }
      }
      upcomingEvents {
        id
        title
        startsAt
        endsAt
        place
        accessibilityNotes
      }
    }
  }
`;

export const load = (async ({ locals, params }) => {
  const { neighbourhood } = await locals.gateway.request<{
    neighbourhood: Neighbourhood | null;
  }>(NEIGHBOURHOOD, { slug: params.slug });
  if (!neighbourhood) error(404, 'Neighbourhood not found');
  return { neighbourhood };
}) satisfies PageServerLoad;
