import { defineModule } from '@engage/shared/graphql';
import { KnownNeighbourhood } from './known-neighbourhood.entity.ts';
import { neighbourhoodSubscriptions } from './neighbourhood.subscriptions.ts';

/** The local copy of engagement's teams, kept from its `neighbourhood.upserted` events. */
export const neighbourhoodsModule = defineModule({
  name: 'neighbourhoods',
  entities: [KnownNeighbourhood],
  subscriptions: neighbourhoodSubscriptions,
});
