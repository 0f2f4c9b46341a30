import type { EntityManager } from '@mikro-orm/postgresql';
import { CommanderUpdate } from './commander-update.entity.ts';

/** Commanders' weekly updates: what service.ts and context.ts wire in. */
export const commanderUpdatesModule = {
  entities: [CommanderUpdate],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: [] as Function[],
  references: {},
  createLoaders: (_em: EntityManager) => ({}),
};
