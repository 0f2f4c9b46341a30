import { error } from '@sveltejs/kit';
import type { Neighbourhood } from '#lib/neighbourhood.ts';
import type { PageServerLoad } from './$types';

/** One federated query: engagement owns the neighbourhood, surveys and newsletters extend it. */
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
