import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createLogger } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { Neighbourhood } from '../../src/modules/geography/neighbourhood.entity.ts';
import { PolicingArea } from '../../src/modules/geography/policing-area.entity.ts';
import { importForce } from '../../src/modules/import/import-force.ts';
import { Officer } from '../../src/modules/people/officer.entity.ts';
import { CommunityEvent } from '../../src/modules/community-events/community-event.entity.ts';
import { PriorityUpdate } from '../../src/modules/priorities/priority-update.entity.ts';
import { Priority } from '../../src/modules/priorities/priority.entity.ts';
import { PoliceApiClient } from '../../src/outside/police-api.ts';
import { engagementService } from '../../src/service.ts';
import { createOutsideApis } from './outside-apis.ts';
import { twoNeighbourhoodForce } from './police-api-import.ts';

/** Retries without the real waits, and no rate to keep to, so the tests stay fast. */
export const policeApi = () =>
  new PoliceApiClient({
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    maxPerSecond: 1000,
  });

export const quietLogger = () => createLogger('engagement-import', 'silent');

export const withPoliceRefs = (policeNeighbourhoodRef: string) => ({
  policeForceRef: 'leicestershire',
  policeNeighbourhoodRef,
});

/**
 * For one test file: the engagement subgraph on its own real database (no demo data) and
 * data.police.uk as msw fixtures, Leicestershire cut down to City Centre (NC04) and Westcotes
 * (NC05). Every test starts from an empty force.
 */
export function useImportTestbed() {
  const apis = createOutsideApis();
  let engagement: SubgraphHarness;

  beforeAll(async () => {
    apis.listen();
    engagement = await startSubgraphHarness(engagementService, { seedDemoData: false });
  });
  beforeEach(async () => {
    apis.server.use(...twoNeighbourhoodForce);
    const em = engagement.orm.em.fork();
    await em.nativeDelete(Officer, {});
    await em.nativeDelete(Neighbourhood, {});
    await em.nativeDelete(PolicingArea, {});
  });
  afterEach(() => apis.reset());
  afterAll(async () => {
    apis.close();
    await engagement?.close();
  });

  const em = () => engagement.orm.em.fork();
  return {
    apis,
    harness: () => engagement,
    em,

    importLeicestershire: (policingArea?: { slug: string; name: string }) =>
      importForce(em(), policeApi(), {
        force: 'leicestershire',
        logger: quietLogger(),
        ...(policingArea ? { policingArea } : {}),
      }),

    findTeam: (policeId: string) =>
      em().findOneOrFail(Neighbourhood, withPoliceRefs(policeId), {
        populate: ['boundary', 'policingArea'],
      }),

    officersOf: async (policeId: string) => {
      const officers = await em().find(
        Officer,
        { neighbourhood: withPoliceRefs(policeId) },
        { orderBy: { displayOrder: 'asc', name: 'asc' } },
      );
      return officers.map(({ name, role, bio, displayOrder, importedFrom }) => ({
        name,
        role,
        bio,
        displayOrder,
        importedFrom,
      }));
    },

    /** How many rows each table the importer writes holds. */
    rowCounts: async () => ({
      policingAreas: await em().count(PolicingArea),
      neighbourhoods: await em().count(Neighbourhood),
      officers: await em().count(Officer),
      priorities: await em().count(Priority),
      priorityUpdates: await em().count(PriorityUpdate),
      events: await em().count(CommunityEvent),
    }),
  };
}
