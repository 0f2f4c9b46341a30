import { fileURLToPath } from 'node:url';
import { OutboxMessage } from '@engage/shared';
import { AuditEntry } from '@engage/shared/audit';
import { defineService, type ServiceDefinition } from '@engage/shared/graphql';
import type { NewslettersLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import { mailComposers, mailRecipients } from './mail-composers.ts';
import { alertsModule } from './modules/alerts/index.ts';
import { deliveryModule } from './modules/delivery/index.ts';
import { exportFiguresModule } from './modules/export-figures/index.ts';
import { invitationsModule } from './modules/invitations/index.ts';
import { neighbourhoodsModule } from './modules/neighbourhoods/index.ts';
import { newsletterModule } from './modules/newsletter/index.ts';
import { newsletterEngagementModule } from './modules/newsletter-engagement/index.ts';
import { newsletterTranslationsModule } from './modules/newsletter-translations/index.ts';
import { pollsModule } from './modules/polls/index.ts';
import { reachModule } from './modules/reach/index.ts';
import { subscribersModule } from './modules/subscribers/index.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';
import { newsletterSettings } from './settings.ts';
import { startMailWorkers } from './workers.ts';

/** The newsletters subgraph: subscribers, monthly issues and their review, and the mail worker. */
export const newslettersService = defineService({
  name: 'newsletters',
  modules: [
    neighbourhoodsModule,
    newsletterModule,
    newsletterTranslationsModule,
    subscribersModule,
    deliveryModule,
    invitationsModule,
    alertsModule,
    pollsModule,
    newsletterEngagementModule,
    reachModule,
    exportFiguresModule,
  ],
  entities: [OutboxMessage, AuditEntry],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  settings: () => newsletterSettings(),
  seedDemoData,
  startWorkers: (runtime) =>
    startMailWorkers(runtime, { composers: mailComposers, recipients: mailRecipients }),
}) satisfies ServiceDefinition<NewslettersLoaders>;
