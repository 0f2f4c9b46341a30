import type { EntityManager } from '@mikro-orm/postgresql';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority } from './priority.entity.ts';

/** Quarterly priorities and their "We did" updates: what service.ts and context.ts wire in. */
export const prioritiesModule = {
  entities: [Priority, PriorityUpdate],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: [] as Function[],
  references: {},
  createLoaders: (_em: EntityManager) => ({}),
};
