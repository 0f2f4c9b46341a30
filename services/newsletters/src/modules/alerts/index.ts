import { defineModule } from '@engage/shared/graphql';
import { Alert } from './alert.entity.ts';
import { AlertResolver } from './alert.resolver.ts';
import { mailCommanderUpdate } from './commander-update.subscriptions.ts';

/** "News and updates": staff alerts to subscribers who chose UPDATES, and commanders' updates. */
export const alertsModule = defineModule({
  name: 'alerts',
  entities: [Alert],
  resolvers: [AlertResolver],
  orphanedTypes: [Alert],
  subscriptions: { 'commander.update.published': mailCommanderUpdate },
});
