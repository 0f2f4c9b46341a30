import { defineModule } from '@engage/shared/graphql';
import { AreaProfileResolver } from './area-profile.resolver.ts';
import { CoverageArea } from './coverage-area.entity.ts';
import { createGeographyLoaders } from './geography.loaders.ts';
import { NeighbourhoodResolver, PolicingAreaResolver } from './geography.resolver.ts';
// After geography.resolver.ts: the order classes load is the order of their fields in the schema.
import { FindNeighbourhoodResolver } from './find-neighbourhood.resolver.ts';
import { createLocatorLoaders } from './locator.loaders.ts';
import { createNeighbourhoodDetailLoaders } from './neighbourhood-details.loaders.ts';
import { NeighbourhoodDetailsResolver } from './neighbourhood-details.resolver.ts';
import { NeighbourhoodProfile } from './neighbourhood-profile.entity.ts';
import { Neighbourhood } from './neighbourhood.entity.ts';
import { neighbourhoodReference } from './neighbourhood.reference.ts';
import { PolicingArea } from './policing-area.entity.ts';
import { policingAreaReference } from './policing-area.reference.ts';
import { PostcodeSector } from './postcode-sector.entity.ts';

/** Policing areas, their teams, what each covers, and finding a team by postcode. */
export const geographyModule = defineModule({
  name: 'geography',
  entities: [PolicingArea, Neighbourhood, CoverageArea, PostcodeSector, NeighbourhoodProfile],
  resolvers: [
    PolicingAreaResolver,
    NeighbourhoodResolver,
    NeighbourhoodDetailsResolver,
    FindNeighbourhoodResolver,
    AreaProfileResolver,
  ],
  references: { Neighbourhood: neighbourhoodReference, PolicingArea: policingAreaReference },
  createLoaders: (em) => ({
    ...createGeographyLoaders(em),
    ...createNeighbourhoodDetailLoaders(em),
    ...createLocatorLoaders(em),
  }),
});
