import { POLICING_AREAS_FIELD, type PolicingAreasData } from '#lib/server/policing-areas.ts';
import type { PageServerLoad } from './$types';

const POLICING_AREAS = /* GraphQL */ `
  query BrowseAreas {
    ${POLICING_AREAS_FIELD}
  }
`;

export const load = (async ({ locals }) => {
  const { policingAreas } = await locals.gateway.request<PolicingAreasData>(POLICING_AREAS);
  return { policingAreas };
}) satisfies PageServerLoad;
