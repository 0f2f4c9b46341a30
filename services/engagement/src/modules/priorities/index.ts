import { defineModule } from '@engage/shared/graphql';
import { createPriorityLoaders } from './priorities.loaders.ts';
import {
  NeighbourhoodPrioritiesResolver,
  PriorityFieldsResolver,
} from './priority-fields.resolver.ts';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority } from './priority.entity.ts';
import { priorityReference } from './priority.reference.ts';
import { PriorityResolver } from './priority.resolver.ts';

/** Quarterly priorities and their "We did" updates. */
export const prioritiesModule = defineModule({
  name: 'priorities',
  entities: [Priority, PriorityUpdate],
  resolvers: [PriorityResolver, PriorityFieldsResolver, NeighbourhoodPrioritiesResolver],
  references: { Priority: priorityReference },
  createLoaders: createPriorityLoaders,
});
