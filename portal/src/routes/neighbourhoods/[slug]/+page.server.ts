import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** One federated query: engagement owns the neighbourhood, surveys and newsletters extend it. */
const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      slug
      name
      policingArea {
        id
        slug
        name
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

export interface Neighbourhood {
  id: string;
  slug: string;
  name: string;
  policingArea: { id: string; slug: string; name: string };
  /** Null until a Your Views round has results for this neighbourhood. */
  confidence: { score: number; responses: number; round: string } | null;
  /** Null until the team publishes its first newsletter. */
  latestNewsletter: { title: string; publishedAt: string } | null;
}

export const load = (async ({ locals, params }) => {
  const { neighbourhood } = await locals.gateway.request<{
    neighbourhood: Neighbourhood | null;
  }>(NEIGHBOURHOOD, { slug: params.slug });
  if (!neighbourhood) error(404, 'Neighbourhood not found');
  return { neighbourhood };
}) satisfies PageServerLoad;
