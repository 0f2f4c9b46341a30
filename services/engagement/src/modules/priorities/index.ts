import type { EntityManager } from '@mikro-orm/postgresql';
import { createPriorityLoaders } from './priorities.loaders.ts';
import {
  NeighbourhoodPrioritiesResolver,
  PriorityFieldsResolver,
} from './priority-fields.resolver.ts';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority } from './priority.entity.ts';
import { priorityReference } from './priority.reference.ts';
import { PriorityResolver } from './priority.resolver.ts';

/** Quarterly priorities and their "We did" updates: what service.ts and context.ts wire in. */
export const prioritiesModule = {
  entities: [Priority, PriorityUpdate],
  resolvers: [
    PriorityResolver,
    PriorityFieldsResolver,
    NeighbourhoodPrioritiesResolver,
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  ] as Function[],
  references: { Priority: priorityReference },
  createLoaders: (em: EntityManager) => createPriorityLoaders(em),
};
