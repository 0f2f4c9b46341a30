import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';

/**
 * The demo force's compliance, checked against counts made straight from the tables with SQL,
 * independently of the standards code: the view must agree with the facts.
 */
let engagement: SubgraphHarness;
const analyst: Actor = { kind: 'staff', id: 'a-1', name: 'Analyst', role: 'ANALYST' };

beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

type Counts = Record<string, { met: number; due: number; missed: number }>;
async function rollup(period: object): Promise<Counts> {
  const { data, errors } = await engagement.execute<{
    forceCompliance: { rollup: { standard: string; met: number; due: number; missed: number }[] };
  }>(
    'query($period: PeriodInput) { forceCompliance(period: $period) { rollup { standard met due missed } } }',
    {
      variables: { period },
      actor: analyst,
    },
  );
  expect(errors).toBeUndefined();
  return Object.fromEntries(
    data!.forceCompliance.rollup.map(({ standard, ...counts }) => [standard, counts]),
  );
}

async function count(sql: string): Promise<number> {
  const [row] = await engagement.orm.em.getConnection().execute<{ n: string }[]>(sql);
  return Number(row!.n);
}

describe('the demo force’s compliance', () => {
  it('agrees with a count of ward meetings and partnered patch walks in last year’s records', async () => {
    const last = await rollup({ kind: 'YEAR_TO_DATE', year: 2025 });
    // 2025 is over: a team either met each yearly standard or missed it.
    const meetings = await count(`select count(*) as n from (
      select n.id from engagement.neighbourhood n join engagement.engagement e on e.neighbourhood_id = n.id
      where e.kind = 'WARD_OR_PARISH_MEETING' and e.held_on between '2025-01-01' and '2025-12-31' group by n.id) t`);
    const walks = await count(`select count(*) as n from (
      select n.id from engagement.neighbourhood n join engagement.engagement e on e.neighbourhood_id = n.id
      where e.kind = 'PATCH_WALK' and jsonb_array_length(e.partners) > 0
        and e.held_on between '2025-01-01' and '2025-12-31' group by n.id having count(*) >= 2) t`);
    expect(last['WARD_MEETING']).toEqual({ met: meetings, due: 0, missed: 54 - meetings });
    expect(last['PATCH_WALKS']).toEqual({ met: walks, due: 0, missed: 54 - walks });
  });

  it('agrees with a count of teams that posted on every day of October 2026', async () => {
    const october = await rollup({ kind: 'MONTH', year: 2026, number: 10 });
    const everyDay = await count(`select count(*) as n from (
      select neighbourhood_id from engagement.social_post where posted_on between '2026-10-01' and '2026-10-31'
      group by neighbourhood_id having count(distinct posted_on) = 31) t`);
    expect(october['DAILY_SOCIAL_MEDIA']).toEqual({ met: everyDay, due: 0, missed: 54 - everyDay });
  });

  it('agrees with a count of teams that published priorities for the third quarter of 2026', async () => {
    const q3 = await rollup({ kind: 'QUARTER', year: 2026, number: 3 });
    const withPriorities =
      await count(`select count(distinct neighbourhood_id) as n from engagement.priority
      where year = 2026 and quarter = 3 and status in ('ACTIVE', 'COMPLETED') and published_at < '2026-10-01'`);
    expect(q3['QUARTERLY_PRIORITIES']).toEqual({
      met: withPriorities,
      due: 0,
      missed: 54 - withPriorities,
    });
  });

  it('shows a realistic mix: some standards met by some teams and missed by others', async () => {
    const last = await rollup({ kind: 'YEAR_TO_DATE', year: 2025 });
    const october = await rollup({ kind: 'MONTH', year: 2026, number: 10 });
    const mixed = [
      last['WARD_MEETING']!,
      last['PATCH_WALKS']!,
      october['DAILY_SOCIAL_MEDIA']!,
    ].filter((counts) => counts.met > 0 && counts.missed > 0);
    expect(mixed.length).toBeGreaterThanOrEqual(2);
  });
});
