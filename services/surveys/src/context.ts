import type { MergedLoaders, SubgraphContext } from '@engage/shared/graphql';
import type { createConfidenceLoaders } from './modules/confidence/confidence.loaders.ts';
import type { createPollLoaders } from './modules/polls/polls.loaders.ts';
import type { createRoundLoaders } from './modules/rounds/rounds.loaders.ts';

/**
 * The loaders every request gets, by the factories the modules wire in (service.ts checks they
 * agree). Named from the loader files, not the module indexes: those import the resolvers, which
 * import this file.
 */
export type SurveysLoaders = MergedLoaders<
  [typeof createConfidenceLoaders, typeof createRoundLoaders, typeof createPollLoaders]
>;

export type SurveysContext = SubgraphContext<SurveysLoaders>;
