import { fileURLToPath } from 'node:url';
import { OutboxMessage } from '@engage/shared';
import { AuditEntry } from '@engage/shared/audit';
import type { ServiceDefinition } from '@engage/shared/graphql';
import { createLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import { Announcement } from './modules/delivery/announcement.entity.ts';
import { Delivery } from './modules/delivery/delivery.entity.ts';
import { KnownNeighbourhood } from './modules/neighbourhoods/known-neighbourhood.entity.ts';
import { Neighbourhood } from './modules/newsletter/neighbourhood.extension.ts';
import { neighbourhoodReference } from './modules/newsletter/neighbourhood.reference.ts';
import { NewsletterFieldsResolver } from './modules/newsletter/newsletter-fields.resolver.ts';
import { NewsletterWithdrawalResolver } from './modules/newsletter/newsletter-withdrawal.resolver.ts';
import { NewsletterWorkflowResolver } from './modules/newsletter/newsletter-workflow.resolver.ts';
import { Newsletter } from './modules/newsletter/newsletter.entity.ts';
import { newsletterReference } from './modules/newsletter/newsletter.reference.ts';
import { NeighbourhoodNewsletterResolver } from './modules/newsletter/newsletter.resolver.ts';
import { SignUpRequest } from './modules/subscribers/sign-up-request.entity.ts';
import { Subscriber } from './modules/subscribers/subscriber.entity.ts';
import { PolicingArea } from './modules/subscribers/subscriber.outputs.ts';
import { SignUpLimitRow } from './modules/subscribers/rate-limits.ts';
import { SubscriberResolver } from './modules/subscribers/subscriber.resolver.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';
import { newsletterSubscriptions } from './subscriptions.ts';
import { startMailWorkers } from './workers.ts';

/** The newsletters subgraph: subscribers, monthly issues and their review, and the mail worker. */
export const newslettersService = {
  name: 'newsletters',
  entities: [
    OutboxMessage,
    AuditEntry,
    KnownNeighbourhood,
    Newsletter,
    Subscriber,
    SignUpRequest,
    Delivery,
    Announcement,
    SignUpLimitRow,
  ],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  schema: {
    resolvers: [
      NeighbourhoodNewsletterResolver,
      NewsletterFieldsResolver,
      NewsletterWorkflowResolver,
      NewsletterWithdrawalResolver,
      SubscriberResolver,
    ],
    orphanedTypes: [Neighbourhood, Newsletter, PolicingArea],
    references: {
      Neighbourhood: neighbourhoodReference,
      Newsletter: newsletterReference,
      PolicingArea: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
    },
  },
  createLoaders,
  seedDemoData,
  subscriptions: newsletterSubscriptions,
  startWorkers: (runtime) => startMailWorkers(runtime),
} satisfies ServiceDefinition<ReturnType<typeof createLoaders>>;
