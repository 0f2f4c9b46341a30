import { defineModule } from '@engage/shared/graphql';
import { Delivery } from './delivery.entity.ts';

/** The mail pipeline's records: one row per message to send (src/mail-composers.ts says how). */
export const deliveryModule = defineModule({
  name: 'delivery',
  entities: [Delivery],
});
