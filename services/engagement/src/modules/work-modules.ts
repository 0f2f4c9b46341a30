import type { Constructor } from '@mikro-orm/core';
import type { ReferenceResolvers } from '@engage/shared/graphql';
import { commanderUpdatesModule } from './commander-updates/index.ts';
import { communityEventsModule } from './community-events/index.ts';
import { complianceModule } from './compliance/index.ts';
import { engagementsModule } from './engagements/index.ts';
import { prioritiesModule } from './priorities/index.ts';
import { socialMediaModule } from './social-media/index.ts';

/**
 * The GraphQL contract of these modules is in services/engagement/API.md.
 * The modules of the teams work (each wires its own entities, resolvers and references here;
 * loaders are spread in context.ts so their types reach the resolvers).
 */
interface WorkModule {
  entities: Constructor<object>[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: Function[];
  references: ReferenceResolvers;
}

export const WORK_MODULES: WorkModule[] = [
  prioritiesModule,
  engagementsModule,
  communityEventsModule,
  commanderUpdatesModule,
  socialMediaModule,
  complianceModule,
];

export const workModuleReferences: ReferenceResolvers = Object.fromEntries(
  WORK_MODULES.flatMap((module) => Object.entries(module.references)),
);
