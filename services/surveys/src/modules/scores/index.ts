import { defineModule } from '@engage/shared/graphql';
import { ScoresResolver } from './scores.resolver.ts';

/** The analysts' score tables, through scoring/ (suppressed below the threshold). */
export const scoresModule = defineModule({
  name: 'scores',
  resolvers: [ScoresResolver],
});
