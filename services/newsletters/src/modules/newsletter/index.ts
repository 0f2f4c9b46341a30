import { defineModule } from '@engage/shared/graphql';
import { Neighbourhood } from './neighbourhood.extension.ts';
import { neighbourhoodReference } from './neighbourhood.reference.ts';
import { NewsletterFieldsResolver } from './newsletter-fields.resolver.ts';
import { NewsletterWithdrawalResolver } from './newsletter-withdrawal.resolver.ts';
import { NewsletterWorkflowResolver } from './newsletter-workflow.resolver.ts';
import { Newsletter } from './newsletter.entity.ts';
import { createNewsletterLoaders } from './newsletter.loaders.ts';
import { newsletterReference } from './newsletter.reference.ts';
import { NeighbourhoodNewsletterResolver } from './newsletter.resolver.ts';

/** Monthly newsletter issues: writing, review, publishing and withdrawal. */
export const newsletterModule = defineModule({
  name: 'newsletter',
  entities: [Newsletter],
  resolvers: [
    NeighbourhoodNewsletterResolver,
    NewsletterFieldsResolver,
    NewsletterWorkflowResolver,
    NewsletterWithdrawalResolver,
  ],
  orphanedTypes: [Neighbourhood, Newsletter],
  references: { Neighbourhood: neighbourhoodReference, Newsletter: newsletterReference },
  createLoaders: createNewsletterLoaders,
});
