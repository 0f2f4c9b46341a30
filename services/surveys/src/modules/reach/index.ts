import { defineModule } from '@engage/shared/graphql';
import { ReachResolver } from './reach.resolver.ts';

/** Diversity of reach: who answers "Your Views", by group, beside the census (suppressed). */
export const reachModule = defineModule({
  name: 'reach',
  resolvers: [ReachResolver],
});
