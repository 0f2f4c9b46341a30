import { defineModule } from '@engage/shared/graphql';
import { complianceSubscriptions } from './compliance.subscriptions.ts';
import {
  AreaComplianceResolver,
  ForceComplianceResolver,
  TeamComplianceResolver,
} from './compliance.resolver.ts';
import { NewsletterFact, SurveyFact } from './outside-facts.entity.ts';

/** Standards compliance, live, with the facts other services' events bring. */
export const complianceModule = defineModule({
  name: 'compliance',
  entities: [NewsletterFact, SurveyFact],
  resolvers: [TeamComplianceResolver, AreaComplianceResolver, ForceComplianceResolver],
  subscriptions: complianceSubscriptions,
});
