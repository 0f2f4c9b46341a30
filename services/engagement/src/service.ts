import { fileURLToPath } from 'node:url';
import { OutboxMessage } from '@engage/shared';
import type { ServiceDefinition } from '@engage/shared/graphql';
import { createLoaders } from './context.ts';
import { complianceSubscriptions } from './modules/compliance/compliance.subscriptions.ts';
import { migrations } from './migrations/index.ts';
import {
  NeighbourhoodResolver,
  PolicingAreaResolver,
} from './modules/geography/geography.resolver.ts';
import { Neighbourhood } from './modules/geography/neighbourhood.entity.ts';
import { neighbourhoodReference } from './modules/geography/neighbourhood.reference.ts';
import { PolicingArea } from './modules/geography/policing-area.entity.ts';
import { policingAreaReference } from './modules/geography/policing-area.reference.ts';
import { CoverageArea } from './modules/geography/coverage-area.entity.ts';
import { FindNeighbourhoodResolver } from './modules/geography/find-neighbourhood.resolver.ts';
import { NeighbourhoodDetailsResolver } from './modules/geography/neighbourhood-details.resolver.ts';
import { NeighbourhoodProfile } from './modules/geography/neighbourhood-profile.entity.ts';
import { PostcodeSector } from './modules/geography/postcode-sector.entity.ts';
import { Officer } from './modules/people/officer.entity.ts';
import { officerReference } from './modules/people/officer.reference.ts';
import {
  NeighbourhoodOfficersResolver,
  OfficerResolver,
} from './modules/people/officer.resolver.ts';
import { StaffAccount } from './modules/staff/staff-account.entity.ts';
import { StaffResolver } from './modules/staff/staff.resolver.ts';
import { StaffSession } from './modules/staff/staff-session.entity.ts';
import { SignInLimitRow } from './modules/staff/sign-in-throttle.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';
import { WORK_MODULES, workModuleReferences } from './modules/work-modules.ts';

/** The engagement subgraph: areas, teams, officers and staff (more to come: see CONTEXT.md). */
export const engagementService = {
  name: 'engagement',
  entities: [
    OutboxMessage,
    PolicingArea,
    Neighbourhood,
    CoverageArea,
    PostcodeSector,
    NeighbourhoodProfile,
    Officer,
    StaffAccount,
    StaffSession,
    SignInLimitRow,
    ...WORK_MODULES.flatMap((module) => module.entities),
  ],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  schema: {
    resolvers: [
      PolicingAreaResolver,
      NeighbourhoodResolver,
      NeighbourhoodDetailsResolver,
      FindNeighbourhoodResolver,
      NeighbourhoodOfficersResolver,
      OfficerResolver,
      StaffResolver,
      ...WORK_MODULES.flatMap((module) => module.resolvers),
    ],
    references: {
      Neighbourhood: neighbourhoodReference,
      PolicingArea: policingAreaReference,
      Officer: officerReference,
      ...workModuleReferences,
    },
  },
  createLoaders,
  seedDemoData,
  subscriptions: complianceSubscriptions,
} satisfies ServiceDefinition<ReturnType<typeof createLoaders>>;
