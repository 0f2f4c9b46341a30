import type { PolicingAreaSummary } from '#lib/areas.ts';

/** Every NPA and its neighbourhoods: the home page, /areas and an unknown postcode list them. */
export const POLICING_AREAS_FIELD = /* GraphQL */ `
  policingAreas {
    id
    slug
    name
    neighbourhoods {
      id
      slug
      name
    }
  }
`;

export interface PolicingAreasData {
  policingAreas: PolicingAreaSummary[];
}
