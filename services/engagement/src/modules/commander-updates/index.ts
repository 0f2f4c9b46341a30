import { defineModule } from '@engage/shared/graphql';
import { CommanderUpdate } from './commander-update.entity.ts';
import {
  CommanderUpdateResolver,
  PolicingAreaCommanderUpdatesResolver,
} from './commander-update.resolver.ts';
import { createCommanderUpdateLoaders } from './commander-updates.loaders.ts';

/** Commanders' weekly updates. */
export const commanderUpdatesModule = defineModule({
  name: 'commander-updates',
  entities: [CommanderUpdate],
  resolvers: [CommanderUpdateResolver, PolicingAreaCommanderUpdatesResolver],
  createLoaders: createCommanderUpdateLoaders,
});
