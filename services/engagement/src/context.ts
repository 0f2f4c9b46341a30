import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@engage/shared/graphql';
import { createGeographyLoaders } from './modules/geography/geography.loaders.ts';
import { createNeighbourhoodDetailLoaders } from './modules/geography/neighbourhood-details.loaders.ts';
import { createPeopleLoaders } from './modules/people/people.loaders.ts';

export const createLoaders = (em: EntityManager) => ({
  ...createGeographyLoaders(em),
  ...createNeighbourhoodDetailLoaders(em),
  ...createPeopleLoaders(em),
});

export type EngagementContext = SubgraphContext<ReturnType<typeof createLoaders>>;
