import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import { ukToday } from '@engage/shared/uk-time';
import { addDays } from '../../src/modules/csv-import/local-date.ts';
import { demoEngagements, seedDemoEngagements } from '../../src/seed/demo-engagements.ts';
import { Engagement } from '../../src/modules/engagements/engagement.entity.ts';
import { demoSocialPosts, seedDemoSocialPosts } from '../../src/seed/demo-social-media.ts';
import { SocialPost } from '../../src/modules/social-media/social-post.entity.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const countBy = <Row>(rows: Row[], key: (row: Row) => string) =>
  rows.reduce(
    (counts, row) => counts.set(key(row), (counts.get(key(row)) ?? 0) + 1),
    new Map<string, number>(),
  );

describe('the demo year of engagements and posts', () => {
  it('seeds once: a second run adds nothing', async () => {
    const first = await seedDemoEngagements(engagement.orm.em.fork());
    const posts = await seedDemoSocialPosts(engagement.orm.em.fork());
    await seedDemoEngagements(engagement.orm.em.fork());
    await seedDemoSocialPosts(engagement.orm.em.fork());
    expect(await engagement.orm.em.fork().count(Engagement)).toBe(first);
    expect(await engagement.orm.em.fork().count(SocialPost)).toBe(posts);
  });

  it('gives a realistic mix: most teams meet once or twice a year, a few never', () => {
    const rows = demoEngagements('2026-06-15');
    expect(
      rows.every((row) => row.heldOn <= '2026-06-15' && row.heldOn > addDays('2026-06-15', -365)),
    ).toBe(true);
    const meetings = countBy(
      rows.filter((row) => row.kind === 'WARD_OR_PARISH_MEETING'),
      (row) => row.neighbourhood,
    );
    const teamsMeeting = [...meetings.values()];
    expect(teamsMeeting.length).toBeGreaterThan(40);
    expect(teamsMeeting.length).toBeLessThan(54);
    expect(teamsMeeting.every((count) => count >= 1 && count <= 3)).toBe(true);
    const partnerWalks = countBy(
      rows.filter((row) => row.kind === 'PATCH_WALK' && row.partners.length > 0),
      (row) => row.neighbourhood,
    );
    expect(Math.max(...partnerWalks.values())).toBeLessThanOrEqual(5);
    expect(partnerWalks.size).toBeLessThan(54);
    expect(rows.length / 54).toBeGreaterThan(15);
    expect(rows.length / 54).toBeLessThan(40);
  });

  it('has most teams posting most days, and some only a few times a week', () => {
    const perTeam = [...countBy(demoSocialPosts(ukToday()), (row) => row.neighbourhood).values()];
    expect(perTeam).toHaveLength(54);
    expect(perTeam.filter((count) => count > 250).length).toBeGreaterThan(27);
    expect(perTeam.filter((count) => count < 180).length).toBeGreaterThan(2);
  });
});
