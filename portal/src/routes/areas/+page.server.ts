import type { PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';

const POLICING_AREAS = graphql(`
  query BrowseAreas {
    policingAreas {
      ...PolicingAreaSummaryFields
    }
  }
`);

export const load = (async ({ locals }) => {
  const { policingAreas } = await locals.gateway.request(POLICING_AREAS);
  return { policingAreas };
}) satisfies PageServerLoad;
