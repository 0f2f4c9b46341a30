import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@engage/shared/graphql';
import { createConfidenceLoaders } from './modules/confidence/confidence.loaders.ts';

export const createLoaders = (em: EntityManager) => ({ ...createConfidenceLoaders(em) });

export type SurveysContext = SubgraphContext<ReturnType<typeof createLoaders>>;
