import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@engage/shared/graphql';
import { createGeographyLoaders } from './modules/geography/geography.loaders.ts';

export const createLoaders = (em: EntityManager) => ({ ...createGeographyLoaders(em) });

export type EngagementContext = SubgraphContext<ReturnType<typeof createLoaders>>;
