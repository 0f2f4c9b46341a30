import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@engage/shared/graphql';
import { createLoaders } from './context.ts';
import { migrations } from './migrations/index.ts';
import {
  NeighbourhoodResolver,
  PolicingAreaResolver,
} from './modules/geography/geography.resolver.ts';
import { Neighbourhood } from './modules/geography/neighbourhood.entity.ts';
import { neighbourhoodReference } from './modules/geography/neighbourhood.reference.ts';
import { PolicingArea } from './modules/geography/policing-area.entity.ts';
import { policingAreaReference } from './modules/geography/policing-area.reference.ts';
import { StaffAccount } from './modules/staff/staff-account.entity.ts';
import { StaffResolver } from './modules/staff/staff.resolver.ts';
import { seedDemoData } from './seed/seed-demo-data.ts';

/** The engagement subgraph: areas, teams and staff (more to come: see CONTEXT.md). */
export const engagementService = {
  name: 'engagement',
  entities: [PolicingArea, Neighbourhood, StaffAccount],
  migrations,
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  schema: {
    resolvers: [PolicingAreaResolver, NeighbourhoodResolver, StaffResolver],
    references: {
      Neighbourhood: neighbourhoodReference,
      PolicingArea: policingAreaReference,
    },
  },
  createLoaders,
  seedDemoData,
} satisfies ServiceDefinition<ReturnType<typeof createLoaders>>;
