import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { newslettersService } from '../../src/service.ts';

let newsletters: SubgraphHarness;
beforeAll(async () => {
  newsletters = await startSubgraphHarness(newslettersService, { seedDemoData: false });
});
afterAll(() => newsletters?.close());

describe('the demo seed', () => {
  it('gives each seeded issue two weeks of web page views, once', async () => {
    const logger = createLogger('test', 'silent');
    const totals = async () => {
      const [row] = await newsletters.orm.em
        .fork()
        .getConnection()
        .execute<{ days: string; views: string; issues: string }[]>(
          `select count(*) as days, sum(views) as views, count(distinct newsletter_id) as issues
           from newsletters.archive_view_day`,
        );
      return { days: Number(row!.days), views: Number(row!.views), issues: Number(row!.issues) };
    };
    await newslettersService.seedDemoData(newsletters.orm.em.fork(), logger);
    const first = await totals();
    await newslettersService.seedDemoData(newsletters.orm.em.fork(), logger);

    // 54 teams, six published issues each, 14 days each; the second seed adds nothing.
    expect(first).toMatchObject({ issues: 54 * 6, days: 54 * 6 * 14 });
    expect(first.views).toBeGreaterThan(54 * 6 * 14);
    expect(await totals()).toEqual(first);
  });
});
