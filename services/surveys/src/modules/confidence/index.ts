import { defineModule } from '@engage/shared/graphql';
import { createConfidenceLoaders } from './confidence.loaders.ts';
import { NeighbourhoodConfidenceResolver } from './confidence.resolver.ts';
import { Neighbourhood } from './neighbourhood.extension.ts';
import { neighbourhoodReference } from './neighbourhood.reference.ts';

/** The public confidence figure on engagement's `Neighbourhood`. */
export const confidenceModule = defineModule({
  name: 'confidence',
  resolvers: [NeighbourhoodConfidenceResolver],
  orphanedTypes: [Neighbourhood],
  references: { Neighbourhood: neighbourhoodReference },
  createLoaders: createConfidenceLoaders,
});
