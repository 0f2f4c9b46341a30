import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import { seedDemoCommanderUpdates } from '../../src/seed/demo-commander-updates.ts';
import { seedDemoCommunityEvents } from '../../src/seed/demo-community-events.ts';
import { seedDemoPriorities } from '../../src/seed/demo-priorities.ts';
import { admin } from '../support/actors.ts';

let engagement: SubgraphHarness;
async function seed() {
  await seedDemoPriorities(engagement.orm.em.fork());
  await seedDemoCommunityEvents(engagement.orm.em.fork());
  await seedDemoCommanderUpdates(engagement.orm.em.fork());
}
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
  await seed();
});
afterAll(() => engagement?.close());

type Force = {
  policingAreas: {
    neighbourhoods: {
      priorities: { status: string; year: number; quarter: number; updates: { weDid: string }[] }[];
      upcomingEvents: { title: string; accessibilityNotes: string | null }[];
    }[];
    commanderUpdates: { authorName: string; publishedAt: string }[];
    latestCommanderUpdate: { title: string } | null;
  }[];
};

const FORCE = `{ policingAreas { neighbourhoods {
  priorities(includeDrafts: true) { status year quarter updates { weDid } }
  upcomingEvents { title accessibilityNotes }
} commanderUpdates(first: 20) { authorName publishedAt } latestCommanderUpdate { title } } }`;

describe('the demo force’s team work', () => {
  it('gives every team current priorities with “We did” updates, a completed one and a draft', async () => {
    const { data, errors } = await engagement.execute<Force>(FORCE, { actor: admin });
    expect(errors).toBeUndefined();
    const now = new Date();
    const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
    const teams = data!.policingAreas.flatMap((area) => area.neighbourhoods);
    expect(teams).toHaveLength(54);
    for (const { priorities, upcomingEvents } of teams) {
      const active = priorities.filter((p) => p.status === 'ACTIVE');
      expect(active.length).toBeGreaterThanOrEqual(2);
      expect(active.length).toBeLessThanOrEqual(3);
      expect(
        active.every(
          (p) => p.quarter === quarter && p.updates.length >= 1 && p.updates.length <= 3,
        ),
      ).toBe(true);
      expect(priorities.filter((p) => p.status === 'COMPLETED')).toHaveLength(1);
      expect(priorities.filter((p) => p.status === 'DRAFT')).toHaveLength(1);
      expect(upcomingEvents.length).toBeGreaterThanOrEqual(1);
      expect(upcomingEvents.length).toBeLessThanOrEqual(2);
      expect(upcomingEvents.every((event) => event.accessibilityNotes)).toBe(true);
    }
    for (const area of data!.policingAreas) {
      expect(area.commanderUpdates).toHaveLength(12);
      expect(
        area.commanderUpdates.every((update) => update.authorName.startsWith('Inspector ')),
      ).toBe(true);
      expect(Date.parse(area.commanderUpdates[0]!.publishedAt)).toBeGreaterThan(
        Date.now() - 8 * 24 * 60 * 60 * 1000,
      );
      expect(area.latestCommanderUpdate).not.toBeNull();
    }
  });

  it('is not seeded twice when the service starts again', async () => {
    const count = async () => {
      const { data } = await engagement.execute<Force>(FORCE, { actor: admin });
      return data!.policingAreas.flatMap((area) => [
        area.commanderUpdates.length,
        ...area.neighbourhoods.flatMap((team) => [
          team.priorities.length,
          team.upcomingEvents.length,
          ...team.priorities.map((p) => p.updates.length),
        ]),
      ]);
    };
    const before = await count();
    await seed();
    expect(await count()).toEqual(before);
  });

  it('loads priorities, their updates, events and commander updates for the whole force with one query each', async () => {
    engagement.resetQueries();
    const { data, errors } = await engagement.execute<Force>(
      `{ policingAreas { neighbourhoods { priorities { updates { weDid } } upcomingEvents { title } } latestCommanderUpdate { title } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.policingAreas.flatMap((area) => area.neighbourhoods)).toHaveLength(
      DEMO_FORCE.length * 6,
    );
    // areas, neighbourhoods, priorities, their updates, upcoming events, latest commander updates.
    expect(engagement.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(6);
  });
});
