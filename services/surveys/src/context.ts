import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@engage/shared/graphql';
import { createConfidenceLoaders } from './modules/confidence/confidence.loaders.ts';
import { createPollLoaders } from './modules/polls/polls.loaders.ts';
import { createRoundLoaders } from './modules/rounds/rounds.loaders.ts';

export const createLoaders = (em: EntityManager) => ({
  ...createConfidenceLoaders(em),
  ...createRoundLoaders(em),
  ...createPollLoaders(em),
});

export type SurveysContext = SubgraphContext<ReturnType<typeof createLoaders>>;
