import { defineModule } from '@engage/shared/graphql';
import { SignUpLimitRow } from './rate-limits.ts';
import { SignUpRequest } from './sign-up-request.entity.ts';
import { Subscriber } from './subscriber.entity.ts';
import { PolicingArea } from './subscriber.outputs.ts';
import { SubscriberResolver } from './subscriber.resolver.ts';

/** Residents who subscribe: sign-up, confirmation, preferences and unsubscribing. */
export const subscribersModule = defineModule({
  name: 'subscribers',
  entities: [Subscriber, SignUpRequest, SignUpLimitRow],
  resolvers: [SubscriberResolver],
  orphanedTypes: [PolicingArea],
  references: {
    PolicingArea: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
  },
});
