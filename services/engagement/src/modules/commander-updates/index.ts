import type { EntityManager } from '@mikro-orm/postgresql';
import { CommanderUpdate } from './commander-update.entity.ts';
import {
  CommanderUpdateResolver,
  PolicingAreaCommanderUpdatesResolver,
} from './commander-update.resolver.ts';
import { createCommanderUpdateLoaders } from './commander-updates.loaders.ts';

/** Commanders' weekly updates: what service.ts and context.ts wire in. */
export const commanderUpdatesModule = {
  entities: [CommanderUpdate],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: [CommanderUpdateResolver, PolicingAreaCommanderUpdatesResolver] as Function[],
  references: {},
  createLoaders: (em: EntityManager) => createCommanderUpdateLoaders(em),
};
