import type { PolicingAreaSummary } from '#lib/areas/areas.ts';
import { graphql } from '#lib/graphql/index.ts';

/** Every NPA and its neighbourhoods: the home page, /areas and an unknown postcode list them. */
graphql(`
  fragment PolicingAreaSummaryFields on PolicingArea {
    id
    slug
    name
    neighbourhoods {
      id
      slug
      name
    }
  }
`);

export interface PolicingAreasData {
  policingAreas: PolicingAreaSummary[];
}
