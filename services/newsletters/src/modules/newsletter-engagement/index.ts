import { defineModule } from '@engage/shared/graphql';
import { ArchiveViewDay, ArchiveViewer } from './archive-view.entity.ts';
import { createEngagementLoaders } from './engagement.loaders.ts';
import {
  NeighbourhoodEngagementResolver,
  NewsletterEngagementResolver,
} from './engagement.resolver.ts';

/**
 * How residents received a team's newsletters, without tracking anyone: delivered and bounced
 * from the relay's answers, unsubscribes after an issue, and reads of its web page counted on the
 * server; every count of residents published through @engage/shared/scoring.
 */
export const newsletterEngagementModule = defineModule({
  name: 'newsletter-engagement',
  entities: [ArchiveViewDay, ArchiveViewer],
  resolvers: [NewsletterEngagementResolver, NeighbourhoodEngagementResolver],
  createLoaders: createEngagementLoaders,
});
