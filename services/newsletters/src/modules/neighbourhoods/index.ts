import { defineModule } from '@engage/shared/graphql';
import { KnownNeighbourhood } from './known-neighbourhood.entity.ts';
import { KnownPopulation } from './known-population.entity.ts';
import { rememberNeighbourhood } from './neighbourhood.subscriptions.ts';
import { rememberPopulation } from './population.subscriptions.ts';

/**
 * The local copy of engagement's teams, kept from its `neighbourhood.upserted` events, and of
 * their census populations, from `neighbourhood.profile.updated`.
 */
export const neighbourhoodsModule = defineModule({
  name: 'neighbourhoods',
  entities: [KnownNeighbourhood, KnownPopulation],
  subscriptions: {
    'neighbourhood.upserted': rememberNeighbourhood,
    'neighbourhood.profile.updated': rememberPopulation,
  },
});
