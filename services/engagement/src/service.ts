import { fileURLToPath } from 'node:url';
import { OutboxMessage } from '@engage/shared';
import { defineService, type ServiceDefinition } from '@engage/shared/graphql';
import type { EngagementLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
// The order modules load in is the order their fields take in the supergraph (type-graphql
// registers a field when its class loads): keep it, or the composed schema reorders.
import { commanderUpdatesModule } from './modules/commander-updates/index.ts';
import { communityEventsModule } from './modules/community-events/index.ts';
import { complianceModule } from './modules/compliance/index.ts';
import { engagementsModule } from './modules/engagements/index.ts';
import { prioritiesModule } from './modules/priorities/index.ts';
import { recordExportsModule } from './modules/record-exports/index.ts';
import { socialMediaModule } from './modules/social-media/index.ts';
import { geographyModule } from './modules/geography/index.ts';
import { peopleModule } from './modules/people/index.ts';
import { staffModule } from './modules/staff/index.ts';
import { apiTokensModule } from './modules/api-tokens/index.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';
import { engagementSettings } from './settings.ts';

/**
 * The engagement subgraph: areas, teams, officers, staff, and the teams' work (priorities,
 * engagements, events, commanders' updates, social media, standards compliance). Its GraphQL
 * contract is in API.md.
 */
export const engagementService = defineService({
  name: 'engagement',
  modules: [
    commanderUpdatesModule,
    communityEventsModule,
    complianceModule,
    engagementsModule,
    prioritiesModule,
    socialMediaModule,
    geographyModule,
    peopleModule,
    staffModule,
    apiTokensModule,
    recordExportsModule,
  ],
  entities: [OutboxMessage],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  settings: () => engagementSettings(),
  seedDemoData,
}) satisfies ServiceDefinition<EngagementLoaders>;
