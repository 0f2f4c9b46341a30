import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, DEMO_FORCE, stableId, type Actor } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { complianceSubscriptions } from '../../src/modules/compliance/compliance.subscriptions.ts';
import { engagementService } from '../../src/service.ts';

let engagement: SubgraphHarness;
const team = DEMO_FORCE[3]!.neighbourhoods[0]!;
const officer: Actor = {
  kind: 'staff',
  id: 'o-withdrawn',
  name: 'PC W',
  role: 'OFFICER',
  neighbourhoodId: team.id,
};
const silent = createLogger('test', 'silent');

beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const MONTHLY = `query($slug: String!, $period: PeriodInput) {
  neighbourhood(slug: $slug) {
    compliance(period: $period) { standards { standard status achieved } }
  }
}`;

async function newsletterStandard() {
  const { data, errors } = await engagement.execute<{
    neighbourhood: { compliance: { standards: { standard: string; achieved: number }[] } };
  }>(MONTHLY, {
    variables: { slug: team.slug, period: { kind: 'MONTH', year: 2025, number: 5 } },
    actor: officer,
  });
  expect(errors).toBeUndefined();
  return data!.neighbourhood.compliance.standards.find((s) => s.standard === 'MONTHLY_NEWSLETTER');
}

describe('a newsletter withdrawn after publishing', () => {
  it('no longer counts towards the monthly-newsletter standard, however often the event comes', async () => {
    const newsletterId = stableId('test', 'withdrawn-issue');
    const em = engagement.orm.em.fork();
    await complianceSubscriptions['newsletter.published']!(
      em,
      { newsletterId, neighbourhoodId: team.id, publishedAt: '2025-05-02T09:00:00Z' },
      silent,
    );
    await em.flush();
    expect(await newsletterStandard()).toMatchObject({ status: 'MET', achieved: 1 });

    for (let delivery = 0; delivery < 2; delivery++) {
      const fork = engagement.orm.em.fork();
      await complianceSubscriptions['newsletter.withdrawn']!(
        fork,
        { newsletterId, neighbourhoodId: team.id, withdrawnAt: '2025-05-03T09:00:00Z' },
        silent,
      );
      await fork.flush();
    }
    expect(await newsletterStandard()).toMatchObject({ achieved: 0 });
  });
});
