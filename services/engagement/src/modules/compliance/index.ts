import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AreaComplianceResolver,
  ForceComplianceResolver,
  TeamComplianceResolver,
} from './compliance.resolver.ts';
import { NewsletterFact, SurveyFact } from './outside-facts.entity.ts';

/** Standards compliance, live: what service.ts and context.ts wire in. */
export const complianceModule = {
  entities: [NewsletterFact, SurveyFact],
  resolvers: [TeamComplianceResolver, AreaComplianceResolver, ForceComplianceResolver],
  references: {},
  createLoaders: (_em: EntityManager) => ({}),
};
