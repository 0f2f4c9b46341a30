import { defineModule } from '@engage/shared/graphql';
import { createPriorityLoaders } from './priorities.loaders.ts';
import {
  NeighbourhoodPrioritiesResolver,
  PriorityFieldsResolver,
} from './priority-fields.resolver.ts';
import { PriorityTranslation, PriorityUpdateTranslation } from './priority-translation.entity.ts';
import {
  PriorityTranslationFieldsResolver,
  PriorityTranslationResolver,
  PriorityUpdateTranslationFieldsResolver,
  PriorityUpdateTranslationResolver,
} from './priority-translation.resolver.ts';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority } from './priority.entity.ts';
import { priorityReference } from './priority.reference.ts';
import { PriorityResolver } from './priority.resolver.ts';

/** Quarterly priorities and their "We did" updates, and their translations for residents. */
export const prioritiesModule = defineModule({
  name: 'priorities',
  entities: [Priority, PriorityUpdate, PriorityTranslation, PriorityUpdateTranslation],
  resolvers: [
    PriorityResolver,
    PriorityFieldsResolver,
    NeighbourhoodPrioritiesResolver,
    PriorityTranslationFieldsResolver,
    PriorityUpdateTranslationFieldsResolver,
    PriorityTranslationResolver,
    PriorityUpdateTranslationResolver,
  ],
  references: { Priority: priorityReference },
  createLoaders: createPriorityLoaders,
});
